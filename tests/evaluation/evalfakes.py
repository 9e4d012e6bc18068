"""A scripted FAKE engine for plumbing tests of ``wavllm eval`` (never for accuracy).

``ScriptedEngine`` answers per audio file (a transcript by file name, an sv score by pair of file
names), can sleep before each call (to be killed mid-run) and can log each call durably to a file
(to count how often each row ran across processes). ``python tests/evaluation/evalfakes.py cli
ARGS`` / ``... shard ARGS`` runs ``wavllm ARGS`` / the sharded evaluation with this engine
registered as ``fake``, configured from environment variables (see :func:`from_env`).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/fakes.py

import speech  # noqa: E402
from fakes import FakeEngine  # noqa: E402

from wavllm_agent.audio import Audio  # noqa: E402
from wavllm_agent.data import ManifestRow, write_jsonl  # noqa: E402
from wavllm_agent.engines.base import EngineFactory, SpeakerVerdict, Transcript  # noqa: E402
from wavllm_agent.results import Segment  # noqa: E402


class ScriptedEngine(FakeEngine):
    """FakeEngine whose answers depend on the audio file; optional delay and durable call log."""

    def __init__(self, transcripts: dict[str, str] | None = None, scores: dict[str, float] | None = None, *,
                 delay: float = 0.0, log: str | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.transcripts = transcripts or {}
        self.scores = scores or {}
        self.delay = delay
        self.log = log

    def _note(self, kind: str, audio: Audio) -> None:
        self.calls.append((kind, audio.source))
        if self.log:
            with open(self.log, "a", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()}\t{kind}\t{Path(audio.source).name}\n")
                handle.flush()
                os.fsync(handle.fileno())
        if self.delay:
            time.sleep(self.delay)

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        self._note("transcribe", audio)
        text = self.transcripts.get(Path(audio.source).name, self.transcript)
        return Transcript([Segment(0.0, round(audio.duration, 2), text)], language or "en")

    def verify_speakers(self, audio: Audio, audio2: Audio | None = None) -> SpeakerVerdict:
        self._note("verify_speakers", audio)
        names = sorted(Path(a.source).name for a in (audio, audio2) if a is not None)
        score = self.scores.get("|".join(names), 0.5)
        return SpeakerVerdict(score >= 0.5, score, 0.5)


def register(engine: FakeEngine) -> None:
    """Register ``engine`` under the name ``fake`` in this process."""
    from wavllm_agent.hookspecs import hookimpl
    from wavllm_agent.plugins import register_object

    class Plugin:
        @hookimpl
        def register_engines(self, register):  # type: ignore[no-untyped-def]
            register(EngineFactory(name="fake", create=lambda **_: engine, description="FAKE engine"))

    register_object(Plugin(), "eval-fake-engine")


def from_env() -> ScriptedEngine:
    """``EVAL_FAKE_SCRIPT`` (a JSON file: ``{"transcripts": {...}, "scores": {...}}``),
    ``EVAL_FAKE_DELAY`` (seconds per call), ``EVAL_FAKE_LOG`` (call log file)."""
    script = os.environ.get("EVAL_FAKE_SCRIPT")
    data = json.loads(Path(script).read_text()) if script else {}
    return ScriptedEngine(data.get("transcripts"), data.get("scores"),
                          delay=float(os.environ.get("EVAL_FAKE_DELAY", "0")), log=os.environ.get("EVAL_FAKE_LOG"))


def asr_manifest(folder: Path, *, bad: bool = False) -> tuple[Path, list[speech.Clip]]:
    """A JSON Lines ASR manifest of the five LibriVox clips (and an undecodable file with ``bad``)."""
    clips = speech.librivox()
    rows = [ManifestRow(id=clip.path.stem.rsplit("-", 1)[-1], audio=clip.path, text=clip.text,
                        extra={"task": "asr"}) for clip in clips]
    if bad:
        broken = folder / "broken.wav"
        broken.write_bytes(b"this is not audio at all" * 40)
        rows.insert(2, ManifestRow(id="broken", audio=broken, text="a reference nobody will hear",
                                   extra={"task": "asr"}))
    path = folder / "asr.jsonl"
    write_jsonl(rows, path)
    return path, clips


if __name__ == "__main__":
    register(from_env())
    mode, argv = sys.argv[1], sys.argv[2:]
    if mode == "shard":
        from wavllm_agent.evaluation.shard import main

        sys.exit(main(argv))
    from wavllm_agent.cli.app import cli

    sys.argv = ["wavllm", *argv]
    cli.main()
