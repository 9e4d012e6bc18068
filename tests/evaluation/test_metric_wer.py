"""WER/CER against hand-counted edits, and the Whisper English normaliser's effect."""

from __future__ import annotations

from pathlib import Path

import pytest

from wavllm_agent.data import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.base import Prediction
from wavllm_agent.evaluation.metrics.wer import (
    WerMetric,
    character_error_rate,
    normalize_english,
    word_error_rate,
)


def test_one_substitution_and_one_deletion_over_five_words_is_40_percent() -> None:
    # ref: the cat sat on mat      (5 words)
    # hyp: the bat sat    mat      cat->bat is 1 substitution, "on" is 1 deletion
    # WER = (1 + 1 + 0) / 5 = 40 %
    result = word_error_rate(["the cat sat on mat"], ["the bat sat mat"])
    assert result.wer == pytest.approx(40.0)
    assert (result.words.substitutions, result.words.deletions, result.words.insertions) == (
        1,
        1,
        0,
    )
    assert result.words.hits == 3


def test_corpus_wer_pools_errors_instead_of_averaging_rates() -> None:
    # Pair 1: "a b" vs "a x"          -> 1 sub over 2 words  (50 %)
    # Pair 2: "a b c d e f g h" vs same -> 0 errors over 8 words (0 %)
    # Corpus: 1 error / 10 words = 10 %  (the mean of rates would be 25 %)
    result = word_error_rate(["a b", "a b c d e f g h"], ["a x", "a b c d e f g h"])
    assert result.per_utterance == pytest.approx((50.0, 0.0))
    assert result.wer == pytest.approx(10.0)


def test_insertions_count_and_can_push_wer_over_100() -> None:
    # ref "yes" (1 word), hyp "yes yes yes": 2 insertions -> 200 %
    assert word_error_rate(["yes"], ["yes yes yes"]).wer == pytest.approx(200.0)


def test_empty_reference_rows_are_scored_but_not_alone() -> None:
    # Row 1: empty reference, hyp "uh hello" -> after normalising "hello": 1 insertion, 0 words.
    # Row 2: "good morning" vs "good morning": 0 errors over 2 words.
    # Corpus: 1 error / 2 words = 50 %; row 1 alone reads 100 %.
    result = word_error_rate(["", "good morning"], ["uh hello", "good morning"])
    assert result.wer == pytest.approx(50.0)
    assert result.per_utterance == pytest.approx((100.0, 0.0))
    with pytest.raises(UsageError, match="every reference is empty"):
        word_error_rate(["", "uh"], ["a", "b"])  # "uh" is a filler the normaliser drops


def test_cer_counts_characters() -> None:
    # "abc d" vs "abd d": c->d is 1 substitution over 5 characters (space included) -> 20 %
    assert character_error_rate(["abc d"], ["abd d"], normalize=False) == pytest.approx(20.0)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("Hello, World!", "hello world"),  # case and punctuation
        ("Mr. Smith met Dr. Jones", "mister smith met doctor jones"),  # titles spelled out
        ("twenty one apples", "21 apples"),  # numbers to digits
        ("I won't go", "i will not go"),  # contractions
        ("uh I um like it", "i like it"),  # fillers
        ("the colour of the centre", "the color of the center"),  # British spelling
    ],
)
def test_whisper_english_normaliser(raw: str, normalised: str) -> None:
    assert normalize_english(raw) == normalised


def test_normalisation_removes_errors_that_are_only_formatting() -> None:
    reference = "Mr. Brown paid twenty dollars."
    hypothesis = "mister brown paid $20"
    assert word_error_rate([reference], [hypothesis]).wer == pytest.approx(0.0)
    # Unnormalised (case-sensitive words): Mr./mister, Brown/brown, twenty/$20 are substitutions,
    # "dollars." is deleted -> 4 errors over 5 words = 80 %
    raw = word_error_rate([reference], [hypothesis], normalize=False)
    assert raw.wer == pytest.approx(80.0)


def test_metric_reads_row_text_and_prediction_text(tmp_path: Path) -> None:
    rows = [ManifestRow(id=i, audio=tmp_path / f"{i}.wav", text=t) for i, t in enumerate(["a b", "c d"])]
    predictions = [Prediction(text="a b"), Prediction(text="c")]
    result = WerMetric().compute(rows, predictions)
    # 1 deletion over 4 words = 25 %; CER: "c d" -> "c" deletes " d" = 2 of 6 characters
    assert result.name == "wer" and result.value == pytest.approx(25.0)
    assert result.to_dict() == pytest.approx({"wer": 25.0, "cer": 100.0 * 2 / 6})
    assert result.per_item == pytest.approx((0.0, 50.0))


def test_length_mismatch_and_empty_input_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="2 references but 1 predictions"):
        word_error_rate(["a", "b"], ["a"])
    with pytest.raises(UsageError, match="nothing to score"):
        word_error_rate([], [])


def test_without_whisper_normalizer_transformers_class_is_used(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from wavllm_agent.evaluation.metrics import wer

    monkeypatch.setitem(sys.modules, "whisper_normalizer.english", None)  # import fails
    wer.english_normalizer.cache_clear()
    try:
        with caplog.at_level("WARNING"):
            normaliser = wer.english_normalizer()
        assert type(normaliser).__module__.startswith("transformers.")
        assert "whisper-normalizer is not installed" in caplog.text
        assert normaliser("Mr. Smith has twenty one apples!") == "mister smith has 21 apples"
        assert normaliser("colour") == "colour"  # no spelling map: the one thing lost
    finally:
        wer.english_normalizer.cache_clear()
