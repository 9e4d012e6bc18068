"""Per-call budgets: audio seconds and new tokens, with clear errors when exceeded."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
import speech

from wavllm_agent import run_task
from wavllm_agent.budget import Budget, budget_scope, current_budget
from wavllm_agent.errors import AudioLimitError, ConfigError, LimitError

STORY = ("And Mr. John Dashwood had then leisure to consider how much there might be prudently in his "
         "power to do for them. He was not an ill-disposed young man, unless to be rather cold hearted "
         "and rather selfish is to be ill disposed.")


def test_budget_caps_and_reports_only_the_callers_limit() -> None:
    budget = Budget(max_new_tokens=16)
    assert budget.new_tokens(200) == 16 and budget.new_tokens(8) == 8
    with pytest.raises(LimitError, match="16 new tokens"):
        budget.check_finished(requested=200, generated=16, finished=False)
    budget.check_finished(requested=200, generated=16, finished=True)   # ended on its own
    budget.check_finished(requested=8, generated=8, finished=False)     # the task's own bound


def test_scope_nests_and_restores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAVLLM_AGENT_MAX_NEW_TOKENS", "300")
    assert current_budget().max_new_tokens == 300
    with budget_scope(50):
        assert current_budget().max_new_tokens == 50
        with budget_scope(None):
            assert current_budget().max_new_tokens == 50
    assert current_budget().max_new_tokens == 300
    with pytest.raises(ConfigError):
        with budget_scope(0):
            pass
    monkeypatch.setenv("WAVLLM_AGENT_MAX_NEW_TOKENS", "many")
    with pytest.raises(ConfigError, match="WAVLLM_AGENT_MAX_NEW_TOKENS"):
        current_budget()


def test_audio_seconds_budget_refuses_before_any_model(fake_engine: object) -> None:
    clip = speech.librivox()[0].path  # 7.6 s
    with pytest.raises(AudioLimitError, match="limit of 5 s"):
        run_task("asr", clip, "fake", max_audio_seconds=5)
    assert fake_engine.calls == []  # type: ignore[attr-defined]
    assert run_task("asr", clip, "fake", max_audio_seconds=10).text


@pytest.mark.slow
def test_new_token_budget_on_the_real_llm() -> None:
    with pytest.raises(LimitError, match="4 new tokens"):
        run_task("summarize", None, text=STORY, max_new_tokens=4)
    result = run_task("summarize", None, text=STORY, max_words=15, max_new_tokens=200)
    assert 0 < len(result.text.split()) <= 15


@pytest.mark.slow
def test_cli_budget_errors_are_one_line() -> None:
    env = {**os.environ}
    out = subprocess.run([sys.executable, "-m", "wavllm_agent", "run", "summarize", "--text", STORY,
                          "--max-new-tokens", "3", "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "new tokens" in lines[0]


def test_long_silence_is_cheap_and_empty() -> None:
    """30 s of digital silence: an empty transcript from the real engine, no words invented."""
    result = run_task("asr", np.zeros(16000 * 30, dtype=np.float32), sampling_rate=16000)
    assert result.text == "" and result.segments == []
