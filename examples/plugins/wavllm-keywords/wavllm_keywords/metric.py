"""The plugin's own metric, ``keyword_accuracy``: a row is right when the words found are the words
its reference lists (``text``: the spoken keywords, comma-separated; empty: none of them)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.evaluation.metrics.base import Metric, MetricResult, Prediction, check_same_length

_HIT = re.compile(r"([^\s,]+) at \d+(?:\.\d+)?s")


def found_words(text: str) -> set[str]:
    """The words a ``keywords`` answer reports ("budget at 1.2s, deadline at 3.0s")."""
    return {word.lower() for word in _HIT.findall(text)}


def reference_words(text: str) -> set[str]:
    """The words a reference lists ("budget, deadline")."""
    return {word.strip().lower() for word in text.split(",") if word.strip()}


class KeywordAccuracy(Metric):
    """Share of rows, in percent, whose words found are exactly the reference's."""

    name = "keyword_accuracy"
    description = "rows whose keywords found are exactly the spoken ones (percent, higher is better)"

    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        check_same_length(self.name, rows, predictions)
        right = [found_words(p.text) == reference_words(r.text) for r, p in zip(rows, predictions, strict=True)]
        return MetricResult(self.name, 100.0 * sum(right) / len(right),
                            per_item=tuple(100.0 if ok else 0.0 for ok in right))


def keyword_accuracy(language: str | None) -> Metric:
    """The factory the task declares in ``metrics`` (the output language does not matter here)."""
    return KeywordAccuracy()
