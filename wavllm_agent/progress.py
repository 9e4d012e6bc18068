"""Progress reporting for slow steps (model loading, conversions), decoupled from any UI.

The core announces what it is doing through :func:`activity`; a surface (the CLI, the REPL)
installs a reporter that shows it, e.g. as a spinner on a terminal. Without one, nothing is shown.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

Reporter = Callable[[str], contextlib.AbstractContextManager[None]]
_state = threading.local()
_global: list[Reporter] = []


def set_reporter(reporter: Reporter | None) -> None:
    """Install (or with None, remove) the process-wide reporter."""
    _global.clear()
    if reporter is not None:
        _global.append(reporter)


@contextlib.contextmanager
def activity(message: str) -> Iterator[None]:
    """Announce a slow step for as long as the ``with`` block runs (nested ones are folded)."""
    if not _global or getattr(_state, "active", False):
        yield
        return
    _state.active = True
    try:
        with _global[0](message):
            yield
    finally:
        _state.active = False
