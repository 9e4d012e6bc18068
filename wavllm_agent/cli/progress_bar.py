"""A progress bar over many files, on a terminal only; model loading shows in its description."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO


@contextlib.contextmanager
def file_progress(total: int, stream: TextIO) -> Iterator[tuple[Callable[[str], None], Any]]:
    """While active, a bar of ``total`` files on ``stream`` when it is a terminal (and ``total`` > 1).

    Yields:
        ``(advance, console)``: ``advance(label)`` marks one file done; ``console`` is a rich
        Console to print results above the bar (None when there is no bar: print as usual).
    """
    if total < 2 or not stream.isatty():
        yield (lambda label: None), None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from wavllm_agent import progress

    # Only the bar's own stream is redirected through it: with --json the bar is on stderr, and the
    # JSON Lines must reach the real stdout, not be drawn above the bar.
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(file=stream, highlight=False), transient=True,
                   redirect_stdout=stream is sys.stdout, redirect_stderr=stream is sys.stderr)
    task_id = bar.add_task("files", total=total)

    @contextlib.contextmanager
    def loading(message: str) -> Iterator[None]:  # a model loading: said on the bar, no second spinner
        bar.update(task_id, description=message)
        try:
            yield
        finally:
            bar.update(task_id, description="files")

    def advance(label: str) -> None:
        bar.update(task_id, advance=1, description=label)

    with bar:
        progress.set_reporter(loading)
        try:
            yield advance, bar.console
        finally:
            progress.set_reporter(None)
