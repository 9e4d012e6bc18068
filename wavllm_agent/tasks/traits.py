"""What a task declares for the rest of the system: how it is planned and how it is trained.

A :class:`~wavllm_agent.tasks.base.Task` carries one :class:`PlanningTraits` and one
:class:`TrainingTraits` (class attributes ``planning`` and ``training``); the planner and the
training data read them from the registry, so no built-in task name is written outside its
plugin. How a task is scored is its ``metrics`` (names from the metric catalogue of
:mod:`wavllm_agent.evaluation.metrics.registry`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Literal

__all__ = ["PlanExample", "PlanRole", "PlanningTraits", "TrainingTarget", "TrainingTraits"]


class PlanRole(StrEnum):
    """A part the rule planner gives to at most one registered task (the first that declares it)."""

    QUESTION = "question"
    """Answers any question or request no other task claims (``sqa``)."""
    NO_AUDIO = "no-audio"
    """What "ignore the audio, ..." introduces: the rest of the clause is its instruction (``instruct``)."""
    TRANSCRIPT = "transcript"
    """What is said: the step a ``needs_transcript`` task works on when it is given audio (``asr``)."""
    HOW_IT_SOUNDS = "how-it-sounds"
    """What "how does the man sound?" asks for (``er``)."""
    SPEAKERS = "speakers"
    """Whether one person or several speak, whatever the people are called (``sv``)."""
    STORY = "story"
    """Goes on from the audio's story: after a transcript, "continue it" still works on the audio (``continue``)."""


@dataclass(frozen=True)
class PlanningTraits:
    """How the rule planner recognises a task and chains it (besides ``Task.phrases`` and ``kind``).

    Attributes:
        role: A part the planner gives this task (see :class:`PlanRole`), or None.
        fallback_phrases: Phrases that select the task only when no declared phrase of any task
            matches the clause: words too common to win over a specific request ("write out").
        needs_transcript: A text task that rewrites the speech's words: given the audio, it works on
            a transcript step, which the planner inserts when the user did not ask for one.
        example: The task's part in the LLM planner's worked example, or None: a
            :class:`PlanExample`. The transcript task's (``role`` TRANSCRIPT) comes first.
    """

    role: PlanRole | None = None
    fallback_phrases: tuple[str, ...] = ()
    needs_transcript: bool = False
    example: PlanExample | None = None


@dataclass(frozen=True)
class PlanExample:
    """One step of the LLM planner's worked example: "First transcribe the audio, then <phrase>, ...".

    Attributes:
        phrase: The step in the example instruction ("summarise it in 20 words").
        args: The step's arguments in the example plan (``{"max_words": 20}``).
        order: Where the step goes among the example's steps (lowest first; ties by task name).
    """

    phrase: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    order: int = 0


TrainingTarget = Literal["text", "label", "yes_no"]
"""What a single-task training row's answer is: its ``text``; its ``label`` (when it is text, else
its ``text``); or ``Yes``/``No`` from a boolean ``label``."""


@dataclass(frozen=True)
class TrainingTraits:
    """How training makes examples of a task from manifest rows.

    A row without its own ``prompt`` is asked one phrasing of the task's ``prompts`` (filled from the
    row's fields that are task parameters), or, for a task with an ``instruction_param``, that field
    verbatim. In a composed multi-step row (several sub-tasks in one instruction) the task takes part
    when the row holds its ``subtask_fields``.

    Attributes:
        target: The answer of a single-task row (see :data:`TrainingTarget`).
        subtask_fields: Row fields a multi-step row needs for this sub-task; the first holds its
            answer (``text`` is the row's text). Empty: never a sub-task (unless ``subtask_requires``).
        subtask_requires: Row fields that must hold these values for this sub-task
            (``{"speakers": 1}``).
        subtask_answer: A fixed answer of the sub-task (instead of the first field's value).
        subtask_prefixes: Words before the sub-task's instruction, one drawn per example
            ("ignore the audio clip,").
        subtask_first: Put this sub-task first in a composed instruction (a transcript).
    """

    target: TrainingTarget = "text"
    subtask_fields: tuple[str, ...] = ()
    subtask_requires: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    subtask_answer: str | None = None
    subtask_prefixes: tuple[str, ...] = ()
    subtask_first: bool = False

    @property
    def composable(self) -> bool:
        """Whether the task can be a sub-task of a composed multi-step row."""
        return bool(self.subtask_fields or self.subtask_requires)
