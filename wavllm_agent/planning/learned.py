"""A learned task-sequence classifier: an instruction -> the task sequence its plan should have.

It reads the whole instruction and names one of the task sequences it was trained on, such as
``"asr*>summarize@0>translate@1"`` (``*`` marks an inserted transcript, ``@N`` the step a text
step works on), with a score: the linear SVM's margin for that sequence. The rule planner uses it
as a second opinion (:mod:`~wavllm_agent.planning.second_opinion`).

The model is small and ships with the package (``planning/data/task_sequences.*``, 1.9 MB):
TF-IDF of character n-grams (2-5, within words) and of words (1-2), 4,000 of each, and a linear
SVM over 115 task sequences, trained by ``scripts/train_plan_classifier.py`` with scikit-learn on
the labelled instruction sets (never on the final held-out sets). Weights load from safetensors;
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


@dataclass(frozen=True)
class Guess:
    """The classifier's answer: a task sequence and its score (above ``threshold``: confident)."""

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


class TaskSequenceClassifier:
    """The trained classifier, loaded from a folder holding ``task_sequences.json`` and ``.safetensors``."""

    def __init__(self, folder: Path = DATA) -> None:
        meta_path, weights_path = folder / "task_sequences.json", folder / "task_sequences.safetensors"
        if not (meta_path.is_file() and weights_path.is_file()):
            raise ModelNotFoundError(f"the planner's task-sequence classifier is missing from {folder}",
                                     hint="reinstall wavllm-agent, or run scripts/train_plan_classifier.py")
        from safetensors.numpy import load_file

        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            weights = load_file(str(weights_path))
            self._load(meta, weights)
        except Exception as exc:  # noqa: BLE001 - safetensors raises its own error type
            raise ModelNotFoundError(f"the task-sequence classifier in {folder} cannot be read: {exc}",
                                     hint="reinstall wavllm-agent, or run scripts/train_plan_classifier.py") from None

    def _load(self, meta: dict, weights: dict[str, np.ndarray]) -> None:
        if meta.get("format") != 1:
            raise ValueError(f"unknown format {meta.get('format')!r}")
        self.classes: list[str] = meta["classes"]
        self.threshold: float = float(meta["threshold"])
        self.trained_on: list[str] = meta["trained_on"]
        self.left_out: list[str] = meta["left_out"]
        self.tasks: set[str] = {part.split("@")[0].rstrip("*") for c in self.classes for part in c.split(">")}
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
            raise ValueError(f"weights of shapes {shapes} for {len(self.classes)} sequences")

    def features(self, text: str) -> np.ndarray:
        """The instruction's feature vector (character part, then word part)."""
        return np.concatenate([_tfidf(char_ngrams(text), self._chars, self._char_idf),
                               _tfidf(word_ngrams(text), self._words, self._word_idf)])

    def scores(self, text: str) -> np.ndarray:
        """One score per task sequence in :attr:`classes` (the SVM's decision values)."""
        return self._coef @ self.features(text) + self._intercept

    def guess(self, text: str) -> Guess:
        """The best-scoring task sequence for ``text``."""
        scores = self.scores(text)
        best = int(np.argmax(scores))
        return Guess(self.classes[best], float(scores[best]), self.threshold)


@lru_cache(maxsize=1)
def default_classifier() -> TaskSequenceClassifier:
    """The classifier shipped with the package, loaded once (about 0.1 s)."""
    return TaskSequenceClassifier()
