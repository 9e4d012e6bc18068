"""The built-in tasks by name, built directly (no process-wide registry) for planner tests."""

from __future__ import annotations

from wavllm_agent.tasks.base import Task


def builtin_tasks() -> dict[str, Task]:
    """The built-in tasks by name, in the order the built-in plugins register them."""
    from wavllm_asr import AsrTask
    from wavllm_er import ErTask
    from wavllm_sqa import SqaTask
    from wavllm_st import StTask
    from wavllm_sv import SvTask
    from wavllm_text import ContinueTask, InstructTask, SummarizeTask, TranslateTask

    tasks = [AsrTask(), ErTask(), SqaTask(), StTask(), SvTask(), SummarizeTask(), TranslateTask(),
             ContinueTask(), InstructTask()]
    return {t.name: t for t in tasks}


def tasks_of(instruction: str, tasks: dict[str, Task], *, second_opinion: bool = True) -> list[str]:
    """The task names of the rule planner's plan for ``instruction`` (``second_opinion=False``: the rules alone,
    without the learned checks)."""
    from wavllm_agent.planning import plan_rules

    return [s.task for s in plan_rules(instruction, tasks, second_opinion=second_opinion).steps]


def steps_of(text: str, tasks: dict[str, Task]) -> list[tuple[str, dict, int | None, bool]]:
    """Each step of the rules' own plan (no learned checks) as (task, args, input, implicit)."""
    from wavllm_agent.planning import plan_rules

    return [(s.task, s.args, s.input, s.implicit) for s in plan_rules(text, tasks, second_opinion=False).steps]


def one_question(text: str, tasks: dict[str, Task]) -> bool:
    """The rules plan ``text`` as one question about the recording, asked in its own words."""
    return steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


ASR = ("asr", {}, None, False)
ASR_IMPLICIT = ("asr", {}, None, True)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)
"""Steps as :func:`steps_of` gives them, for the plans the round tests expect."""


def st(code: str) -> tuple[str, dict, None, bool]:
    """The step that translates the speech into ``code``, as :func:`steps_of` gives it."""
    return ("st", {"target_lang": code}, None, False)


def sqa(question: str) -> tuple[str, dict, None, bool]:
    """The question step asking ``question`` (as the plan writes it), on the audio."""
    return ("sqa", {"question": question}, None, False)


def instruct(text: str) -> tuple[str, dict, None, bool]:
    """The step that answers ``text`` without the audio, as :func:`steps_of` gives it."""
    return ("instruct", {"instruction": text}, None, False)
