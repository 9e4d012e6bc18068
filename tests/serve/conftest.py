"""Fixtures of the server tests: FAKE engines (plumbing only) and one real server per module."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # helpers.py

from fakes import FakeEngine  # noqa: E402

from wavllm_agent.audio import Audio  # noqa: E402
from wavllm_agent.engines.base import Transcript  # noqa: E402
from wavllm_agent.results import Segment  # noqa: E402


class EchoFakeEngine(FakeEngine):
    """FAKE engine whose transcript depends on the audio (its length), so a mixed-up answer shows.

    ``delay`` seconds of sleep per transcription stand in for model time; ``started`` counts calls
    that began, ``release`` (when set) holds every call until it is set.
    """

    name = "fake"

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__()
        self.delay = delay
        self.started = 0
        self.release: threading.Event | None = None
        self.fail = False

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        self.started += 1
        if self.fail:
            raise RuntimeError("the fake model broke")
        if self.release is not None:
            self.release.wait(timeout=30)
        if self.delay:
            time.sleep(self.delay)
        half = round(audio.duration / 2, 2)
        return Transcript([Segment(0.0, half, f"first half of {audio.duration:.2f} seconds"),
                           Segment(half, round(audio.duration, 2), f"second half of {audio.duration:.2f} seconds")],
                          language or "en")

    def translate_speech(self, audio: Audio, *, target_lang: str = "en") -> tuple[str, str | None]:
        return f"translated {audio.duration:.2f} seconds into {target_lang}", "fr"


class BatchFakeEngine(EchoFakeEngine):
    """FAKE engine with ``transcribe_many``; records the size of each shared call."""

    def __init__(self) -> None:
        super().__init__(delay=0.05)
        self.batch_sizes: list[int] = []

    def transcribe_many(self, audios: Sequence[Audio], *, language: str | None = None) -> list[Transcript]:
        self.batch_sizes.append(len(audios))
        delay, self.delay = self.delay, 0.0
        try:
            return [self.transcribe(a, language=language) for a in audios]
        finally:
            self.delay = delay
