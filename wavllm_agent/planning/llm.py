"""The LLM planner: the engine's language model writes the plan as JSON; the rules catch its slips.

The prompt lists the registered tasks with their descriptions and parameters. The reply's first
JSON plan is validated against the registered tasks (pydantic, then each task's parameter model);
anything invalid — no JSON, an unknown task, bad arguments, an input that points forward, a
failing model — falls back to the deterministic planner, and ``Plan.planner`` says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from wavllm_agent.errors import PlanError, WavLLMError
from wavllm_agent.planning.plan import Plan
from wavllm_agent.planning.rules import plan_rules
from wavllm_agent.planning.vocab import roles_of, traits_of
from wavllm_agent.tasks.traits import PlanRole

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

LLM = "llm"
FALLBACK = "rules (llm fallback)"

_MAX_REPLY_CHARS = 20_000
_MAX_DECODE_TRIES = 50
_FENCE = re.compile(r"```(?:json)?[ \t]*\n?(.*?)```", re.S)
_STEP_KEYS = ("task", "args", "input", "implicit")


def _example(tasks: Mapping[str, Task]) -> str | None:
    """The worked example: the transcript task's step, then the other tasks' declared steps, chained.

    From each task's ``planning.example`` (a :class:`~wavllm_agent.tasks.traits.PlanExample`); None
    when the transcript task or every other task declares none.
    """
    transcript = roles_of(tasks).get(PlanRole.TRANSCRIPT)
    first = traits_of(tasks[transcript]).example if transcript else None
    rest = sorted(((ex.order, name), ex) for name, t in tasks.items()
                  if name != transcript and (ex := traits_of(t).example) is not None)
    if first is None or not rest:
        return None
    steps = [(transcript, first), *((name, ex) for (_, name), ex in rest)]
    phrases = [ex.phrase for _, ex in steps]
    said = f"First {phrases[0]}, then " + ", ".join(phrases[1:-1]) + (" and " if len(phrases) > 2 else "") + phrases[-1]
    plan = {"steps": [{"task": name, "args": dict(ex.args), "input": k - 1 if k else None}
                      for k, (name, ex) in enumerate(steps)]}
    return f"Instruction: {said}.\nJSON: {json.dumps(plan)}"


def build_prompt(instruction: str, tasks: Mapping[str, Task]) -> str:
    """The planning prompt: the tasks (description, kind, parameters), the JSON format, the instruction."""
    lines = [
        "You plan the work of a speech assistant. Split the user's instruction into steps, each one "
        "of the tasks below, in the order they must run.",
        "",
        "Tasks:",
    ]
    for name, task in tasks.items():
        kind = getattr(getattr(task, "kind", None), "value", "speech")
        lines.append(f"- {name} ({kind} task): {getattr(task, 'description', '')}")
        for param in _params(task):
            lines.append(f"    - {param}")
    lines += [
        "",
        "Rules:",
        '- Reply with one JSON object and nothing else: {"steps": [{"task": NAME, "args": {...}, "input": null or N}]}.',
        '- "input" is the 0-based index of the earlier step whose output the step works on; null means '
        "the audio itself (for a text task: the audio's transcript). Speech tasks always take null.",
        *_declared_rules(tasks),
        "",
    ]
    example = _example(tasks)
    if example:
        lines += ["Example:", example, ""]
    lines += [f"Instruction: {instruction.strip()}", "JSON:"]
    return "\n".join(lines)


def _declared_rules(tasks: Mapping[str, Task]) -> list[str]:
    """The rules that name tasks, from what the tasks declare (the transcript and question roles)."""
    roles = roles_of(tasks)
    transcript, question = roles.get(PlanRole.TRANSCRIPT), roles.get(PlanRole.QUESTION)
    nouns = dict.fromkeys(str(getattr(t, "output_noun", n)) for n, t in tasks.items()
                          if traits_of(t).needs_transcript)
    rules = []
    if transcript and nouns:
        rules.append(f"- A {' or '.join(nouns)} of the speech needs a transcript first: add an "
                     f'"{transcript}" step with "implicit": true when the user did not ask for one.')
    rule = "- Plan only what the instruction asks for."
    if question:
        rule += f' An empty instruction means: answer the question spoken in the audio ("{question}" with no question).'
    return [*rules, rule]


def _params(task: Task) -> list[str]:
    try:
        schema = task.params_model.model_json_schema()
    except Exception:  # noqa: BLE001 - a plugin's odd parameter model must not stop planning
        return []
    required = set(schema.get("required", []))
    out = []
    for name, prop in schema.get("properties", {}).items():
        kind = prop.get("type") or "/".join(p.get("type", "?") for p in prop.get("anyOf", []) if p.get("type") != "null")
        need = "required" if name in required else "optional"
        out.append(f"{name} ({kind or 'any'}, {need}): {prop.get('description', '')}".rstrip(": "))
    return out


def extract_plan_json(reply: str) -> Any | None:
    """The first JSON plan in ``reply``: ``{"steps": [...]}`` or a bare list of steps; else None.

    Looks inside ```json fences first, then at every ``{`` or ``[`` (a bounded number of tries).
    """
    text = reply[:_MAX_REPLY_CHARS]
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    for candidate in candidates:
        tries = 0
        for m in re.finditer(r"[\[{]", candidate):
            tries += 1
            if tries > _MAX_DECODE_TRIES:
                break
            try:
                value, _ = decoder.raw_decode(candidate, m.start())
            except ValueError:
                continue
            if isinstance(value, dict) and isinstance(value.get("steps"), list):
                return value
            if isinstance(value, list) and value and all(isinstance(v, dict) and "task" in v for v in value):
                return {"steps": value}
    return None


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Only the plan: the LLM's extra keys ("reasoning", per-step "why") are not errors."""
    steps = [{k: v for k, v in s.items() if k in _STEP_KEYS} if isinstance(s, dict) else s for s in data["steps"]]
    return {"steps": steps}


def plan_llm(instruction: str, tasks: Mapping[str, Task], generate: Callable[[str], str]) -> Plan:
    """Ask ``generate`` (the engine's LLM) for a JSON plan; fall back to the rules when it is invalid.

    Returns:
        A validated plan with ``planner == "llm"``, or the rule planner's plan with
        ``planner == "rules (llm fallback)"`` and the reason in ``notes``.

    Raises:
        PlanError: only when the fallback itself cannot plan the instruction.
    """
    try:
        reply = generate(build_prompt(instruction, tasks))
    except WavLLMError as exc:
        return _fallback(instruction, tasks, f"the LLM failed: {exc}")
    if not isinstance(reply, str):
        return _fallback(instruction, tasks, f"the LLM returned {type(reply).__name__}, not text")
    data = extract_plan_json(reply)
    if data is None:
        return _fallback(instruction, tasks, "no JSON plan in the LLM's reply")
    try:
        return Plan.from_data(_clean(data), tasks, planner=LLM)
    except PlanError as exc:
        return _fallback(instruction, tasks, f"the LLM's plan was invalid: {exc}")


def _fallback(instruction: str, tasks: Mapping[str, Task], reason: str) -> Plan:
    plan = plan_rules(instruction, tasks)
    return plan.model_copy(update={"planner": FALLBACK, "notes": [*plan.notes, reason]})
