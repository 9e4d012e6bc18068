"""The task interface: what a task is, takes, and returns.

A task is an object registered through the ``register_tasks`` hook. It declares its name, a
description, whether it needs audio, its typed parameters (a pydantic model), a bank of varied
instruction phrasings (WavLLM is trained and prompted with varied wordings), and the phrases that
select it when the planner reads a user's instruction. ``run`` does the work on an engine.

It also declares what the rest of the system needs: how the planner chains it (``planning``, a
:class:`~wavllm_agent.tasks.traits.PlanningTraits`), which metrics score it (``metrics``) and how
training samples it (``training``, a :class:`~wavllm_agent.tasks.traits.TrainingTraits`).
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError

from wavllm_agent.errors import UsageError, validation_problems
from wavllm_agent.tasks.traits import PlanningTraits, TrainingTraits

if TYPE_CHECKING:
    from wavllm_agent.audio import Audio
    from wavllm_agent.engines.base import Engine
    from wavllm_agent.results import TaskResult


MetricSpec = str | Callable[[str | None], Any]
"""A metric a task declares: a catalogue name, or a factory taking the output language."""


class TaskKind(StrEnum):
    """Speech tasks listen to audio; text tasks work on text (a previous step's output)."""

    SPEECH = "speech"
    TEXT = "text"


class TaskParams(BaseModel):
    """Base of every task's parameters. Unknown parameters are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass
class TaskInput:
    """What a task runs on.

    Attributes:
        audio: the recording (speech tasks; text tasks transcribe it when given no text).
        audio2: a second recording (``sv`` with two files).
        text: text handed over from a previous step of a plan.
    """

    audio: Audio | None = None
    audio2: Audio | None = None
    text: str | None = None


class Task(ABC):
    """A unit of work an engine can do. Subclass it and register an instance."""

    name: ClassVar[str]
    description: ClassVar[str]
    kind: ClassVar[TaskKind] = TaskKind.SPEECH
    params_model: ClassVar[type[TaskParams]] = TaskParams
    prompts: ClassVar[tuple[str, ...]] = ()
    """Varied phrasings of the task's instruction; ``{placeholders}`` are filled from the params."""
    phrases: ClassVar[tuple[str, ...]] = ()
    """Words and phrases in a user's instruction that select this task (for the planner)."""
    output_noun: ClassVar[str] = "text"
    """What the task produces, as a planner would refer to it ("transcript", "summary", ...)."""
    streams_text: ClassVar[bool] = False
    """True when the task's text is exactly one generation of the engine's text model, stripped (no
    cleaning, checks, retries or fallback): ``wavllm serve`` may then stream that generation's tokens
    as the answer while they are made (:mod:`wavllm_agent.streaming`). Leave it False otherwise."""
    audio_inputs: ClassVar[int] = 1
    """Recordings one call takes: ``2`` compares two (``wavllm run T A B`` is one pair; an evaluation
    row with ``audio2`` and no instruction is this task's); ``0`` uses neither audio nor input text."""
    instruction_param: ClassVar[str | None] = None
    """The parameter that holds the whole instruction (``question``, ``instruction``): an evaluation
    row's ``prompt`` fills it, and training asks the row's field of that name verbatim."""
    release_labels: ClassVar[tuple[str, ...]] = ()
    """Other names of the task in the WavLLM release's sub-task labels (``SFT`` for ``instruct`` in
    ``ASR+SQA+SFT+Continue``), lower case; the instruction-following rate reads them. The task's own
    name always counts."""
    metrics: ClassVar[tuple[MetricSpec, ...]] = ()
    """What scores the task in ``wavllm eval``, headline first: names from the metric catalogue
    (``wer``, ``bleu``, ``accuracy``, ...; see ``wavllm_agent.evaluation.metrics.registry``) or
    callables ``factory(language) -> Metric``. Empty: the task is not evaluated."""
    planning: ClassVar[PlanningTraits] = PlanningTraits()
    """How the rule planner recognises and chains the task, besides ``phrases`` and ``kind``."""
    training: ClassVar[TrainingTraits | None] = TrainingTraits()
    """How training makes examples of the task from manifest rows; None: the task is not trained."""

    def parse_params(self, args: dict[str, Any] | None = None) -> TaskParams:
        """Validate ``args`` into this task's parameter model (None values are dropped).

        Raises:
            UsageError: an unknown or ill-typed parameter.
        """
        clean = {k: v for k, v in (args or {}).items() if v is not None}
        try:
            return self.params_model(**clean)
        except ValidationError as exc:
            problems = validation_problems(exc.errors())
            raise UsageError(f"invalid arguments for task {self.name!r}: {problems}") from None

    def plan_args(self, clause: str) -> dict[str, Any]:
        """Arguments this task reads from the clause of a user's instruction that asks for it.

        The rule planner fills the common parameters itself (``max_words``, ``target_lang``,
        ``language``, ``question``, ``instruction``, a required text) and then adds these; a task with
        options of its own (``words`` to spot) overrides it. Invalid values are dropped by the planner.
        """
        return {}

    def prompt(self, params: TaskParams | None = None, *, rng: random.Random | None = None) -> str:
        """One instruction from the bank, with the params filled in.

        With no ``rng`` the first phrasing is used (deterministic inference); training passes
        an ``rng`` to draw varied wordings.
        """
        if not self.prompts:
            return self.description
        choice = rng.choice(self.prompts) if rng is not None else self.prompts[0]
        return choice.format_map(_Blank(self.prompt_values(params)))

    def prompt_values(self, params: TaskParams | None) -> dict[str, Any]:
        """The values a phrasing's ``{placeholders}`` are filled from (the params by default)."""
        if params is None:
            try:
                params = self.params_model()
            except ValidationError:
                return {}
        return params.model_dump()

    @abstractmethod
    def run(self, engine: Engine, inputs: TaskInput, params: TaskParams) -> TaskResult:
        """Do the task on ``engine``.

        Raises:
            UsageError: the inputs do not fit the task (e.g. no audio for a speech task).
            TaskNotSupportedError: the engine cannot do it.
        """

    def info(self) -> dict[str, Any]:
        """A JSON-able summary (name, description, kind, parameters)."""
        return {
            "name": self.name,
            "description": self.description,
            "kind": self.kind.value,
            "params": self.params_model.model_json_schema().get("properties", {}),
        }


class _Blank(dict):  # type: ignore[type-arg]
    """Leaves unknown placeholders visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def require_audio(task: Task, inputs: TaskInput) -> Audio:
    """The input audio, or a :class:`UsageError` saying the task needs one."""
    if inputs.audio is None:
        raise UsageError(f"task {task.name!r} needs an audio file")
    return inputs.audio
