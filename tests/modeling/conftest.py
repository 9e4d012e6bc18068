"""Fixtures for the WavLLM model tests: small random models and deterministic waveforms."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # wavllm_release_reference


def make_wave(seconds: float, seed: int = 0, rate: int = 16000) -> np.ndarray:
    """A deterministic speech-like test signal: a few harmonics with a wobble, plus noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    f0 = 120 + 40 * seed % 200
    signal = sum(np.sin(2 * np.pi * f0 * k * t + rng.uniform(0, 6)) / k for k in range(1, 5))
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3 * t) ** 2
    return (0.1 * signal * envelope + 0.01 * rng.standard_normal(t.size)).astype(np.float32)


@pytest.fixture(scope="session")
def wave() -> Callable[..., np.ndarray]:
    return make_wave


@pytest.fixture(scope="session")
def tiny_random():
    """A shared ``tiny-random`` model in eval mode. Tests that change it must use ``fresh_tiny_random``."""
    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    return WavLLMForConditionalGeneration.from_pretrained("tiny-random")


@pytest.fixture
def fresh_tiny_random():
    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    return WavLLMForConditionalGeneration.from_pretrained("tiny-random")


@pytest.fixture(autouse=True)
def _one_torch_thread():
    """Run each model test on one thread: these tiny models gain nothing from more, and torch's
    OpenMP pool slows down by orders of magnitude when the machine's cores are oversubscribed."""
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


@pytest.fixture(scope="session")
def release(tmp_path_factory):
    """A synthetic release checkpoint in fairseq's wrapper (its ``cfg`` an omegaconf-style DictConfig,
    pickled at torch's protocol 2), converted once: (state dict, converted model, folder)."""
    from wavllm_release_reference import (
        RELEASE_CFG,
        build_release_state_dict,
        omegaconf_like,
        save_with_standins,
    )

    from wavllm_agent.modeling import WavLLMForConditionalGeneration, convert_fairseq_checkpoint

    state = build_release_state_dict()
    folder = tmp_path_factory.mktemp("release")
    checkpoint = {"model": state, "cfg": omegaconf_like(RELEASE_CFG), "args": None, "extra_state": {"epoch": 3}}
    save_with_standins(checkpoint, folder / "final.pt")
    out = convert_fairseq_checkpoint(folder / "final.pt", folder / "converted")
    model = WavLLMForConditionalGeneration.from_pretrained(out, tokenizer_source="builtin:bytes")
    return state, model, folder
