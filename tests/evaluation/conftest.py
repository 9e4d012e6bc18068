"""Fixtures of the evaluation tests: a scripted FAKE engine registered as ``fake``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalfakes

from evalfakes import ScriptedEngine, register  # noqa: E402


@pytest.fixture
def scripted(clean_plugins: None) -> Iterator[Callable[..., ScriptedEngine]]:
    """Make a ScriptedEngine and register it as engine ``fake`` (plumbing tests only)."""

    def make(*args: object, **kwargs: object) -> ScriptedEngine:
        engine = ScriptedEngine(*args, **kwargs)  # type: ignore[arg-type]
        register(engine)
        return engine

    yield make
