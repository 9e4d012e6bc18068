"""BLEU with sacrebleu: corpus BLEU (the figure papers report) and sentence BLEU per row.

The tokenizer follows the target language as sacrebleu recommends: ``13a`` (sacrebleu's
default, WMT's standard) for languages written with spaces, ``zh`` for Chinese, ``ja-mecab`` for
Japanese and ``ko-mecab`` for Korean (the last two need ``pip install "sacrebleu[ja]"`` /
``"sacrebleu[ko]"``). Texts are scored as given: no lower-casing, no normalisation, like
sacrebleu's command line and the CoVoST2 figures (WavLLM's en->de 23.6).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.base import Metric, MetricResult, Prediction, check_same_length

if TYPE_CHECKING:
    from sacrebleu.metrics import BLEU

__all__ = ["BleuMetric", "BleuResult", "corpus_bleu", "tokenizer_for_language"]

_TOKENIZERS = {"zh": "zh", "ja": "ja-mecab", "ko": "ko-mecab"}


def tokenizer_for_language(language: str | None) -> str:
    """The sacrebleu tokenizer for a target language code (``"en"``, ``"de"``, ``"zh-CN"``, ...)."""
    if not language:
        return "13a"
    return _TOKENIZERS.get(language.lower().replace("_", "-").split("-")[0], "13a")


@dataclass(frozen=True)
class BleuResult:
    """Corpus BLEU and per-sentence BLEU (0-100), with sacrebleu's reproducibility signature."""

    score: float
    sentence_scores: tuple[float, ...]
    signature: str


def _bleu(tokenize: str, *, sentence: bool) -> BLEU:
    from sacrebleu.metrics import BLEU

    try:
        # effective_order keeps sentence BLEU of short sentences from collapsing to zero
        # when no 4-gram matches (sacrebleu's advice for sentence-level use).
        return BLEU(tokenize=tokenize, effective_order=sentence)
    except RuntimeError as err:  # sacrebleu's way of saying an optional tokenizer is missing
        extra = "ko" if tokenize.startswith("ko") else "ja"
        raise UsageError(
            f"the BLEU tokenizer {tokenize!r} needs packages that are not installed",
            hint=f'pip install "sacrebleu[{extra}]", or pass tokenize="char"',
        ) from err


def corpus_bleu(
    hypotheses: Sequence[str],
    references: Sequence[str],
    *,
    language: str | None = None,
    tokenize: str | None = None,
) -> BleuResult:
    """Corpus BLEU of hypotheses against one reference each, plus sentence BLEU per pair.

    Args:
        hypotheses: System outputs.
        references: One reference per hypothesis, same order.
        language: Target language code; picks the tokenizer (see the module docstring).
        tokenize: A sacrebleu tokenizer name that overrides ``language`` (``"13a"``, ``"intl"``,
            ``"char"``, ``"zh"``, ``"none"``, ...).

    Raises:
        UsageError: lengths differ, nothing is given, or the tokenizer cannot be loaded.
    """
    check_same_length("bleu", references, hypotheses)
    name = tokenize or tokenizer_for_language(language)
    hyps, refs = list(hypotheses), list(references)
    corpus = _bleu(name, sentence=False)
    score = corpus.corpus_score(hyps, [refs])
    sentence = _bleu(name, sentence=True)
    per_row = tuple(sentence.sentence_score(hyp, [ref]).score for hyp, ref in zip(hyps, refs, strict=True))
    return BleuResult(score=score.score, sentence_scores=per_row, signature=str(corpus.get_signature()))


class BleuMetric(Metric):
    """``bleu``: corpus BLEU of ``prediction.text`` against ``row.text``."""

    name = "bleu"
    description = "corpus BLEU with sacrebleu (0-100, higher is better)"

    def __init__(self, *, language: str | None = None, tokenize: str | None = None) -> None:
        self.language = language
        self.tokenize = tokenize

    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        result = corpus_bleu(
            [prediction.text for prediction in predictions],
            [row.text for row in rows],
            language=self.language,
            tokenize=self.tokenize,
        )
        return MetricResult(name=self.name, value=result.score, per_item=result.sentence_scores)
