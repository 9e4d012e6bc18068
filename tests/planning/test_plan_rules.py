"""The rule planner's behaviour, one idea per test."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wavllm_agent.errors import PlanError
from wavllm_agent.planning import plan, plan_rules
from wavllm_agent.planning.rules import MAX_INSTRUCTION_CHARS, MAX_STEPS
from wavllm_agent.planning.text import target_language, tokenize
from wavllm_agent.planning.word_limits import word_limit

RELEASE = Path(__file__).resolve().parents[3] / "shared" / "wavllm-release-examples"


def steps(instruction, tasks):
    return [(s.task, s.args, s.input) for s in plan_rules(instruction, tasks).steps]


def test_the_briefs_chain_of_thought_example(tasks):
    p = plan_rules("First transcribe the audio, then summarise it in no more than 20 words, and finally "
                   "translate the summary into German", tasks)
    assert [(s.task, s.args, s.input, s.implicit) for s in p.steps] == [
        ("asr", {}, None, False),
        ("summarize", {"max_words": 20}, 0, False),
        ("translate", {"target_lang": "de"}, 1, False),
    ]
    assert p.planner == "rules"


@pytest.mark.parametrize("verb", ["summarise", "summarize", "Summarise", "SUMMARIZE", "sum up"])
def test_british_and_american_spellings_plan_the_same(tasks, verb):
    assert [s.task for s in plan_rules(f"Transcribe the audio and {verb} it", tasks).steps] == ["asr", "summarize"]


@pytest.mark.parametrize(("phrase", "limit"), [
    ("in 20 words", 20), ("no more than twenty words", 20), ("under 50 words", 50),
    ("at most forty-five words", 45), ("a 30-word summary", 30), ("in one hundred and five words", 105),
    ("fewer than 12 words", 12), ("in ten words or less", 10), ("at least 50 words", None),
    ("in two sentences", None), ("more than 20 words", None), ("words", None),
])
def test_word_limits(phrase, limit):
    assert word_limit(tokenize(f"Summarise it {phrase}.")) == limit


@pytest.mark.parametrize(("text", "code"), [
    ("into German", "de"), ("to French", "fr"), ("in Deutsch", "de"), ("a Spanish translation", "es"),
    ("this English summary into German", "de"), ("from French to Italian", "it"), ("into Français", "fr"),
    ("the English summary", None), ("nothing here", None),
])
def test_target_languages_by_name(text, code):
    assert target_language(tokenize(f"Translate {text}")) == code


@pytest.mark.parametrize(("instruction", "expected"), [
    ("1. Transcribe the audio 2. Summarise it 3. Translate it into French",
     ["asr", "summarize", "translate"]),
    ("1) transcribe\n2) tell me the emotion", ["asr", "er"]),
    ("(1) transcribe the clip (2) is there one speaker?", ["asr", "sv"]),
    ("Step 1: summarise the audio\nStep 2: translate the summary into Polish", ["asr", "summarize", "translate"]),
    ("* transcribe it\n* continue the story", ["asr", "continue"]),
])
def test_numbered_and_bulleted_lists(tasks, instruction, expected):
    assert [s.task for s in plan_rules(instruction, tasks).steps] == expected


def test_a_number_in_a_sentence_is_not_a_list(tasks):
    p = plan_rules("Summarise the audio in 20. Words are not the point.", tasks)
    assert [s.task for s in p.steps] == ["asr", "summarize"]


@pytest.mark.parametrize("connector", [
    "then", "next", "after that", "afterwards", "finally", "lastly", "also", "additionally",
    "furthermore", "subsequently"])
def test_ordering_words_split_steps(tasks, connector):
    p = plan_rules(f"Transcribe the audio, {connector} tell me if the speaker is angry", tasks)
    assert [s.task for s in p.steps] == ["asr", "er"]


def test_speech_translation_versus_translating_the_transcript(tasks):
    assert steps("translate the audio into German", tasks) == [("st", {"target_lang": "de"}, None)]
    assert steps("transcribe it and translate the transcript into German", tasks) == [
        ("asr", {}, None), ("translate", {"target_lang": "de"}, 0)]


def test_a_summary_of_the_speech_gets_an_implicit_transcript(tasks):
    p = plan_rules("Summarise the recording in 15 words", tasks)
    assert [(s.task, s.implicit, s.input) for s in p.steps] == [("asr", True, None), ("summarize", False, 0)]


def test_a_summary_uses_the_transcript_the_user_asked_for(tasks):
    p = plan_rules("Transcribe the audio. Summarise the audio too.", tasks)
    assert [(s.task, s.implicit, s.input) for s in p.steps] == [("asr", False, None), ("summarize", False, 0)]


def test_a_reference_to_an_earlier_output_picks_that_step(tasks):
    p = plan_rules("Translate the audio into German; transcribe it; summarise the translation", tasks)
    assert [(s.task, s.input) for s in p.steps] == [("st", None), ("asr", None), ("summarize", 0)]


def test_ignore_the_audio_is_the_instruct_task(tasks):
    assert steps("ignore the audio clip, what is the capital of New Zealand?", tasks) == [
        ("instruct", {"instruction": "What is the capital of New Zealand?"}, None)]


@pytest.mark.parametrize("instruction", [
    "Transcribe the audio and ignore the background noise",
    "Ignore the filler words, transcribe the audio",
    "Transcribe it; ignore the ums and ahs",
])
def test_ignoring_something_other_than_the_audio_is_no_instruct(tasks, instruction):
    assert [s.task for s in plan_rules(instruction, tasks).steps] == ["asr"]


def test_continue_the_story(tasks):
    assert steps("continue the story", tasks) == [("continue", {}, None)]


@pytest.mark.parametrize("instruction", ["", "   ", "\n\t", "?!"])
def test_an_empty_instruction_answers_the_spoken_question(tasks, instruction):
    assert steps(instruction, tasks) == [("sqa", {}, None)]


@pytest.mark.parametrize(("instruction", "task"), [
    ("what is the man's name?", "sqa"), ("how many speakers are there?", "sv"), ("is the speaker angry?", "er"),
    ("Why is the speaker angry?", "sqa"), ("What does she say about the budget?", "sqa"),
])
def test_plain_single_task_requests(tasks, instruction, task):
    assert [s.task for s in plan_rules(instruction, tasks).steps] == [task]


def test_a_question_keeps_its_options(tasks):
    question = "Where are they? A. At home; B. At work; C. On a train."
    assert steps(question, tasks) == [("sqa", {"question": question}, None)]


def test_a_limit_in_its_own_sentence_goes_to_the_step_before(tasks):
    p = plan_rules("Summarise the lecture. Keep it under 30 words.", tasks)
    assert [(s.task, s.args) for s in p.steps] == [("asr", {}), ("summarize", {"max_words": 30})]


def test_a_text_step_asked_for_in_a_language_is_followed_by_a_translation(tasks):
    p = plan_rules("Summarise the audio in French", tasks)
    assert [(s.task, s.args, s.input) for s in p.steps] == [
        ("asr", {}, None), ("summarize", {}, 0), ("translate", {"target_lang": "fr"}, 1)]


def test_context_sentences_add_no_steps(tasks):
    assert [s.task for s in plan_rules("This is my meeting from Monday. Transcribe it.", tasks).steps] == ["asr"]


def test_an_unclaimed_request_falls_back_to_the_question_task(tasks):
    assert steps("Describe the background sounds.", tasks) == [
        ("sqa", {"question": "Describe the background sounds."}, None)]


def test_words_that_come_only_from_the_instruction(tasks):
    # The planner is handed the instruction and nothing else: a request quoted as data stays data
    # of the instruct task instead of becoming a step of its own.
    p = plan_rules("Ignore the audio and translate 'transcribe the audio then summarise it' into French", tasks)
    assert [s.task for s in p.steps] == ["instruct"]


def test_too_long_an_instruction_is_a_plan_error(tasks):
    with pytest.raises(PlanError, match="characters long"):
        plan_rules("a" * (MAX_INSTRUCTION_CHARS + 1), tasks)


def test_too_many_steps_is_a_plan_error(tasks):
    many = "; ".join(f"translate it into {lang}" for lang in ["German", "French"] * (MAX_STEPS // 2 + 2))
    with pytest.raises(PlanError, match="steps, more than"):
        plan_rules("Transcribe the audio; " + many, tasks)


def test_without_a_question_task_an_unplannable_instruction_is_a_plan_error(tasks):
    only_asr = {"asr": tasks["asr"]}
    with pytest.raises(PlanError, match="no registered task"):
        plan_rules("What is the man's name?", only_asr)
    assert [s.task for s in plan_rules("Transcribe it", only_asr).steps] == ["asr"]


def test_without_the_speech_translation_task_translation_works_on_a_transcript(tasks):
    no_st = {k: v for k, v in tasks.items() if k != "st"}
    p = plan_rules("Translate the audio into German", no_st)
    assert [(s.task, s.input, s.implicit) for s in p.steps] == [("asr", None, True), ("translate", 0, False)]


def test_plan_defaults_to_the_registered_tasks():
    p = plan("Transcribe the audio")
    assert p.tasks == ["asr"]


def _release_prompts() -> dict[str, str]:
    prompts = {}
    for path in sorted(RELEASE.glob("*.tsv")):
        with path.open(encoding="utf-8") as f:
            row = next(csv.DictReader(f, delimiter="\t"))
        prompts[path.stem] = row["prompt"] or ""
    return prompts


@pytest.mark.skipif(not RELEASE.is_dir(), reason="the WavLLM release examples are not beside this checkout")
def test_the_release_prompts_read_from_their_tsv_files(tasks):
    expected = {
        "asr": ["asr"], "en2de": ["st"], "sv": ["sv"], "emo": ["er"], "SQA": ["sqa"], "SQQA": ["sqa"],
        "II-task": ["asr", "sqa", "instruct", "continue"], "CoT-task": ["asr", "summarize", "translate"],
        "CoT-task-story": ["asr", "summarize", "translate"],
    }
    prompts = _release_prompts()
    assert set(prompts) == set(expected)
    for name, prompt in prompts.items():
        assert plan_rules(prompt, tasks).tasks == expected[name], name
