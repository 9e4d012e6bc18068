"""What the REPL session shows, as an interface: the session calls it, a renderer implements it.

The session (state, commands, history) never imports rich or prompt_toolkit; it talks to a
:class:`View`. :class:`~wavllm_agent.repl.rich_view.RichView` draws on a terminal;
:class:`RecordingView` keeps everything in memory for tests and scripts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class View(Protocol):
    """Everything the REPL puts on screen."""

    def info(self, text: str) -> None:
        """A short message (one line or a few)."""

    def error(self, text: str) -> None:
        """One readable error line; the session goes on."""

    def tasks(self, rows: list[dict[str, Any]]) -> None:
        """The registered tasks: ``{"name", "description", "kind", "plugin"}`` each."""

    def plan(self, plan: Any) -> None:
        """A :class:`~wavllm_agent.planning.Plan` about to run (or only planned)."""

    def step(self, event: Any) -> None:
        """A :class:`~wavllm_agent.planning.StepEvent`: a step started or finished."""

    def execution(self, execution: Any) -> None:
        """A finished :class:`~wavllm_agent.planning.Execution`: each step's result and the answer."""

    def history(self, entries: list[dict[str, Any]]) -> None:
        """The session's results so far (as saved by ``/save``)."""

    def commands(self, rows: list[tuple[str, str]]) -> None:
        """``(usage, help)`` of every command."""


@dataclass
class RecordingView:
    """A :class:`View` that records what it is asked to show (tests, scripted sessions)."""

    events: list[tuple[str, Any]] = field(default_factory=list)

    def _add(self, kind: str, value: Any) -> None:
        self.events.append((kind, value))

    def info(self, text: str) -> None:
        self._add("info", text)

    def error(self, text: str) -> None:
        self._add("error", text)

    def tasks(self, rows: list[dict[str, Any]]) -> None:
        self._add("tasks", rows)

    def plan(self, plan: Any) -> None:
        self._add("plan", plan)

    def step(self, event: Any) -> None:
        self._add("step", event)

    def execution(self, execution: Any) -> None:
        self._add("execution", execution)

    def history(self, entries: list[dict[str, Any]]) -> None:
        self._add("history", entries)

    def commands(self, rows: list[tuple[str, str]]) -> None:
        self._add("commands", rows)

    def of(self, kind: str) -> list[Any]:
        """The values recorded of one kind, in order."""
        return [value for k, value in self.events if k == kind]
