"""Learned classifiers for the rule planner: an instruction (or one clause of it) -> the tasks it asks for.

Two of them, each a label with a score (the linear SVM's margin for that label):

- the task-sequence classifier reads the whole instruction and names one of the task sequences it
  was trained on, such as ``"asr*>summarize@0>translate@1"`` (``*`` marks an inserted transcript,
  ``@N`` the step a text step works on); the planner's second opinion
  (:mod:`~wavllm_agent.planning.second_opinion`) uses it;
- the clause-task classifier reads one clause as the rules cut it and names the tasks the rules
  would plan for it (``"sv"``, ``"asr*+summarize"``, ``"-"`` for none); the clause check
  (:mod:`~wavllm_agent.planning.clause_check`) uses it.

Both are small and ship with the package (``planning/data/task_sequences.*`` and
``planning/data/clause_tasks.*``): TF-IDF of character n-grams (2-5, within words) and of words
(1-2), 4,000 of each, and a linear SVM, trained by ``scripts/train_plan_classifier.py`` with
scikit-learn on the labelled instruction sets (never on the final held-out sets). Weights load from safetensors;
the features are computed here with numpy, the same way scikit-learn's ``TfidfVectorizer``
computes them (a test holds the two equal), so that planning does not import scikit-learn and
SciPy (a second of start-up for ``wavllm plan``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from wavllm_agent.errors import ModelNotFoundError

DATA = Path(__file__).parent / "data"
_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
NO_TASK = "-"
"""The clause-task classifier's label for a clause the rules plan no step for."""


@dataclass(frozen=True)
class Guess:
    """A classifier's answer: its label (a task sequence, or a clause's tasks) and its score (above
    ``threshold``: confident)."""

    sequence: str
    score: float
    threshold: float

    @property
    def confident(self) -> bool:
        return self.score >= self.threshold


def char_ngrams(text: str) -> list[str]:
    """Character 2- to 5-grams within words, each word padded with one space on either side."""
    grams = []
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(2, 6):
            if len(padded) <= n:
                grams.append(padded)  # a word shorter than n counts once, whole
                break
            grams.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return grams


def word_ngrams(text: str) -> list[str]:
    """Words of two or more word characters, and each pair of neighbouring words."""
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _tfidf(grams: list[str], vocabulary: dict[str, int], idf: np.ndarray) -> np.ndarray:
    """Sublinear term frequency times idf, scaled to unit length (grams outside the vocabulary dropped)."""
    vector = np.zeros(len(vocabulary), dtype=np.float32)
    for gram, count in Counter(g for g in grams if g in vocabulary).items():
        vector[vocabulary[gram]] = 1.0 + np.log(count)
    vector *= idf
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


class LinearTextClassifier:
    """A trained classifier, loaded from a folder holding ``NAME.json`` and ``NAME.safetensors``."""

    name = ""
    """The files' name."""
    what = "classifier"
    """What it is called in error messages."""
    separator = ">"
    """What joins the task names of a label."""

    def __init__(self, folder: Path = DATA) -> None:
        meta_path, weights_path = folder / f"{self.name}.json", folder / f"{self.name}.safetensors"
        if not (meta_path.is_file() and weights_path.is_file()):
            raise ModelNotFoundError(f"the planner's {self.what} is missing from {folder}",
                                     hint="reinstall wavllm-agent, or run scripts/train_plan_classifier.py")
        from safetensors.numpy import load_file

        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            weights = load_file(str(weights_path))
            self._load(meta, weights)
        except Exception as exc:  # noqa: BLE001 - safetensors raises its own error type
            raise ModelNotFoundError(f"the {self.what} in {folder} cannot be read: {exc}",
                                     hint="reinstall wavllm-agent, or run scripts/train_plan_classifier.py") from None

    def _load(self, meta: dict, weights: dict[str, np.ndarray]) -> None:
        if meta.get("format") != 1:
            raise ValueError(f"unknown format {meta.get('format')!r}")
        self.classes: list[str] = meta["classes"]
        self.threshold: float = float(meta["threshold"])
        self.trained_on: list[str] = meta["trained_on"]
        self.left_out: list[str] = meta["left_out"]
        self.tasks: set[str] = {part.split("@")[0].rstrip("*") for c in self.classes
                                for part in c.split(self.separator) if part != NO_TASK}
        """The task names the classifier knows."""
        self._chars = {g: i for i, g in enumerate(meta["char_vocabulary"])}
        self._words = {g: i for i, g in enumerate(meta["word_vocabulary"])}
        self._char_idf = weights["char_idf"]
        self._word_idf = weights["word_idf"]
        self._coef = weights["coef"].astype(np.float32)
        self._intercept = weights["intercept"]
        shapes = (self._char_idf.shape, self._word_idf.shape, self._coef.shape, self._intercept.shape)
        if shapes != ((len(self._chars),), (len(self._words),), (len(self.classes), len(self._chars) + len(self._words)),
                      (len(self.classes),)):
            raise ValueError(f"weights of shapes {shapes} for {len(self.classes)} labels")

    def features(self, text: str) -> np.ndarray:
        """The text's feature vector (character part, then word part)."""
        return np.concatenate([_tfidf(char_ngrams(text), self._chars, self._char_idf),
                               _tfidf(word_ngrams(text), self._words, self._word_idf)])

    def scores(self, text: str) -> np.ndarray:
        """One score per label in :attr:`classes` (the SVM's decision values)."""
        return self._coef @ self.features(text) + self._intercept

    def guess(self, text: str) -> Guess:
        """The best-scoring label for ``text``."""
        scores = self.scores(text)
        best = int(np.argmax(scores))
        return Guess(self.classes[best], float(scores[best]), self.threshold)


class TaskSequenceClassifier(LinearTextClassifier):
    """Whole instruction -> the task sequence of its plan (``planning/data/task_sequences.*``)."""

    name = "task_sequences"
    what = "task-sequence classifier"


class ClauseTaskClassifier(LinearTextClassifier):
    """One clause -> the tasks the rules plan for it, joined by ``+`` (``planning/data/clause_tasks.*``)."""

    name = "clause_tasks"
    what = "clause-task classifier"
    separator = "+"


@lru_cache(maxsize=1)
def default_classifier() -> TaskSequenceClassifier:
    """The task-sequence classifier shipped with the package, loaded once (about 0.1 s)."""
    return TaskSequenceClassifier()


@lru_cache(maxsize=1)
def default_clause_classifier() -> ClauseTaskClassifier:
    """The clause-task classifier shipped with the package, loaded once."""
    return ClauseTaskClassifier()
