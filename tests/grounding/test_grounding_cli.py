"""A translation into an unsupported language: one `error:` line, exit status 2, no model loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CLIP = Path(__file__).resolve().parents[2] / "examples" / "audio" / "cot-task.wav"


def test_ask_for_an_unsupported_target_language_fails_at_once_with_one_error_line() -> None:
    out = subprocess.run([sys.executable, "-m", "wavllm_agent", "ask", str(CLIP),
                          "Transcribe it, then translate it into Welsh"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "translation into Welsh is not supported" in lines[0]
    assert "German" in lines[0]  # says what is supported
