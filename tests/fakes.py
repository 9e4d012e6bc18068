"""FAKE engine for fast unit tests of plumbing (CLI, plugins, planner execution, tools).

It loads no model and hears nothing: it answers from scripts the test sets up. Never use it to
test accuracy.
"""

from __future__ import annotations

from collections.abc import Sequence

from wavllm_agent.audio import Audio
from wavllm_agent.engines.base import Engine, EngineFactory, SpeakerVerdict, Transcript
from wavllm_agent.results import Segment


class FakeEngine(Engine):
    """A scripted engine: fixed transcript, canned answers, and a log of every call."""

    name = "fake"

    def __init__(self, transcript: str = "hello world from the fake engine", *,
                 answers: dict[str, str] | None = None, same_speaker: bool = True,
                 hears_acoustics: bool = False) -> None:
        super().__init__()
        self.transcript = transcript
        self.answers = answers or {}
        self.same_speaker = same_speaker
        self.hears_acoustics = hears_acoustics
        self.calls: list[tuple[str, str]] = []

    def _answer(self, kind: str, prompt: str) -> str:
        self.calls.append((kind, prompt))
        for key, value in self.answers.items():
            if key.lower() in prompt.lower():
                return value
        return f"[fake {kind}] {prompt[:40]}"

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        self.calls.append(("transcribe", audio.source))
        return Transcript([Segment(0.0, round(audio.duration, 2), self.transcript)], language or "en")

    def translate_speech(self, audio: Audio, *, target_lang: str = "en") -> tuple[str, str | None]:
        return self._answer("translate_speech", f"{target_lang}: {self.transcript}"), "en"

    def verify_speakers(self, audio: Audio, audio2: Audio | None = None) -> SpeakerVerdict:
        self.calls.append(("verify_speakers", audio.source))
        return SpeakerVerdict(self.same_speaker, 0.9 if self.same_speaker else 0.1, 0.5)

    def listen(self, audio: Audio, instruction: str, *, max_new_tokens: int = 256) -> str:
        return self._answer("listen", instruction)

    def listen_choose(self, audio: Audio, instruction: str, options: Sequence[str]) -> list[float]:
        return self.choose(instruction, options)

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        return self._answer("generate", prompt)

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        self.calls.append(("choose", prompt))
        picked = next((i for i, o in enumerate(options) if o.lower() in self.answers.get("choose", "").lower()), 0)
        return [1.0 if i == picked else 0.0 for i in range(len(options))]


def fake_factory(engine: FakeEngine | None = None) -> EngineFactory:
    """An EngineFactory named "fake" that hands out ``engine`` (a new FakeEngine by default)."""
    shared = engine or FakeEngine()
    return EngineFactory(name="fake", create=lambda **_: shared, description="FAKE engine for tests")
