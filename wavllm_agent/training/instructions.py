"""What the model is asked and what it must answer, for each training row.

A row that carries its own ``prompt`` keeps it and its ``text`` is the target (the released tsv
rows, validation rows). Otherwise the instruction comes from the row's task:

* a single task draws one phrasing from the task's bank (``Task.prompts``) with a seeded
  ``random.Random`` - or takes the first phrasing when wordings are not varied - and fills in
  the row's parameters (``question`` for sqa, ``target_lang`` for st, ...);
  sv answers ``Yes``/``No`` from the row's label; sqa without a question is the release's
  spoken-question form (empty instruction);
* a ``multi`` row is composed, as in the paper's advanced multi-task stage: several sub-tasks
  the row can answer are picked (two up to ``max_subtasks``), each gets a phrasing from its
  bank, the phrasings are joined with connectives the way the release's II-task instruction is
  ("To begin, ...; Subsequently, ...; Lastly, ..."), and the targets are joined in the same
  order, one per line.

Sub-tasks a ``multi`` row can answer, from its fields: ``asr`` (``text`` is the transcript,
always), ``sqa`` (``question`` + ``answer``), ``continue`` (``continuation``), ``instruct``
(``instruction`` + ``response``: a request that ignores the audio), ``sv`` (``speakers: 1``),
``st`` (``translation`` + ``target_lang``), ``summarize`` (``summary``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import ManifestError
from wavllm_agent.training.sources import MULTI

FIRST = ("To begin,", "First of all,", "First,", "Start by this:")
MIDDLE = ("Subsequently,", "Additionally,", "Then,", "Furthermore,", "Next,", "After that,")
LAST = ("Lastly,", "Finally,", "In the end,", "To finish,")


@dataclass(frozen=True)
class Request:
    """An instruction, the answer it expects, and the sub-tasks it asks for (one for single tasks)."""

    instruction: str
    target: str
    subtasks: tuple[str, ...]


def _tasks() -> Mapping[str, Any]:
    from wavllm_agent.registry import get_registry

    return get_registry().tasks


def _phrase(task: str, rng: random.Random | None, params: dict[str, Any] | None = None) -> str:
    spec = _tasks()[task]
    return spec.prompt(spec.parse_params(params or {}), rng=rng)


def _yes_no(row: ManifestRow) -> str:
    if isinstance(row.label, bool):
        return "Yes" if row.label else "No"
    return row.text


def single_request(row: ManifestRow, task: str, rng: random.Random | None) -> Request:
    """Instruction and target of a single-task row without its own prompt (see the module docstring)."""
    if task == "sqa":
        return Request(row.question or "", row.text, ("sqa",))
    if task == "sv":
        # A pair is heard as one recording (clip, pause, clip): the single-recording question fits.
        return Request(_phrase("sv", rng), _yes_no(row), ("sv",))
    if task == "instruct":
        instruction = row.extra.get("instruction") or row.question
        if not instruction:
            raise ManifestError(f"row {row.id!r}: an instruct row needs an 'instruction' or a 'prompt'")
        return Request(str(instruction), row.text, ("instruct",))
    params = {}
    if task in ("st", "translate") and row.extra.get("target_lang"):
        params["target_lang"] = row.extra["target_lang"]
    target = row.label if task == "er" and isinstance(row.label, str) else row.text
    return Request(_phrase(task, rng, params), target, (task,))


def _available(row: ManifestRow) -> dict[str, Callable[[random.Random | None], tuple[str, str]]]:
    """Sub-task -> (rng -> (instruction, target)) for what the row's fields can answer."""
    extra = row.extra
    found: dict[str, Callable[[random.Random | None], tuple[str, str]]] = {
        "asr": lambda rng: (_phrase("asr", rng), row.text)
    }
    if row.question and extra.get("answer"):
        found["sqa"] = lambda rng: (str(row.question), str(extra["answer"]))
    if extra.get("continuation"):
        found["continue"] = lambda rng: (_phrase("continue", rng), str(extra["continuation"]))
    if extra.get("instruction") and extra.get("response"):
        found["instruct"] = lambda rng: (
            f"{_phrase_ignore(rng)} {extra['instruction']}",
            str(extra["response"]),
        )
    if extra.get("speakers") == 1:
        found["sv"] = lambda rng: (_phrase("sv", rng), "Yes")
    if extra.get("translation") and extra.get("target_lang"):
        found["st"] = lambda rng: (
            _phrase("st", rng, {"target_lang": extra["target_lang"]}),
            str(extra["translation"]),
        )
    if extra.get("summary"):
        found["summarize"] = lambda rng: (_phrase("summarize", rng), str(extra["summary"]))
    return found


def _phrase_ignore(rng: random.Random | None) -> str:
    options = ("ignore the audio clip,", "disregarding the sound,", "without using the audio,")
    return options[0] if rng is None else rng.choice(options)


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
    names = picker.sample(sorted(available), count)
    if "asr" in names:  # a transcript first, as in the release's multi-task instructions
        names.remove("asr")
        names.insert(0, "asr")
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
    """The instruction and target of ``row`` (``rng=None``: the fixed, first wordings)."""
    if row.prompt is not None:
        return Request(row.prompt or "", row.text, tuple(row.extra.get("tasks") or (task,)))
    if task == MULTI:
        return multi_request(row, rng, max_subtasks)
    return single_request(row, task, rng)
