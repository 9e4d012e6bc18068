"""The engine interface that tasks run on.

An engine offers a few primitives; tasks combine them. A cascade engine implements them with
separate models (speech recogniser, speaker encoder, text LLM); a speech LLM such as WavLLM
implements them by prompting one model that hears the audio. ``hears_acoustics`` tells tasks
whether ``listen`` hears the voice itself (tone, speaker) or only the words.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wavllm_agent.audio import Audio
from wavllm_agent.engines.text_llm import RETRY_BEAMS
from wavllm_agent.errors import TaskNotSupportedError
from wavllm_agent.results import Segment


@dataclass
class Transcript:
    """Timed segments of speech and the language they are in."""

    segments: list[Segment]
    language: str | None = None

    @property
    def text(self) -> str:
        """The segments' text joined with spaces."""
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())


@dataclass
class SpeakerVerdict:
    """Whether two recordings (or all of one) carry the same speaker."""

    same_speaker: bool
    score: float
    threshold: float


@dataclass
class EngineFactory:
    """How a plugin offers an engine: a name and a function that builds it on demand.

    Attributes:
        name: what ``--engine`` selects.
        create: ``create(**options)`` returns the :class:`Engine`.
        description: one line for ``wavllm engines``.
        default: the engine used when none is named (the embedded one).
        options: the options ``create`` accepts, with one-line descriptions.
    """

    name: str
    create: Callable[..., Engine]
    description: str = ""
    default: bool = False
    options: dict[str, str] = field(default_factory=dict)


class Engine(ABC):
    """Primitives a task can call. Methods an engine lacks raise :class:`TaskNotSupportedError`.

    Engines are shared across threads; ``lock`` serialises access to their models.
    """

    name: str = "engine"
    hears_acoustics: bool = False
    """True when ``listen`` hears the voice itself, not only a transcript of it."""

    def __init__(self) -> None:
        self.lock = threading.RLock()

    @abstractmethod
    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        """Speech to text, with timed segments; the whole audio, however long."""

    def translate_speech(self, audio: Audio, *, target_lang: str = "en") -> tuple[str, str | None]:
        """Speech to text in ``target_lang``; returns (text, detected source language)."""
        raise TaskNotSupportedError(f"engine {self.name!r} cannot translate speech")

    def speech_translation_source(self, audio: Audio, *, target_lang: str) -> tuple[str, str] | None:
        """The transcript and its language when this engine translates ``audio`` into ``target_lang`` by
        translating its transcript with its text model, so that the ``st`` task can check (and retry) that
        translation against the transcript as the ``translate`` task does; None (the default) when the
        engine translates the speech itself or leaves it as it is."""
        return None

    def verify_speakers(self, audio: Audio, audio2: Audio | None = None) -> SpeakerVerdict:
        """Same speaker in both recordings, or (``audio2`` None) one speaker throughout."""
        raise TaskNotSupportedError(f"engine {self.name!r} cannot verify speakers")

    @abstractmethod
    def listen(self, audio: Audio, instruction: str, *, max_new_tokens: int = 256) -> str:
        """Answer ``instruction`` about ``audio`` (an empty instruction: answer what is asked in it)."""

    @abstractmethod
    def listen_choose(self, audio: Audio, instruction: str, options: Sequence[str]) -> list[float]:
        """Probabilities of each of ``options`` as the answer to ``instruction`` about ``audio``."""

    @abstractmethod
    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        """A text-only answer from the engine's language model."""

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = RETRY_BEAMS) -> list[str]:
        """The ``n`` best text-only answers of a beam search, best first; the text tasks' last retry keeps
        the first that passes its checks. By default none: an engine without a beam search offers no
        answers beyond :meth:`generate`'s."""
        return []

    @abstractmethod
    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        """Probabilities of each of ``options`` as the text-only answer to ``prompt``."""

    def describe(self) -> dict[str, Any]:
        """What the engine is made of (models, devices), for traces and ``wavllm engines``."""
        return {"name": self.name, "hears_acoustics": self.hears_acoustics}

    def close(self) -> None:  # noqa: B027 - optional hook: engines without models need nothing
        """Release models and memory."""
