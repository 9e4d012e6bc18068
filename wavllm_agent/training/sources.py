"""Training sources: manifests read into rows that know their task and audio length.

A row's task is its source's ``task`` or else the row's own ``task`` field: a registered task that
declares training (``Task.training``), or multi-step (any spelling). Its length (both clips
of an sv pair together) comes from the manifest when it says (``duration`` in seconds, or the
released tsv's ``n_frames`` in samples at 16 kHz), else from the audio file's header; rows over
``max_audio_seconds`` are left out (and counted), so one long file cannot stall a run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from wavllm_agent.data.manifest import ManifestRow, iter_manifest
from wavllm_agent.errors import AudioError, ConfigError, ManifestError
from wavllm_agent.tasks.multistep import MULTI_STEP, canonical_task_name

log = logging.getLogger(__name__)

MULTI = MULTI_STEP
"""Task name of rows that are composed into multi-task instructions (see :mod:`.instructions`)."""
PAIR_GAP_SECONDS = 0.3
"""Silence between the two clips of an sv pair, which the model hears as one recording."""


@dataclass(frozen=True)
class TrainingRow:
    """A manifest row ready for training: its task and its audio length in seconds."""

    row: ManifestRow
    task: str
    seconds: float


@dataclass
class Source:
    """The rows of one manifest, under the name the stages' ``mix`` uses."""

    name: str
    manifest: Path
    rows: list[TrainingRow]
    skipped: int = 0
    tasks: set[str] = field(default_factory=set)


def audio_seconds(path: Path) -> float:
    """Length of an audio file in seconds, from its header when possible.

    Raises:
        AudioError: the file is missing or cannot be read.
    """
    if not path.is_file():
        raise AudioError(f"audio file not found: {path}", hint="check the manifest's audio paths")
    try:
        import soundfile

        return float(soundfile.info(str(path)).duration)
    except Exception:  # noqa: BLE001 - formats soundfile does not read: decode them fully instead
        from wavllm_agent.audio import load_audio

        return load_audio(path).duration


def row_seconds(row: ManifestRow) -> float:
    """Audio length of a row (an sv pair counts both clips and the gap between them)."""
    declared = row.extra.get("duration")
    if isinstance(declared, (int, float)) and not isinstance(declared, bool) and declared > 0:
        seconds = float(declared)
    elif isinstance(row.extra.get("n_frames"), int) and row.extra["n_frames"] > 0:
        seconds = row.extra["n_frames"] / 16000
    else:
        seconds = audio_seconds(row.audio)
    if row.audio2 is not None:
        declared2 = row.extra.get("duration2")
        second = float(declared2) if isinstance(declared2, (int, float)) else audio_seconds(row.audio2)
        seconds += PAIR_GAP_SECONDS + second
    return seconds


def row_task(row: ManifestRow, forced: str | None, where: str) -> str:
    """The task of a row: the source's, else the row's ``task`` field (any multi-step spelling:
    :data:`MULTI`).

    Raises:
        ManifestError: neither names one.
    """
    name = forced or row.extra.get("task")
    if not isinstance(name, str) or not name.strip():
        raise ManifestError(
            f"{where}: row {row.id!r} has no task",
            hint="give the source a 'task' in the training config, or each row a 'task' field",
        )
    return canonical_task_name(name)


def trainable_tasks() -> list[str]:
    """The task names training samples: every registered task that declares training, and multi-step."""
    from wavllm_agent.registry import get_registry

    return sorted([name for name, task in get_registry().tasks.items() if task.training is not None] + [MULTI])


def check_tasks(tasks: set[str], where: str) -> None:
    """Refuse task names that are neither registered with training declared nor multi-step."""
    known = set(trainable_tasks())
    unknown = sorted(tasks - known)
    if unknown:
        raise ConfigError(f"{where}: unknown or untrainable task(s) {unknown}",
                          hint=f"known: {', '.join(known)}")


def load_source(
    name: str, manifest: Path, *, task: str | None, max_seconds: float, limit: int | None = None
) -> Source:
    """Read a manifest into a :class:`Source`, leaving out rows over ``max_seconds``.

    Raises:
        ManifestError: an unreadable manifest or a row without a task.
        AudioError: an audio file that is missing or unreadable.
        ConfigError: a task that is not registered.
    """
    rows: list[TrainingRow] = []
    skipped = 0
    for row in iter_manifest(manifest):
        if limit is not None and len(rows) >= limit:
            break
        seconds = row_seconds(row)
        if seconds > max_seconds:
            skipped += 1
            continue
        rows.append(TrainingRow(row=row, task=row_task(row, task, str(manifest)), seconds=seconds))
    tasks = {r.task for r in rows}
    check_tasks(tasks, str(manifest))
    if skipped:
        log.warning("%s: %d row(s) longer than %.0f s left out", manifest, skipped, max_seconds)
    if not rows:
        raise ManifestError(
            f"{manifest}: no row is short enough to train on (limit {max_seconds:g} s)",
            hint="raise data.max_audio_seconds",
        )
    return Source(name=name, manifest=manifest, rows=rows, skipped=skipped, tasks=tasks)
