"""Plan and Step: shape, JSON form, and validation against a task registry."""

from __future__ import annotations

import pytest

from wavllm_agent.errors import PlanError
from wavllm_agent.planning import Plan, Step


def test_to_dict_has_the_contract_keys():
    plan = Plan(steps=[Step(task="asr", args={}), Step(task="summarize", args={"max_words": 20}, input=0)],
                planner="rules")
    data = plan.to_dict()
    assert data == {
        "steps": [
            {"task": "asr", "args": {}, "input": None, "implicit": False},
            {"task": "summarize", "args": {"max_words": 20}, "input": 0, "implicit": False},
        ],
        "planner": "rules",
    }


def test_validated_normalises_args_through_the_tasks_params(tasks):
    plan = Plan(steps=[Step(task="st", args={"target_lang": "German"})]).validated(tasks)
    assert plan.steps[0].args == {"target_lang": "de"}


def test_unknown_task_is_a_plan_error_naming_the_known_ones(tasks):
    with pytest.raises(PlanError, match="unknown task 'dance'") as info:
        Plan(steps=[Step(task="dance")]).validated(tasks)
    assert "asr" in (info.value.hint or "")


@pytest.mark.parametrize(("task", "args"), [
    ("summarize", {"max_words": 0}),
    ("summarize", {"max_words": "many"}),
    ("translate", {"target_lang": "Klingon"}),
    ("instruct", {}),
    ("asr", {"speed": 2}),
])
def test_args_the_task_refuses_are_a_plan_error(tasks, task, args):
    with pytest.raises(PlanError, match=f"step 1 \\({task}\\)"):
        Plan(steps=[Step(task=task, args=args)]).validated(tasks)


@pytest.mark.parametrize("steps", [
    [{"task": "summarize", "input": 0}],                      # itself
    [{"task": "asr"}, {"task": "summarize", "input": 1}],     # itself
    [{"task": "asr"}, {"task": "summarize", "input": 2}],     # a later step
])
def test_inputs_must_point_to_an_earlier_step(steps):
    with pytest.raises(PlanError, match="does not come before it"):
        Plan(steps=[Step(**s) for s in steps])


def test_a_plan_needs_a_step():
    with pytest.raises(PlanError, match="at least one step"):
        Plan(steps=[])


@pytest.mark.parametrize("data", [
    None, "asr", [], {"steps": "asr"}, {"steps": [{"args": {}}]}, {"steps": [{"task": "asr", "input": -1}]},
    {"steps": [{"task": "asr", "colour": "red"}]},
])
def test_from_data_turns_any_malformed_plan_into_a_plan_error(tasks, data):
    with pytest.raises(PlanError):
        Plan.from_data(data, tasks)


def test_from_data_accepts_a_valid_plan_and_sets_the_planner(tasks):
    plan = Plan.from_data({"steps": [{"task": "asr"}, {"task": "translate", "args": {"target_lang": "fr"},
                                                       "input": 0}]}, tasks, planner="llm")
    assert plan.planner == "llm"
    assert plan.tasks == ["asr", "translate"]
    assert plan.steps[1].input == 0
