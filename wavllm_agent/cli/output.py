"""Output of CLI commands: exactly one JSON object on stdout with ``--json``, rich text otherwise."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from wavllm_agent.jsonable import json_default


@contextlib.contextmanager
def stdout_reserved(active: bool) -> Iterator[None]:
    """While active, anything written to stdout (by us, a library, or C code) goes to stderr.

    ``--json`` promises exactly one JSON object on stdout; model loaders and native libraries
    sometimes print, so file descriptor 1 itself is pointed at stderr until the JSON is written.
    """
    if not active:
        yield
        return
    sys.stdout.flush()
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        fd = None  # an in-memory stdout (tests): redirecting the Python object is enough
    saved = os.dup(fd) if fd is not None else None
    if fd is not None:
        os.dup2(sys.stderr.fileno(), fd)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stdout.flush()
        if saved is not None and fd is not None:
            os.dup2(saved, fd)
            os.close(saved)


def emit_json(payload: dict[str, Any]) -> None:
    """Write one JSON object and a newline to stdout."""
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, default=json_default) + "\n")
    sys.stdout.flush()


def console(stderr: bool = False) -> Any:
    """A rich Console (imported here, so commands that print JSON never import rich)."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)
