"""Planning: a user's instruction -> steps of registered tasks, and running those steps.

WavLLM cannot split a one-shot complex instruction ("transcribe it, summarise it in 20 words,
then translate the summary into German") into steps by itself; this package does it outside the
model. ``plan`` makes the plan (rules by default, or the engine's LLM with the rules as the
fallback), ``execute`` runs it on an engine.

Importing this package loads no model and does not import torch (``wavllm plan`` relies on it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from wavllm_agent.errors import UsageError
from wavllm_agent.planning.execute import Execution, StepEvent, StepTrace, execute
from wavllm_agent.planning.llm import plan_llm
from wavllm_agent.planning.plan import Plan, Step
from wavllm_agent.planning.rules import plan_rules

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

__all__ = ["PLANNERS", "Execution", "Plan", "Step", "StepEvent", "StepTrace", "execute", "plan",
           "plan_llm", "plan_rules"]

PLANNERS = ("rules", "llm")
"""The planners ``plan`` can use."""


def plan(instruction: str, *, tasks: Mapping[str, Task] | None = None, planner: str = "rules",
         generate: Callable[[str], str] | None = None) -> Plan:
    """Turn ``instruction`` into a validated :class:`Plan`.

    Args:
        instruction: what the user wrote (empty: answer the question spoken in the audio).
        tasks: the tasks to plan with; default: every registered task.
        planner: ``"rules"`` (no model) or ``"llm"`` (asks ``generate``; falls back to the rules
            on output that is not a valid plan).
        generate: prompt -> completion, e.g. ``lambda p: engine.generate(p)``; needed for ``"llm"``.

    Raises:
        PlanError: an instruction that cannot be planned.
        UsageError: an unknown planner, or ``"llm"`` without ``generate``.
    """
    if tasks is None:
        from wavllm_agent.registry import get_registry

        tasks = get_registry().tasks
    if planner == "rules":
        return plan_rules(instruction, tasks)
    if planner == "llm":
        if generate is None:
            raise UsageError("the llm planner needs a generate function", hint="pass generate=engine.generate")
        return plan_llm(instruction, tasks, generate)
    raise UsageError(f"unknown planner {planner!r}", hint=f"use one of: {', '.join(PLANNERS)}")
