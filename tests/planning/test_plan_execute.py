"""Running plans on the FAKE engine (tests/fakes.py): plumbing only, never accuracy."""

from __future__ import annotations

import pytest
from fakes import FakeEngine

from wavllm_agent.errors import EngineError, PlanError, TaskNotSupportedError, UsageError
from wavllm_agent.planning import Plan, Step, execute, plan_rules
from wavllm_agent.results import AsrResult, TextResult
from wavllm_agent.tasks.base import TaskInput

TRANSCRIPT = "the cat sat on the mat and then it went to sleep"


def chain_engine() -> FakeEngine:
    """A FAKE engine whose canned answers show what text each step was handed."""
    return FakeEngine(TRANSCRIPT, answers={TRANSCRIPT: "cat naps on the mat", "cat naps": "ZUSAMMENFASSUNG"})


def test_outputs_pass_from_step_to_step(tasks, audio):
    engine = chain_engine()
    p = plan_rules("Transcribe the audio, summarise it in 5 words, then translate the summary into German", tasks)
    run = execute(p, engine, TaskInput(audio=audio), tasks)
    assert [t.text for t in run.steps] == [TRANSCRIPT, "cat naps on the mat", "ZUSAMMENFASSUNG"]
    assert [t.input_text for t in run.steps] == [None, TRANSCRIPT, "cat naps on the mat"]
    assert isinstance(run.steps[0].result, AsrResult)
    assert isinstance(run.steps[2].result, TextResult) and run.steps[2].result.target_lang == "de"
    assert run.answer == "ZUSAMMENFASSUNG"  # the transcript and summary were consumed on the way


def test_the_trace_records_each_step(tasks, audio):
    p = Plan(steps=[Step(task="asr"), Step(task="summarize", args={"max_words": 5}, input=0)])
    run = execute(p, chain_engine(), TaskInput(audio=audio), tasks)
    first, second = run.steps
    assert (first.index, first.task, first.args, first.input) == (0, "asr", {}, None)
    assert (second.index, second.task, second.args, second.input) == (1, "summarize", {"max_words": 5}, 0)
    assert all(t.seconds >= 0 for t in run.steps)
    data = run.to_dict()
    assert data["answer"] == run.answer
    assert [set(s) >= {"task", "text", "args", "seconds", "followed"} for s in data["steps"]] == [True, True]
    assert data["steps"][1]["args"] == {"max_words": 5}


def test_a_text_step_on_the_audio_transcribes_it(tasks, audio):
    engine = chain_engine()
    run = execute(Plan(steps=[Step(task="summarize")]), engine, TaskInput(audio=audio), tasks)
    assert run.steps[0].text == "cat naps on the mat"
    assert ("transcribe", "clip.wav") in engine.calls


def test_several_leaves_make_a_numbered_answer_labelled_by_output(tasks, audio):
    engine = FakeEngine(TRANSCRIPT, answers={"capital": "Wellington", "narrative": "and the cat dreamt"})
    instruction = ("To begin, Transcribe the audio recording into text, capturing every spoken word; "
                   "Subsequently, How does the woman finally decide to go home? A. By bus; B. In the man’s car; "
                   "C. In her father’s car.; Furthermore, ignore the audio clip, What is the capital of New Zealand?; "
                   "Lastly, Continue the narrative of given audio clip in a coherent and engaging way")
    run = execute(plan_rules(instruction, tasks), engine, TaskInput(audio=audio), tasks)
    lines = run.answer.splitlines()
    assert len(lines) == 4
    assert lines[0] == f"1. Transcript: {TRANSCRIPT}"
    assert lines[1].startswith("2. Answer: A. By bus")  # the FAKE engine picks the first option
    assert lines[2] == "3. Answer: Wellington"
    assert lines[3] == "4. Continuation: and the cat dreamt"


def test_translations_in_a_numbered_answer_name_their_language(tasks, audio):
    engine = FakeEngine(TRANSCRIPT, answers={TRANSCRIPT: "le chat dort"})
    p = Plan(steps=[Step(task="asr"), Step(task="translate", args={"target_lang": "fr"}, input=0),
                    Step(task="translate", args={"target_lang": "de"}, input=0)])
    run = execute(p, engine, TaskInput(audio=audio), tasks)
    lines = run.answer.splitlines()
    assert [line.split(":")[0] for line in lines] == ["1. Translation (French)", "2. Translation (German)"]


def test_implicit_steps_are_never_the_answer(tasks, audio):
    run = execute(plan_rules("Summarise the audio", tasks), chain_engine(), TaskInput(audio=audio), tasks)
    assert [t.implicit for t in run.steps] == [True, False]
    assert run.answer == "cat naps on the mat"
    assert [t.task for t in run.requested] == ["summarize"]


def test_followed_flags_and_rate(tasks, audio):
    engine = FakeEngine("", answers={"": ""})  # hears nothing: empty transcript, empty answers
    p = plan_rules("Transcribe the audio, then summarise it; is the speaker angry?", tasks)
    run = execute(p, engine, TaskInput(audio=audio), tasks)
    assert [(t.task, t.followed) for t in run.steps] == [("asr", False), ("summarize", False), ("er", True)]
    assert run.steps[1].skipped == "step 1 (asr) produced no text"
    assert run.steps[1].result is None
    assert run.followed_rate == pytest.approx(1 / 3)
    assert run.answer == "1. Summary: (no output)\n2. Emotion: neutral"


def test_on_step_gets_started_and_finished_events(tasks, audio):
    events = []
    p = Plan(steps=[Step(task="asr"), Step(task="sv")])
    run = execute(p, chain_engine(), TaskInput(audio=audio), tasks, on_step=events.append)
    assert [(e.kind, e.index, e.total) for e in events] == [
        ("started", 0, 2), ("finished", 0, 2), ("started", 1, 2), ("finished", 1, 2)]
    assert events[0].trace is None and events[1].trace is run.steps[0]
    assert events[2].step.task == "sv"


class BrokenGenerate(FakeEngine):
    """FAKE engine whose language model fails."""

    def generate(self, prompt, *, system=None, max_new_tokens=256):
        raise EngineError("the language model ran out of memory", hint="use a smaller model")


class NoSpeechTranslation(FakeEngine):
    def translate_speech(self, audio, *, target_lang="en"):
        raise TaskNotSupportedError(f"engine {self.name!r} cannot translate speech")


class Buggy(FakeEngine):
    def transcribe(self, audio, *, language=None):
        raise RuntimeError("index out of range")


def test_an_engine_error_in_a_step_keeps_its_type_and_names_the_step(tasks, audio):
    p = plan_rules("Transcribe it and summarise it", tasks)
    with pytest.raises(EngineError, match=r"^step 2 \(summarize\): the language model ran out of memory") as info:
        execute(p, BrokenGenerate(TRANSCRIPT), TaskInput(audio=audio), tasks)
    assert info.value.hint == "use a smaller model"


def test_a_usage_error_in_a_step_keeps_its_type(tasks, audio):
    with pytest.raises(TaskNotSupportedError, match=r"step 1 \(st\)"):
        execute(plan_rules("Translate the audio into German", tasks), NoSpeechTranslation(), TaskInput(audio=audio), tasks)


def test_a_missing_audio_is_a_usage_error_naming_the_step(tasks):
    with pytest.raises(UsageError, match=r"step 1 \(asr\).*needs an audio file"):
        execute(Plan(steps=[Step(task="asr")]), chain_engine(), TaskInput(), tasks)


def test_an_unexpected_exception_becomes_an_engine_error(tasks, audio):
    with pytest.raises(EngineError, match=r"step 1 \(asr\) failed: RuntimeError: index out of range"):
        execute(Plan(steps=[Step(task="asr")]), Buggy(), TaskInput(audio=audio), tasks)


def test_a_plan_with_unknown_tasks_fails_before_anything_runs(tasks, audio):
    engine = chain_engine()
    with pytest.raises(PlanError):
        execute(Plan(steps=[Step(task="asr"), Step(task="dance")]), engine, TaskInput(audio=audio), tasks)
    assert engine.calls == []


def test_the_instruct_step_needs_no_audio(tasks):
    engine = FakeEngine(answers={"capital": "Wellington"})
    p = plan_rules("Ignore the audio: what is the capital of New Zealand?", tasks)
    run = execute(p, engine, TaskInput(), tasks)
    assert run.answer == "Wellington"


def test_the_plans_notes_reach_the_run_and_its_display(tasks, audio):
    from rich.console import Console

    from wavllm_agent.display.render import execution_renderable

    p = Plan(steps=[Step(task="asr")], notes=["the clause-task classifier took 'x' for sv, not sqa"]).validated(tasks)
    run = execute(p, chain_engine(), TaskInput(audio=audio), tasks)
    assert run.to_dict()["notes"] == p.notes
    console = Console(width=200, record=True)
    console.print(execution_renderable(run))
    assert "note: the clause-task classifier took 'x' for sv, not sqa" in console.export_text()
    plain = execute(Plan(steps=[Step(task="asr")]), chain_engine(), TaskInput(audio=audio), tasks)
    assert "notes" not in plain.to_dict()
