"""The outcome of an evaluation: the figures of the ``wavllm eval`` contract and what lies behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wavllm_agent.evaluation.predictions import RowRecord
from wavllm_agent.evaluation.scoring import Scores

__all__ = ["EvalResult"]


@dataclass
class EvalResult:
    """An evaluation's figures, per-row records and provenance.

    Attributes:
        task: The task evaluated (``ask`` for multi-step instructions).
        n: Rows evaluated (error rows included).
        engine: The engine's name.
        metrics: ``{name: value}``; headline metrics in percent (0-100), ``None`` where a metric
            could not be computed (see ``notes``). Details such as ``cer``, ``ifr_all``,
            ``eer_threshold`` (a score) and ``unparsed`` (a count) sit beside them.
        errors: Rows whose task call failed (counted as wrong).
        resumed: Rows taken from an earlier, interrupted run in the same folder.
        seconds: Wall time of this run (resumed rows' time not included).
        manifest: The manifest's path.
        language: The output language the metrics used, if any (st: the target language).
        inferred: True when the task was inferred from the rows rather than given.
        notes: Caveats: metrics not computed and why, error rows.
        worst: A few worst rows (id, reference, output, metric value, error).
        report: The output folder, if one was written.
        records: One record per row, in manifest order, with per-row scores.
        scores: The metric results and the rows and predictions they scored (for reports).
    """

    task: str
    n: int
    engine: str
    metrics: dict[str, float | None]
    errors: int = 0
    resumed: int = 0
    seconds: float = 0.0
    manifest: str = ""
    language: str | None = None
    inferred: bool = False
    notes: list[str] = field(default_factory=list)
    worst: list[dict[str, Any]] = field(default_factory=list)
    report: str | None = None
    records: list[RowRecord] = field(default_factory=list, repr=False)
    scores: Scores | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The ``wavllm eval --json`` object: ``task``, ``n``, ``engine``, ``metrics`` and extras."""
        return {
            "task": self.task,
            "n": self.n,
            "engine": self.engine,
            "metrics": dict(self.metrics),
            "errors": self.errors,
            "resumed": self.resumed,
            "seconds": round(self.seconds, 3),
            "manifest": self.manifest,
            "language": self.language,
            "task_inferred": self.inferred,
            "notes": list(self.notes),
            "worst": list(self.worst),
            "report": self.report,
        }
