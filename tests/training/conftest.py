"""Fixtures for the training tests: synthetic speech (espeak-ng), small recipes, one torch thread."""

from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic set: 8 training rows per task (asr, sv, sqa, multi), 2 validation rows each."""
    import shutil

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is needed for synthetic speech (bash scripts/setup.sh --dev)")
    from wavllm_agent.training.synth import synthesize

    out = tmp_path_factory.mktemp("synth")
    synthesize(out, n=8, validation=2, seed=0)
    return out


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


@pytest.fixture(autouse=True)
def _one_thread_fresh_accelerate():
    """One torch thread (tiny models gain nothing from more on a shared machine), and accelerate's
    process-wide state forgotten after each test, as a new process would start."""
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)
    from accelerate.state import AcceleratorState, GradientState

    AcceleratorState._reset_state(reset_partial_state=True)
    GradientState._reset_state()
