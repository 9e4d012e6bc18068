"""BLEU (sacrebleu) and ROUGE (rouge-score) against values worked out by hand."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from wavllm_agent.data import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.base import Prediction
from wavllm_agent.evaluation.metrics.bleu import BleuMetric, corpus_bleu, tokenizer_for_language
from wavllm_agent.evaluation.metrics.rouge import RougeMetric, rouge_scores


def test_bleu_of_one_changed_word_matches_the_hand_computed_value() -> None:
    # hyp: the cat sat on the mat   ref: the cat sat on a mat   (6 tokens each, BP = 1)
    # 1-grams 5/6, 2-grams 3/5, 3-grams 2/4, 4-grams 1/3
    # BLEU = (5/6 * 3/5 * 2/4 * 1/3) ** (1/4) = (1/12) ** 0.25 = 0.53728...
    result = corpus_bleu(["the cat sat on the mat"], ["the cat sat on a mat"])
    assert result.score == pytest.approx(100 * (1 / 12) ** 0.25, abs=1e-6)
    assert result.sentence_scores == pytest.approx((result.score,))
    assert "tok:13a" in result.signature


def test_bleu_brevity_penalty_and_perfect_match() -> None:
    # hyp "the cat sat on the" (5 tokens) vs ref of 6: all n-grams match, BP = exp(1 - 6/5)
    result = corpus_bleu(["the cat sat on the", "a b c d"], ["the cat sat on the mat", "a b c d"])
    # Corpus counts pool both rows: 9 hyp tokens vs 10 ref tokens, every n-gram matches.
    assert result.score == pytest.approx(100 * math.exp(1 - 10 / 9), abs=1e-6)
    assert result.sentence_scores[1] == pytest.approx(100.0)
    assert result.sentence_scores[0] == pytest.approx(100 * math.exp(1 - 6 / 5), abs=1e-6)


def test_bleu_tokenizer_follows_the_language() -> None:
    assert tokenizer_for_language(None) == "13a"
    assert tokenizer_for_language("de") == "13a"
    assert tokenizer_for_language("zh-CN") == "zh"
    assert tokenizer_for_language("ja") == "ja-mecab"
    # Chinese is split into characters by the zh tokenizer: 3 of 4 characters right,
    # which 13a (one "word" each) would score as a complete miss.
    zh = corpus_bleu(["我喜欢猫"], ["我喜欢狗"], language="zh")
    whole_words = corpus_bleu(["我喜欢猫"], ["我喜欢狗"], tokenize="13a")
    assert zh.score > 0 and whole_words.score == 0
    assert "tok:zh" in zh.signature


def test_bleu_metric_and_errors(tmp_path: Path) -> None:
    rows = [ManifestRow(id="0", audio=tmp_path / "a.wav", text="Sie wird schon in Ordnung sein.")]
    result = BleuMetric(language="de").compute(rows, [Prediction(text="Sie wird schon in Ordnung sein.")])
    assert result.to_dict() == pytest.approx({"bleu": 100.0})
    with pytest.raises(UsageError, match="1 references but 2 predictions"):
        corpus_bleu(["a", "b"], ["a"])


def test_rouge_of_a_hand_counted_pair() -> None:
    # ref: the cat was under the bed       (6 tokens)
    # hyp: the cat was found under the bed (7 tokens)
    # ROUGE-1: 6 overlapping unigrams -> P 6/7, R 6/6, F = 2*6/(7+6) = 12/13
    # ROUGE-2: ref bigrams 5, hyp bigrams 6, shared 4 (the cat, cat was, under the, the bed)
    #          -> F = 2*4/(5+6) = 8/11
    # ROUGE-L: LCS = 6 ("the cat was under the bed") -> F = 12/13
    result = rouge_scores(["the cat was found under the bed"], ["the cat was under the bed"])
    assert result.rouge1 == pytest.approx(100 * 12 / 13)
    assert result.rouge2 == pytest.approx(100 * 8 / 11)
    assert result.rougeL == pytest.approx(100 * 12 / 13)


def test_rouge_keeps_accented_letters_outside_english() -> None:
    # rouge-score's own tokenizer drops non-ASCII letters: "Größe" -> "gr e".
    german = rouge_scores(["die Größe"], ["die Größe"], language="de")
    assert german.rouge1 == pytest.approx(100.0)
    # Only "über" differs from "unter": 2 of 3 words shared -> F = 2/3
    partial = rouge_scores(["über dem Tisch"], ["unter dem Tisch"], language="de")
    assert partial.rouge1 == pytest.approx(100 * 2 / 3)


def test_rouge_metric_reports_all_three(tmp_path: Path) -> None:
    rows = [ManifestRow(id="0", audio=tmp_path / "a.wav", text="a b c d")]
    result = RougeMetric().compute(rows, [Prediction(text="a b x d")])
    # ROUGE-1 3/4; ROUGE-2: bigrams ab, bc, cd vs ab, bx, xd -> 1/3; ROUGE-L: LCS "a b d" 3/4
    assert result.to_dict() == pytest.approx(
        {"rouge": 75.0, "rouge1": 75.0, "rouge2": 100 / 3, "rougeL": 75.0}
    )
