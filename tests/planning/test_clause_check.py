"""The rule planner's clause check: the shipped clause-task classifier, and when it may turn a question
into a speaker check.

The plumbing tests give :func:`check_clauses` a hand-made classifier (``FakeClauseClassifier``) so that
they test the guards, not the model. The shipped classifier's tests use real instructions, written for
these tests (none of them is in an instruction set).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml
from plan_support import builtin_tasks

from wavllm_agent.planning import plan_rules
from wavllm_agent.planning.clause_check import ClauseSteps, check_clauses
from wavllm_agent.planning.learned import DATA, ClauseTaskClassifier, Guess, default_clause_classifier
from wavllm_agent.planning.plan import Plan, Step
from wavllm_agent.planning.second_opinion import sequence_of

HERE = Path(__file__).parent
TASKS = builtin_tasks()


class FakeClauseClassifier:
    """A fake: names ``label`` with ``score`` for every clause, and records what it was asked."""

    def __init__(self, label: str = "sv", score: float = 1.0) -> None:
        self.label, self.score, self.asked = label, score, []

    def guess(self, text: str) -> Guess:
        self.asked.append(text)
        return Guess(self.label, self.score, threshold=0.5)


def checked(steps: list[Step], clauses: list[ClauseSteps], classifier=None, tasks=TASKS) -> Plan:
    plan = Plan(steps=steps, planner="rules").validated(tasks)
    return check_clauses(plan, clauses, tasks, classifier or FakeClauseClassifier())


# --- when a question becomes a speaker check ---------------------------------------------------------

def test_a_question_counting_people_becomes_a_speaker_check_and_the_rest_is_kept():
    text = "check whether two separate agents handled it"
    plan = checked([Step(task="asr", args={"language": "es"}), Step(task="sqa", args={"question": text})],
                   [ClauseSteps("Transcribe it", 0, 1), ClauseSteps(text, 1, 2)])
    assert [(s.task, s.args) for s in plan.steps] == [("asr", {"language": "es"}), ("sv", {})]
    assert "took 'check whether two separate agents handled it' for sv, not sqa" in plan.notes[-1]


@pytest.mark.parametrize("question", [
    "Why is the guide upset?",  # no word that counts or compares people
    "How many people speak? (a) one (b) two (c) three",  # multiple-choice: options stay a question
    "then say whether more than one bidder raised a paddle",  # people counted in what is said: no recording named,
    "tell me if the same plumber is coming back on Tuesday",  # no speaking
    "Please determine whether more than one company bid for the contract",
    "How many people does the recording say will speak at the wedding?",  # speaking the recording reports
])
def test_a_question_that_does_not_count_people_or_has_options_stays(question):
    plan = checked([Step(task="sqa", args={"question": question})], [ClauseSteps(question, 0, 1)])
    assert plan.tasks == ["sqa"] and not plan.notes


def test_a_question_whose_answer_a_later_step_uses_stays():
    text = "how many different people left messages"
    plan = checked([Step(task="sqa", args={"question": text}), Step(task="translate", args={"target_lang": "de"}, input=0)],
                   [ClauseSteps(text, 0, 1), ClauseSteps("translate the answer into German", 1, 2)])
    assert plan.tasks == ["sqa", "translate"]


def test_the_spoken_question_and_a_clause_of_two_steps_are_not_asked_about():
    fake = FakeClauseClassifier()
    plan = checked([Step(task="sqa"), Step(task="asr", implicit=True), Step(task="summarize", input=1)],
                   [ClauseSteps("answer the two questions the caller asks", 0, 1),
                    ClauseSteps("summarise the two speakers' views", 1, 3)], fake)
    assert plan.tasks == ["sqa", "asr", "summarize"] and fake.asked == []


@pytest.mark.parametrize(("label", "score"), [("sv", 0.49), ("er", 2.0), ("sqa", 2.0)])
def test_an_unsure_or_other_guess_changes_nothing(label, score):
    text = "tell me whether more than one auctioneer takes the bids"
    plan = checked([Step(task="sqa", args={"question": text})], [ClauseSteps(text, 0, 1)],
                   FakeClauseClassifier(label, score))
    assert plan.tasks == ["sqa"] and not plan.notes


def test_without_a_registered_speaker_task_nothing_changes():
    tasks = {name: task for name, task in TASKS.items() if name != "sv"}
    text = "tell me whether more than one auctioneer takes the bids"
    plan = checked([Step(task="sqa", args={"question": text})], [ClauseSteps(text, 0, 1)], tasks=tasks)
    assert plan.tasks == ["sqa"]


# --- the shipped classifier -------------------------------------------------------------------------

def test_the_shipped_clause_weights_reproduce_the_rules_labels():
    # The clause classifier learned the tasks the rules plan for each clause: on the clauses of a few
    # training sets it must name them back (weights written in the wrong memory order would not).
    sys.path.insert(0, str(HERE.parent.parent / "scripts"))
    from train_plan_classifier import clause_items

    classifier = default_clause_classifier()
    items = [item for name in classifier.trained_on[::12]
             for item in yaml.safe_load((HERE / name).read_text(encoding="utf-8"))]
    examples = clause_items(items)  # each clause with the tasks the rules plan for it
    right = sum(classifier.guess(text).sequence == label for text, label in examples)
    assert len(examples) > 500 and right / len(examples) > 0.95


@pytest.mark.parametrize(("text", "alone", "with_check"), [
    ("The auction tape is in Spanish. Transcribe it and tell me whether more than one auctioneer takes the bids on it.",
     "asr>sqa", "asr>sv"),
    ("Transcribe the hotline call and check whether two separate agents handled it.", "asr>sqa", "asr>sv"),
])
def test_the_clause_check_finds_speaker_counts_the_rules_read_as_questions(text, alone, with_check):
    assert sequence_of(plan_rules(text, TASKS, second_opinion=False)) == alone
    plan = plan_rules(text, TASKS)
    assert sequence_of(plan) == with_check
    assert plan.steps[0].args == plan_rules(text, TASKS, second_opinion=False).steps[0].args
    assert any("clause-task classifier" in note for note in plan.notes)


@pytest.mark.parametrize("text", [
    "How many people are said to be speaking at the event in the recording?",
    "How many people are coming to the barbecue, according to the voicemail?",
    "Transcribe it, then tell me how many guests are expected at the wedding.",
    "How many people speak? (a) one (b) two (c) three. Then transcribe it.",
])
def test_content_questions_about_people_stay_questions(text):
    assert plan_rules(text, TASKS).tasks == plan_rules(text, TASKS, second_opinion=False).tasks


@pytest.mark.parametrize("damage", ["missing", "truncated weights"])
def test_a_missing_or_damaged_clause_classifier_leaves_the_rules_plan_with_a_note(tmp_path, monkeypatch, damage):
    from wavllm_agent.errors import ModelNotFoundError
    from wavllm_agent.planning import learned

    if damage == "truncated weights":
        for name in ("clause_tasks.json", "clause_tasks.safetensors"):
            shutil.copy(DATA / name, tmp_path / name)
        weights = tmp_path / "clause_tasks.safetensors"
        weights.write_bytes(weights.read_bytes()[:1000])
    with pytest.raises(ModelNotFoundError, match="clause-task classifier"):
        ClauseTaskClassifier(tmp_path)
    text = "Transcribe the ferry clip and tell me if anyone besides the captain says anything."
    monkeypatch.setattr(learned, "default_clause_classifier", lambda: ClauseTaskClassifier(tmp_path))
    plan = plan_rules(text, TASKS)
    assert plan.tasks == ["asr", "sqa"] and any(note.startswith("no clause check:") for note in plan.notes)
