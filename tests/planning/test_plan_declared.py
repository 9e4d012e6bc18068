"""The planner reads what tasks declare (roles, fallback phrases, needing a transcript, their own
arguments) and names no built-in task: renamed copies of the built-ins plan the same, and a
plugin's task takes any of those parts by declaring it."""

from __future__ import annotations

import sys
from pathlib import Path

from wavllm_agent.planning import plan_rules
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskKind
from wavllm_agent.tasks.traits import PlanningTraits

ROOT = Path(__file__).resolve().parents[2]


def renamed(tasks: dict[str, Task], old: str, new: str) -> dict[str, Task]:
    """``tasks`` with the task ``old`` registered as ``new`` instead (same class, same declarations)."""
    copy = type(f"Fake{new.title()}", (type(tasks[old]),), {"name": new})()
    return {(new if name == old else name): (copy if name == old else task) for name, task in tasks.items()}


def steps(instruction: str, tasks: dict[str, Task]) -> list[tuple[str, object, bool]]:
    return [(s.task, s.input, s.implicit) for s in plan_rules(instruction, tasks).steps]


def test_the_roles_go_to_the_tasks_that_declare_them_whatever_their_names(tasks):
    mine = renamed(renamed(renamed(renamed(tasks, "sqa", "fake_qa"), "asr", "fake_stt"), "instruct", "fake_llm"),
                   "er", "fake_mood")
    assert steps("Who is speaking?", mine) == [("fake_qa", None, False)]
    assert steps("Summarise the audio.", mine) == [("fake_stt", None, True), ("summarize", 0, False)]
    assert steps("Ignore the audio clip, what is the capital of France?", mine) == [("fake_llm", None, False)]
    assert steps("How does the man sound?", mine) == [("fake_mood", None, False)]


def test_without_the_declarations_the_same_tasks_get_no_part(tasks, monkeypatch):
    for name in ("sqa", "asr"):
        monkeypatch.setattr(type(tasks[name]), "planning", PlanningTraits())
    # No transcript task: a summary of the speech works on the audio itself (the task transcribes).
    assert steps("Summarise the audio.", tasks) == [("summarize", None, False)]


class FakeNotesTask(Task):
    """FAKE text task: rewrites what is said as notes (never run here)."""

    name = "fake_notes"
    description = "Rewrite the text as meeting notes."
    kind = TaskKind.TEXT
    output_noun = "notes"
    phrases = ("meeting notes",)
    planning = PlanningTraits(needs_transcript=True, fallback_phrases=("minutes",))

    def run(self, engine, inputs, params):  # pragma: no cover - never run here
        return TaskResult(self.name, "", engine.name)


def test_a_plugin_text_task_that_needs_a_transcript_gets_one(tasks):
    mine = {**tasks, "fake_notes": FakeNotesTask()}
    assert steps("Turn the audio into meeting notes.", mine) == [("asr", None, True), ("fake_notes", 0, False)]
    plain = type("FakePlainNotes", (FakeNotesTask,), {"planning": PlanningTraits()})()
    assert steps("Turn the audio into meeting notes.", {**tasks, "fake_notes": plain}) == [("fake_notes", None, False)]


def test_fallback_phrases_count_only_when_no_declared_phrase_matches(tasks):
    mine = {**tasks, "fake_notes": FakeNotesTask()}
    assert [s.task for s in plan_rules("Write the minutes of this call.", mine).steps][-1] == "fake_notes"
    assert "fake_notes" not in plan_rules("Write the minutes of this call.", tasks).tasks
    assert plan_rules("Summarise the minutes.", mine).tasks[-1] == "summarize"  # a declared phrase wins


def test_a_plugin_task_reads_its_own_arguments_from_the_instruction(tasks):
    sys.path.insert(0, str(ROOT / "examples/plugins/wavllm-keywords"))
    from wavllm_keywords import KeywordsTask

    mine = {**tasks, "keywords": KeywordsTask()}
    plan = plan_rules("Transcribe the audio, then spot the words budget and deadline.", mine)
    assert [(s.task, dict(s.args)) for s in plan.steps] == [("asr", {}), ("keywords", {"words": ["budget", "deadline"]})]


def test_the_llm_planner_s_prompt_names_the_declared_tasks(tasks):
    from wavllm_agent.planning.llm import build_prompt

    mine = renamed(renamed(tasks, "sqa", "fake_qa"), "asr", "fake_stt")
    prompt = build_prompt("Summarise it.", mine)
    assert 'add an "fake_stt" step' in prompt and '("fake_qa" with no question)' in prompt
    assert '"asr" step' not in prompt and '"sqa"' not in prompt
