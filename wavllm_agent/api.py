"""The core Python API: load an engine, run a task, ask a free instruction.

The CLI, the REPL and the LangChain tools all call these functions.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from wavllm_agent.audio import Audio, AudioInput, AudioLimits, load_audio
from wavllm_agent.budget import budget_scope
from wavllm_agent.engines.base import Engine
from wavllm_agent.errors import EngineError, UsageError, WavLLMError
from wavllm_agent.registry import get_registry
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskInput

if TYPE_CHECKING:
    from wavllm_agent.planning import Execution, Plan, StepEvent

_T = TypeVar("_T")
_EngineKey = tuple[str, tuple[tuple[str, str], ...]]
_ENGINES: dict[_EngineKey, Engine] = {}
_ENGINES_LOCK = threading.Lock()
"""Guards the two dicts only; it is never held while a factory runs."""
_BUILDING: dict[_EngineKey, threading.Lock] = {}
"""One lock per engine being built, so that two threads asking for the same engine build it once,
while a factory may itself call :func:`load_engine` (an engine plugin wrapping the embedded one)."""


def load_engine(name: str | None = None, **options: Any) -> Engine:
    """The engine called ``name`` (default: the embedded one), built once per process and options.

    Options go to the engine's factory, e.g. ``model="path/to/folder"``, ``device="cuda"``.
    Models load lazily, when a task first needs them. A factory may call ``load_engine`` itself
    (to wrap another engine); only a factory that asks for its own engine again is refused.

    Raises:
        UnknownEngineError: no engine of that name is registered.
        UsageError: a factory asked for the very engine it is building.
    """
    factory = get_registry().engine_factory(name)
    clean = {k: v for k, v in options.items() if v is not None}
    key = (factory.name, tuple(sorted((k, repr(v)) for k, v in clean.items())))
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is not None:
            return engine
        building = _BUILDING.setdefault(key, threading.Lock())
    if key in _building_here():
        raise UsageError(f"engine {factory.name!r}'s factory asks for engine {factory.name!r} itself",
                         hint="a wrapping engine must load a different engine")
    with building:
        with _ENGINES_LOCK:
            engine = _ENGINES.get(key)
        if engine is None:
            _building_here().add(key)
            try:
                engine = factory.create(**clean)
            finally:
                _building_here().discard(key)
            with _ENGINES_LOCK:
                _ENGINES[key] = engine
                _BUILDING.pop(key, None)
    return engine


_THIS_THREAD = threading.local()


def _building_here() -> set[_EngineKey]:
    """The engines this thread is building right now (to catch a factory that asks for itself)."""
    keys: set[_EngineKey] | None = getattr(_THIS_THREAD, "keys", None)
    if keys is None:
        keys = _THIS_THREAD.keys = set()
    return keys


def clear_engines() -> None:
    """Close and forget every engine built by :func:`load_engine`."""
    with _ENGINES_LOCK:
        for engine in _ENGINES.values():
            engine.close()
        _ENGINES.clear()


def resolve_engine(engine: Engine | str | None) -> Engine:
    """An :class:`Engine` from an engine object, a registered name, or None (the default).

    Raises:
        UsageError: ``engine`` is something else (e.g. a second audio path passed by position).
    """
    if isinstance(engine, Engine):
        return engine
    if engine is not None and not isinstance(engine, str):
        raise UsageError(f"engine must be an Engine, an engine name or None, not {type(engine).__name__}",
                         hint="pass a second recording as audio2=...")
    return load_engine(engine)


def resolve_task(task: Task | str) -> Task:
    """A :class:`Task` from a task object or a registered name."""
    return task if isinstance(task, Task) else get_registry().task(task)


def audio_limits(limits: AudioLimits | None, max_audio_seconds: float | None) -> AudioLimits:
    """``limits`` (default: from the environment) with its duration limit set to ``max_audio_seconds``."""
    base = limits or AudioLimits.from_env()
    if max_audio_seconds is None:
        return base
    if max_audio_seconds <= 0:
        raise UsageError(f"max_audio_seconds must be positive, got {max_audio_seconds}")
    return dataclasses.replace(base, max_seconds=float(max_audio_seconds))


def _audio(value: AudioInput | None, sampling_rate: int | None, limits: AudioLimits | None) -> Audio | None:
    return None if value is None else load_audio(value, sampling_rate=sampling_rate, limits=limits)


def guarded(engine: Engine, what: str, work: Callable[[], _T]) -> _T:
    """Run ``work`` holding the engine's lock; unexpected exceptions become :class:`EngineError`."""
    with engine.lock:
        try:
            return work()
        except WavLLMError:
            raise
        except MemoryError:
            raise EngineError(f"engine {engine.name!r} ran out of memory during {what}") from None
        except Exception as exc:
            raise EngineError(f"engine {engine.name!r} failed during {what}: {type(exc).__name__}: {exc}") from exc


def run_task(
    task: Task | str,
    audio: AudioInput | None,
    engine: Engine | str | None = None,
    *,
    audio2: AudioInput | None = None,
    text: str | None = None,
    sampling_rate: int | None = None,
    limits: AudioLimits | None = None,
    max_new_tokens: int | None = None,
    max_audio_seconds: float | None = None,
    **args: Any,
) -> TaskResult:
    """Run one task on audio (and/or text) and return its typed result.

    Args:
        task: a task name (``"asr"``, ``"st"``, ``"sv"``, ``"er"``, ``"sqa"``, ``"summarize"``, ...)
            or a :class:`Task`.
        audio: a path, bytes, an array (with ``sampling_rate``), or None for a text task given ``text``.
        engine: an engine, its name, or None for the default engine.
        audio2: a second recording (``sv`` comparing two files).
        text: input text for text tasks.
        limits: audio limits (default: from the environment).
        max_new_tokens: budget of new tokens for any answer generated in this call.
        max_audio_seconds: refuse longer audio (before decoding all of it).
        **args: the task's parameters (``question=``, ``target_lang=``, ``max_words=``, ...).

    Returns:
        The task's result; ``.text`` is the answer, ``.to_dict()`` the JSON of the CLI contract.

    Raises:
        UnknownTaskError, AudioError, UsageError: bad input. EngineError: the engine failed.
    """
    spec = resolve_task(task)
    params = spec.parse_params(args)
    limits = audio_limits(limits, max_audio_seconds)
    inputs = TaskInput(_audio(audio, sampling_rate, limits), _audio(audio2, sampling_rate, limits), text)
    eng = resolve_engine(engine)
    with budget_scope(max_new_tokens):
        return guarded(eng, f"task {spec.name!r}", lambda: spec.run(eng, inputs, params))


def ask(
    audio: AudioInput | None,
    instruction: str,
    engine: Engine | str | None = None,
    *,
    planner: str = "rules",
    on_step: Callable[[StepEvent], None] | None = None,
    sampling_rate: int | None = None,
    limits: AudioLimits | None = None,
    max_new_tokens: int | None = None,
    max_audio_seconds: float | None = None,
    plan: Plan | None = None,
) -> Execution:
    """Plan a free instruction into steps, run them, and answer.

    Args:
        audio: the recording (path, bytes, array with ``sampling_rate``), or None for text-only steps.
        instruction: what to do, in plain words; several steps in one sentence are fine.
        engine: an engine, its name, or None for the default engine.
        planner: ``"rules"`` (deterministic) or ``"llm"`` (the engine's LLM, rules as fallback).
        on_step: called with each step's start and finish event (for progress displays).
        max_new_tokens: budget of new tokens for each answer generated in this call.
        max_audio_seconds: refuse longer audio (before decoding all of it).
        plan: a :class:`~wavllm_agent.planning.Plan` already made for ``instruction`` (e.g. shown to
            the user first); it is run as is instead of planning again.

    Returns:
        An :class:`~wavllm_agent.planning.Execution` with ``.answer``, ``.steps`` and ``.to_dict()``.
    """
    from wavllm_agent.planning import execute
    from wavllm_agent.planning import plan as make_plan

    inputs = TaskInput(_audio(audio, sampling_rate, audio_limits(limits, max_audio_seconds)))
    eng = resolve_engine(engine)
    tasks = get_registry().tasks
    the_plan = plan
    if the_plan is None:
        generate = (lambda prompt: eng.generate(prompt, max_new_tokens=256)) if planner == "llm" else None
        with eng.lock:  # the LLM planner uses the engine's model too
            the_plan = make_plan(instruction, tasks=tasks, planner=planner, generate=generate)
    with budget_scope(max_new_tokens):
        return guarded(eng, "the instruction", lambda: execute(the_plan, eng, inputs, tasks, on_step=on_step))
