"""The listening recipe's data tools (examples/listening): sentence cleaning and short phrases."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "examples" / "listening"))

from make_speech import HELD_OUT_VARIANTS, VARIANTS, phrase  # noqa: E402
from sentences import FORTUNES, corpus, sentences  # noqa: E402


def test_sentences_keeps_plain_prose_only() -> None:
    record = ("The harder I work, the luckier I get. NASA flew 3 rockets today. ok. "
              "critic, n.: someone who boasts. He said -- and meant it -- nothing at all.")
    assert list(sentences(record)) == ["The harder I work, the luckier I get."]


def test_phrase_is_a_run_of_two_to_five_words() -> None:
    rng = random.Random(0)
    sentence = "Life is a garment we continuously alter, but which never seems to fit."
    for _ in range(50):
        words = phrase(sentence, rng).split()
        assert 2 <= len(words) <= 5
        assert " ".join(words) in sentence and not words[-1].endswith((",", "."))


def test_validation_voices_are_not_training_voices() -> None:
    assert not set(HELD_OUT_VARIANTS) & set(VARIANTS)


@pytest.mark.skipif(not (FORTUNES / "fortunes").is_file(), reason="apt package fortunes (bash scripts/setup.sh --dev)")
def test_corpus_is_large_and_clean() -> None:
    texts = corpus()
    assert len(texts) > 8000 and len(set(texts)) == len(texts)
    assert all(4 <= len(t.split()) <= 20 and t[0].isupper() and not any(c.isdigit() for c in t) for t in texts)
