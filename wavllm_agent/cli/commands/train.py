"""``wavllm train CONFIG``: run a training recipe (resumes an interrupted run in the same folder)."""

from __future__ import annotations

import sys
from typing import Any

import click

from wavllm_agent.cli.common import json_option
from wavllm_agent.cli.output import console, emit_json, stdout_reserved
from wavllm_agent.training.events import TrainingObserver


class _ProgressBar(TrainingObserver):
    """A rich progress bar per stage on stderr, with the latest loss and throughput in its label."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = Console(stderr=True)
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[status]}", style="dim"), TimeRemainingColumn(),
                                 console=self.console)
        self.task: Any = None

    def stage_started(self, name: str, total_steps: int, done_steps: int) -> None:
        if self.task is None:
            self.progress.start()
        else:
            self.progress.update(self.task, visible=True)
        status = f"resumed at step {done_steps}" if done_steps else ""
        self.task = self.progress.add_task(f"stage {name}", total=total_steps, completed=done_steps, status=status)

    def step(self, record: dict[str, Any]) -> None:
        status = f"loss {record['loss']:.4f}  {record['audio_seconds_per_second']:.1f} audio s/s" if record[
            "loss"] is not None else "loss n/a"
        self.progress.update(self.task, completed=record["step"], status=status)

    def validated(self, record: dict[str, Any]) -> None:
        figures = ", ".join(f"{k} {v:.1f}" for k, v in record["metrics"].items())
        loss = "n/a" if record["loss"] is None else f"{record['loss']:.4f}"
        self.progress.console.print(f"  validation at step {record['step']}: loss {loss}" +
                                    (f"; {figures}" if figures else ""))

    def stage_finished(self, summary: Any) -> None:
        self.progress.console.print(f"  stage {summary.name}: {summary.steps} steps, loss "
                                    f"{_fmt(summary.first_loss)} -> {_fmt(summary.last_loss)}; model {summary.model}")

    def note(self, message: str) -> None:
        self.progress.console.print(f"  {message}")

    def close(self) -> None:
        if self.task is not None:
            self.progress.stop()


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"


def _render(result: Any) -> Any:
    from rich.table import Table

    table = Table(title=f"Training run in {result.output}", title_justify="left", header_style="bold")
    for column in ("stage", "steps", "first loss", "last loss", "validation", "seconds"):
        table.add_column(column, justify="left" if column in ("stage", "validation") else "right")
    for stage in result.stages:
        validation = stage.validation or {}
        figures = ", ".join(f"{k} {v:.1f}" for k, v in (validation.get("metrics") or {}).items())
        loss = validation.get("loss")
        shown = (f"loss {loss:.4f}" if loss is not None else "") + (f"; {figures}" if figures else "")
        table.add_row(stage.name, str(stage.steps), _fmt(stage.first_loss), _fmt(stage.last_loss), shown or "-",
                      "-" if stage.seconds is None else f"{stage.seconds:.1f}")
    return table


@click.command()
@click.argument("config", metavar="CONFIG")
@click.option("--max-steps", type=click.IntRange(min=1), default=None, metavar="N",
              help="Cap every stage at N optimizer steps (a quick trial).")
@click.option("--output", default=None, metavar="DIR", help="Output folder (default: the recipe's run.output).")
@click.option("--restart", is_flag=True, help="Discard an earlier run in the output folder instead of resuming it.")
@click.option("--threads", type=click.IntRange(min=1), default=None, metavar="N",
              help="Torch threads per process (default: this process's share of the cores).")
@json_option
def train(config: str, max_steps: int | None, output: str | None, restart: bool, threads: int | None,
          as_json: bool) -> None:
    """Train WavLLM with the recipe CONFIG (YAML; see docs/training.md). An interrupted run resumes
    from its newest checkpoint when started again with the same recipe and output folder.

    Spread it over processes or GPUs with: accelerate launch [--multi_gpu --num_processes N]
    -m wavllm_agent train CONFIG
    """
    from wavllm_agent.training import train as run_training

    bar = _ProgressBar() if sys.stderr.isatty() and not as_json else None
    try:
        with stdout_reserved(as_json):
            result = run_training(config, output=output, max_steps=max_steps, restart=restart, threads=threads,
                                  observer=bar)
    finally:
        if bar is not None:
            bar.close()
    if not result.main_process:
        return
    if as_json:
        emit_json(result.to_dict())
        return
    out = console()
    out.print(_render(result))
    out.print(f"model: {result.model}  (load it with --model, or WavLLMForConditionalGeneration.from_pretrained)")
