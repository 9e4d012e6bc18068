"""What a plan is: an ordered list of steps, each a registered task with its arguments.

A step either works on the audio (``input`` None) or on the output of an earlier step (``input``
is that step's index). For a text task, ``input`` None means the audio's transcript. ``implicit``
marks a prerequisite the planner inserted that the user did not ask for (a transcript before a
summary); its output is an intermediate, never part of the answer on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from wavllm_agent.errors import PlanError, UsageError, validation_problems

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task


class Step(BaseModel):
    """One step of a plan.

    Attributes:
        task: the registered task's name.
        args: the task's arguments (validated by the task's ``params_model``).
        input: index of the earlier step whose output this step works on; None: the audio
            itself (for a text task: the audio's transcript).
        implicit: True when the planner inserted the step as a prerequisite nobody asked for.
    """

    model_config = ConfigDict(extra="forbid")

    task: str = Field(min_length=1)
    args: dict[str, Any] = Field(default_factory=dict)
    input: int | None = Field(default=None, ge=0)
    implicit: bool = False
    _params: Any = PrivateAttr(default=None)

    @property
    def params(self) -> Any:
        """The typed parameters (the task's ``params_model``) once :meth:`Plan.validated` parsed
        ``args``, else None; running the step uses them as they are, without parsing again."""
        return self._params

    def to_dict(self) -> dict[str, Any]:
        """``{"task", "args", "input", "implicit"}``."""
        return {"task": self.task, "args": dict(self.args), "input": self.input, "implicit": self.implicit}


class Plan(BaseModel):
    """Steps in the order they run, and which planner made them.

    Constructing a plan checks its shape (at least one step; every ``input`` points to an
    earlier step) and raises :class:`PlanError` otherwise. :meth:`validated` also checks it
    against a task registry.
    """

    model_config = ConfigDict(extra="forbid")

    steps: list[Step]
    planner: str = "rules"
    notes: list[str] = Field(default_factory=list)
    """Why the planner did what it did when that is not obvious (e.g. why the LLM's plan was dropped)."""

    @model_validator(mode="after")
    def _check_shape(self) -> Plan:
        # PlanError is not a ValueError, so pydantic lets it through unwrapped.
        if not self.steps:
            raise PlanError("a plan needs at least one step")
        for index, step in enumerate(self.steps):
            if step.input is not None and step.input >= index:
                raise PlanError(
                    f"step {index + 1} ({step.task}) takes its input from step {step.input + 1}, "
                    "which does not come before it",
                    hint="a step can only work on the output of an earlier step",
                )
        return self

    @classmethod
    def from_data(cls, data: Any, tasks: Mapping[str, Task] | None = None, *,
                  planner: str | None = None) -> Plan:
        """A plan from JSON-like data (``{"steps": [...]}``), validated against ``tasks`` if given.

        Raises:
            PlanError: data that is not a plan, or names unknown tasks or bad arguments.
        """
        if isinstance(data, Mapping) and planner is not None:
            data = {**data, "planner": planner}
        try:
            plan = cls.model_validate(data)
        except ValidationError as exc:
            problems = validation_problems(exc.errors(), subject="plan")
            raise PlanError(f"not a valid plan: {problems}") from None
        return plan.validated(tasks) if tasks is not None else plan

    def validated(self, tasks: Mapping[str, Task]) -> Plan:
        """This plan checked against ``tasks``, with every step's args normalised by its task.

        Normalising means what the task's ``params_model`` makes of them (``"German"`` ->
        ``"de"``), keeping only the arguments that were given.

        Raises:
            PlanError: an unknown task name, or arguments the task refuses.
        """
        steps = []
        for index, step in enumerate(self.steps):
            task = tasks.get(step.task)
            if task is None:
                known = ", ".join(sorted(tasks)) or "none"
                raise PlanError(f"step {index + 1} names an unknown task {step.task!r}",
                                hint=f"known tasks: {known}")
            try:
                params = task.parse_params(step.args)
            except UsageError as exc:
                raise PlanError(f"step {index + 1} ({step.task}): {exc.message}", hint=exc.hint) from None
            args = params.model_dump(mode="json", exclude_unset=True)
            typed = step.model_copy(update={"args": args})
            typed._params = params  # carried to the run: parsed once
            steps.append(typed)
        return self.model_copy(update={"steps": steps})

    @property
    def tasks(self) -> list[str]:
        """The task names in order."""
        return [s.task for s in self.steps]

    def to_dict(self) -> dict[str, Any]:
        """``{"steps": [{"task", "args", "input", "implicit"}], "planner": ...}``, and ``"notes"`` when
        there are any (why the planner changed or dropped something)."""
        out: dict[str, Any] = {"steps": [s.to_dict() for s in self.steps], "planner": self.planner}
        if self.notes:
            out["notes"] = list(self.notes)
        return out
