"""Helpers of the training tests: small recipes and how to run the CLI in a child process.

In their own module (not conftest.py): ``from conftest import`` finds whichever conftest was
imported last when several test folders run together.
"""

from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def tiny_recipe(synth: Path, output: Path, **stage_changes: Any) -> dict[str, Any]:
    """A two-stage ``tiny-random`` recipe over the synthetic set (a dict, as the YAML would read)."""
    stage = {"batch_size": 4, "micro_batch_size": 2, "steps": 6, "lr": 0.02, "log_every": 1}
    stage.update(stage_changes)
    return {
        "model": {"name_or_path": "tiny-random"},
        "data": {
            "train": [
                {"manifest": str(synth / "asr.jsonl"), "task": "asr"},
                {"manifest": str(synth / "sv.jsonl"), "task": "sv"},
                {"manifest": str(synth / "sqa.jsonl"), "task": "sqa"},
                {"manifest": str(synth / "multi-step.jsonl"), "task": "multi"},
            ],
            "validation": {"manifest": str(synth / "validation.jsonl"), "max_rows": 8, "max_new_tokens": 4},
        },
        "stages": [
            {"name": "single", "mix": {"asr": 1, "sv": 1, "sqa": 1}, "lora_scale": "static",
             "varied_prompts": False, **stage},
            {"name": "multi", "trainable": ["adapters", "fusion", "lora", "prompt_adapter"],
             "lora_scale": "prompt", "mix": {"asr": 1, "multi": 1}, **{**stage, "lr": stage["lr"] / 2}},
        ],
        "run": {"output": str(output), "threads": 1, "seed": 0},
    }


def write_recipe(recipe: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(copy.deepcopy(recipe), sort_keys=False))
    return path


def subprocess_env() -> dict[str, str]:
    """Environment for a child ``python -m wavllm_agent``: the project on the path, one thread."""
    paths = [str(ROOT), str(ROOT / "plugins"), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p), "OMP_NUM_THREADS": "1",
            "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def wavllm(*args: str) -> list[str]:
    return [sys.executable, "-m", "wavllm_agent", *args]
