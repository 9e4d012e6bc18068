"""The LLM planner with a scripted ``generate``: valid plans are kept, anything else falls back."""

from __future__ import annotations

import json

import pytest

from wavllm_agent.errors import EngineError, UsageError
from wavllm_agent.planning import plan, plan_llm, plan_rules
from wavllm_agent.planning.llm import FALLBACK, build_prompt, extract_plan_json

INSTRUCTION = "Transcribe the audio, then summarise it in 20 words and translate the summary into German"
GOOD = {"steps": [
    {"task": "asr", "args": {}, "input": None},
    {"task": "summarize", "args": {"max_words": 20}, "input": 0},
    {"task": "translate", "args": {"target_lang": "German"}, "input": 1},
]}


class Scripted:
    """A scripted LLM: returns ``reply`` and remembers the prompts it was given."""

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.reply


def test_a_valid_json_plan_is_used_and_validated(tasks):
    generate = Scripted(json.dumps(GOOD))
    p = plan_llm(INSTRUCTION, tasks, generate)
    assert p.planner == "llm"
    assert [(s.task, s.args, s.input) for s in p.steps] == [
        ("asr", {}, None), ("summarize", {"max_words": 20}, 0), ("translate", {"target_lang": "de"}, 1)]
    assert len(generate.prompts) == 1


@pytest.mark.parametrize("wrap", [
    "Here is the plan:\n```json\n{}\n```\nDone.",
    "Sure! {} Hope this helps.",
    "```\n{}\n```",
])
def test_the_plan_is_found_inside_prose_and_fences(tasks, wrap):
    p = plan_llm(INSTRUCTION, tasks, Scripted(wrap.format(json.dumps(GOOD))))
    assert p.planner == "llm" and p.tasks == ["asr", "summarize", "translate"]


def test_a_bare_list_of_steps_and_extra_keys_are_accepted(tasks):
    steps = [{"task": "asr", "why": "the user asked"}, {"task": "er", "args": {}, "input": None}]
    p = plan_llm("transcribe and tell me the emotion", tasks, Scripted("reasoning... " + json.dumps(steps)))
    assert p.planner == "llm" and p.tasks == ["asr", "er"]


@pytest.mark.parametrize(("reply", "reason"), [
    ("I think you should transcribe it first.", "no JSON plan"),
    ('{"steps": [{"task": "asr"}, {"task": "summarize", "input": 0', "no JSON plan"),  # cut off
    (json.dumps({"steps": [{"task": "asr"}, {"task": "dance", "input": 0}]}), "unknown task 'dance'"),
    (json.dumps({"steps": [{"task": "summarize", "args": {"max_words": -3}}]}), "summarize"),
    (json.dumps({"steps": [{"task": "translate", "args": {"target_lang": "Klingon"}}]}), "Klingon"),
    (json.dumps({"steps": [{"task": "summarize", "input": 1}, {"task": "asr"}]}), "does not come before"),
    (json.dumps({"steps": []}), "at least one step"),
    (json.dumps({"plan": ["asr"]}), "no JSON plan"),
])
def test_invalid_output_falls_back_to_the_rules(tasks, reply, reason):
    p = plan_llm(INSTRUCTION, tasks, Scripted(reply))
    assert p.planner == FALLBACK == "rules (llm fallback)"
    assert p.steps == plan_rules(INSTRUCTION, tasks).steps
    assert any(reason in note for note in p.notes), p.notes


def test_a_failing_model_falls_back_to_the_rules(tasks):
    def broken(prompt: str) -> str:
        raise EngineError("out of memory")

    p = plan_llm(INSTRUCTION, tasks, broken)
    assert p.planner == FALLBACK
    assert "out of memory" in p.notes[0]


def test_the_prompt_lists_every_task_with_description_and_params(tasks):
    prompt = build_prompt("Summarise it please", tasks)
    for name, task in tasks.items():
        assert f"- {name} (" in prompt
        assert task.description in prompt
    assert "max_words (" in prompt and "target_lang (" in prompt and "question (" in prompt
    assert prompt.rstrip().endswith("Instruction: Summarise it please\nJSON:")


def test_the_prompt_example_only_names_registered_tasks(tasks):
    only = {"asr": tasks["asr"], "sqa": tasks["sqa"]}
    assert "summarize" not in build_prompt("x", only)


BUILT_IN_EXAMPLE = (
    'Instruction: First transcribe the audio, then summarise it in 20 words and translate the summary '
    'into German.\nJSON: {"steps": [{"task": "asr", "args": {}, "input": null}, '
    '{"task": "summarize", "args": {"max_words": 20}, "input": 0}, '
    '{"task": "translate", "args": {"target_lang": "de"}, "input": 1}]}'
)


def test_the_prompt_example_is_built_from_what_tasks_declare(tasks):
    assert f"Example:\n{BUILT_IN_EXAMPLE}\n\nInstruction: x" in build_prompt("x", tasks)  # as before
    renamed = {"shorten" if name == "summarize" else name: task for name, task in tasks.items()}
    assert '{"task": "shorten", "args": {"max_words": 20}, "input": 0}' in build_prompt("x", renamed)
    two = {"asr": tasks["asr"], "translate": tasks["translate"]}
    assert "First transcribe the audio, then translate the summary into German.\n" in build_prompt("x", two)
    assert "Example:" not in build_prompt("x", {"summarize": tasks["summarize"], "translate": tasks["translate"]})


def test_extract_plan_json_is_bounded_on_junk():
    assert extract_plan_json("{" * 100_000) is None
    assert extract_plan_json("[1, 2, 3] {\"steps\": [{\"task\": \"asr\"}]}") == {"steps": [{"task": "asr"}]}


def test_plan_picks_the_planner(tasks):
    generate = Scripted(json.dumps(GOOD))
    assert plan(INSTRUCTION, tasks=tasks, planner="llm", generate=generate).planner == "llm"
    assert plan(INSTRUCTION, tasks=tasks).planner == "rules"
    with pytest.raises(UsageError, match="needs a generate"):
        plan(INSTRUCTION, tasks=tasks, planner="llm")
    with pytest.raises(UsageError, match="unknown planner"):
        plan(INSTRUCTION, tasks=tasks, planner="oracle")
