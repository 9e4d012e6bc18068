"""Any text plans, or fails with PlanError, and quickly: no catastrophic backtracking."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_support import builtin_tasks

from wavllm_agent.errors import PlanError
from wavllm_agent.planning import Plan, plan_llm, plan_rules
from wavllm_agent.planning.rules import MAX_INSTRUCTION_CHARS

TASKS = builtin_tasks()
SECONDS_PER_PLAN = 2.0  # generous for a shared 2-core machine; a typical plan takes milliseconds

WORDS = [
    "transcribe", "it", "and", "then", "the", "summary", "summarise", "translate", "into", "German",
    "what", "is", "speaker", "angry", "?", ".", ",", ";", "ignore", "audio", "clip", "20", "words",
    "twenty", "-", "1.", "2)", "A.", "B.", "no", "more", "than", "continue", "story", "first", "finally",
    "'", '"', "step", "1:", "\n", "disregard", "sound", "this", "same", "speakers", "how", "many",
]


def _plan_in_time(text: str) -> None:
    started = time.perf_counter()
    try:
        plan = plan_rules(text, TASKS)
    except PlanError:
        pass
    else:
        assert isinstance(plan, Plan) and plan.steps
        assert all(s.task in TASKS for s in plan.steps)
        assert all(s.input is None or s.input < i for i, s in enumerate(plan.steps))
    assert time.perf_counter() - started < SECONDS_PER_PLAN


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_unicode_text(text):
    _plan_in_time(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=600).map(" ".join))
def test_any_mix_of_planner_words(text):
    _plan_in_time(text)


@pytest.mark.parametrize("unit", [
    "and ", ", and transcribe", "- - words ", "twenty-", "A. ", "ignore the ", "what? ", "1. 2. 3. ",
    "translate it, ", "What? A. x; B. y; ", "summarise the summary of the ", ".", "é", "step 1: ",
    "'", "\"quote ", "ignore the audio, ", "no more than ", "\n- ",
])
def test_adversarial_repetitions_up_to_the_size_limit(unit):
    text = (unit * (MAX_INSTRUCTION_CHARS // len(unit) + 1))[:MAX_INSTRUCTION_CHARS]
    _plan_in_time(text)


def test_over_the_size_limit_is_a_plan_error_not_a_hang():
    started = time.perf_counter()
    with pytest.raises(PlanError):
        plan_rules("transcribe it and " * 100_000, TASKS)
    assert time.perf_counter() - started < SECONDS_PER_PLAN


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=2000),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                     st.sampled_from(["steps", "task", "args", "input", "implicit", "x"]), inner, max_size=4),
                 max_leaves=20).map(lambda v: json.dumps({"steps": v}) if not isinstance(v, dict) else json.dumps(v)),
))
def test_any_llm_reply_gives_a_valid_plan(reply):
    started = time.perf_counter()
    p = plan_llm("Transcribe the audio and summarise it", TASKS, lambda prompt: reply)
    assert p.planner in ("llm", "rules (llm fallback)")
    assert p.validated(TASKS).steps == p.steps
    assert time.perf_counter() - started < SECONDS_PER_PLAN
