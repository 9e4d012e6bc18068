"""Which metrics score which task: the table behind ``wavllm eval``'s ``metrics`` object.

| task | metrics (keys in the eval JSON) |
|---|---|
| asr | ``wer`` (+ ``cer``) |
| st, translate | ``bleu`` |
| sv | ``eer`` (+ ``eer_threshold``), ``accuracy`` |
| er, sqa | ``accuracy`` |
| summarize | ``rouge`` (+ ``rouge1``, ``rouge2``, ``rougeL``), ``similarity`` |
| multi-step (also ``ask``) | ``ifr`` (+ ``ifr_all``, ``ifr_<task>``) |

Metric objects are built on request and their heavy libraries load only when they compute.
"""

from __future__ import annotations

from collections.abc import Callable

from wavllm_agent.errors import UnknownTaskError
from wavllm_agent.evaluation.metrics.base import Metric

__all__ = ["METRIC_TASKS", "metrics_for_task"]

MULTI_STEP = "multi-step"
_ALIASES = {"ask": MULTI_STEP, "multi_step": MULTI_STEP, "multistep": MULTI_STEP}


def _asr(language: str | None) -> list[Metric]:
    from wavllm_agent.evaluation.metrics.wer import WerMetric

    return [WerMetric()]


def _bleu(language: str | None) -> list[Metric]:
    from wavllm_agent.evaluation.metrics.bleu import BleuMetric

    return [BleuMetric(language=language)]


def _sv(language: str | None) -> list[Metric]:
    from wavllm_agent.evaluation.metrics.accuracy import AccuracyMetric
    from wavllm_agent.evaluation.metrics.eer import EerMetric

    return [EerMetric(), AccuracyMetric("sv")]


def _er(language: str | None) -> list[Metric]:
    from wavllm_agent.evaluation.metrics.accuracy import AccuracyMetric

    return [AccuracyMetric("er")]


def _sqa(language: str | None) -> list[Metric]:
    from wavllm_agent.evaluation.metrics.accuracy import AccuracyMetric

    return [AccuracyMetric("sqa")]


def _summarize(language: str | None) -> list[Metric]:
    from wavllm_agent.evaluation.metrics.rouge import RougeMetric
    from wavllm_agent.evaluation.metrics.similarity import SimilarityMetric

    return [RougeMetric(language=language or "en"), SimilarityMetric()]


def _multi_step(language: str | None) -> list[Metric]:
    from wavllm_agent.evaluation.metrics.ifr import IfrMetric

    return [IfrMetric()]


#: Task name -> factory of its metrics (the argument is the target/text language, if known).
METRIC_TASKS: dict[str, Callable[[str | None], list[Metric]]] = {
    "asr": _asr,
    "st": _bleu,
    "translate": _bleu,
    "sv": _sv,
    "er": _er,
    "sqa": _sqa,
    "summarize": _summarize,
    MULTI_STEP: _multi_step,
}


def metrics_for_task(task: str, *, language: str | None = None) -> list[Metric]:
    """The metrics that score ``task``, headline metric first.

    Args:
        task: A task name (``asr``, ``st``, ``sv``, ``er``, ``sqa``, ``summarize``,
            ``translate``, ``multi-step``; ``ask`` is an alias of ``multi-step``).
        language: The output language where it matters: the BLEU tokenizer (zh, ja, ko) and
            the ROUGE tokenizer (English stems, other languages keep their letters).

    Raises:
        UnknownTaskError: no metrics are defined for ``task``.
    """
    name = task.strip().lower()
    name = _ALIASES.get(name, name)
    factory = METRIC_TASKS.get(name)
    if factory is None:
        raise UnknownTaskError(
            f"no evaluation metrics for task {task!r}",
            hint=f"evaluate one of: {', '.join(sorted(METRIC_TASKS))}",
        )
    return factory(language)
