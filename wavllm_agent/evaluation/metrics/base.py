"""What every metric shares: the prediction it scores, the result it returns, the interface.

A :class:`Metric` scores the predictions an engine made for the rows of a manifest. Each metric
family also has plain functions (``word_error_rate``, ``corpus_bleu``, ...) for direct use on
strings and numbers; the metric classes only pick the right fields of rows and predictions.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError

__all__ = ["Metric", "MetricResult", "Prediction", "Step", "as_step", "check_same_length"]


@dataclass(frozen=True)
class Step:
    """One executed step of a plan: the task it ran and the text it produced."""

    task: str
    text: str


@dataclass(frozen=True)
class Prediction:
    """What an engine produced for one manifest row.

    Attributes:
        text: The answer as text (transcript, translation, answer, ...).
        score: Speaker verification: the similarity score (higher means same speaker).
        decision: The task's structured answer where it has one: ``same_speaker`` (bool) for
            sv, the emotion for er, the chosen option letter for sqa. Metrics prefer it to
            parsing ``text``.
        steps: For multi-step instructions, the plan's execution trace in order.
    """

    text: str = ""
    score: float | None = None
    decision: bool | str | None = None
    steps: tuple[Step, ...] = ()

    @classmethod
    def from_output(cls, output: Mapping[str, Any] | Any) -> Prediction:
        """Build a prediction from a task result object or its ``to_dict()`` JSON.

        Reads ``text`` (or ``answer``, the ``ask`` command's key), ``score``, the structured
        answer from ``same_speaker``, ``emotion`` or ``choice``, and ``steps`` (each with
        ``task`` and ``text``). Anything else is ignored, so any engine's result fits.
        """
        get = output.get if isinstance(output, Mapping) else lambda key: getattr(output, key, None)
        text = get("text")
        if text is None:
            text = get("answer")
        decision = None
        for key in ("same_speaker", "emotion", "choice"):
            if get(key) is not None:
                decision = get(key)
                break
        score = get("score")
        steps = tuple(as_step(item) for item in (get("steps") or ()))
        return cls(
            text=str(text or ""),
            score=float(score) if score is not None else None,
            decision=decision,
            steps=steps,
        )


def as_step(item: Mapping[str, Any] | Any) -> Step:
    """A :class:`Step` from a step object or a ``{"task", "text"}`` mapping."""
    if isinstance(item, Step):
        return item
    if isinstance(item, Mapping):
        return Step(task=str(item.get("task", "")), text=str(item.get("text") or ""))
    return Step(task=str(getattr(item, "task", "")), text=str(getattr(item, "text", "") or ""))


@dataclass(frozen=True)
class MetricResult:
    """A metric's figures.

    Attributes:
        name: The metric's key in the ``wavllm eval`` JSON (``"wer"``, ``"bleu"``, ...).
        value: The headline figure, in percent (0-100) unless the metric says otherwise.
        details: Further figures under their own JSON keys (``"cer"``, ``"eer_threshold"``, ...).
        per_item: One figure per row in manifest order (``None`` where a row has none), for
            reports.
    """

    name: str
    value: float
    details: Mapping[str, float] = field(default_factory=dict)
    per_item: tuple[float | None, ...] = ()

    def to_dict(self) -> dict[str, float]:
        """``{name: value, **details}``: what this metric adds to the eval JSON's ``metrics``."""
        return {self.name: self.value, **self.details}


class Metric(ABC):
    """Scores an engine's predictions against manifest rows (same order, same length)."""

    #: The metric's key in the eval JSON.
    name: str = ""
    #: One line saying what it measures, for reports.
    description: str = ""

    @abstractmethod
    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        """Score ``predictions[i]`` against ``rows[i]`` for every i.

        Raises:
            UsageError: the inputs differ in length, are empty, or lack what the metric needs.
        """

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


def check_same_length(name: str, first: Sequence[Any], second: Sequence[Any]) -> None:
    """Raise :class:`UsageError` unless both sequences are non-empty and equally long."""
    if len(first) != len(second):
        raise UsageError(f"{name}: {len(first)} references but {len(second)} predictions")
    if not first:
        raise UsageError(f"{name}: nothing to score", hint="give at least one row")
