"""Shared fixtures. Tests never reach a model hub: the hub is switched off for the whole run."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/speech.py, tests/fakes.py


@pytest.fixture(autouse=True)
def _seeded_sampling() -> None:
    """The same sampling in every run: faster-whisper falls back to sampled decoding (temperature 0.2, ...) when beam
    search looks unsure - often on espeak-ng speech - and CTranslate2 seeds its sampler at random in each process, so
    one test's transcripts changed from run to run (Spanish speech translation: BLEU 17.6 to 26.0 on the same clips)."""
    import ctranslate2

    ctranslate2.set_random_seed(20261203)


@pytest.fixture
def clean_plugins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Plugins and registry reloaded from scratch for this test, and again after it."""
    from wavllm_agent.api import clear_engines
    from wavllm_agent.plugins import reset_plugin_manager

    reset_plugin_manager()
    yield
    reset_plugin_manager()
    clear_engines()


@pytest.fixture
def fake_engine(clean_plugins: None) -> Iterator[object]:
    """A FAKE engine registered under the name "fake" (plumbing tests only)."""
    from fakes import FakeEngine, fake_factory

    from wavllm_agent.hookspecs import hookimpl
    from wavllm_agent.plugins import register_object

    engine = FakeEngine()

    class FakePlugin:
        @hookimpl
        def register_engines(self, register):  # type: ignore[no-untyped-def]
            register(fake_factory(engine))

    register_object(FakePlugin(), "fake-engine-plugin")
    yield engine
