"""Instruction-following rate (IFR) of multi-step instructions, overall and per sub-task.

A multi-step instruction asks for several sub-tasks at once (the release's II-task: transcribe,
answer a question about the audio, answer a text question that ignores the audio, continue the
story; its CoT-task: transcribe, summarise, translate the summary). A sub-task counts as
*followed* when the execution trace has a step of that task whose output is non-empty and on
topic (by default: it contains at least one letter or digit; pass ``judge`` for a stricter test).

Two rates come out:

* ``ifr``: followed sub-tasks over requested sub-tasks, pooled over all rows (the headline);
* ``ifr_all``: rows whose every sub-task was followed, over all rows.

Which one the paper's 92.5 % is: the WavLLM paper reports an II-task IFR of 92.5 % for WavLLM
against roughly 24-58 % for other 7B speech LLMs. A model that does only one of an II-task row's
four sub-tasks (typically it just transcribes) scores 25 % on the sub-task rate but 0 % on the
all-followed rate, and ~24 % is exactly what such baselines get; a whole-row rate would put them
near zero. So we read the paper's IFR as the sub-task-level rate and make it the headline
``ifr``; the stricter ``ifr_all`` is reported beside it. (The paper's 62.44 % "accuracy" grades
whether the outputs are right, which needs references or a judge model; IFR only asks whether
each requested sub-task was attempted.)

Expected sub-tasks per row come from ``row.extra["tasks"]`` (a list of task names) or else from
a ``+``-joined label such as the release's ``ASR+SQA+SFT+Continue`` in ``row.label`` or
``row.text``; release names map onto this project's task names (SFT -> instruct, ...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.base import (
    Metric,
    MetricResult,
    Prediction,
    Step,
    as_step,
    check_same_length,
)

__all__ = [
    "IfrMetric",
    "IfrResult",
    "expected_subtasks",
    "instruction_following_rate",
    "parse_subtask_label",
    "release_task_names",
]

def release_task_names(tasks: Mapping[str, Any] | None = None) -> dict[str, str]:
    """The release's sub-task labels -> this project's task names, from what the tasks declare.

    Each task answers to its own name and its ``release_labels`` (``sft`` for ``instruct``).

    Args:
        tasks: The tasks by name (default: the registry's).
    """
    if tasks is None:
        from wavllm_agent.registry import get_registry

        tasks = get_registry().tasks
    names: dict[str, str] = {}
    for name, task in tasks.items():
        names.setdefault(name.lower(), name)
        for label in getattr(task, "release_labels", ()):
            names.setdefault(label.strip().lower(), name)
    return names


def __getattr__(name: str) -> Any:
    """``RELEASE_TASK_NAMES``: :func:`release_task_names` of the registry (kept for older imports)."""
    if name == "RELEASE_TASK_NAMES":
        return release_task_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


Judge = Callable[[str, str], bool]


def _default_judge(task: str, text: str) -> bool:
    """Non-empty and not just punctuation: the cheapest sign a step produced an answer."""
    return bool(re.search(r"\w", text))


def parse_subtask_label(label: str) -> list[str]:
    """``"ASR+SQA+SFT+Continue"`` -> ``["asr", "sqa", "instruct", "continue"]``."""
    names = [part.strip().lower() for part in label.split("+") if part.strip()]
    release = release_task_names()
    return [release.get(name, name) for name in names]


def expected_subtasks(row: ManifestRow) -> list[str]:
    """The sub-tasks a row's instruction asks for (see the module docstring).

    Raises:
        UsageError: the row names none.
    """
    listed = row.extra.get("tasks")
    if isinstance(listed, list) and listed and all(isinstance(name, str) for name in listed):
        release = release_task_names()
        return [release.get(name.strip().lower(), name.strip().lower()) for name in listed]
    for candidate in (row.label, row.text):
        if isinstance(candidate, str) and re.fullmatch(r"\s*\w+(\s*\+\s*\w+)+\s*", candidate):
            return parse_subtask_label(candidate)
    raise UsageError(
        f"ifr: row {row.id!r} does not say which sub-tasks its instruction asks for",
        hint='add "tasks": ["asr", "summarize", "translate"] to the row, or a label like ASR+SQA',
    )


@dataclass(frozen=True)
class IfrResult:
    """Instruction-following rates, in percent.

    Attributes:
        ifr: Followed sub-tasks over requested sub-tasks, pooled over rows (the headline).
        all_followed: Rows with every sub-task followed, over rows.
        per_task: For each task name, its followed share among the times it was requested.
        per_row: Each row's followed share.
    """

    ifr: float
    all_followed: float
    per_task: dict[str, float]
    per_row: tuple[float, ...]


def _followed(expected: Sequence[str], steps: Sequence[Step], judge: Judge) -> list[bool]:
    """For each expected sub-task, whether an unused step of that task passed the judge.

    Each step serves one sub-task at most, so "translate twice" needs two translate steps;
    order is not required (a plan may reorder independent sub-tasks).
    """
    unused = list(steps)
    result = []
    for task in expected:
        match = next((step for step in unused if step.task == task and judge(task, step.text)), None)
        if match is not None:
            unused.remove(match)
        result.append(match is not None)
    return result


def instruction_following_rate(
    expected: Sequence[Sequence[str]],
    steps: Sequence[Sequence[Step | Mapping[str, Any]]],
    *,
    judge: Judge | None = None,
) -> IfrResult:
    """IFR over rows given each row's expected sub-tasks and its execution trace.

    Args:
        expected: Per row, the task names the instruction asked for.
        steps: Per row, the executed steps in order (``Step`` or ``{"task", "text"}``).
        judge: ``judge(task, text) -> bool`` deciding whether a step's output is a real,
            on-topic answer; the default accepts any output with a letter or digit.

    Raises:
        UsageError: lengths differ, nothing is given, or a row expects no sub-task.
    """
    check_same_length("ifr", expected, steps)
    judge = judge or _default_judge
    requested: Counter[str] = Counter()
    followed: Counter[str] = Counter()
    per_row = []
    complete = 0
    for index, (tasks, trace) in enumerate(zip(expected, steps, strict=True)):
        if not tasks:
            raise UsageError(f"ifr: row {index} expects no sub-task")
        flags = _followed(tasks, [as_step(step) for step in trace], judge)
        for task, ok in zip(tasks, flags, strict=True):
            requested[task] += 1
            followed[task] += ok
        per_row.append(100.0 * sum(flags) / len(flags))
        complete += all(flags)
    return IfrResult(
        ifr=100.0 * sum(followed.values()) / sum(requested.values()),
        all_followed=100.0 * complete / len(per_row),
        per_task={task: 100.0 * followed[task] / requested[task] for task in sorted(requested)},
        per_row=tuple(per_row),
    )


class IfrMetric(Metric):
    """``ifr`` of multi-step rows; adds ``ifr_all`` and ``ifr_<task>`` per sub-task."""

    name = "ifr"
    description = "instruction-following rate: share of requested sub-tasks answered (percent)"

    def __init__(self, *, judge: Judge | None = None) -> None:
        self.judge = judge

    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        check_same_length(self.name, rows, predictions)
        result = instruction_following_rate(
            [expected_subtasks(row) for row in rows],
            [prediction.steps for prediction in predictions],
            judge=self.judge,
        )
        details = {"ifr_all": result.all_followed}
        details.update({f"ifr_{task}": rate for task, rate in result.per_task.items()})
        return MetricResult(name=self.name, value=result.ifr, details=details, per_item=result.per_row)
