"""A plan step's parameters are parsed once, by validation, and run as the typed object it made."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from pydantic import model_validator

from wavllm_agent.audio import Audio
from wavllm_agent.engines.base import Engine
from wavllm_agent.planning import Plan, Step, execute
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskKind, TaskParams


class CountedParams(TaskParams):
    label: str = "x"
    parsed: ClassVar[int] = 0

    @model_validator(mode="after")
    def _count(self) -> CountedParams:
        type(self).parsed += 1
        return self


class CountedTask(Task):
    name = "counted"
    description = "A task whose parameters count how often they are parsed."
    kind = TaskKind.SPEECH
    params_model = CountedParams
    received: ClassVar[list[Any]] = []

    def run(self, engine: Engine, inputs: TaskInput, params: TaskParams) -> TaskResult:
        self.received.append(params)
        return TaskResult(task=self.name, text=f"label {params.label}", engine=engine.name)  # type: ignore[attr-defined]


def _inputs() -> TaskInput:
    return TaskInput(Audio(np.zeros(1600, dtype=np.float32)))


def test_a_validated_plan_runs_without_parsing_again(fake_engine: Any) -> None:
    tasks = {"counted": CountedTask()}
    CountedParams.parsed = 0
    CountedTask.received.clear()
    plan = Plan(steps=[Step(task="counted", args={"label": "a"})]).validated(tasks)
    assert CountedParams.parsed == 1
    execution = execute(plan, fake_engine, _inputs(), tasks)
    assert CountedParams.parsed == 1 and execution.answer == "label a"
    assert CountedTask.received == [plan.steps[0].params]


def test_an_unvalidated_plan_is_parsed_once(fake_engine: Any) -> None:
    tasks = {"counted": CountedTask()}
    CountedParams.parsed = 0
    execution = execute(Plan(steps=[Step(task="counted", args={"label": "b"})]), fake_engine, _inputs(), tasks)
    assert CountedParams.parsed == 1 and execution.answer == "label b"
