"""Planning loads no model: importing it (and planning) must not import torch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_planning_does_not_import_torch():
    code = (
        "import sys\n"
        "from wavllm_agent.planning import plan\n"
        "p = plan('Transcribe the audio, then summarise it in 20 words')\n"
        "assert p.tasks == ['asr', 'summarize'], p.tasks\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'plugins'}"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["False", "False"], out.stderr
