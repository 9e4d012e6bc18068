"""Fixtures for the training tests: synthetic speech (espeak-ng), small recipes, one torch thread."""

from __future__ import annotations

from pathlib import Path

import pytest


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
