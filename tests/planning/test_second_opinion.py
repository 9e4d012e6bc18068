"""The rule planner's second opinion: the shipped task-sequence classifier and how it may change a plan.

The plumbing tests give :func:`reconsider` a hand-made guess (``fake_guess``), so that they test the
rules for filling arguments and refusing a change, not the classifier. The classifier's own tests use
the shipped model on real instructions.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml
from plan_sets import FINAL
from plan_support import builtin_tasks

from wavllm_agent.planning import plan_rules
from wavllm_agent.planning.learned import (
    DATA,
    Guess,
    TaskSequenceClassifier,
    default_classifier,
    default_clause_classifier,
)
from wavllm_agent.planning.plan import Plan, Step
from wavllm_agent.planning.second_opinion import reconsider, sequence_of, steps_for

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
TASKS = builtin_tasks()
KNOWN = {"asr", "st", "sv", "er", "sqa", "summarize", "translate", "continue", "instruct"}


def fake_guess(sequence: str, score: float = 1.0) -> Guess:
    """A classifier answer made by hand (not the model's)."""
    return Guess(sequence, score, threshold=0.5)


def plan_of(*steps: Step) -> Plan:
    return Plan(steps=list(steps)).validated(TASKS)


# --- filling the classifier's sequence with the rules' arguments ------------------------------

def test_a_question_and_its_translation_become_a_speech_translation_into_the_same_language():
    rules = plan_of(Step(task="sqa", args={"question": "What does the busker say between songs"}),
                    Step(task="translate", args={"target_lang": "cs"}, input=0))
    changed = reconsider(rules, "what does the busker say between songs, in czech", fake_guess("st"), TASKS, KNOWN)
    assert [s.to_dict() for s in changed.steps] == [{"task": "st", "args": {"target_lang": "cs"}, "input": None,
                                                    "implicit": False}]
    assert "changed the rules' steps sqa>translate@0 to st" in changed.notes[-1]


def test_a_speaker_count_read_as_a_question_becomes_sv_and_the_rest_keeps_its_arguments():
    rules = plan_of(Step(task="st", args={"target_lang": "it"}),
                    Step(task="sqa", args={"question": "do two different crew members make it"}))
    changed = reconsider(rules, "", fake_guess("st>sv"), TASKS, KNOWN)
    assert [(s.task, s.args) for s in changed.steps] == [("st", {"target_lang": "it"}), ("sv", {})]


def test_the_speechs_language_is_never_taken_for_a_translation_target():
    rules = plan_of(Step(task="asr", args={"language": "tr"}))
    assert reconsider(rules, "She talks in Turkish. What does she say?", fake_guess("st"), TASKS, KNOWN) is rules
    question = plan_of(Step(task="sqa", args={"question": "Is the song in Korean?"}))
    assert reconsider(question, "Is the song in Korean?", fake_guess("st"), TASKS, KNOWN) is question


def test_a_language_set_off_as_the_answers_is_found_in_the_instruction():
    rules = plan_of(Step(task="sqa", args={"question": "what does the busker say between songs, in czech"}))
    text = "what does the busker say between songs, in czech"
    assert [(s.task, s.args) for s in reconsider(rules, text, fake_guess("st"), TASKS, KNOWN).steps] == [
        ("st", {"target_lang": "cs"})]


def test_the_transcripts_language_stays_when_the_rules_also_translate():
    rules = plan_of(Step(task="asr", args={"language": "nl"}), Step(task="st", args={"target_lang": "de"}))
    steps = steps_for("asr>st>sv", rules, TASKS)
    assert steps is not None and [(s.task, s.args) for s in steps] == [
        ("asr", {"language": "nl"}), ("st", {"target_lang": "de"}), ("sv", {})]


def test_the_kth_step_of_a_task_gets_the_rules_kth_arguments_and_a_new_one_the_kth_language():
    rules = plan_of(Step(task="sqa", args={"question": "Who calls?"}), Step(task="sqa", args={"question": "Why?"}),
                    Step(task="translate", args={"target_lang": "de"}, input=1),
                    Step(task="translate", args={"target_lang": "fr"}, input=1))
    steps = steps_for("sqa>sqa>translate@1>translate@1>st>st", rules, TASKS)
    assert steps is not None and [s.args for s in steps] == [
        {"question": "Who calls?"}, {"question": "Why?"}, {"target_lang": "de"}, {"target_lang": "fr"},
        {"target_lang": "de"}, {"target_lang": "fr"}]


def test_a_new_summary_gets_the_rules_word_limit():
    rules = plan_of(Step(task="asr"), Step(task="summarize", args={"max_words": 25}, input=0))
    steps = steps_for("asr>summarize@0>summarize@0", rules, TASKS)
    assert steps is not None and steps[2].args == {"max_words": 25}


def test_a_step_the_rules_planned_keeps_whether_it_was_inserted():
    rules = plan_of(Step(task="asr"), Step(task="summarize", args={"max_words": 30}, input=0))
    steps = steps_for("asr*>summarize@0", rules, TASKS)
    assert steps is not None and steps[0].implicit is False  # the user asked for the transcript


def test_a_sequence_that_differs_only_in_inserted_marks_changes_nothing():
    rules = plan_of(Step(task="asr"), Step(task="summarize", args={"max_words": 30}, input=0))
    assert reconsider(rules, "Type it up; summarise it in 30 words.", fake_guess("asr*>summarize@0"), TASKS,
                      KNOWN) is rules


def test_a_plan_the_tasks_refuse_leaves_the_rules_plan(monkeypatch):
    from wavllm_agent.errors import PlanError

    def refuse(self, tasks):
        raise PlanError("refused")

    rules = plan_of(Step(task="sqa", args={"question": "how many people speak?"}))
    monkeypatch.setattr(Plan, "validated", refuse)
    assert reconsider(rules, "", fake_guess("sv"), TASKS, KNOWN) is rules


def test_inputs_follow_the_classifiers_sequence():
    rules = plan_of(Step(task="asr", implicit=True), Step(task="summarize", args={"max_words": 20}, input=0),
                    Step(task="translate", args={"target_lang": "el"}, input=1))
    steps = steps_for("st>asr*>summarize@1", rules, TASKS)
    assert steps is not None
    assert [s.to_dict() for s in steps] == [
        {"task": "st", "args": {"target_lang": "el"}, "input": None, "implicit": False},
        {"task": "asr", "args": {}, "input": None, "implicit": True},
        {"task": "summarize", "args": {"max_words": 20}, "input": 1, "implicit": False}]


# --- when the rules' plan stands ----------------------------------------------------------------

def test_an_unsure_classifier_changes_nothing():
    rules = plan_of(Step(task="sqa", args={"question": "Who is speaking?"}))
    assert reconsider(rules, "", fake_guess("sv", score=0.49), TASKS, KNOWN) is rules


def test_a_question_the_rules_did_not_find_cannot_be_made_up():
    rules = plan_of(Step(task="asr"))
    assert reconsider(rules, "", fake_guess("asr>sqa"), TASKS, KNOWN) is rules


def test_a_translation_target_is_never_dropped():
    rules = plan_of(Step(task="st", args={"target_lang": "tr"}),
                    Step(task="translate", args={"target_lang": "el"}, input=0))
    assert reconsider(rules, "Translate this into Turkish, then into Greek.", fake_guess("st"), TASKS, KNOWN) is rules


def test_a_step_is_never_added():
    rules = plan_of(Step(task="sv"))
    assert reconsider(rules, "how many ppl are talking in this one and whats the mood", fake_guess("sv>er"),
                      TASKS, KNOWN) is rules


@pytest.mark.parametrize(("steps", "sequence"), [
    ((Step(task="sqa", args={"question": "What's the address?"}),
      Step(task="sqa", args={"question": "When should I arrive?"})), "sqa"),
    ((Step(task="asr"), Step(task="sqa", args={"question": "Is it a duet?"})), "asr"),
    ((Step(task="asr"), Step(task="summarize", input=0)), "asr"),
    ((Step(task="asr"), Step(task="summarize", input=0), Step(task="translate", args={"target_lang": "es"}, input=1)),
     "asr>translate@0"),
])
def test_a_request_is_never_dropped(steps, sequence):
    rules = plan_of(*steps)
    assert reconsider(rules, "", fake_guess(sequence), TASKS, KNOWN) is rules


def test_a_question_that_counts_no_one_never_becomes_a_speaker_check():
    rules = plan_of(Step(task="sqa", args={"question": "Why is the guide upset?"}), Step(task="asr"))
    assert reconsider(rules, "Why is the guide upset? Then transcribe it.", fake_guess("sv>asr"), TASKS, KNOWN) is rules


def test_a_question_about_a_fact_is_not_the_speech_to_translate():
    rules = plan_of(Step(task="sqa", args={"question": "What will the weather be tomorrow"}),
                    Step(task="translate", args={"target_lang": "sv"}, input=0))
    text = "What will the weather be tomorrow, in Swedish?"
    assert reconsider(rules, text, fake_guess("st"), TASKS, KNOWN) is rules


def test_how_someone_sounds_is_never_planned_where_the_rules_did_not():
    rules = plan_of(Step(task="sqa", args={"question": "Is the speaker male or female?"}))
    assert reconsider(rules, "Is the speaker male or female?", fake_guess("er"), TASKS, KNOWN) is rules


def test_a_multiple_choice_question_is_never_dropped():
    rules = plan_of(Step(task="sqa", args={"question": "Which drink? * tea * coffee * juice"}), Step(task="asr"))
    assert reconsider(rules, "", fake_guess("sv>asr"), TASKS, KNOWN) is rules
    plain = plan_of(Step(task="sqa", args={"question": "Is it one speaker or two?"}), Step(task="asr"))
    assert reconsider(plain, "", fake_guess("sv>asr"), TASKS, KNOWN).tasks == ["sv", "asr"]


def test_a_plan_with_a_task_the_classifier_never_saw_stands():
    rules = plan_of(Step(task="asr"))
    assert reconsider(rules, "", fake_guess("st"), TASKS, known={"st", "sv"}) is rules


def test_a_task_that_is_not_registered_is_never_planned():
    tasks = {name: task for name, task in TASKS.items() if name != "sv"}
    rules = Plan(steps=[Step(task="sqa", args={"question": "how many people speak?"})]).validated(tasks)
    assert reconsider(rules, "", fake_guess("sv"), tasks, KNOWN) is rules


def test_the_same_sequence_changes_nothing():
    rules = plan_of(Step(task="er"))
    assert reconsider(rules, "", fake_guess(sequence_of(rules)), TASKS, KNOWN) is rules


def test_a_missing_classifier_is_a_clear_error_naming_the_fix(tmp_path):
    from wavllm_agent.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError) as info:
        TaskSequenceClassifier(tmp_path)
    assert "train_plan_classifier.py" in (info.value.hint or "")


@pytest.mark.parametrize("damage", ["truncated weights", "bad json", "short idf"])
def test_a_damaged_classifier_is_the_same_clear_error_and_planning_goes_on(tmp_path, monkeypatch, damage):
    import shutil

    from safetensors.numpy import load_file, save_file

    from wavllm_agent.errors import ModelNotFoundError
    from wavllm_agent.planning import learned

    for name in ("task_sequences.json", "task_sequences.safetensors"):
        shutil.copy(DATA / name, tmp_path / name)
    weights = tmp_path / "task_sequences.safetensors"
    if damage == "truncated weights":
        weights.write_bytes(weights.read_bytes()[:1000])
    elif damage == "bad json":
        (tmp_path / "task_sequences.json").write_text("{not json", encoding="utf-8")
    else:
        arrays = load_file(str(weights))
        save_file({**arrays, "char_idf": arrays["char_idf"][:-1].copy()}, str(weights))
    with pytest.raises(ModelNotFoundError, match="cannot be read"):
        TaskSequenceClassifier(tmp_path)
    monkeypatch.setattr(learned, "DATA", tmp_path)
    learned.default_classifier.cache_clear()
    monkeypatch.setattr(learned.TaskSequenceClassifier.__init__, "__defaults__", (tmp_path,))
    try:
        plan = plan_rules("Transcribe it.", TASKS)
    finally:
        learned.default_classifier.cache_clear()
    assert plan.tasks == ["asr"] and "no second opinion on the steps" in plan.notes[-1]


# --- the shipped classifier ----------------------------------------------------------------------

@pytest.mark.parametrize("load", [default_classifier, default_clause_classifier])
def test_the_classifiers_never_saw_a_final_set(load):
    classifier = load()
    assert not set(FINAL) & set(classifier.trained_on)
    # Every final set that existed at training was left out by name; a final set written after the last training
    # (round 198's heldout653 and 656) is in neither list, and no tuned set may be missing from the training.
    assert set(FINAL) & (set(classifier.trained_on) | set(classifier.left_out)) <= set(classifier.left_out)
    assert set(classifier.left_out) <= set(FINAL)


def test_the_features_are_scikit_learns():
    from sklearn.feature_extraction.text import TfidfVectorizer

    classifier = default_classifier()
    texts = [item["instruction"] for item in yaml.safe_load((HERE / "heldout.yaml").read_text(encoding="utf-8"))]
    texts += ["", "x", "Ünïcödé  ÇA VA?\tthe 20-word summary", "a  b"]
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, vocabulary=list(classifier._chars))
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, vocabulary=list(classifier._words))
    chars.idf_, words.idf_ = classifier._char_idf.astype(np.float64), classifier._word_idf.astype(np.float64)
    expected = np.hstack([chars.transform(texts).toarray(), words.transform(texts).toarray()])
    ours = np.vstack([classifier.features(text) for text in texts])
    assert np.abs(expected - ours).max() < 1e-5


def test_the_shipped_weights_reproduce_what_the_classifier_learned():
    # A weight matrix written in the wrong memory order loads without error and guesses nonsense.
    classifier = default_classifier()
    items = [item for name in classifier.trained_on[::10]
             for item in yaml.safe_load((HERE / name).read_text(encoding="utf-8"))]
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_plan_classifier import sequence

    right = sum(classifier.guess(item["instruction"]).sequence == sequence(item["steps"]) for item in items
                if sequence(item["steps"]) in classifier.classes)
    assert len(items) > 300 and right / len(items) > 0.95


@pytest.mark.slow
def test_training_again_gives_the_shipped_classifier(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_plan_classifier.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    shipped, again = default_classifier(), TaskSequenceClassifier(tmp_path)
    assert again.classes == shipped.classes and again.trained_on == shipped.trained_on, (
        "the instruction sets changed: run scripts/train_plan_classifier.py")
    texts = [item["instruction"] for item in yaml.safe_load((HERE / "heldout2.yaml").read_text(encoding="utf-8"))]
    assert [again.guess(t).sequence for t in texts] == [shipped.guess(t).sequence for t in texts]
    assert (DATA / "task_sequences.json").read_text() == (tmp_path / "task_sequences.json").read_text()
    assert (DATA / "clause_tasks.json").read_text() == (tmp_path / "clause_tasks.json").read_text(), (
        "the rules or the instruction sets changed: run scripts/train_plan_classifier.py")


# --- the planner with and without it --------------------------------------------------------------

@pytest.mark.parametrize(("text", "alone", "checked"), [
    ("Could u tell me what the lifeguard shouts, in Turkish?", "sqa>translate@0", "st"),
    ("Please tell me the words the pilot says, in Korean.", "sqa>translate@0", "st"),
])
def test_the_second_opinion_fixes_task_sequences_the_rules_misread(text, alone, checked):
    assert sequence_of(plan_rules(text, TASKS, second_opinion=False)) == alone
    plan = plan_rules(text, TASKS)
    assert sequence_of(plan) == checked
    assert plan.planner == "rules" and "task-sequence classifier" in plan.notes[-1]


def test_planning_imports_neither_scikit_learn_nor_scipy():
    code = ("import sys; from wavllm_agent.planning import plan; "
            "p = plan('Could u tell me what the lifeguard shouts, in Turkish?'); "
            "print(p.tasks, 'sklearn' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["['st']", "False", "False"]


def test_on_the_final_sets_the_second_opinion_is_right_at_least_as_often_as_the_rules_alone():
    from plan_score import load, score

    from wavllm_agent.planning.second_opinion import second_opinion

    items = [item for name in FINAL for item in load(HERE / name)]
    plans = {}

    def alone_plan(text):
        plans[text] = plan_rules(text, TASKS, second_opinion=False)
        return plans[text]

    alone, _ = score(items, alone_plan)
    checked, _ = score(items, lambda text: second_opinion(plans[text], text, TASKS))  # as plan_rules does by default
    print(f"\nfinal sets: rules alone {alone:.2f} %, with the second opinion {checked:.2f} %")
    assert checked > alone  # measured: 96.09 % -> 96.43 % (2263 -> 2271 of 2355)


def test_wavllm_plan_shows_the_change():
    import json

    from click.testing import CliRunner

    from wavllm_agent.cli import cli

    text = "Could u tell me what the lifeguard shouts, in Turkish?"
    data = json.loads(CliRunner().invoke(cli, ["plan", text, "--json"]).output)
    assert [(s["task"], s["args"]) for s in data["steps"]] == [("st", {"target_lang": "tr"})]
    assert len(data["notes"]) == 1
    assert re.fullmatch(r"the task-sequence classifier \(score \d\.\d\d\) changed the rules' steps sqa>translate@0 to st",
                        data["notes"][0])
    shown = CliRunner().invoke(cli, ["plan", text]).output
    assert "note: the task-sequence classifier" in shown
    unchanged = json.loads(CliRunner().invoke(cli, ["plan", "Transcribe it.", "--json"]).output)
    assert "notes" not in unchanged
