"""Running a plan on an engine: outputs passed along, a trace per step, the answer assembled.

A step with ``input=i`` gets ``TaskInput(audio=..., text=<output of step i>)``; every other step
gets the caller's inputs (speech tasks listen to the audio; a text task transcribes it). Each
step's trace says whether it produced output (``followed``), which is what the
instruction-following rate of multi-step instructions counts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from wavllm_agent.errors import EngineError, WavLLMError
from wavllm_agent.languages import language_name
from wavllm_agent.planning.plan import Plan, Step
from wavllm_agent.tasks.base import TaskInput

if TYPE_CHECKING:
    from wavllm_agent.engines.base import Engine
    from wavllm_agent.results import TaskResult
    from wavllm_agent.tasks.base import Task


@dataclass
class StepTrace:
    """What one step did.

    Attributes:
        index: the step's place in the plan (0-based).
        task, args, input, implicit: as in the plan's :class:`Step`.
        input_text: the text handed over from step ``input`` (None when it worked on the audio).
        text: the step's output text ("" when it produced none).
        result: the task's typed result (None when the step was skipped).
        seconds: how long the step ran.
        skipped: why the step did not run (its input step produced no text), else None.
    """

    index: int
    task: str
    args: dict[str, Any]
    input: int | None
    implicit: bool
    input_text: str | None
    text: str
    result: TaskResult | None
    seconds: float
    skipped: str | None = None

    @property
    def grounding(self) -> dict[str, Any] | None:
        """What the grounding checks did to the step's output (checks, retry, fallback), if any ran."""
        value = getattr(self.result, "grounding", None)
        return value if isinstance(value, dict) else None

    @property
    def followed(self) -> bool:
        """True when the step produced output (non-empty text) that is not a statement of failure
        (a translation whose checks failed twice says so instead of translating)."""
        return bool(self.text.strip()) and (self.grounding or {}).get("fallback") != "failed"

    def to_dict(self, *, with_result: bool = False) -> dict[str, Any]:
        """``{"task", "text", "args", "seconds", "followed", "index", "input", "implicit"}``, plus
        ``"grounding"`` when the step's output was checked (checks, retry, fallback), and with
        ``with_result`` the step's full typed result as ``"result"`` (segments, scores, ...)."""
        out = {"task": self.task, "text": self.text, "args": dict(self.args), "seconds": round(self.seconds, 3),
               "followed": self.followed, "index": self.index, "input": self.input, "implicit": self.implicit}
        if self.skipped:
            out["skipped"] = self.skipped
        if self.grounding is not None:
            out["grounding"] = self.grounding
        if with_result:
            out["result"] = self.result.to_dict() if self.result is not None else None
        return out


@dataclass
class StepEvent:
    """Sent to ``on_step`` before (``"started"``) and after (``"finished"``, with its trace) a step."""

    kind: Literal["started", "finished"]
    index: int
    total: int
    step: Step
    trace: StepTrace | None = None


@dataclass
class Execution:
    """A plan's run: the traces of its steps and the assembled answer."""

    plan: Plan
    steps: list[StepTrace] = field(default_factory=list)
    answer: str = ""

    @property
    def requested(self) -> list[StepTrace]:
        """The steps the user asked for (not the implicit prerequisites)."""
        return [t for t in self.steps if not t.implicit]

    @property
    def followed_rate(self) -> float:
        """Fraction (0-1) of the requested steps that produced output."""
        asked = self.requested
        return sum(t.followed for t in asked) / len(asked) if asked else 0.0

    def to_dict(self) -> dict[str, Any]:
        """``{"answer", "steps": [{"task", "text", "args", "seconds", "followed", ...}], "planner"}``, and
        the plan's ``"notes"`` when it has any (why the planner changed or dropped something)."""
        out = {"answer": self.answer, "steps": [t.to_dict() for t in self.steps], "planner": self.plan.planner,
               "followed_rate": round(self.followed_rate, 4)}
        if self.plan.notes:
            out["notes"] = list(self.plan.notes)
        return out


def execute(plan: Plan, engine: Engine, inputs: TaskInput, tasks: Mapping[str, Task], *,
            on_step: Callable[[StepEvent], None] | None = None) -> Execution:
    """Run ``plan``'s steps in order on ``engine``.

    Args:
        plan: the plan (checked against ``tasks`` first).
        engine: what the tasks run on.
        inputs: the audio (and second audio, or text) the plan works on.
        tasks: the registered tasks by name.
        on_step: called with a :class:`StepEvent` before and after each step (e.g. a spinner).

    Returns:
        The :class:`Execution`: a trace per step and the answer (see :func:`assemble_answer`).

    Raises:
        PlanError: the plan names unknown tasks or bad arguments (before anything runs).
        WavLLMError: a step failed; the same error type, its message naming the step. An
            unexpected exception inside a task becomes an :class:`EngineError` naming the step.
    """
    plan = plan if _carries_params(plan, tasks) else plan.validated(tasks)
    traces: list[StepTrace] = []
    total = len(plan.steps)
    for index, step in enumerate(plan.steps):
        if on_step is not None:
            on_step(StepEvent("started", index, total, step))
        trace = _run_step(index, step, engine, inputs, tasks[step.task], traces)
        traces.append(trace)
        if on_step is not None:
            on_step(StepEvent("finished", index, total, step, trace))
    return Execution(plan, traces, assemble_answer(plan, traces, tasks))


def _carries_params(plan: Plan, tasks: Mapping[str, Task]) -> bool:
    """Whether every step already holds parameters parsed by the task ``tasks`` names (a planner's
    validated plan), so that they are not parsed again."""
    return all(step.task in tasks and isinstance(step.params, tasks[step.task].params_model)
               for step in plan.steps)


def _run_step(index: int, step: Step, engine: Engine, inputs: TaskInput, task: Task,
              traces: list[StepTrace]) -> StepTrace:
    input_text = None
    task_input = inputs
    if step.input is not None:
        input_text = traces[step.input].text
        if not input_text.strip():
            # Running on nothing would silently fall back to the audio; record the gap instead.
            return StepTrace(index, step.task, step.args, step.input, step.implicit, input_text, "", None, 0.0,
                             skipped=f"step {step.input + 1} ({traces[step.input].task}) produced no text")
        task_input = TaskInput(audio=inputs.audio, audio2=inputs.audio2, text=input_text)
    started = time.perf_counter()
    try:
        result = task.run(engine, task_input, step.params)
    except WavLLMError as exc:
        raise _named(exc, index, step) from exc
    except Exception as exc:  # a bug or a library failure inside a task: typed, with the step named
        raise EngineError(f"step {index + 1} ({step.task}) failed: {type(exc).__name__}: {exc}") from exc
    seconds = time.perf_counter() - started
    text = result.text if isinstance(getattr(result, "text", None), str) else ""
    return StepTrace(index, step.task, step.args, step.input, step.implicit, input_text, text, result, seconds)


def _named(exc: WavLLMError, index: int, step: Step) -> WavLLMError:
    """The same kind of error, its message saying which step failed."""
    message = f"step {index + 1} ({step.task}): {exc.message}"
    try:
        named = type(exc)(message, hint=exc.hint)
    except Exception:  # noqa: BLE001 - a subclass with another signature keeps its own object
        exc.add_note(message)
        return exc
    return named


def assemble_answer(plan: Plan, traces: list[StepTrace], tasks: Mapping[str, Task]) -> str:
    """The answer: outputs of the requested steps that no later step consumed.

    One such step: its text. Several: a numbered list, one line each, labelled with the task's
    output noun and the language of a translation ("1. Transcript: ...", "2. Translation (German): ...").
    """
    consumed = {s.input for s in plan.steps if s.input is not None}
    leaves = [i for i, s in enumerate(plan.steps) if i not in consumed and not s.implicit]
    if not leaves:
        leaves = [len(plan.steps) - 1]
    if len(leaves) == 1:
        return traces[leaves[0]].text.strip()
    lines = []
    for number, i in enumerate(leaves, 1):
        noun = str(getattr(tasks.get(plan.steps[i].task), "output_noun", "") or "text")
        target = plan.steps[i].args.get("target_lang")
        into = f" ({language_name(target)})" if isinstance(target, str) else ""  # "Translation (German)"
        text = " ".join(traces[i].text.split()) or "(no output)"
        lines.append(f"{number}. {noun[:1].upper()}{noun[1:]}{into}: {text}")
    return "\n".join(lines)
