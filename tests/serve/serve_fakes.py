"""FAKE engines of the server tests (plumbing only); a module of its own name, so that tests import it
reliably (a `from conftest import` finds whichever conftest was imported last)."""

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


class ByteTokenizer:
    """FAKE tokenizer: one token per UTF-8 byte (so a multi-byte character spans tokens)."""

    def decode(self, ids: Sequence[int], skip_special_tokens: bool = True) -> str:
        return bytes(ids).decode("utf-8", errors="replace")


class TokenFakeEngine(EchoFakeEngine):
    """FAKE engine whose ``generate`` hands its reply to the token sink byte by byte, like the real text
    runtimes do (:func:`wavllm_agent.streaming.stream_decoder`).

    After the first word it waits (up to 10 s) for ``client_saw_content``: the test sets it when
    a content delta reached the client, so ``waited`` is True only if the answer streamed live.
    ``returned`` (when set) is what ``generate`` returns instead of what it streamed.
    """

    name = "fake-tokens"

    def __init__(self, reply: str) -> None:
        super().__init__()
        self.reply = reply
        self.returned: str | None = None
        self.client_saw_content = threading.Event()
        self.waited: bool | None = None

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        from wavllm_agent.streaming import stream_decoder

        stream = stream_decoder(ByteTokenizer())
        first_word = len(self.reply.lstrip().split(" ")[0].encode()) + 1
        for i, byte in enumerate(self.reply.encode()):
            if stream is not None:
                stream.push([byte])
            if i == first_word and self.waited is None:
                self.waited = self.client_saw_content.wait(timeout=10)
        if stream is not None:
            stream.finish()
        return self.returned if self.returned is not None else self.reply
