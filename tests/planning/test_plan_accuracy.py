"""Plan accuracy of the rule planner on a set of instructions written as users write them.

The set (instructions.yaml) covers every task, orders, spellings, languages, numbered lists and
the WavLLM release's multi-task (II) and chain-of-thought (CoT) instructions verbatim. A plan is
right when its task sequence, inputs, implicit flags and arguments all match.
"""

from __future__ import annotations

from pathlib import Path

from plan_score import expected, load, planned, score

from wavllm_agent.planning import plan_rules

DATA = Path(__file__).with_name("instructions.yaml")
REQUIRED_ACCURACY = 95.0


def load_items() -> list[dict]:
    return load(DATA)


def test_the_set_is_varied_enough():
    items = load_items()
    tasks_used = {s["task"] for item in items for s in item["steps"]}
    assert len(items) >= 60
    assert tasks_used >= {"asr", "st", "sv", "er", "sqa", "summarize", "translate", "continue", "instruct"}
    assert sum(len(item["steps"]) > 1 for item in items) >= 30
    assert {item.get("source") for item in items} >= {"II-task.tsv", "CoT-task.tsv", "CoT-task-story.tsv"}


def test_plan_accuracy_is_at_least_95_percent(tasks):
    items = load_items()
    accuracy, wrong = score(items, lambda text: plan_rules(text, tasks))
    print(f"\nrule planner accuracy: {accuracy:.1f}% ({len(items) - len(wrong)}/{len(items)} instructions)")
    for line in wrong:
        print("MISS", line)
    assert accuracy >= REQUIRED_ACCURACY, "\n".join(wrong)


def test_the_release_instructions_are_planned_exactly(tasks):
    for item in load_items():
        if item.get("source"):
            assert planned(plan_rules(item["instruction"], tasks)) == expected(item), item["source"]
