"""ROUGE-1, ROUGE-2 and ROUGE-L F-measures with Google's ``rouge-score``, averaged over rows.

For English, rouge-score's own tokenizer with the Porter stemmer is used (the usual setting for
summarisation papers). That tokenizer keeps only ``[a-z0-9]``, so a German or French summary
would lose every accented letter; for other languages a Unicode word tokenizer (lower-cased
``\\w+`` runs, no stemming) is used instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.evaluation.metrics.base import Metric, MetricResult, Prediction, check_same_length

__all__ = ["RougeMetric", "RougeResult", "UnicodeWordTokenizer", "rouge_scores"]

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
_WORD = re.compile(r"\w+", re.UNICODE)


class UnicodeWordTokenizer:
    """Lower-cased runs of Unicode word characters: keeps ä, é, ß, ... that rouge-score drops."""

    def tokenize(self, text: str) -> list[str]:
        return _WORD.findall(text.lower())


@dataclass(frozen=True)
class RougeResult:
    """Mean F-measures (percent) per ROUGE type, and each row's F-measures."""

    rouge1: float
    rouge2: float
    rougeL: float  # noqa: N815 - the name every ROUGE report uses
    per_row: tuple[dict[str, float], ...]


def _scorer(language: str | None) -> Any:
    from rouge_score import rouge_scorer

    english = language is None or language.lower().startswith("en")
    if english:
        return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=UnicodeWordTokenizer())


def rouge_scores(
    predictions: Sequence[str], references: Sequence[str], *, language: str | None = "en"
) -> RougeResult:
    """Mean ROUGE-1/2/L F-measure over rows, in percent.

    Args:
        predictions: Generated texts (summaries).
        references: One reference each, same order.
        language: Language code of the texts; English (or ``None``) uses rouge-score's
            tokenizer with stemming, anything else the Unicode word tokenizer.

    Raises:
        UsageError: lengths differ or nothing is given.
    """
    check_same_length("rouge", references, predictions)
    scorer = _scorer(language)
    per_row = []
    for prediction, reference in zip(predictions, references, strict=True):
        scores = scorer.score(reference, prediction)  # rouge-score takes (target, prediction)
        per_row.append({name: 100.0 * scores[name].fmeasure for name in ROUGE_TYPES})
    means = {name: sum(row[name] for row in per_row) / len(per_row) for name in ROUGE_TYPES}
    return RougeResult(
        rouge1=means["rouge1"],
        rouge2=means["rouge2"],
        rougeL=means["rougeL"],
        per_row=tuple(per_row),
    )


class RougeMetric(Metric):
    """``rouge``: the headline is ROUGE-L; ``rouge1``, ``rouge2``, ``rougeL`` are added too."""

    name = "rouge"
    description = "ROUGE-1/2/L F-measure with rouge-score (percent, higher is better)"

    def __init__(self, *, language: str | None = "en") -> None:
        self.language = language

    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        result = rouge_scores(
            [prediction.text for prediction in predictions],
            [row.text for row in rows],
            language=self.language,
        )
        return MetricResult(
            name=self.name,
            value=result.rougeL,
            details={"rouge1": result.rouge1, "rouge2": result.rouge2, "rougeL": result.rougeL},
            per_item=tuple(row["rougeL"] for row in result.per_row),
        )
