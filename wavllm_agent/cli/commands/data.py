"""``wavllm data synth OUT_DIR``: make a small training set offline with espeak-ng."""

from __future__ import annotations

import click

from wavllm_agent.cli.common import json_option
from wavllm_agent.cli.output import console, emit_json, stdout_reserved


@click.group()
def data() -> None:
    """Training data: make it, inspect it."""


def _names(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


@data.command()
@click.argument("out_dir", metavar="OUT_DIR")
@click.option("--tasks", default=None, metavar="LIST",
              help="Comma-separated tasks (default: all it makes rows for: the transcript task, the task "
                   "comparing two recordings, the question task and multi-step; e.g. asr,sv,sqa,multi).")
@click.option("--n", "n", type=click.IntRange(min=1), default=16, show_default=True,
              help="Training rows per task.")
@click.option("--validation", type=click.IntRange(min=0), default=None, metavar="N",
              help="Validation rows per task (default: a quarter of --n, at least 2).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of texts, voices and speeds.")
@click.option("--voices", default=None, metavar="LIST",
              help="Comma-separated espeak-ng voices (default: six variants a speaker encoder tells apart).")
@json_option
def synth(out_dir: str, tasks: str | None, n: int, validation: int | None, seed: int, voices: str | None,
          as_json: bool) -> None:
    """Speak sentences of the shipped corpus with espeak-ng into OUT_DIR: 16 kHz WAVs and one JSON Lines
    manifest per task plus validation.jsonl."""
    from wavllm_agent.training.synth import synthesize

    with stdout_reserved(as_json):
        result = synthesize(out_dir, tasks=_names(tasks) if tasks is not None else None, n=n, validation=validation, seed=seed,
                            voices=_names(voices) if voices else None)
    if as_json:
        emit_json(result.to_dict())
        return
    out = console()
    for task, count in result.rows.items():
        out.print(f"{task:>6}: {count} rows  {result.manifests[task]}")
    if "validation" in result.manifests:
        out.print(f"validation: {result.validation_rows} rows  {result.manifests['validation']}")
    out.print(f"{result.audio_seconds:.1f} s of audio in {result.out_dir / 'audio'}")
