"""Evaluation metrics, one family per module, all reported in percent.

* :mod:`.wer` - word/character error rate (jiwer, Whisper English normalisation)
* :mod:`.bleu` - corpus and sentence BLEU (sacrebleu)
* :mod:`.rouge` - ROUGE-1/2/L (rouge-score)
* :mod:`.similarity` - sentence-embedding cosine similarity (all-MiniLM-L6-v2)
* :mod:`.accuracy` - er / sqa / sv accuracy with answer extraction
* :mod:`.eer` - equal error rate, threshold and DET points
* :mod:`.ifr` - instruction-following rate of multi-step instructions
* :mod:`.registry` - :func:`metrics_for_task`, the task -> metrics table

Names are loaded on first access, so importing this package imports no metric library, numpy
or torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.lazy import lazy_exports

if TYPE_CHECKING:
    from wavllm_agent.evaluation.metrics.accuracy import (
        AccuracyMetric,
        answer_accuracy,
        extract_choice,
        normalize_emotion,
        parse_options,
        parse_yes_no,
    )
    from wavllm_agent.evaluation.metrics.base import Metric, MetricResult, Prediction, Step
    from wavllm_agent.evaluation.metrics.bleu import BleuMetric, corpus_bleu
    from wavllm_agent.evaluation.metrics.eer import EerMetric, equal_error_rate
    from wavllm_agent.evaluation.metrics.ifr import IfrMetric, instruction_following_rate
    from wavllm_agent.evaluation.metrics.registry import metrics_for_task
    from wavllm_agent.evaluation.metrics.rouge import RougeMetric, rouge_scores
    from wavllm_agent.evaluation.metrics.similarity import SimilarityMetric, sentence_similarity
    from wavllm_agent.evaluation.metrics.wer import (
        WerMetric,
        character_error_rate,
        normalize_english,
        word_error_rate,
    )

_EXPORTS = {
    "Metric": "base",
    "MetricResult": "base",
    "Prediction": "base",
    "Step": "base",
    "metrics_for_task": "registry",
    "WerMetric": "wer",
    "word_error_rate": "wer",
    "character_error_rate": "wer",
    "normalize_english": "wer",
    "BleuMetric": "bleu",
    "corpus_bleu": "bleu",
    "RougeMetric": "rouge",
    "rouge_scores": "rouge",
    "SimilarityMetric": "similarity",
    "sentence_similarity": "similarity",
    "AccuracyMetric": "accuracy",
    "answer_accuracy": "accuracy",
    "extract_choice": "accuracy",
    "normalize_emotion": "accuracy",
    "parse_options": "accuracy",
    "parse_yes_no": "accuracy",
    "EerMetric": "eer",
    "equal_error_rate": "eer",
    "IfrMetric": "ifr",
    "instruction_following_rate": "ifr",
}

__all__ = [
    "AccuracyMetric",
    "BleuMetric",
    "EerMetric",
    "IfrMetric",
    "Metric",
    "MetricResult",
    "Prediction",
    "RougeMetric",
    "SimilarityMetric",
    "Step",
    "WerMetric",
    "answer_accuracy",
    "character_error_rate",
    "corpus_bleu",
    "equal_error_rate",
    "extract_choice",
    "instruction_following_rate",
    "metrics_for_task",
    "normalize_emotion",
    "normalize_english",
    "parse_options",
    "parse_yes_no",
    "rouge_scores",
    "sentence_similarity",
    "word_error_rate",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
