"""``wavllm chat`` end to end: piped input on the FAKE engine (fast), and a real terminal in tmux
with the real embedded engine on real speech (slow)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
import speech
from click.testing import CliRunner

from wavllm_agent.cli import cli


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    path = tmp_path / "clip.wav"
    sf.write(path, np.full(40000, 0.1, dtype="float32"), 16000)  # 2.5 s
    return path


def chat(*args: str, lines: list[str]) -> Any:
    return CliRunner().invoke(cli, ["chat", *args], input="".join(f"{line}\n" for line in lines),
                              catch_exceptions=False)


def test_piped_session_shows_plan_steps_segments_and_saves(fake_engine: Any, clip: Path, tmp_path: Path) -> None:
    fake_engine.transcript = "the meeting moves to thursday"
    out = tmp_path / "session.json"
    result = chat(str(clip), "--engine", "fake", lines=["/tasks", "transcribe it", f"/save {out}", "/quit"])
    assert result.exit_code == 0, result.output
    screen = result.output
    assert f"loaded {clip} (2.5 s)" in screen
    assert "Tasks" in screen and "summarize" in screen
    assert "Plan" in screen and "✓ step 1/1: asr" in screen
    assert "0:00.0" in screen and "0:02.5" in screen and "the meeting moves to thursday" in screen
    saved = json.loads(out.read_text())
    assert saved["results"][0]["steps"][0]["result"]["segments"][0]["text"] == "the meeting moves to thursday"


def test_errors_are_one_line_and_eof_ends_with_status_0(fake_engine: Any, clip: Path) -> None:
    result = chat("--engine", "fake", lines=["transcribe it", "/load /no/such.wav", "/bogus", f"/load {clip}"])
    assert result.exit_code == 0
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3 and "Traceback" not in result.output


def test_bad_audio_or_engine_at_start_exit_2(fake_engine: Any, clip: Path) -> None:
    missing = CliRunner().invoke(cli, ["chat", "/no/such.wav", "--engine", "fake"], input="")
    assert missing.exit_code == 2 and missing.stderr.startswith("error: ")
    unknown = CliRunner().invoke(cli, ["chat", str(clip), "--engine", "nope"], input="")
    assert unknown.exit_code == 2 and "unknown engine 'nope'" in unknown.stderr


def _tmux(socket: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True, timeout=30).stdout


def _wait_for(socket: str, text: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux(socket, "capture-pane", "-p", "-J", "-t", "chat", "-S", "-300")
        if text.lower() in screen.lower():
            return screen
        time.sleep(0.5)
    raise AssertionError(f"{text!r} did not appear on the screen within {timeout:.0f} s:\n{screen}")


@pytest.mark.slow
def test_real_terminal_session_with_real_speech(tmp_path: Path) -> None:
    if shutil.which("tmux") is None:
        pytest.fail("tmux is needed for this test (apt-get install tmux)")
    clip = speech.librivox()[4]  # "he might even have been made amiable himself"
    wavllm = Path(sys.executable).parent / "wavllm"
    socket = f"wavllm-test-{uuid.uuid4().hex[:8]}"
    history = tmp_path / "history"
    root = Path(__file__).resolve().parents[2]
    env = {"PYTHONPATH": f"{root}:{root / 'plugins'}", "HF_HUB_OFFLINE": "1", "TERM": "xterm-256color",
           "WAVLLM_AGENT_CHAT_HISTORY": str(history)}
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    command = f"env {exports} {wavllm} chat {clip.path}; echo CHAT-EXITED-$?; sleep 30"
    _tmux(socket, "new-session", "-d", "-s", "chat", "-x", "120", "-y", "50", command)
    try:
        _wait_for(socket, "wavllm [", 120)
        _tmux(socket, "send-keys", "-t", "chat", "/tasks", "Enter")
        _wait_for(socket, "instruct", 60)
        _tmux(socket, "send-keys", "-t", "chat", "transcribe it", "Enter")
        screen = _wait_for(socket, "amiable", 300)
        _tmux(socket, "send-keys", "-t", "chat", "/quit", "Enter")
        screen = _wait_for(socket, "CHAT-EXITED-", 60)
    finally:
        _tmux(socket, "kill-server")
    assert "CHAT-EXITED-0" in screen and "Traceback" not in screen
    assert "Tasks" in screen and "speaker verification" in screen.lower()
    assert "✓ step 1/1: asr" in screen
    assert "made amiable himself" in screen.lower() and "0:00.0" in screen  # the transcript with its timestamps
    assert "/tasks" in history.read_text() and "transcribe it" in history.read_text()
    assert os.path.getsize(history) > 0
