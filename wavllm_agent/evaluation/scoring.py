"""Scoring a finished run: the task's metrics over every row, error rows counted as wrong.

An error row (a row whose task call failed, e.g. undecodable audio) predicts nothing, and the
metrics see exactly that: an empty transcript (100 % WER for the row: every reference word is
deleted), an empty translation (no n-gram matches), no answer (wrong for accuracy), no steps (no
sub-task followed). For the equal error rate a missing score would drop the trial, so an error
row gets the score that is wrong at every threshold: below every other score for a same-speaker
trial, above every other for a different-speaker one (for any task scored by ``eer``). The number of error rows is reported.

A metric that cannot be computed on the rows given (an EER needs same- and different-speaker
trials; a single released sv row has only one) is reported as ``None`` with a note saying why.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.jobs import MULTI_STEP, EvalJobs
from wavllm_agent.evaluation.metrics.accuracy import parse_yes_no
from wavllm_agent.evaluation.metrics.base import MetricResult, Prediction
from wavllm_agent.evaluation.predictions import RowRecord

__all__ = ["LOWER_IS_BETTER", "Scores", "score_records", "worst_rows"]

LOWER_IS_BETTER = frozenset({"wer", "cer", "eer"})
"""Metrics where a smaller figure is better (the others: larger is better)."""

WORST_ROWS = 5


@dataclass
class Scores:
    """The metrics of a run and what they were computed from.

    Attributes:
        metrics: ``{name: value}`` in the eval JSON's ``metrics`` (details included).
        results: The :class:`MetricResult` of each metric that could be computed.
        notes: Why a metric is ``None``, and other caveats.
        rows: The rows as scored (multi-step rows carry their expected sub-tasks).
        predictions: The predictions as scored (error rows: empty).
    """

    metrics: dict[str, float | None]
    results: dict[str, MetricResult] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    rows: list[ManifestRow] = field(default_factory=list)
    predictions: list[Prediction] = field(default_factory=list)


def _sv_label(row: ManifestRow) -> bool | None:
    return row.label if isinstance(row.label, bool) else parse_yes_no(row.text)


def _fill_error_scores(rows: Sequence[ManifestRow], predictions: list[Prediction]) -> None:
    """Give sv error rows the score that is wrong at every threshold (see the module docstring)."""
    scores = [p.score for p in predictions if p.score is not None and math.isfinite(p.score)]
    low = (min(scores) if scores else 0.0) - 1.0
    high = (max(scores) if scores else 0.0) + 1.0
    for index, (row, prediction) in enumerate(zip(rows, predictions, strict=True)):
        if prediction.score is None:
            label = _sv_label(row)
            if label is not None:
                predictions[index] = dataclasses.replace(prediction, score=low if label else high)


def _scored_rows(jobs: EvalJobs) -> list[ManifestRow]:
    """The rows as the metrics read them: multi-step rows with their expected sub-tasks listed."""
    rows = []
    for job in jobs.jobs:
        row = job.row
        if job.task == MULTI_STEP and list(job.expected) != row.extra.get("tasks"):
            row = dataclasses.replace(row, extra={**row.extra, "tasks": list(job.expected)})
        rows.append(row)
    return rows


def _finite(value: float | None) -> float | None:
    return value if value is None or math.isfinite(value) else None


def score_records(jobs: EvalJobs, records: Sequence[RowRecord]) -> Scores:
    """Compute the task's metrics from one record per job (same order), and store per-row scores.

    Each record's ``scores`` is filled with the row's figure of every metric that has one.
    """
    from wavllm_agent.evaluation.metrics.registry import metrics_for_task

    if len(records) != len(jobs.jobs):
        raise UsageError(f"{len(records)} records for {len(jobs.jobs)} rows")
    rows = _scored_rows(jobs)
    predictions = [record.prediction() for record in records]
    metrics = metrics_for_task(jobs.task, language=jobs.language)
    if any(metric.name == "eer" for metric in metrics):
        _fill_error_scores(rows, predictions)
    scores = Scores(metrics={}, rows=rows, predictions=predictions)
    for metric in metrics:
        try:
            result = metric.compute(rows, predictions)
        except UsageError as err:
            scores.metrics[metric.name] = None
            reason = err.message.removeprefix(f"{metric.name}: ")
            scores.notes.append(f"{metric.name} not computed: {reason}")
            continue
        scores.results[metric.name] = result
        scores.metrics.update({key: _finite(value) for key, value in result.to_dict().items()})
        for record, value in zip(records, result.per_item, strict=False):
            record.scores[metric.name] = _finite(value)
    errors = sum(not record.ok for record in records)
    if errors:
        scores.notes.append(
            f"{errors} of {len(records)} rows failed and count as wrong (empty output)"
        )
    return scores


def worst_rows(records: Sequence[RowRecord], scores: Scores, limit: int = WORST_ROWS) -> list[dict[str, Any]]:
    """The rows that did worst: error rows first, then by the first metric with per-row figures."""
    name = next((n for n, r in scores.results.items() if r.per_item), None)
    lower_better = name in LOWER_IS_BETTER

    def badness(record: RowRecord) -> tuple[int, float]:
        value = record.scores.get(name) if name else None
        if value is None:
            return (0 if record.ok else 1, 0.0)
        return (0 if record.ok else 1, value if lower_better else -value)

    candidates = [r for r in records if not r.ok or (name and r.scores.get(name) is not None)]
    ranked = sorted(candidates, key=badness, reverse=True)
    if name is not None:
        # Rows that are as good as they can be are not "worst" rows.
        best = 0.0 if lower_better else 100.0
        ranked = [r for r in ranked if not r.ok or r.scores.get(name) != best]
    return [{
        "id": record.id,
        "index": record.index,
        "reference": record.reference,
        "output": record.answer(),
        "error": _error_text(record),
        "metric": name,
        "value": record.scores.get(name) if name else None,
    } for record in ranked[:limit]]


def _error_text(record: RowRecord) -> str | None:
    """``"AudioError: message"`` for an error row, ``None`` otherwise."""
    if record.ok:
        return None
    info = record.error or {}
    return f"{info.get('type', 'Error')}: {info.get('message', 'unknown error')}"
