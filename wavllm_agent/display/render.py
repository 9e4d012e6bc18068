"""Results, plans and executions as rich renderables (only the CLI and the REPL import this)."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def timestamp(seconds: float) -> str:
    """``H:MM:SS.s`` or ``M:SS.s``."""
    minutes, sec = divmod(max(seconds, 0.0), 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours}:{minutes:02d}:{sec:04.1f}" if hours else f"{minutes}:{sec:04.1f}"


def segments_table(segments: list[Any]) -> Table:
    """ASR segments with their start and end times."""
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("start", justify="right", style="cyan", no_wrap=True)
    table.add_column("end", justify="right", style="cyan", no_wrap=True)
    table.add_column("text", overflow="fold")
    for seg in segments:
        table.add_row(timestamp(seg.start), timestamp(seg.end), seg.text.strip())
    return table


def result_renderable(result: Any) -> Any:
    """A panel for one task result, with the task's own details."""
    data = result.to_dict()
    body: list[Any] = []
    if data.get("segments"):
        body.append(segments_table(result.segments))
    else:
        body.append(Text(result.text or "(empty)"))
    details = {k: v for k, v in data.items()
               if k not in ("task", "text", "engine", "segments", "source_text") and v not in (None, "", {}, [])}
    if details:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim")
        grid.add_column()
        for key, value in details.items():
            grid.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
        body.append(grid)
    return Panel(Group(*body), title=f"[bold]{result.task}[/bold]", subtitle=f"engine: {result.engine}",
                 title_align="left", subtitle_align="right")


def plan_table(plan: Any) -> Table:
    """The steps of a plan."""
    table = Table(title="Plan", title_justify="left", box=None, header_style="bold")
    table.add_column("#", justify="right")
    table.add_column("task", style="green")
    table.add_column("args", overflow="fold")
    table.add_column("input", style="dim")
    for i, step in enumerate(plan.steps):
        args = ", ".join(f"{k}={v!r}" for k, v in step.args.items())
        source = "audio" if step.input is None else f"step {step.input + 1}"
        table.add_row(str(i + 1), step.task + (" (implied)" if step.implicit else ""), args, source)
    return table


def plan_renderable(plan: Any) -> Any:
    """The plan's steps, and its notes below them (why the planner changed or dropped something)."""
    from rich.console import Group
    from rich.text import Text

    return Group(plan_table(plan), *(Text(f"note: {note}", style="dim") for note in plan.notes))


def answer_adds_to_steps(execution: Any) -> bool:
    """Whether the answer says more than the steps' results shown above it.

    A plan whose answer is one step's output (a summary after its implied transcript) would
    otherwise show that output twice.
    """
    answer = " ".join((execution.answer or "").split())
    return bool(answer) and all(answer != " ".join((t.text or "").split()) for t in execution.steps)


def execution_renderable(execution: Any) -> Any:
    """The steps run for an instruction, the plan's notes and the answer (a step whose output is the
    answer is not repeated above it)."""
    answer = " ".join((execution.answer or "").split())
    parts: list[Any] = []
    for i, step in enumerate(execution.steps):
        text = step.text or "(no output)"
        if answer and " ".join(text.split()) == answer:
            text = "(the answer, below)"
        parts.append(Text.assemble((f"{i + 1}. {step.task}", "green"), (f"  {step.seconds:.1f}s\n", "dim"), text))
    parts.extend(Text(f"note: {note}", style="dim") for note in execution.plan.notes)
    parts.append(Panel(execution.answer or "(no answer)", title="[bold]Answer[/bold]", title_align="left"))
    return Group(*parts)
