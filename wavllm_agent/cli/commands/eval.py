"""``wavllm eval MANIFEST``: run an engine over a manifest and score it (resumable with --report)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

import click

from wavllm_agent.cli.common import chosen_llm, engine_options, get_engine, json_option, llm_option
from wavllm_agent.cli.output import console, emit_json, stdout_reserved


class _ProgressBar:
    """A rich progress bar on stderr; the core's slow steps (model loading) show in its label."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[failed]} failed", style="dim"), TimeRemainingColumn(),
                                 console=Console(stderr=True), transient=True)
        self.task: Any = None

    def start(self, total: int, done: int) -> None:
        self.task = self.progress.add_task("evaluating", total=total, completed=done, failed=0)

    def advance(self, record: Any) -> None:
        failed = self.progress.tasks[0].fields["failed"] + (0 if record.ok else 1)
        self.progress.update(self.task, advance=1, failed=failed)

    @contextlib.contextmanager
    def activity(self, message: str) -> Iterator[None]:
        # One live display at a time: model loading shows in the bar's label, not a spinner.
        if self.task is None:
            yield
            return
        self.progress.update(self.task, description=message)
        try:
            yield
        finally:
            self.progress.update(self.task, description="evaluating")


@contextlib.contextmanager
def _progress_on_terminal() -> Iterator[_ProgressBar | None]:
    if not sys.stderr.isatty():
        yield None
        return
    from wavllm_agent import progress

    bar = _ProgressBar()
    progress.set_reporter(bar.activity)
    try:
        with bar.progress:
            yield bar
    finally:
        progress.set_reporter(None)


def _render(result: Any) -> Any:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from wavllm_agent.evaluation.scoring import LOWER_IS_BETTER

    metrics = Table(title=f"{result.task} on {result.manifest}", title_justify="left", header_style="bold")
    metrics.add_column("metric")
    metrics.add_column("value", justify="right")
    for name, value in result.metrics.items():
        label = name + (" (lower is better)" if name in LOWER_IS_BETTER else "")
        metrics.add_row(label, "n/a" if value is None else f"{value:.2f}")
    parts: list[Any] = [metrics, Text(
        f"{result.n} rows, {result.errors} failed (counted as wrong), {result.resumed} resumed; "
        f"engine {result.engine}; {result.seconds:.1f} s", style="dim")]
    for note in result.notes:
        parts.append(Text(f"note: {note}", style="yellow"))
    if result.worst:
        worst = Table(title="Worst rows", title_justify="left", header_style="bold")
        worst.add_column("id", no_wrap=True)
        worst.add_column(result.worst[0].get("metric") or "", justify="right")
        worst.add_column("reference", overflow="fold", ratio=1)
        worst.add_column("output", overflow="fold", ratio=1)
        for row in result.worst:
            value = row.get("value")
            output = row["output"] if row.get("error") is None else f"[red]error[/red]: {row['error']}"
            worst.add_row(row["id"], "-" if value is None else f"{value:.1f}", row["reference"], output)
        parts.append(worst)
    if result.report:
        parts.append(Text(f"report: {result.report}/report.md", style="bold"))
    return Group(*parts)


@click.command("eval")
@click.argument("manifest")
@click.option("--task", default=None, metavar="TASK",
              help="The task of every row (default: inferred from the rows' task fields or prompts).")
@click.option("--target-lang", default=None, metavar="XX", help="st: target language of every row.")
@click.option("--planner", type=click.Choice(["rules", "llm"]), default="rules", show_default=True,
              help="Planner of multi-step instructions.")
@click.option("--report", "report", default=None, metavar="DIR",
              help="Write predictions.jsonl (resumable), metrics.json, report.md and plots here.")
@click.option("--restart", is_flag=True, help="With --report: discard an earlier run in DIR instead of resuming it.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Evaluate only the first N rows.")
@click.option("--batch-size", type=click.IntRange(min=1), default=1, show_default=True,
              help="Rows handed to the engine at a time.")
@click.option("--no-plots", is_flag=True, help="With --report: skip the PNG plots.")
@engine_options
@llm_option
@json_option
def eval_command(manifest: str, task: str | None, target_lang: str | None, planner: str, report: str | None,
                 restart: bool, limit: int | None, batch_size: int, no_plots: bool, engine_name: str | None,
                 model: str | None, device: str | None, as_json: bool) -> None:
    """Evaluate an engine on MANIFEST (JSON Lines or the released WavLLM tsv) and print its metrics."""
    from wavllm_agent.evaluation.runner import EvalRun

    with stdout_reserved(as_json):
        # Manifest, task and audio files are checked here, before any model loads.
        # with --llm the engine is built here, with that option (building one loads no model)
        engine = get_engine(engine_name, model, device) if chosen_llm() else engine_name
        run = EvalRun(manifest, task=task, engine=engine, model=model, device=device,
                      target_lang=target_lang, output=report, limit=limit, planner=planner,
                      batch_size=batch_size)
        run.prepare(restart=restart)
        with _progress_on_terminal() as bar:
            run.run(bar)
        result = run.finish(plots=not no_plots)
    if as_json:
        emit_json(result.to_dict())
        return
    console().print(_render(result))
