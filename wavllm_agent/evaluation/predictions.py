"""Running the jobs: one task call per row through the core API, and the per-row record it leaves.

Single-step rows go through :func:`wavllm_agent.api.run_task`, multi-step rows through
:func:`wavllm_agent.api.ask`. Each finished row becomes a :class:`RowRecord`: the task's JSON
output (``to_dict()``, exactly what ``wavllm run --json`` / ``wavllm ask --json`` print) or the
error that stopped it, with the time it took. Scores are always computed from these records, so a
resumed run scores exactly what an uninterrupted one would.

Errors: a typed error that concerns one row (undecodable audio, audio over a limit, a bad
argument, an instruction that cannot be planned, an engine failure on that input) is recorded as
an error row and the run goes on. Errors that concern every row (the engine cannot do the task,
the model is missing, the checkpoint is bad) stop the run.

Batching: :meth:`RowPredictor.run` takes rows in batches of ``batch_size``; :meth:`predict_batch`
is the one place where an engine's batch method plugs in (engines offer none yet, so it runs the
batch's rows one after the other).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from wavllm_agent.engines.base import Engine
from wavllm_agent.errors import (
    CheckpointError,
    ConfigError,
    ModelNotFoundError,
    PluginError,
    TaskNotSupportedError,
    UnknownEngineError,
    UnknownTaskError,
    UnsafeCheckpointError,
    WavLLMError,
)
from wavllm_agent.evaluation.jobs import MULTI_STEP, RowJob
from wavllm_agent.evaluation.metrics.base import Prediction

__all__ = ["RUN_LEVEL_ERRORS", "RowPredictor", "RowRecord"]

RUN_LEVEL_ERRORS: tuple[type[WavLLMError], ...] = (
    TaskNotSupportedError,
    UnknownTaskError,
    UnknownEngineError,
    ModelNotFoundError,
    ConfigError,
    CheckpointError,
    UnsafeCheckpointError,
    PluginError,
)
"""Errors that would fail every row the same way: they stop the run instead of being recorded."""


@dataclass
class RowRecord:
    """What one row produced: one line of ``predictions.jsonl``.

    Attributes:
        index: The row's 0-based position in the manifest.
        id: The row's id.
        task: The task run (``ask`` for multi-step rows).
        status: ``"ok"`` or ``"error"``.
        output: The task's JSON output (``None`` for an error row).
        error: ``{"type", "message", "hint"}`` of an error row (``None`` otherwise).
        seconds: Wall time of the row's task call.
        reference: The row's reference text (so the file reads on its own).
        expected: Multi-step rows: the sub-tasks the instruction asked for.
        scores: Per-row metric values, filled in when the run is scored.
    """

    index: int
    id: str
    task: str
    status: Literal["ok", "error"]
    output: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    seconds: float = 0.0
    reference: str = ""
    expected: list[str] | None = None
    scores: dict[str, float | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True unless the row ended in an error."""
        return self.status == "ok"

    def answer(self) -> str:
        """The row's answer text (empty for an error row)."""
        if not self.output:
            return ""
        text = self.output.get("text")
        if text is None:
            text = self.output.get("answer")
        return str(text or "")

    def prediction(self) -> Prediction:
        """The prediction metrics score. An error row predicts nothing: empty text, no score.

        Steps of a multi-step trace that the trace marks as not followed (``"followed": false``:
        no output) or as implicit (a prerequisite the planner inserted, e.g. a transcript before
        a summary, whose output is not part of the answer) are left out, so the
        instruction-following rate credits only requested sub-tasks that produced output.
        """
        if not self.ok or self.output is None:
            return Prediction()
        output = dict(self.output)
        steps = output.get("steps")
        if isinstance(steps, list):
            output["steps"] = [step for step in steps if not _uncredited(step)]
        return Prediction.from_output(output)

    def to_json(self) -> dict[str, Any]:
        """The JSON object of this record (keys with no value are left out)."""
        data: dict[str, Any] = {
            "index": self.index,
            "id": self.id,
            "task": self.task,
            "status": self.status,
            "seconds": round(self.seconds, 4),
            "reference": self.reference,
        }
        for key in ("output", "error", "expected"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        if self.scores:
            data["scores"] = self.scores
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RowRecord:
        """A record from :meth:`to_json`'s object.

        Raises:
            ValueError: the object is not a record.
        """
        try:
            status = data["status"]
            if status not in ("ok", "error"):
                raise ValueError(f"bad status {status!r}")
            return cls(
                index=int(data["index"]),
                id=str(data["id"]),
                task=str(data["task"]),
                status=status,
                output=data.get("output"),
                error=data.get("error"),
                seconds=float(data.get("seconds", 0.0)),
                reference=str(data.get("reference", "")),
                expected=data.get("expected"),
                scores=dict(data.get("scores") or {}),
            )
        except (KeyError, TypeError) as err:
            raise ValueError(f"not a prediction record: {err}") from err


def _uncredited(step: Any) -> bool:
    return isinstance(step, Mapping) and (step.get("followed") is False or step.get("implicit") is True)


def _to_dict(value: Any) -> dict[str, Any]:
    """The JSON output of a task result or an execution."""
    if hasattr(value, "to_dict"):
        return dict(value.to_dict())
    return {
        "answer": getattr(value, "answer", ""),
        "steps": [
            {"task": step.task, "text": step.text, "followed": getattr(step, "followed", None)}
            for step in getattr(value, "steps", ())
        ],
    }


class RowPredictor:
    """Runs jobs on one engine and turns each into a :class:`RowRecord`.

    Args:
        engine: The engine every row runs on.
        planner: The planner of multi-step rows (``"rules"`` or ``"llm"``).
        batch_size: Rows handed to :meth:`predict_batch` at a time.
    """

    def __init__(self, engine: Engine, *, planner: str = "rules", batch_size: int = 1) -> None:
        self.engine = engine
        self.planner = planner
        self.batch_size = max(1, int(batch_size))

    def run(self, jobs: Iterable[RowJob]) -> Iterator[RowRecord]:
        """Records of ``jobs`` in order, a batch at a time (each yielded as soon as it exists)."""
        batch: list[RowJob] = []
        for job in jobs:
            batch.append(job)
            if len(batch) >= self.batch_size:
                yield from self.predict_batch(batch)
                batch = []
        if batch:
            yield from self.predict_batch(batch)

    def predict_batch(self, jobs: Sequence[RowJob]) -> list[RowRecord]:
        """Records of one batch of jobs.

        The hook for engines with batched inference: such an engine's batch method is called
        here for the batch, per-row errors still recorded row by row. Today rows run in turn.
        """
        return [self.predict(job) for job in jobs]

    def predict(self, job: RowJob) -> RowRecord:
        """Run one job; a per-row typed error becomes an error record.

        Raises:
            WavLLMError: one of :data:`RUN_LEVEL_ERRORS` (the run cannot go on).
        """
        from wavllm_agent.api import ask, run_task

        started = time.perf_counter()
        row = job.row
        try:
            if job.task == MULTI_STEP:
                result = ask(row.audio, job.instruction or "", self.engine, planner=self.planner)
            else:
                result = run_task(job.task, row.audio, self.engine, audio2=row.audio2, **dict(job.args))
        except RUN_LEVEL_ERRORS:
            raise
        except WavLLMError as err:
            return self._record(job, started, error={
                "type": type(err).__name__, "message": err.message, "hint": err.hint})
        return self._record(job, started, output=_to_dict(result))

    def _record(self, job: RowJob, started: float, *, output: dict[str, Any] | None = None,
                error: dict[str, Any] | None = None) -> RowRecord:
        return RowRecord(
            index=job.index,
            id=job.row.id,
            task=job.task,
            status="error" if error is not None else "ok",
            output=output,
            error=error,
            seconds=time.perf_counter() - started,
            reference=job.row.text,
            expected=list(job.expected) if job.task == MULTI_STEP else None,
        )
