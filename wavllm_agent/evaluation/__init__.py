"""Evaluation: run an engine over a manifest, score it, write a report.

* :mod:`.jobs` - which task each row asks for and the arguments of its task call
* :mod:`.predictions` - one task call per row through the core API; per-row records
* :mod:`.store` - durable, resumable per-row records (``predictions.jsonl``)
* :mod:`.scoring` - the task's metrics over the records (error rows count as wrong)
* :mod:`.runner` - :func:`evaluate` and the stepwise :class:`EvalRun`
* :mod:`.report`, :mod:`.plots` - ``metrics.json``, ``report.md`` and PNG plots
* :mod:`.shard` - the same run spread over processes with ``accelerate launch``
* :mod:`.metrics` - the metrics themselves

Names load on first access: importing this package imports no model, metric library or torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.lazy import lazy_exports

if TYPE_CHECKING:
    from wavllm_agent.evaluation.jobs import EvalJobs, RowJob, plan_jobs
    from wavllm_agent.evaluation.predictions import RowPredictor, RowRecord
    from wavllm_agent.evaluation.result import EvalResult
    from wavllm_agent.evaluation.runner import EvalProgress, EvalRun, evaluate

_EXPORTS = {
    "EvalJobs": "jobs",
    "RowJob": "jobs",
    "plan_jobs": "jobs",
    "RowPredictor": "predictions",
    "RowRecord": "predictions",
    "EvalResult": "result",
    "EvalProgress": "runner",
    "EvalRun": "runner",
    "evaluate": "runner",
}

__all__ = [
    "EvalJobs",
    "EvalProgress",
    "EvalResult",
    "EvalRun",
    "RowJob",
    "RowPredictor",
    "RowRecord",
    "evaluate",
    "plan_jobs",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
