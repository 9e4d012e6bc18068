"""Which metrics score which task: the catalogue of metrics and the tasks' declarations.

Each task declares its metrics (``Task.metrics``, headline first) as names from :data:`METRICS`
or as its own factories; :func:`metrics_for_task` reads them from the registry, so a plugin's
task is scored by ``wavllm eval`` without a change here. Multi-step rows are scored by
:data:`~wavllm_agent.tasks.multistep.MULTI_STEP_METRICS`.

| catalogue name | key in the eval JSON | what it scores |
|---|---|---|
| ``wer`` | ``wer`` (+ ``cer``) | a transcript |
| ``bleu`` | ``bleu`` | a translation |
| ``eer`` | ``eer`` (+ ``eer_threshold``) | same-speaker scores |
| ``rouge`` | ``rouge`` (+ ``rouge1``, ``rouge2``, ``rougeL``) | a summary |
| ``similarity`` | ``similarity`` | meaning kept (sentence embeddings) |
| ``ifr`` | ``ifr`` (+ ``ifr_all``, ``ifr_<task>``) | the sub-tasks a multi-step instruction asked for |
| ``accuracy`` | ``accuracy`` | the answer equals the reference (case and punctuation aside) |
| ``emotion_accuracy`` | ``accuracy`` | the emotion named (synonyms folded) equals the label |
| ``yes_no_accuracy`` | ``accuracy`` | a yes/no answer equals the boolean label |
| ``choice_accuracy`` | ``accuracy`` | the option letter chosen (or the answer's words) equals the reference |

Metric objects are built on request and their heavy libraries load only when they compute.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from wavllm_agent.errors import UnknownTaskError, UsageError
from wavllm_agent.evaluation.metrics.base import Metric
from wavllm_agent.tasks.multistep import MULTI_STEP, MULTI_STEP_METRICS, canonical_task_name

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import MetricSpec, Task

__all__ = ["METRICS", "build_metric", "metrics_for_task", "scored_tasks"]

MetricFactory = Callable[[str | None], Metric]


def _wer(language: str | None) -> Metric:
    from wavllm_agent.evaluation.metrics.wer import WerMetric

    return WerMetric()


def _bleu(language: str | None) -> Metric:
    from wavllm_agent.evaluation.metrics.bleu import BleuMetric

    return BleuMetric(language=language)


def _eer(language: str | None) -> Metric:
    from wavllm_agent.evaluation.metrics.eer import EerMetric

    return EerMetric()


def _rouge(language: str | None) -> Metric:
    from wavllm_agent.evaluation.metrics.rouge import RougeMetric

    return RougeMetric(language=language or "en")


def _similarity(language: str | None) -> Metric:
    from wavllm_agent.evaluation.metrics.similarity import SimilarityMetric

    return SimilarityMetric()


def _ifr(language: str | None) -> Metric:
    from wavllm_agent.evaluation.metrics.ifr import IfrMetric

    return IfrMetric()


def _accuracy(kind: str) -> MetricFactory:
    def make(language: str | None) -> Metric:
        from wavllm_agent.evaluation.metrics.accuracy import AccuracyMetric

        return AccuracyMetric(kind)  # type: ignore[arg-type]

    return make


METRICS: Mapping[str, MetricFactory] = {
    "wer": _wer,
    "bleu": _bleu,
    "eer": _eer,
    "rouge": _rouge,
    "similarity": _similarity,
    "ifr": _ifr,
    "accuracy": _accuracy("exact"),
    "emotion_accuracy": _accuracy("er"),
    "yes_no_accuracy": _accuracy("sv"),
    "choice_accuracy": _accuracy("sqa"),
}
"""Catalogue name -> factory of the metric (the argument is the output language, if known)."""


def build_metric(spec: MetricSpec, *, language: str | None = None, task: str = "") -> Metric:
    """The metric a task declared: a catalogue name, or a factory called with ``language``.

    Raises:
        UsageError: an unknown catalogue name, or a factory that does not return a Metric.
    """
    if isinstance(spec, str):
        factory = METRICS.get(spec)
        if factory is None:
            raise UsageError(f"task {task!r} declares unknown metric {spec!r}",
                             hint=f"use one of: {', '.join(sorted(METRICS))}, or a factory(language) -> Metric")
        return factory(language)
    metric = spec(language)
    if not isinstance(metric, Metric):
        raise UsageError(f"task {task!r}: its metric factory returned {type(metric).__name__}, not a Metric")
    return metric


def _tasks() -> Mapping[str, Task]:
    from wavllm_agent.registry import get_registry

    return get_registry().tasks


def scored_tasks(tasks: Mapping[str, Task] | None = None) -> list[str]:
    """The names ``wavllm eval`` scores: every task that declares metrics, and multi-step."""
    tasks = _tasks() if tasks is None else tasks
    return sorted([name for name, task in tasks.items() if task.metrics] + [MULTI_STEP])


def metrics_for_task(task: str, *, language: str | None = None, tasks: Mapping[str, Task] | None = None) -> list[Metric]:
    """The metrics that score ``task``, headline metric first.

    Args:
        task: A registered task's name, or multi-step (any spelling: ``ask``, ``multi``, ...).
        language: The output language where it matters: the BLEU tokenizer (zh, ja, ko) and
            the ROUGE tokenizer (English stems, other languages keep their letters).
        tasks: The tasks by name (default: the registry's).

    Raises:
        UnknownTaskError: ``task`` is not registered or declares no metrics.
        UsageError: the task declares a metric that is not in the catalogue.
    """
    name = canonical_task_name(task)
    if name == MULTI_STEP:
        return [build_metric(spec, language=language, task=name) for spec in MULTI_STEP_METRICS]
    tasks = _tasks() if tasks is None else tasks
    spec = tasks.get(name)
    if spec is None or not spec.metrics:
        raise UnknownTaskError(
            f"no evaluation metrics for task {task!r}",
            hint=f"evaluate one of: {', '.join(scored_tasks(tasks))}",
        )
    return [build_metric(item, language=language, task=name) for item in spec.metrics]
