"""Which task each manifest row asks for, and the arguments of its task call.

A row's task comes from, in order: ``--task`` (one task for every row); the row's own ``task``
key (JSON Lines); its instruction (the ``prompt``), read by the rule planner the way ``wavllm
ask`` reads a user's instruction, so the released tsv files need no task column. An instruction
the planner splits into one requested step is that step's task (with the step's arguments, e.g.
``target_lang="de"`` from "Translate the audio clip into German."); one it splits into several
(the release's II-task and CoT-task rows) is a multi-step row, task ``multi-step``
(:data:`~wavllm_agent.tasks.multistep.MULTI_STEP`). A row with no instruction belongs to the task
that compares two recordings (``audio_inputs = 2``, speaker verification) when it has ``audio2``,
and otherwise to the planner's question task (``PlanRole.QUESTION``): a question about the audio
when it has ``question``, else a spoken question (the release's SQQA row: empty prompt).

Which tasks can be evaluated, and with which metrics, is what the tasks declare (``Task.metrics``).

Every row of one evaluation must come to the same task: a manifest that mixes tasks is refused
with the counts (pass ``--task`` or split the manifest).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import AudioError, ManifestError, PlanError, UnknownTaskError, UsageError
from wavllm_agent.tasks.multistep import MULTI_STEP, canonical_task_name
from wavllm_agent.tasks.traits import PlanRole

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

__all__ = ["MULTI_STEP", "EvalJobs", "RowJob", "canonical_task", "plan_jobs"]

# Row fields a task call takes under its own name when the task's parameters have them.
_INSTRUCTION_PARAMS = ("prompt", "instruction")
_TARGET_PARAM = "target_lang"
"""A task with this parameter writes in that language: BLEU and ROUGE tokenize for it."""


def canonical_task(name: str) -> str:
    """A task name as the evaluation uses it: lower case, multi-step spellings as ``multi-step``."""
    return canonical_task_name(name)


@dataclass(frozen=True)
class RowJob:
    """One row and the task call that answers it.

    Attributes:
        index: The row's 0-based position in the manifest (the key of resumable runs).
        row: The manifest row.
        task: The task name (``multi-step`` for multi-step rows).
        args: The task's parameters (``question``, ``target_lang``, ...); empty for multi-step.
        instruction: The instruction ``ask`` plans and runs (multi-step rows only).
        expected: Multi-step rows: the sub-tasks the instruction asks for (scored by IFR).
    """

    index: int
    row: ManifestRow
    task: str
    args: Mapping[str, Any] = field(default_factory=dict)
    instruction: str | None = None
    expected: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvalJobs:
    """The jobs of a whole manifest and what they share.

    Attributes:
        task: The one task of every row.
        jobs: One job per row, in manifest order.
        language: The output language where the metrics care (st: the target language).
        inferred: True when the task came from the rows, not from ``--task``.
    """

    task: str
    jobs: tuple[RowJob, ...]
    language: str | None = None
    inferred: bool = False


def _registered_tasks() -> Mapping[str, Task]:
    from wavllm_agent.registry import get_registry

    return get_registry().tasks


def _plan_steps(instruction: str, tasks: Mapping[str, Task]) -> list[Any]:
    """The requested (non-implicit) steps the rule planner makes of ``instruction``."""
    from wavllm_agent.planning import plan

    return [step for step in plan(instruction, tasks=tasks).steps if not step.implicit]


def _row_task(row: ManifestRow, forced: str | None, tasks: Mapping[str, Task]) -> tuple[str, dict[str, Any]]:
    """The row's task and the arguments its instruction implies."""
    if forced is not None:
        return forced, {}
    own = row.extra.get("task")
    if own is not None:
        if not isinstance(own, str) or not own.strip():
            raise ManifestError(f"row {row.id!r}: field 'task' must be a task name")
        return canonical_task(own), {}
    if row.prompt is None:
        return _unprompted_task(row, tasks), {}
    try:
        steps = _plan_steps(row.prompt, tasks)
    except PlanError as err:
        raise UsageError(
            f"row {row.id!r}: cannot tell the task from its prompt ({err.message})",
            hint="pass --task, or give the row a 'task' field",
        ) from err
    if len(steps) == 1:
        return steps[0].task, dict(steps[0].args)
    return MULTI_STEP, {}


def _unprompted_task(row: ManifestRow, tasks: Mapping[str, Task]) -> str:
    """A row without an instruction: a pair for the two-recording task, else the question task's."""
    if row.audio2 is not None:
        wanted, what = (lambda t: t.audio_inputs == 2 and bool(t.metrics)), "compares two recordings"
    else:
        wanted, what = (lambda t: t.planning.role == PlanRole.QUESTION), "answers questions about the audio"
    name = next((name for name, task in tasks.items() if wanted(task)), None)
    if name is None:
        raise UsageError(f"row {row.id!r} has no instruction, and no registered task {what}",
                         hint="pass --task, or give the row a 'task' field")
    return name


def _check_task(task: str, tasks: Mapping[str, Task]) -> None:
    from wavllm_agent.evaluation.metrics.registry import scored_tasks

    if task == MULTI_STEP:
        return
    if task not in tasks:
        # The registry's error names the known tasks and the closest match.
        from wavllm_agent.registry import get_registry

        get_registry().task(task)
    if not tasks[task].metrics:
        raise UnknownTaskError(
            f"task {task!r} has no evaluation metrics",
            hint=f"evaluate one of: {', '.join(scored_tasks(tasks))}",
        )


def _task_args(
    task: str, row: ManifestRow, planned: Mapping[str, Any], target_lang: str | None, spec: Task
) -> dict[str, Any]:
    """The task call's parameters: planned ones, then the row's fields, then the options."""
    accepted = set(spec.params_model.model_fields)
    args = {key: value for key, value in planned.items() if key in accepted}
    # A row may carry any parameter of its task under the parameter's name (language, labels, ...).
    args.update({key: value for key, value in row.extra.items() if key in accepted and value is not None})
    if "question" in accepted:
        # The row's question, else its prompt when the question is the task's whole instruction
        # (sqa); neither: the question spoken in the audio.
        question = row.question or (row.prompt if spec.instruction_param == "question" else None)
        if question:
            args["question"] = question
        else:
            args.pop("question", None)
    if _TARGET_PARAM in accepted and target_lang:
        args[_TARGET_PARAM] = target_lang
    for name in _INSTRUCTION_PARAMS:
        # Engines that take instructions get the row's wording (the release's prompts vary).
        if name in accepted and row.prompt and name not in args:
            args[name] = row.prompt
    return args


def _expected(row: ManifestRow, instruction: str, tasks: Mapping[str, Task]) -> tuple[str, ...]:
    """Sub-tasks of a multi-step row: its own list or label, else what its instruction asks for."""
    from wavllm_agent.evaluation.metrics.ifr import expected_subtasks

    try:
        return tuple(expected_subtasks(row))
    except UsageError:
        pass
    try:
        return tuple(step.task for step in _plan_steps(instruction, tasks))
    except PlanError as err:
        raise UsageError(
            f"row {row.id!r}: cannot tell which sub-tasks its instruction asks for ({err.message})",
            hint='give the row "tasks": ["asr", "summarize", ...] or a label such as ASR+SQA',
        ) from err


def _check_audio(row: ManifestRow) -> None:
    for path in (row.audio, row.audio2):
        if path is not None and not path.is_file():
            raise AudioError(
                f"row {row.id!r}: audio file not found: {path}",
                hint="relative paths are read from the manifest's folder",
            )


def plan_jobs(
    rows: Sequence[ManifestRow],
    *,
    task: str | None = None,
    target_lang: str | None = None,
    check_audio: bool = True,
) -> EvalJobs:
    """Decide the task of every row and build its job.

    Args:
        rows: The manifest's rows.
        task: One task for every row (``--task``); ``None`` infers it (see the module docstring).
        target_lang: Tasks with a ``target_lang`` parameter (st, translate): the target language for
            every row (``--target-lang``).
        check_audio: Refuse rows whose audio files do not exist (before any model loads).

    Raises:
        UnknownTaskError: an unknown task, or one without metrics.
        UsageError: a manifest that mixes tasks, a row whose task cannot be told, a multi-step
            row without an instruction.
        AudioError: a row's audio file does not exist.
    """
    if not rows:
        raise ManifestError("the manifest has no rows", hint="add at least one row")
    tasks = _registered_tasks()
    forced = canonical_task(task) if task else None
    if forced is not None:
        _check_task(forced, tasks)
    decided = [_row_task(row, forced, tasks) for row in rows]
    counts = Counter(name for name, _ in decided)
    if len(counts) > 1:
        listed = ", ".join(f"{name} ({count} rows)" for name, count in counts.most_common())
        raise UsageError(
            f"the manifest mixes tasks: {listed}",
            hint="evaluate one task at a time: pass --task, or split the manifest",
        )
    the_task = decided[0][0]
    _check_task(the_task, tasks)
    jobs = []
    for index, (row, (_, planned)) in enumerate(zip(rows, decided, strict=True)):
        if check_audio:
            _check_audio(row)
        if the_task == MULTI_STEP:
            if not row.prompt:
                raise ManifestError(
                    f"row {row.id!r} has no instruction (prompt) for a multi-step evaluation",
                    hint="give each multi-step row its instruction in 'prompt'",
                )
            expected = _expected(row, row.prompt, tasks)
            jobs.append(RowJob(index, row, MULTI_STEP, {}, row.prompt, expected))
        else:
            args = _task_args(the_task, row, planned, target_lang, tasks[the_task])
            jobs.append(RowJob(index, row, the_task, args))
    return EvalJobs(the_task, tuple(jobs), _language(the_task, jobs, tasks), inferred=forced is None)


def _language(task: str, jobs: Sequence[RowJob], tasks: Mapping[str, Task]) -> str | None:
    """The output language the metrics use: the most common ``target_lang`` of the rows' calls."""
    spec = tasks.get(task)
    if spec is None or _TARGET_PARAM not in spec.params_model.model_fields:
        return None
    codes: Counter[str] = Counter()
    for job in jobs:
        try:
            codes[str(getattr(spec.parse_params(dict(job.args)), _TARGET_PARAM))] += 1
        except UsageError:
            continue  # the row's own call reports its bad argument as an error row
    return codes.most_common(1)[0][0] if codes else None
