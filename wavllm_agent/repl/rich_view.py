"""The REPL on a terminal: rich tables and panels, a spinner while each step (or model load) runs."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.status import Status
from rich.table import Table
from rich.text import Text

from wavllm_agent.display.render import answer_adds_to_steps, plan_renderable, result_renderable


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class RichView:
    """A :class:`~wavllm_agent.repl.view.View` that draws with rich on ``console``."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(highlight=False)
        self._status: Status | None = None
        self._status_text = ""

    # -- spinner -----------------------------------------------------------------------------------
    def _start_status(self, text: str) -> None:
        self._stop_status()
        self._status_text = text
        self._status = self.console.status(text, spinner="dots")
        self._status.start()

    def _stop_status(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None
            self._status_text = ""

    @contextlib.contextmanager
    def _activity(self, message: str) -> Iterator[None]:
        """Show a slow core step (a model loading): on the running spinner, or a spinner of its own."""
        if self._status is not None:
            # Our own text, not status.renderable: that is the spinner object itself (rich 15).
            # (naming the spinner redraws at once; a text-only update waits for the next tick)
            status, before = self._status, self._status_text
            status.update(f"{before} — {message}", spinner="dots")
            try:
                yield
            finally:
                status.update(before, spinner="dots")
            return
        with self.console.status(message, spinner="dots"):
            yield

    @contextlib.contextmanager
    def reporting(self) -> Iterator[None]:
        """While active, the core's progress messages (model loading) show on this console."""
        from wavllm_agent import progress

        if not self.console.is_terminal:
            yield
            return
        progress.set_reporter(self._activity)
        try:
            yield
        finally:
            progress.set_reporter(None)
            self._stop_status()

    # -- View ------------------------------------------------------------------------------------
    def info(self, text: str) -> None:
        self._stop_status()
        self.console.print(Text(text, style="dim"), soft_wrap=True)

    def error(self, text: str) -> None:
        self._stop_status()
        self.console.print(Text(text, style="bold red"), soft_wrap=True)  # one line, never wrapped

    def tasks(self, rows: list[dict[str, Any]]) -> None:
        table = Table(title="Tasks", title_justify="left", box=None, header_style="bold")
        for column, style in (("name", "green"), ("kind", "dim"), ("plugin", "dim"), ("description", None)):
            table.add_column(column, style=style, overflow="fold")
        for row in rows:
            table.add_row(row["name"], row["kind"], row["plugin"], row["description"])
        self.console.print(table)

    def plan(self, plan: Any) -> None:
        self._stop_status()
        self.console.print(plan_renderable(plan))

    def step(self, event: Any) -> None:
        label = f"step {event.index + 1}/{event.total}: {event.step.task}"
        if event.kind == "started":
            self._stop_status()
            if self.console.is_terminal:
                self._start_status(f"{label} …")
            return
        self._stop_status()
        trace = event.trace
        if trace is not None and trace.skipped:
            self.console.print(Text.assemble(("– ", "yellow"), (label, "bold"), (f"  skipped: {trace.skipped}", "dim")))
            return
        seconds = trace.seconds if trace is not None else 0.0
        self.console.print(Text.assemble(("✓ ", "green"), (label, "bold"), (f"  {seconds:.1f}s", "dim")))

    def execution(self, execution: Any) -> None:
        self._stop_status()
        for trace in execution.steps:
            if trace.result is not None:
                self.console.print(result_renderable(trace.result))
        if answer_adds_to_steps(execution):
            from rich.panel import Panel

            self.console.print(Panel(execution.answer or "(no answer)", title="[bold]Answer[/bold]",
                                     title_align="left"))

    def history(self, entries: list[dict[str, Any]]) -> None:
        if not entries:
            self.info("no results yet")
            return
        table = Table(title="History", title_justify="left", box=None, header_style="bold")
        for column in ("#", "kind", "instruction", "result"):
            table.add_column(column, overflow="fold")
        for i, entry in enumerate(entries, 1):
            if entry["kind"] == "plan":
                result = " -> ".join(s["task"] for s in entry["plan"]["steps"])
            else:
                result = entry.get("answer", "")
            table.add_row(str(i), entry["kind"], _short(entry["instruction"], 40), _short(result))
        self.console.print(table)

    def commands(self, rows: list[tuple[str, str]]) -> None:
        table = Table(box=None, show_header=False)
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for usage, text in rows:
            table.add_row(usage, text)
        self.console.print(table)
