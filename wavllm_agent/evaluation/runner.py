"""An evaluation run: read the manifest, run the rows not yet done, score, write the report.

:func:`evaluate` is the whole thing in one process (what ``wavllm eval`` calls). :class:`EvalRun`
is the same work in steps, so that :mod:`wavllm_agent.evaluation.shard` can spread the rows over
the processes of ``accelerate launch`` and let the main process score them.

With an output folder the run is resumable: finished rows are appended durably to
``predictions.jsonl`` as they finish (see :mod:`wavllm_agent.evaluation.store`) and a rerun with
the same folder skips them, so a killed run loses at most the rows in flight.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from wavllm_agent.data.manifest import read_manifest
from wavllm_agent.errors import EngineError, UsageError, WavLLMError
from wavllm_agent.evaluation.jobs import EvalJobs, RowJob, plan_jobs
from wavllm_agent.evaluation.predictions import RowPredictor, RowRecord
from wavllm_agent.evaluation.result import EvalResult
from wavllm_agent.evaluation.scoring import score_records, worst_rows
from wavllm_agent.evaluation.store import PredictionStore, file_sha256

if TYPE_CHECKING:
    from wavllm_agent.engines.base import Engine

__all__ = ["EvalProgress", "EvalRun", "evaluate"]


class EvalProgress(Protocol):
    """What a surface implements to show a run's progress (the CLI: a rich bar on stderr)."""

    def start(self, total: int, done: int) -> None:
        """The run has ``total`` rows for this process, ``done`` of them finished earlier."""

    def advance(self, record: RowRecord) -> None:
        """One more row finished (``record.ok`` False: it failed)."""


class EvalRun:
    """One evaluation, in steps: :meth:`prepare`, :meth:`run`, :meth:`finish`.

    Args:
        manifest: The manifest (JSON Lines or the released tsv).
        task: One task for every row; ``None`` infers it from the rows.
        engine: An engine, a registered engine name, or ``None`` for the default engine.
        model: A local model folder for the engine (``--model``).
        device: The engine's device (``--device``).
        target_lang: st/translate target language for every row (``--target-lang``).
        output: The output folder (records, ``metrics.json``, ``report.md``, plots); ``None``
            keeps everything in memory.
        limit: Evaluate only the first ``limit`` rows.
        planner: The planner of multi-step rows (``rules`` or ``llm``).
        batch_size: Rows handed to the engine at a time (see :class:`RowPredictor`).
        rank: This process's index among ``world`` processes sharing the rows.
        world: How many processes share the rows.

    Raises:
        ManifestError, UnknownTaskError, UsageError, AudioError: see :func:`evaluate`.
    """

    def __init__(
        self,
        manifest: str | os.PathLike[str],
        *,
        task: str | None = None,
        engine: Engine | str | None = None,
        model: str | None = None,
        device: str | None = None,
        target_lang: str | None = None,
        output: str | os.PathLike[str] | None = None,
        limit: int | None = None,
        planner: str = "rules",
        batch_size: int = 1,
        rank: int = 0,
        world: int = 1,
    ) -> None:
        from wavllm_agent.api import load_engine
        from wavllm_agent.engines.base import Engine

        self.manifest = Path(manifest)
        rows = read_manifest(self.manifest)
        if limit is not None:
            if limit < 1:
                raise UsageError(f"--limit must be at least 1, got {limit}")
            rows = rows[:limit]
        self.jobs: EvalJobs = plan_jobs(rows, task=task, target_lang=target_lang)
        # Building an engine loads no model (models load on first use).
        self.engine: Engine = engine if isinstance(engine, Engine) else load_engine(
            engine, model=model, device=device)
        self.model = model
        self.target_lang = target_lang
        self.planner = planner
        self.batch_size = batch_size
        self.rank, self.world = rank, world
        self.store = PredictionStore(output, rank=rank, world=world)
        self.ran = 0
        self._before: set[int] = set()  # rows an earlier run had finished when this one began
        self._started = time.perf_counter()

    @property
    def output(self) -> Path | None:
        """The output folder, if any."""
        return self.store.folder

    def identity(self) -> dict[str, Any]:
        """What ``run.json`` records: a later run in the same folder must match it."""
        return {
            "manifest": str(self.manifest.resolve()),
            "manifest_sha256": file_sha256(self.manifest),
            "task": self.jobs.task,
            "engine": self.engine.name,
            "model": self.model,
            "target_lang": self.target_lang,
            "planner": self.planner,
        }

    def prepare(self, *, restart: bool = False, write: bool = True) -> None:
        """Check (or with ``restart``, clear) the output folder, and record the run's identity.

        Args:
            restart: Discard an earlier run's records first.
            write: Write ``run.json`` when absent (only the main process of a sharded run does).

        Raises:
            UsageError: the folder holds a run of something else (without ``restart``).
        """
        if restart:
            self.store.discard()
        self.store.check_identity(self.identity(), write=write)
        self._before = set(self._done())

    def _done(self) -> dict[int, RowRecord]:
        done = self.store.load()
        for job in self.jobs.jobs:
            record = done.get(job.index)
            if record is not None and record.id != job.row.id:
                raise UsageError(
                    f"{self.output}: row {job.index} was {record.id!r} in the earlier run, "
                    f"now {job.row.id!r}",
                    hint="pass --restart to discard the earlier run",
                )
        return {index: record for index, record in done.items() if index < len(self.jobs.jobs)}

    def my_jobs(self) -> list[RowJob]:
        """This process's rows: every ``world``-th row from ``rank`` (the same split in every run)."""
        return [job for job in self.jobs.jobs if job.index % self.world == self.rank]

    def run(self, progress: EvalProgress | None = None) -> int:
        """Run this process's rows that no earlier run finished; return how many ran.

        Raises:
            WavLLMError: an error that concerns every row (see ``RUN_LEVEL_ERRORS``).
        """
        done = self._done()
        mine = self.my_jobs()
        pending = [job for job in mine if job.index not in done]
        if progress is not None:
            progress.start(len(mine), len(mine) - len(pending))
        predictor = RowPredictor(self.engine, planner=self.planner, batch_size=self.batch_size)
        try:
            for record in predictor.run(pending):
                self.store.append(record)
                self.ran += 1
                if progress is not None:
                    progress.advance(record)
        finally:
            self.store.close()
        return self.ran

    def finish(self, *, plots: bool = True) -> EvalResult:
        """Score every row, rewrite ``predictions.jsonl`` in order with scores, write the report.

        Raises:
            EngineError: rows are missing (a shard did not finish).
            WavLLMError: every row failed (the first row's error, re-raised with its type).
        """
        done = self._done()
        missing = [job.row.id for job in self.jobs.jobs if job.index not in done]
        if missing:
            raise EngineError(
                f"{len(missing)} rows have no prediction (first: {missing[0]!r})",
                hint="run the evaluation again with the same folder to finish them",
            )
        records = [done[job.index] for job in self.jobs.jobs]
        if all(not record.ok for record in records):
            raise _first_error(records)
        scores = score_records(self.jobs, records)
        # Rows past --limit that an earlier, longer run finished stay in the file.
        kept = {**self.store.load(), **{record.index: record for record in records}}
        self.store.consolidate(kept.values())
        result = EvalResult(
            task=self.jobs.task,
            n=len(records),
            engine=self.engine.name,
            metrics=scores.metrics,
            errors=sum(not record.ok for record in records),
            resumed=len(self._before),
            seconds=time.perf_counter() - self._started,
            manifest=str(self.manifest),
            language=self.jobs.language,
            inferred=self.jobs.inferred,
            notes=scores.notes,
            worst=worst_rows(records, scores),
            report=str(self.output) if self.output is not None else None,
            records=records,
            scores=scores,
        )
        if self.output is not None:
            from wavllm_agent.evaluation.report import write_report

            write_report(result, self.output, plots=plots)
        return result


def _first_error(records: Iterable[RowRecord]) -> WavLLMError:
    """The first error row's error as its own type (so the CLI exits as it would for one row)."""
    record = next(iter(records))
    info = record.error or {}
    kind = getattr(importlib.import_module("wavllm_agent.errors"), str(info.get("type")), None)
    if not (isinstance(kind, type) and issubclass(kind, WavLLMError)):
        kind = EngineError
    message = f"every row failed; row {record.id!r}: {info.get('message', 'unknown error')}"
    return kind(message, hint=info.get("hint"))


def evaluate(
    manifest: str | os.PathLike[str],
    *,
    task: str | None = None,
    engine: Engine | str | None = None,
    model: str | None = None,
    device: str | None = None,
    target_lang: str | None = None,
    output: str | os.PathLike[str] | None = None,
    restart: bool = False,
    limit: int | None = None,
    planner: str = "rules",
    batch_size: int = 1,
    plots: bool = True,
    progress: EvalProgress | None = None,
) -> EvalResult:
    """Evaluate an engine on a manifest in this process (see :class:`EvalRun` for the arguments).

    Args:
        restart: Discard the records of an earlier run in ``output`` instead of resuming it.
        plots: Draw PNG plots into ``output`` (needs matplotlib).
        progress: Told about every finished row.

    Returns:
        The metrics (``to_dict()`` is the ``wavllm eval --json`` object) and per-row records.

    Raises:
        ManifestError: a missing or malformed manifest.
        UnknownTaskError: an unknown task, or one without metrics.
        UsageError: a manifest mixing tasks; an output folder holding a different run.
        AudioError: a row's audio file does not exist (before any model loads).
        WavLLMError: an error that concerns every row, or every row failed.
    """
    run = EvalRun(manifest, task=task, engine=engine, model=model, device=device,
                  target_lang=target_lang, output=output, limit=limit, planner=planner,
                  batch_size=batch_size)
    run.prepare(restart=restart)
    run.run(progress)
    return run.finish(plots=plots)
