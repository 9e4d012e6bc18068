"""What the model is asked and what it must answer, for each training row.

A row that carries its own ``prompt`` keeps it and its ``text`` is the target (the released tsv
rows, validation rows). Otherwise the instruction comes from what the row's task declares
(``Task.training``, a :class:`~wavllm_agent.tasks.traits.TrainingTraits`, read from the registry):

* a single task draws one phrasing from the task's bank (``Task.prompts``) with a seeded
  ``random.Random`` - or takes the first phrasing when wordings are not varied - and fills in
  the row's fields that are task parameters (``target_lang`` for st, ...). A task with an
  ``instruction_param`` is asked the row's field of that name verbatim (sqa: its ``question``;
  without one, the release's spoken-question form: an empty instruction). The target is the row's
  ``text``, its ``label``, or ``Yes``/``No`` from a boolean label (``TrainingTraits.target``);
* a multi-step row is composed, as in the paper's advanced multi-task stage: several sub-tasks
  the row can answer are picked (two up to ``max_subtasks``), each gets a phrasing from its
  bank, the phrasings are joined with connectives the way the release's II-task instruction is
  ("To begin, ...; Subsequently, ...; Lastly, ..."), and the targets are joined in the same
  order, one per line.

A task is a sub-task a multi-step row can answer when the row holds the task's
``subtask_fields`` (the first is the answer; built in: ``asr`` from ``text``, always; ``sqa`` from
``question`` + ``answer``; ``continue`` from ``continuation``; ``instruct`` from ``instruction`` +
``response``; ``st`` from ``translation`` + ``target_lang``; ``summarize`` from ``summary``) or
the values of its ``subtask_requires`` (``sv``: ``speakers: 1``, answer ``Yes``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import ManifestError
from wavllm_agent.tasks.multistep import canonical_task_name
from wavllm_agent.training.sources import MULTI

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task
    from wavllm_agent.tasks.traits import TrainingTraits

FIRST = ("To begin,", "First of all,", "First,", "Start by this:")
MIDDLE = ("Subsequently,", "Additionally,", "Then,", "Furthermore,", "Next,", "After that,")
LAST = ("Lastly,", "Finally,", "In the end,", "To finish,")

_ROW_ATTRIBUTES = ("text", "question", "label")
"""Row fields that are attributes of :class:`ManifestRow`; every other field is in its ``extra``."""


@dataclass(frozen=True)
class Request:
    """An instruction, the answer it expects, and the sub-tasks it asks for (one for single tasks)."""

    instruction: str
    target: str
    subtasks: tuple[str, ...]


def _tasks() -> Mapping[str, Task]:
    from wavllm_agent.registry import get_registry

    return get_registry().tasks


def _field(row: ManifestRow, name: str) -> Any:
    """The row's field ``name`` (``text``, ``question``, ``label`` or a key of ``extra``), or None."""
    return getattr(row, name) if name in _ROW_ATTRIBUTES else row.extra.get(name)


def _traits(spec: Task) -> TrainingTraits:
    if spec.training is None:
        raise ManifestError(f"task {spec.name!r} declares no training", hint="train it from rows with a 'prompt'")
    return spec.training


def _row_params(spec: Task, row: ManifestRow) -> dict[str, Any]:
    """The row's fields that are parameters of the task (the instruction parameter aside)."""
    accepted = set(spec.params_model.model_fields) - {spec.instruction_param}
    return {key: value for key, value in row.extra.items() if key in accepted and value is not None}


def _phrase(spec: Task, rng: random.Random | None, params: dict[str, Any] | None = None) -> str:
    return spec.prompt(spec.parse_params(params or {}), rng=rng)


def _target(traits: TrainingTraits, row: ManifestRow) -> str:
    if traits.target == "yes_no" and isinstance(row.label, bool):
        return "Yes" if row.label else "No"
    if traits.target == "label" and isinstance(row.label, str):
        return row.label
    return row.text


def _verbatim(spec: Task, row: ManifestRow) -> str:
    """The row's instruction for a task with an ``instruction_param`` ("" when it may be left out)."""
    param = str(spec.instruction_param)
    value = _field(row, param) or row.question
    if value:
        return str(value)
    field_info = spec.params_model.model_fields.get(param)
    if field_info is not None and field_info.is_required():
        raise ManifestError(f"row {row.id!r}: a {spec.name} row needs {param!r} or a 'prompt'")
    return ""


def single_request(row: ManifestRow, task: str, rng: random.Random | None) -> Request:
    """Instruction and target of a single-task row without its own prompt (see the module docstring)."""
    spec = _tasks()[task]
    traits = _traits(spec)
    if spec.instruction_param:
        instruction = _verbatim(spec, row)
    else:
        instruction = _phrase(spec, rng, _row_params(spec, row))
    return Request(instruction, _target(traits, row), (task,))


def _subtask(spec: Task, row: ManifestRow) -> Callable[[random.Random | None], tuple[str, str]] | None:
    """rng -> (instruction, target) of ``spec`` as a sub-task of ``row``, or None when the row cannot."""
    traits = spec.training
    if traits is None or not traits.composable:
        return None
    if any(_field(row, key) != value for key, value in traits.subtask_requires.items()):
        return None
    values = [_field(row, key) for key in traits.subtask_fields]
    if not all(values) or (spec.instruction_param and not _field(row, spec.instruction_param)):
        return None
    answer = traits.subtask_answer if traits.subtask_answer is not None else str(values[0])

    def make(rng: random.Random | None) -> tuple[str, str]:
        if spec.instruction_param:
            instruction = str(_field(row, spec.instruction_param))
        else:
            instruction = _phrase(spec, rng, _row_params(spec, row))
        if traits.subtask_prefixes:
            prefixes = traits.subtask_prefixes
            instruction = f"{prefixes[0] if rng is None else rng.choice(prefixes)} {instruction}"
        return instruction, answer

    return make


def _available(row: ManifestRow) -> dict[str, Callable[[random.Random | None], tuple[str, str]]]:
    """Sub-task -> (rng -> (instruction, target)) for what the row's fields can answer."""
    found = {}
    for name, spec in _tasks().items():
        make = _subtask(spec, row)
        if make is not None:
            found[name] = make
    return found


def _first(names: list[str]) -> list[str]:
    """``names`` with the tasks that go first (a transcript) moved to the front, in their order."""
    tasks = _tasks()
    leading = [n for n in names if (t := tasks[n].training) is not None and t.subtask_first]
    return leading + [n for n in names if n not in leading]


def multi_request(row: ManifestRow, rng: random.Random | None, max_subtasks: int) -> Request:
    """A multi-task instruction composed from what the row can answer (see the module docstring).

    Raises:
        ManifestError: the row can answer fewer than two sub-tasks.
    """
    available = _available(row)
    if len(available) < 2:
        raise ManifestError(
            f"row {row.id!r}: a multi row needs at least two sub-tasks it can answer, has {sorted(available)}",
            hint="add e.g. question + answer, continuation, or instruction + response to the row",
        )
    picker = rng or random.Random(0)
    count = picker.randint(2, min(max_subtasks, len(available))) if rng is not None else len(available)
    count = min(count, max_subtasks)
    # A transcript first, as in the release's multi-task instructions.
    names = _first(picker.sample(sorted(available), count))
    parts, targets = [], []
    for position, name in enumerate(names):
        instruction, target = available[name](rng)
        if position == 0:
            connective = FIRST[0] if rng is None else rng.choice(FIRST)
        elif position == len(names) - 1:
            connective = LAST[0] if rng is None else rng.choice(LAST)
        else:
            connective = MIDDLE[0] if rng is None else rng.choice(MIDDLE)
        parts.append(f"{connective} {instruction}")
        targets.append(target)
    return Request("; ".join(parts), "\n".join(targets), tuple(names))


def request_for(
    row: ManifestRow, task: str, *, rng: random.Random | None, max_subtasks: int = 4
) -> Request:
    """The instruction and target of ``row`` (``rng=None``: the fixed, first wordings).

    ``task`` is a registered task's name or multi-step (any spelling: ``multi``, ``ask``, ...).
    """
    task = canonical_task_name(task)
    if row.prompt is not None:
        return Request(row.prompt or "", row.text, tuple(row.extra.get("tasks") or (task,)))
    if task == MULTI:
        return multi_request(row, rng, max_subtasks)
    return single_request(row, task, rng)
