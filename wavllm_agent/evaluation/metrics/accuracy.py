"""Accuracy for the classification-like tasks: emotion (er), multiple choice (sqa), yes/no (sv).

Models answer in sentences ("The speaker sounds sad.", "The answer is B.", "Yes, only one
speaker."), so each kind first extracts its answer from free text:

* er: the first emotion word, with synonyms folded onto one label ("sadness" -> "sad",
  "happiness"/"joy"/"excited" -> "happy", "anger" -> "angry", ...); a negated word ("not
  happy") is skipped. "excited" counts as happy, as in the usual 4-class IEMOCAP setup.
* sqa: the option letter ("B", "B. In the man's car", "(B)", "The answer is B"), else the
  option whose text the answer contains. Options are read from the question ("A. ...; B. ...").
  A reference that is not a letter (the spoken-question rows) is matched as free text: correct
  when the normalised reference equals the answer or appears in it.
* sv: yes/no/true/false at the start of the answer (or the sv task's own "One speaker throughout." /
  "More than one speaker."), or the engine's ``same_speaker`` flag.

An answer nothing can be extracted from counts as wrong (and is counted in ``unparsed``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.base import Metric, MetricResult, Prediction, check_same_length

__all__ = [
    "AccuracyKind",
    "AccuracyMetric",
    "AccuracyResult",
    "EMOTION_SYNONYMS",
    "answer_accuracy",
    "extract_choice",
    "normalize_emotion",
    "parse_options",
    "parse_yes_no",
]

AccuracyKind = Literal["er", "sqa", "sv", "exact"]

#: Canonical emotion label for every word that names it.
EMOTION_SYNONYMS: Mapping[str, str] = {
    **dict.fromkeys(["neutral", "neutrality", "neutrally"], "neutral"),
    **dict.fromkeys(
        [
            "happy",
            "happiness",
            "happily",
            "joy",
            "joyful",
            "glad",
            "cheerful",
            "delighted",
            "pleased",
            "excited",
            "excitement",
        ],
        "happy",
    ),
    **dict.fromkeys(["sad", "sadness", "sadly", "unhappy", "sorrow", "sorrowful", "depressed"], "sad"),
    **dict.fromkeys(["angry", "anger", "angrily", "mad", "furious", "annoyed", "irritated"], "angry"),
    **dict.fromkeys(["fear", "fearful", "afraid", "scared", "frightened", "terrified"], "fearful"),
    **dict.fromkeys(["disgust", "disgusted", "disgusting"], "disgusted"),
    **dict.fromkeys(["surprise", "surprised", "astonished", "amazed"], "surprised"),
    **dict.fromkeys(["calm", "calmness"], "calm"),
}
_NEGATIONS = {"not", "no", "never", "isn't", "isnt", "wasn't", "doesn't", "without"}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def normalize_emotion(text: str) -> str | None:
    """The canonical emotion named in ``text`` (first one, skipping negated words), or ``None``."""
    words = _WORD.findall(text.lower())
    for index, word in enumerate(words):
        label = EMOTION_SYNONYMS.get(word)
        if label is not None and not (index and words[index - 1] in _NEGATIONS):
            return label
    return None


# ----------------------------------------------------------------------------- multiple choice

_LETTERS = "ABCDEFGH"
# An option marker: a capital letter with "." or ")" (or in brackets), not inside a word.
_OPTION_MARK = re.compile(r"(?<![\w.])\(?([A-H])[.)]\s+")
_LEADING_CHOICE = re.compile(r"^\s*(?:option\s+|choice\s+)?\(?([A-Ha-h])\s*(?:[.):,]|$)", re.I)
# After "answer is" / "option" / "choice:", a letter that is its own word: upper case, or lower
# case only when punctuation or the end follows (so "the answer is a bus" is not option a).
_STATED_CHOICE = re.compile(
    r"\b(?i:answer|option|choice)\s*(?i:is|would\s+be)?\s*:?\s*\(?"
    r"(?:([A-H])\b|([a-h])(?=\s*(?:[.),:;]|$)))"
)


def parse_options(question: str) -> dict[str, str]:
    """Options of a multiple-choice question: ``"Q? A. x; B. y; C. z."`` -> ``{"A": "x", ...}``.

    Only a run of markers A, B, C, ... in order counts, so a stray "C." elsewhere in the
    question (an initial, "D.C.") does not start a fake option.
    """
    marks = list(_OPTION_MARK.finditer(question))
    chosen: list[re.Match[str]] = []
    for mark in marks:
        if mark.group(1) == _LETTERS[len(chosen)]:
            chosen.append(mark)
            if len(chosen) == len(_LETTERS):
                break
    if len(chosen) < 2:
        return {}
    options = {}
    for index, mark in enumerate(chosen):
        end = chosen[index + 1].start() if index + 1 < len(chosen) else len(question)
        options[mark.group(1)] = question[mark.end() : end].strip().rstrip(";,.").strip()
    return options


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("\u2019", "'")))


def extract_choice(answer: str, options: Mapping[str, str] | None = None) -> str | None:
    """The option letter an answer picks, or ``None``.

    Tries, in order: a leading letter ("B", "B.", "(B)", "b) ..."), a stated one ("The answer
    is B", "option C"), then the option whose text appears in the answer (the longest wins;
    a tie gives ``None``).
    """
    text = answer.strip()
    found = _LEADING_CHOICE.match(text)
    if found and (text[0].isupper() or text[0] == "(" or len(text) < 3 or text[1] in ".)"):
        return found.group(1).upper()
    stated = _STATED_CHOICE.search(text)
    if stated:
        return (stated.group(1) or stated.group(2)).upper()
    if options:
        plain_answer = f" {_plain(text)} "
        hits = [
            (len(_plain(option)), letter)
            for letter, option in options.items()
            if _plain(option) and f" {_plain(option)} " in plain_answer
        ]
        if hits:
            hits.sort(reverse=True)
            if len(hits) == 1 or hits[0][0] > hits[1][0]:
                return hits[0][1]
    return None


# ----------------------------------------------------------------------------- yes / no

_YES = {"yes", "true", "1", "y", "yeah", "yep", "correct"}
_NO = {"no", "false", "0", "n", "nope", "incorrect"}


def parse_yes_no(value: bool | str | None) -> bool | None:
    """``True``/``False`` for a yes/no answer ("Yes.", "no, two speakers", "true", and the sv task's
    "One speaker throughout." / "More than one speaker."), or ``None``."""
    if value is None or isinstance(value, bool):
        return value
    words = re.findall(r"\w+", value.lower())
    if words and words[0] in _YES:
        return True
    if words and words[0] in _NO:
        return False
    said = " ".join(words)  # the sv task's own verdicts, which answer any wording of the question
    if said.startswith(("one speaker", "the same speaker", "a single speaker")):
        return True
    if said.startswith(("more than one speaker", "different speakers")):
        return False
    return None


# ----------------------------------------------------------------------------- accuracy


@dataclass(frozen=True)
class AccuracyResult:
    """Share of correct answers, in percent; ``correct`` per row; ``unparsed``: answers nothing
    could be extracted from (counted wrong)."""

    accuracy: float
    correct: tuple[bool, ...]
    unparsed: int


def _answer_of(kind: AccuracyKind, prediction: bool | str | None, question: str | None):
    if kind == "er":
        if not isinstance(prediction, str):
            return None
        # A label outside the synonym table ("frustrated") still matches a one-word answer.
        word = _plain(prediction)
        return normalize_emotion(prediction) or (word if word and " " not in word else None)
    if kind == "sv":
        return parse_yes_no(prediction)
    if kind == "sqa":
        if not isinstance(prediction, str):
            return None
        return extract_choice(prediction, parse_options(question or ""))
    return _plain(prediction) if isinstance(prediction, str) else prediction


def _reference_of(kind: AccuracyKind, reference: bool | str | None):
    if kind == "er":
        label = normalize_emotion(reference) if isinstance(reference, str) else None
        return label or (_plain(reference) if isinstance(reference, str) else None)
    if kind == "sv":
        return parse_yes_no(reference)
    if kind == "sqa" and isinstance(reference, str):
        letter = reference.strip().rstrip(".").upper()
        return letter if len(letter) == 1 and letter in _LETTERS else None
    return _plain(reference) if isinstance(reference, str) else reference


def answer_accuracy(
    predictions: Sequence[bool | str | None],
    references: Sequence[bool | str | None],
    *,
    kind: AccuracyKind = "exact",
    questions: Sequence[str | None] | None = None,
) -> AccuracyResult:
    """Accuracy in percent of predictions against references, answers extracted per ``kind``.

    Args:
        predictions: Answers (free text, or a bool for sv, a letter for sqa, ...).
        references: Gold answers: an emotion, an option letter or free text, a yes/no or bool.
        kind: ``"er"``, ``"sqa"``, ``"sv"`` or ``"exact"`` (case/punctuation-insensitive match).
        questions: sqa only: each row's question, from which option texts are read.

    Raises:
        UsageError: lengths differ, nothing is given, or a reference cannot be read.
    """
    check_same_length("accuracy", references, predictions)
    if questions is not None and len(questions) != len(references):
        raise UsageError("accuracy: questions and references differ in length")
    correct = []
    unparsed = 0
    for index, (prediction, reference) in enumerate(zip(predictions, references, strict=True)):
        question = questions[index] if questions is not None else None
        gold = _reference_of(kind, reference)
        if kind == "sqa" and gold is None and isinstance(reference, str) and _plain(reference):
            # A free-text answer (spoken-question rows): match the words, not a letter.
            said = _plain(prediction) if isinstance(prediction, str) else ""
            gold_words = _plain(reference)
            correct.append(said == gold_words or f" {gold_words} " in f" {said} ")
            continue
        if gold is None or gold == "":
            raise UsageError(
                f"accuracy: row {index} has no usable reference ({reference!r}) for kind {kind!r}",
                hint="give the row a label (er: an emotion; sv: true/false; sqa: an option letter)",
            )
        answer = _answer_of(kind, prediction, question)
        if answer is None:
            unparsed += 1
        correct.append(answer == gold)
    return AccuracyResult(
        accuracy=100.0 * sum(correct) / len(correct), correct=tuple(correct), unparsed=unparsed
    )


class AccuracyMetric(Metric):
    """``accuracy`` for er, sqa or sv rows.

    The reference is ``row.label`` when set, else ``row.text``; the answer is
    ``prediction.decision`` when the engine gave one (same_speaker, emotion, choice), else
    ``prediction.text``. For sqa the options come from ``row.question`` or else ``row.prompt``.
    """

    name = "accuracy"
    description = "share of correct answers (percent, higher is better)"

    def __init__(self, kind: AccuracyKind) -> None:
        if kind not in ("er", "sqa", "sv", "exact"):
            raise UsageError(f"unknown accuracy kind {kind!r}", hint="use er, sqa, sv or exact")
        self.kind = kind

    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        check_same_length(self.name, rows, predictions)
        result = answer_accuracy(
            [p.decision if p.decision is not None else p.text for p in predictions],
            [row.label if row.label is not None else row.text for row in rows],
            kind=self.kind,
            questions=[row.question or row.prompt for row in rows],
        )
        return MetricResult(
            name=self.name,
            value=result.accuracy,
            details={"unparsed": float(result.unparsed)},
            per_item=tuple(100.0 if ok else 0.0 for ok in result.correct),
        )
