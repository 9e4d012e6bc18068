"""Fixtures of the assets tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="module")
def one_torch_thread() -> Iterator[None]:
    """Run torch on one intra-op thread for the module, then restore the setting.

    The test machines have two cores shared with other jobs; small models (a 3-layer LSTM, a
    135 M-parameter LLM) gain nothing from a second thread, and oversubscribed threads made these
    tests 10x slower (44 s instead of 4 s for the speaker trials).
    """
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
