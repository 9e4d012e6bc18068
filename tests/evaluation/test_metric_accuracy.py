"""Accuracy for er, sqa and sv, with answers pulled out of free text."""

from __future__ import annotations

from pathlib import Path

import pytest

from wavllm_agent.data import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.accuracy import (
    AccuracyMetric,
    answer_accuracy,
    extract_choice,
    normalize_emotion,
    parse_options,
    parse_yes_no,
)
from wavllm_agent.evaluation.metrics.base import Prediction

# The released II-task question (with its curly apostrophes).
QUESTION = (
    "How does the woman finally decide to go home? A. By bus; B. In the man\u2019s car; "
    "C. In her father\u2019s car."
)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("sad", "sad"),
        ("Sadness", "sad"),
        ("The speaker sounds SAD.", "sad"),
        ("happiness", "happy"),
        ("She is excited", "happy"),
        ("anger", "angry"),
        ("Neutral.", "neutral"),
        ("He is not happy; he is angry.", "angry"),  # negated word skipped
        ("I cannot tell", None),
    ],
)
def test_normalize_emotion(text: str, label: str | None) -> None:
    assert normalize_emotion(text) == label


def test_parse_options_of_the_released_questions() -> None:
    assert parse_options(QUESTION) == {
        "A": "By bus",
        "B": "In the man\u2019s car",
        "C": "In her father\u2019s car",
    }
    # Letters that are not a run A, B, C... are not options.
    assert parse_options("Who lives in Washington D.C. now?") == {}


@pytest.mark.parametrize(
    ("answer", "letter"),
    [
        ("B", "B"),
        ("B. In the man\u2019s car", "B"),
        ("(C)", "C"),
        ("c", "C"),
        ("The answer is B", "B"),
        ("the answer is b.", "B"),
        ("Answer: c, because her father came", "C"),
        ("I think the correct option is A", "A"),
        ("She goes home in her father's car.", "C"),  # by option text (straight apostrophe)
        ("A man drives her", None),  # the article is not option A
        ("the answer is a bus", None),  # nor is "a" in running text
        ("I don't know", None),
    ],
)
def test_extract_choice(answer: str, letter: str | None) -> None:
    assert extract_choice(answer, parse_options(QUESTION)) == letter


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("Yes", True),
        ("yes, only one speaker.", True),
        ("True", True),
        (True, True),
        ("No.", False),
        ("false", False),
        (False, False),
        ("There are two voices", None),
    ],
)
def test_parse_yes_no(value: object, parsed: bool | None) -> None:
    assert parse_yes_no(value) is parsed


def test_er_accuracy_counts_synonyms_and_unparsed_answers() -> None:
    # A label outside the synonym table matches a one-word answer.
    assert answer_accuracy(["Frustrated."], ["frustrated"], kind="er").accuracy == 100.0
    # 4 rows: sadness=sad ✓, "happy" vs angry ✗, "no idea" unparsed ✗, "The voice is angry." ✓
    # -> 2 of 4 = 50 %
    result = answer_accuracy(
        ["sadness", "happy", "no idea", "The voice is angry."],
        ["sad", "anger", "neutral", "Angry"],
        kind="er",
    )
    assert result.accuracy == pytest.approx(50.0)
    assert result.correct == (True, False, False, True)
    assert result.unparsed == 1  # "no idea" names no emotion


def test_sqa_letters_and_free_text_answers() -> None:
    result = answer_accuracy(
        ["The answer is C", "B. In the man\u2019s car", "Wellington is the capital."],
        ["C", "A", "Wellington"],
        kind="sqa",
        questions=[QUESTION, QUESTION, None],
    )
    # ✓ (C), ✗ (B vs A), ✓ (free-text reference contained in the answer) -> 2 of 3
    assert result.correct == (True, False, True)
    assert result.accuracy == pytest.approx(200 / 3)


def test_sv_accuracy_from_decisions_and_text(tmp_path: Path) -> None:
    rows = [
        ManifestRow(id="0", audio=tmp_path / "a.wav", text="Yes"),  # label parsed from text
        ManifestRow(id="1", audio=tmp_path / "b.wav", audio2=tmp_path / "c.wav", text="", label=False),
        ManifestRow(id="2", audio=tmp_path / "d.wav", text="", label=True),
    ]
    predictions = [
        Prediction(text="Yes, one speaker."),
        Prediction(text="They sound alike", decision=True),  # the engine's flag wins
        Prediction(text="Hard to say"),  # unparsed -> wrong
    ]
    result = AccuracyMetric("sv").compute(rows, predictions)
    assert result.value == pytest.approx(100 / 3)
    assert result.details == {"unparsed": 1.0}
    assert result.per_item == (100.0, 0.0, 0.0)


def test_the_sv_tasks_own_verdicts_parse_without_yes_or_no() -> None:
    from wavllm_agent.evaluation.metrics.accuracy import parse_yes_no

    assert parse_yes_no("One speaker throughout.") is True
    assert parse_yes_no("More than one speaker.") is False
    assert parse_yes_no("Different speakers.") is False and parse_yes_no("The same speaker.") is True
    assert parse_yes_no("Two people talk.") is None


def test_accuracy_needs_a_usable_reference() -> None:
    with pytest.raises(UsageError, match="no usable reference"):
        answer_accuracy(["yes"], ["maybe"], kind="sv")
    with pytest.raises(UsageError, match="unknown accuracy kind"):
        AccuracyMetric("asr")  # type: ignore[arg-type]
