"""Word and character error rates (jiwer) after Whisper's English text normalisation.

Both texts pass through Whisper's ``EnglishTextNormalizer`` before counting, as Whisper-style
ASR papers (WavLLM's LibriSpeech 2.0 / 4.8 included) report: lower case, punctuation removed,
"Mr." -> "mister", spelled-out numbers -> digits ("twenty one" -> "21"), contractions expanded,
fillers ("uh", "um") dropped, British spellings -> American. The normaliser comes from the
``whisper-normalizer`` package, which ships the British->American spelling map ``english.json``;
transformers has the same class (``transformers.models.whisper.english_normalizer``) but not the
map, which lives in the hub's Whisper tokenizer repositories and so cannot be had offline. Without
``whisper-normalizer`` installed, transformers' class is used with an empty spelling map (only
the British->American step is lost) and a warning is logged once.

Corpus WER is total errors over total reference words (not the mean of per-utterance rates).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.base import Metric, MetricResult, Prediction, check_same_length

__all__ = [
    "EditCounts",
    "WerMetric",
    "WerResult",
    "character_error_rate",
    "english_normalizer",
    "normalize_english",
    "word_error_rate",
]

log = logging.getLogger(__name__)


@functools.cache
def english_normalizer() -> Callable[[str], str]:
    """Whisper's English text normaliser (built once per process)."""
    try:
        from whisper_normalizer.english import EnglishTextNormalizer
    except ImportError:
        from transformers.models.whisper.english_normalizer import (
            EnglishTextNormalizer as HFEnglishTextNormalizer,
        )

        log.warning(
            "whisper-normalizer is not installed: British spellings will not be mapped to "
            "American ones before scoring (pip install whisper-normalizer)"
        )
        return HFEnglishTextNormalizer({})
    return EnglishTextNormalizer()


def normalize_english(text: str) -> str:
    """Normalise English text the way Whisper's evaluation does (see the module docstring)."""
    return english_normalizer()(text)


@dataclass(frozen=True)
class EditCounts:
    """Edit operations aligning a hypothesis to its reference (words or characters)."""

    substitutions: int
    deletions: int
    insertions: int
    hits: int

    @property
    def errors(self) -> int:
        return self.substitutions + self.deletions + self.insertions

    @property
    def reference_length(self) -> int:
        return self.substitutions + self.deletions + self.hits

    def rate(self) -> float:
        """Errors over reference length, in percent.

        With an empty reference the rate is 0 when the hypothesis is empty too and 100 when
        anything was produced (every word is wrong; counting it as n x 100 % would let one
        empty reference swamp a per-utterance listing).
        """
        if self.reference_length == 0:
            return 0.0 if self.errors == 0 else 100.0
        return 100.0 * self.errors / self.reference_length

    def __add__(self, other: EditCounts) -> EditCounts:
        return EditCounts(
            self.substitutions + other.substitutions,
            self.deletions + other.deletions,
            self.insertions + other.insertions,
            self.hits + other.hits,
        )


@dataclass(frozen=True)
class WerResult:
    """Corpus and per-utterance error rates, all in percent.

    Attributes:
        wer: Corpus WER: all word errors over all reference words.
        cer: Corpus CER on the same normalised texts (spaces count as characters, as in jiwer).
        words: Word edit counts summed over the corpus.
        per_utterance: The WER of each pair, in input order.
    """

    wer: float
    cer: float
    words: EditCounts
    per_utterance: tuple[float, ...]


def _count(reference: str, hypothesis: str, *, characters: bool) -> EditCounts:
    import jiwer

    if not reference:
        # jiwer cannot align against nothing; every hypothesis unit is an insertion.
        produced = len(hypothesis) if characters else len(hypothesis.split())
        return EditCounts(0, 0, produced, 0)
    process = jiwer.process_characters if characters else jiwer.process_words
    out = process(reference, hypothesis)
    return EditCounts(out.substitutions, out.deletions, out.insertions, out.hits)


def _prepare(texts: Sequence[str], normalize: bool) -> list[str]:
    # Whitespace is folded in both cases so jiwer's word split and our empty check agree.
    if normalize:
        return [" ".join(normalize_english(text).split()) for text in texts]
    return [" ".join(text.split()) for text in texts]


def _corpus(
    references: Sequence[str], hypotheses: Sequence[str], *, characters: bool, normalize: bool
) -> tuple[EditCounts, list[float]]:
    check_same_length("wer", references, hypotheses)
    refs, hyps = _prepare(references, normalize), _prepare(hypotheses, normalize)
    total = EditCounts(0, 0, 0, 0)
    rates = []
    for reference, hypothesis in zip(refs, hyps, strict=True):
        counts = _count(reference, hypothesis, characters=characters)
        total = total + counts
        rates.append(counts.rate())
    if total.reference_length == 0:
        raise UsageError(
            "every reference is empty after normalisation: there is nothing to measure an error rate against",
            hint="check the manifest's text field",
        )
    return total, rates


def word_error_rate(
    references: Sequence[str], hypotheses: Sequence[str], *, normalize: bool = True
) -> WerResult:
    """Corpus and per-utterance WER, and corpus CER, in percent.

    Args:
        references: The reference transcripts.
        hypotheses: The recognised texts, in the same order.
        normalize: Apply Whisper's English normaliser to both sides first (default); turn it
            off to score raw strings (whitespace is still folded).

    Raises:
        UsageError: lengths differ, nothing is given, or every reference is empty.
    """
    words, per_utterance = _corpus(references, hypotheses, characters=False, normalize=normalize)
    chars, _ = _corpus(references, hypotheses, characters=True, normalize=normalize)
    return WerResult(wer=words.rate(), cer=chars.rate(), words=words, per_utterance=tuple(per_utterance))


def character_error_rate(
    references: Sequence[str], hypotheses: Sequence[str], *, normalize: bool = True
) -> float:
    """Corpus CER in percent (character errors over reference characters, spaces included)."""
    chars, _ = _corpus(references, hypotheses, characters=True, normalize=normalize)
    return chars.rate()


class WerMetric(Metric):
    """``wer``: corpus word error rate of ``prediction.text`` against ``row.text``; adds ``cer``."""

    name = "wer"
    description = "word error rate after Whisper English normalisation (percent, lower is better)"

    def __init__(self, *, normalize: bool = True) -> None:
        self.normalize = normalize

    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        result = word_error_rate(
            [row.text for row in rows],
            [prediction.text for prediction in predictions],
            normalize=self.normalize,
        )
        return MetricResult(
            name=self.name,
            value=result.wer,
            details={"cer": result.cer},
            per_item=result.per_utterance,
        )
