"""Fixtures for the planner tests: the built-in tasks, without the process-wide registry."""

from __future__ import annotations

import numpy as np
import pytest
from plan_support import builtin_tasks

from wavllm_agent.audio import Audio
from wavllm_agent.tasks.base import Task


@pytest.fixture(scope="session")
def tasks() -> dict[str, Task]:
    return builtin_tasks()


@pytest.fixture
def audio() -> Audio:
    """One second of quiet noise (the FAKE engine never listens to it)."""
    rng = np.random.default_rng(0)
    return Audio((rng.standard_normal(16_000) * 0.01).astype(np.float32), source="clip.wav")
