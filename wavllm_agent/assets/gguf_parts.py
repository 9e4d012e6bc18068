"""GGUF files that ship in chunks: ``data/partNN.bin`` in packages ``<prefix>-part1`` ... ``-partN``.

PyPI limits file sizes, so some packages split one GGUF file over several pure-data wheels. The
chunks are located with :func:`importlib.util.find_spec` (never imported) and streamed, in order,
into one file; nothing holds more than a buffer of it in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from wavllm_agent.assets.resolve import package_dir
from wavllm_agent.assets.split_files import concatenate_parts
from wavllm_agent.errors import CheckpointError, ModelNotFoundError

GGUF_MAGIC = b"GGUF"
"""The first four bytes of every GGUF file."""


def part_files(packages: Sequence[str], *, install: str) -> list[Path]:
    """The chunk files of the packages (import names, in order), each ``data/partNN.bin``.

    Raises:
        ModelNotFoundError: a package is missing or holds no chunk; the hint is ``install``.
    """
    files = []
    for index, package in enumerate(packages, start=1):
        folder = package_dir(package)
        if folder is None:
            raise ModelNotFoundError(f"the model package {package!r} is not installed", hint=install)
        chunk = folder / "data" / f"part{index:02d}.bin"
        if not chunk.is_file():
            raise ModelNotFoundError(f"the model package {package!r} has no {chunk.name}", hint=install)
        files.append(chunk)
    return files


def join_parts(parts: Sequence[Path], target: Path) -> Path:
    """Stream ``parts`` in order into ``target``, and check the result is a GGUF file of the right size.

    Raises:
        CheckpointError: the joined file is not GGUF or its size is not the sum of the parts.
    """
    concatenate_parts(parts, target, what="the joined model", hint="reinstall the model packages")
    with open(target, "rb") as handle:
        magic = handle.read(4)
    if magic != GGUF_MAGIC:
        raise CheckpointError(f"the joined model {target.name} is not a GGUF file (starts with {magic!r})",
                              hint="reinstall the model packages")
    return target
