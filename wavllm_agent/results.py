"""Typed results of tasks. ``to_dict()`` gives the JSON of the CLI contract."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass
class Segment:
    """A stretch of transcribed speech, times in seconds from the start of the audio."""

    start: float
    end: float
    text: str


@dataclass
class TaskResult:
    """What every task returns: its name, the answer as text, and the engine that produced it."""

    task: str
    text: str
    engine: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the CLI contract (``task``, ``text``, ``engine`` + per-task keys)."""
        return asdict(self)


@dataclass
class AsrResult(TaskResult):
    """A transcript with timed segments."""

    segments: list[Segment] = field(default_factory=list)
    language: str | None = None


@dataclass
class StResult(TaskResult):
    """Speech translated into ``target_lang``."""

    target_lang: str = "en"
    source_lang: str | None = None
    source_text: str | None = None
    """The transcript the translation was made from, when the engine translated a transcript (None when
    it translated the speech itself)."""
    grounding: dict[str, Any] | None = None
    """What the translation checks found (as on ``TextResult``), None when none ran."""


@dataclass
class SvResult(TaskResult):
    """Speaker verification: same speaker or not, with the score behind the decision."""

    same_speaker: bool = False
    score: float = 0.0
    threshold: float = 0.0
    mode: Literal["pair", "single"] = "pair"


@dataclass
class ErResult(TaskResult):
    """Emotion recognition; ``basis`` says whether the voice or only the words were heard."""

    emotion: str = "neutral"
    basis: Literal["acoustic", "transcript"] = "transcript"
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class SqaResult(TaskResult):
    """An answer to a question about the audio (or to the question spoken in it)."""

    question: str = ""
    choice: str | None = None


@dataclass
class TextResult(TaskResult):
    """A text task's output (summary, translation, continuation, free instruction)."""

    source_text: str | None = None
    target_lang: str | None = None
    grounding: dict[str, Any] | None = None
    """What the grounding checks found (``wavllm_agent.grounding.Grounding.to_dict()``), None if none ran."""
