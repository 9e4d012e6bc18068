"""The text tasks' check -> retry -> fallback loop, driven by a FAKE scripted engine (plumbing only).

The checks themselves are tested on real text in test_grounding_checks.py; here the FAKE engine
replies with scripted texts so that each path (pass, retry, fallback) is taken for certain.
"""

from __future__ import annotations

import pytest
from fakes import FakeEngine

from wavllm_agent.errors import UsageError
from wavllm_agent.planning import Plan, Step, execute
from wavllm_agent.registry import get_registry
from wavllm_agent.tasks.base import TaskInput

NEWS = ("The city council of Leeds approved 12 million pounds for new cycle lanes on Tuesday. Work starts in "
        "May and should take two years.")


class ScriptedEngine(FakeEngine):
    """FAKE: ``generate`` returns the scripted replies in order and logs each prompt."""

    def __init__(self, replies: list[str]) -> None:
        super().__init__(transcript=NEWS)
        self.replies = list(replies)
        self.prompts: list[str] = []

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        self.prompts.append(prompt)
        return self.replies.pop(0)


def run(task: str, engine: ScriptedEngine, **args: object):  # type: ignore[no-untyped-def]
    registry = get_registry()
    spec = registry.task(task)
    return spec.run(engine, TaskInput(text=NEWS), spec.parse_params(args))


def test_a_good_summary_passes_first_time() -> None:
    engine = ScriptedEngine(["Sure! Here is the summary: Leeds approved 12 million pounds for cycle lanes."])
    result = run("summarize", engine, max_words=20)
    assert result.text == "Leeds approved 12 million pounds for cycle lanes."
    assert result.grounding == {"check": "summary", "outcome": "passed", "attempts": [[]], "fallback": None}
    assert len(engine.prompts) == 1 and "no more than 20 words" in engine.prompts[0]


def test_an_invented_number_is_retried_with_a_stricter_prompt() -> None:
    engine = ScriptedEngine(["Leeds approved 15 million pounds for cycle lanes.",
                             "Leeds approved 12 million pounds for new cycle lanes."])
    result = run("summarize", engine, max_words=20)
    assert result.text == "Leeds approved 12 million pounds for new cycle lanes."
    assert result.grounding["outcome"] == "retried"
    assert result.grounding["attempts"] == [["invented number: 15"], []]
    assert "invented number: 15" in engine.prompts[1]  # the retry says what was wrong


def test_two_bad_summaries_fall_back_to_the_source_sentences() -> None:
    engine = ScriptedEngine(["Leeds will spend 15 million on roads, Reuters said.", "Leeds spent 99 million."])
    result = run("summarize", engine, max_words=20)
    assert result.text == "The city council of Leeds approved 12 million pounds for new cycle lanes on Tuesday."
    assert result.grounding["outcome"] == "fallback" and result.grounding["fallback"] == "extractive"


def test_a_translation_left_in_english_is_retried_then_reported_as_failed() -> None:
    english = "Leeds approved 12 million pounds for new cycle lanes on Tuesday."
    engine = ScriptedEngine([english, english])
    result = run("translate", engine, target_lang="German")
    assert result.text.startswith("Translation into German failed (not German: reads as English)")
    assert result.grounding["fallback"] == "failed" and len(result.grounding["attempts"]) == 2


def test_a_good_translation_passes() -> None:
    german = ("Der Stadtrat von Leeds hat am Dienstag 12 Millionen Pfund für neue Radwege bewilligt. Die Arbeiten "
              "beginnen im Mai und sollen zwei Jahre dauern.")
    engine = ScriptedEngine([german])
    result = run("translate", engine, target_lang="de")
    assert result.text == german and result.grounding["outcome"] == "passed"


def test_a_failed_translation_step_is_not_counted_as_followed() -> None:
    english = "Leeds approved 12 million pounds for new cycle lanes on Tuesday."
    engine = ScriptedEngine(["Leeds approved 12 million pounds for cycle lanes.", english, english])
    plan = Plan(steps=[Step(task="summarize", args={"max_words": 20}),
                       Step(task="translate", args={"target_lang": "de"}, input=0)])
    done = execute(plan, engine, TaskInput(text=NEWS), get_registry().tasks)
    assert [t.followed for t in done.steps] == [True, False]
    assert done.steps[1].to_dict()["grounding"]["fallback"] == "failed"
    assert "failed" in done.answer


def test_an_unsupported_target_fails_before_any_step_runs() -> None:
    engine = ScriptedEngine([])
    plan = Plan(steps=[Step(task="summarize"), Step(task="translate", args={"target_lang": "Welsh"}, input=0)])
    with pytest.raises(UsageError, match="translation into Welsh is not supported"):
        execute(plan, engine, TaskInput(text=NEWS), get_registry().tasks)
    assert engine.prompts == []


def test_a_summary_a_few_words_too_long_is_cut_at_a_clause_without_a_retry() -> None:
    engine = ScriptedEngine(["The city council of Leeds approved 12 million pounds for new cycle lanes on Tuesday, "
                             "and work starts in May and should take two years."])
    result = run("summarize", engine, max_words=20)
    assert result.text == "The city council of Leeds approved 12 million pounds for new cycle lanes on Tuesday."
    assert result.grounding["outcome"] == "passed" and len(engine.prompts) == 1


def test_a_name_left_out_asks_for_the_retry_but_never_fails_the_step() -> None:
    # "Leeds" rendered as something else twice: a soft problem (a capitalised word may be a title
    # that is rightly translated), so the first attempt stands after the retry, recorded as such.
    first = ("Der Stadtrat von York hat am Dienstag 12 Millionen Pfund für neue Radwege bewilligt. Die Arbeiten "
             "beginnen im Mai und sollen zwei Jahre dauern.")
    engine = ScriptedEngine([first, first.replace("York", "Lincoln")])
    result = run("translate", engine, target_lang="de")
    assert result.text == first
    assert result.grounding["outcome"] == "retried"
    assert result.grounding["attempts"] == [["name left out: Leeds"], ["name left out: Leeds"]]


def test_one_wrong_scale_word_is_repaired_without_a_retry() -> None:
    wrong = ("Der Stadtrat von Leeds hat am Dienstag 12 Milliarden Pfund für neue Radwege bewilligt. Die "
             "Arbeiten beginnen im Mai und sollen zwei Jahre dauern.")
    engine = ScriptedEngine([wrong])
    result = run("translate", engine, target_lang="de")
    assert result.text == wrong.replace("Milliarden", "Millionen")
    assert result.grounding["repaired"] is True and result.grounding["outcome"] == "passed"
    assert result.grounding["attempts"] == [["amount changed: Milliarden is not in the text",
                                             "amount left out: million"]]


def test_a_lost_amount_still_fails_after_the_retry() -> None:
    wrong = ("Der Stadtrat von Leeds hat am Dienstag 12 Pfund für neue Radwege bewilligt. Die "
             "Arbeiten beginnen im Mai und sollen zwei Jahre dauern.")
    engine = ScriptedEngine([wrong, wrong])
    result = run("translate", engine, target_lang="de")
    assert result.text.startswith("Translation into German failed (amount left out: million")
    assert result.grounding["fallback"] == "failed" and "repaired" not in result.grounding


class BeamScriptedEngine(ScriptedEngine):
    """FAKE: ``generate`` as ScriptedEngine; ``generate_candidates`` returns one scripted list per call."""

    def __init__(self, replies: list[str], beams: list[list[str]]) -> None:
        super().__init__(replies)
        self.beams = list(beams)
        self.beam_prompts: list[str] = []

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = 4) -> list[str]:
        self.beam_prompts.append(prompt)
        return self.beams.pop(0)[:n]


GERMAN = ("Der Stadtrat von Leeds hat am Dienstag 12 Millionen Pfund für neue Radwege bewilligt. Die Arbeiten "
          "beginnen im Mai und sollen zwei Jahre dauern.")


def test_the_retry_keeps_the_first_beam_answer_that_passes() -> None:
    euros = GERMAN.replace("Pfund", "Euro")  # (a wrong weekday would be repaired without a retry)
    engine = BeamScriptedEngine([euros, euros], [[euros, GERMAN.replace("12", "15"), GERMAN, GERMAN + " Danke."]])
    result = run("translate", engine, target_lang="de")
    assert result.text == GERMAN
    assert result.grounding["outcome"] == "retried" and result.grounding["candidate"] == 2
    wrong_currency = ["currency changed: euro is not in the text"]
    assert result.grounding["attempts"] == [wrong_currency, wrong_currency, []]
    # greedy on the first prompt, greedy on the stricter one, then the stricter one's beam search
    assert len(engine.prompts) == 2 and engine.beam_prompts == engine.prompts[1:]
    assert "rejected (currency changed: euro" in engine.beam_prompts[0]


def test_a_greedy_retry_that_passes_needs_no_beam_search() -> None:
    engine = BeamScriptedEngine([GERMAN.replace("12", "15"), GERMAN], [])
    result = run("translate", engine, target_lang="de")
    assert result.text == GERMAN and result.grounding["outcome"] == "retried"
    assert "candidate" not in result.grounding and engine.beam_prompts == []


def test_when_no_beam_answer_passes_the_best_ones_problems_are_recorded() -> None:
    english = "Leeds approved 12 million pounds for new cycle lanes on Tuesday."
    engine = BeamScriptedEngine([english, english], [[GERMAN.replace("12", "15"), english]])
    result = run("translate", engine, target_lang="de")
    assert result.grounding["fallback"] == "failed" and "candidate" not in result.grounding
    assert result.grounding["attempts"][2] == ["invented number: 15", "number left out: 12"]
    assert result.text.startswith("Translation into German failed (invented number: 15)")


def test_a_summary_retry_checks_the_beam_answers_in_order() -> None:
    engine = BeamScriptedEngine(["Leeds approved 15 million pounds for cycle lanes.", "Leeds spent 15 million."],
                                [["Leeds spent 99 million.", "Leeds approved 12 million pounds for cycle lanes."]])
    result = run("summarize", engine, max_words=20)
    assert result.text == "Leeds approved 12 million pounds for cycle lanes."
    assert result.grounding["outcome"] == "retried" and result.grounding["candidate"] == 1


def test_a_soft_problem_is_not_worth_a_beam_search() -> None:
    york = GERMAN.replace("Leeds", "York")
    engine = BeamScriptedEngine([york, york.replace("York", "Lincoln")], [[GERMAN]])
    result = run("translate", engine, target_lang="de")
    assert result.text == york and result.grounding["outcome"] == "retried"
    assert engine.beam_prompts == [] and len(result.grounding["attempts"]) == 2


def test_a_beam_answer_with_only_a_soft_problem_is_recorded_as_the_one_kept() -> None:
    york = GERMAN.replace("Leeds", "York")
    engine = BeamScriptedEngine([GERMAN.replace("12", "15"), GERMAN.replace("12", "14")],
                                [[GERMAN.replace("12", "13"), york]])
    result = run("translate", engine, target_lang="de")
    assert result.text == york and result.grounding["outcome"] == "retried"
    assert result.grounding["candidate"] == 1 and result.grounding["attempts"][2] == ["name left out: Leeds"]


class BudgetCutBeamEngine(ScriptedEngine):
    """FAKE: the beam search's best answer is cut by the caller's budget."""

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = 4) -> list[str]:
        from wavllm_agent.errors import LimitError

        raise LimitError("the answer needed more than 8 new tokens, the budget of this call")


def test_a_budget_cut_beam_search_falls_back_as_before() -> None:
    engine = BudgetCutBeamEngine(["Leeds will spend 15 million on roads.", "Leeds spent 99 million."])
    result = run("summarize", engine, max_words=20)
    assert result.grounding["outcome"] == "fallback" and len(result.grounding["attempts"]) == 2
