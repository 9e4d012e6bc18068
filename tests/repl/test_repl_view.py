"""The terminal rendering of the REPL (RichView) on an in-memory terminal, with the FAKE engine."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from rich.console import Console

from wavllm_agent import progress
from wavllm_agent.repl import RecordingView, Session
from wavllm_agent.repl.rich_view import RichView


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    path = tmp_path / "clip.wav"
    sf.write(path, np.full(16000, 0.1, dtype="float32"), 16000)
    return path


def terminal() -> tuple[RichView, io.StringIO]:
    screen = io.StringIO()
    return RichView(Console(file=screen, force_terminal=True, width=120, highlight=False)), screen


def test_model_loading_shows_its_message_beside_the_step(fake_engine: Any, clip: Path) -> None:
    view, screen = terminal()
    session = Session(view, engine="fake")

    def loading_transcribe(audio: Any, *, language: str | None = None) -> Any:
        with progress.activity("Loading Whisper (whisper-tiny.en)"):
            return type(fake_engine).transcribe(fake_engine, audio, language=language)

    fake_engine.transcribe = loading_transcribe
    with view.reporting():
        session.load(str(clip))
        session.handle("transcribe it")
    shown = screen.getvalue()
    assert "step 1/1: asr … — Loading Whisper (whisper-tiny.en)" in shown
    assert "rich.spinner" not in shown and "object at 0x" not in shown


def test_a_summary_is_shown_once(fake_engine: Any, clip: Path) -> None:
    fake_engine.answers = {"summar": "Short."}
    view, screen = terminal()
    session = Session(view, engine="fake")
    session.load(str(clip))
    session.handle("transcribe it and summarise it")
    assert [e["answer"] for e in session.entries] == ["Short."]
    assert screen.getvalue().count("Short.") == 1


def test_two_answers_are_summed_up_in_one_panel(fake_engine: Any, clip: Path) -> None:
    view, screen = terminal()
    session = Session(view, engine="fake")
    session.load(str(clip))
    session.handle("transcribe it and tell me the emotion of the speaker")
    answer = session.entries[-1]["answer"]
    assert answer.startswith("1. ") and "\n2. " in answer
    assert "Answer" in screen.getvalue()


def test_save_names_the_default_engine(fake_engine: Any, tmp_path: Path) -> None:
    from wavllm_agent.registry import get_registry

    session = Session(RecordingView())
    out = tmp_path / "session.json"
    session.save(str(out))
    saved = json.loads(out.read_text())
    assert saved["engine"] == get_registry().default_engine() == "embedded"
