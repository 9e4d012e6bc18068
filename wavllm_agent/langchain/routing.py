"""Which tool a small local model calls next, and with which arguments.

SmolLM2-135M is too small to pick tools on its own (measured: asked to name the tool for
"What is said in clip.wav?", "Is the speaker angry?" and "Summarise the talk" it preferred the
speech-translation tool all three times, and its free-form JSON was never a valid call). So the
local chat model routes in two ways:

* ``planner`` (default): when the bound tools are wavllm tools, the request goes through
  wavllm's own instruction planner (rules, no model), and the model calls the planned steps'
  tools one per round; text steps get the earlier step's output. With the single ``wavllm``
  tool bound, it is called once with the whole request.
* ``llm``: the LLM scores every tool's name (and "none") as its reply; use it with a larger
  local LLM (``load_engine(llm=...)``) or for tools that are not wavllm's.

Arguments are grounded in the conversation: audio paths are taken from what the user wrote
(never invented), required text arguments get the user's request, optional ones are left out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from wavllm_agent.errors import WavLLMError
from wavllm_agent.langchain.conversation import Turn, result_text, without_paths

DONE = "done"
"""What :func:`planned_call` returns once every planned step has run."""

NONE_OPTION = "none"

ROUTE_SYSTEM = "You pick the tool that best fulfils a user's request. Reply with the tool's name only."


def tool_schemas(tools: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """OpenAI-format tools by name: ``{"description", "parameters"}``."""
    out = {}
    for tool in tools:
        spec = tool.get("function", tool)
        out[spec["name"]] = {"description": spec.get("description", ""),
                             "parameters": spec.get("parameters", {}) or {}}
    return out


def _is_audio_arg(name: str, spec: Mapping[str, Any]) -> bool:
    text = f"{name} {spec.get('description', '')}".lower()
    return name.startswith("audio") or "audio file" in text or name in ("path", "file", "file_path")


def grounded_args(schema: Mapping[str, Any], turn: Turn) -> dict[str, Any] | None:
    """Arguments for a tool from the conversation, or None when a required one cannot be grounded."""
    params = schema.get("parameters", {})
    props: dict[str, Any] = params.get("properties", {}) or {}
    required = set(params.get("required", []) or [])
    args: dict[str, Any] = {}
    audio_names = [n for n, spec in props.items() if _is_audio_arg(n, spec)]
    for name, path in zip(audio_names, turn.paths, strict=False):
        args[name] = path
    for name in sorted(required - set(args)):
        spec = props.get(name, {})
        if name in audio_names:
            return None  # a file the user never named
        if "enum" in spec and spec["enum"]:
            args[name] = spec["enum"][0]
        elif spec.get("type", "string") == "string":
            args[name] = without_paths(turn.request)
        else:
            return None
    if props and not args:
        return None  # a call with nothing to work on (a text tool given neither text nor audio)
    return args


def planned_call(turn: Turn, schemas: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | str | None:
    """The next call of the plan for the request, or :data:`DONE` when the model should answer (the
    plan is complete, a step failed, or no audio file was named); None when the planner cannot
    route it (tools that are not wavllm's, an unplannable request)."""
    from wavllm_agent.langchain.schema import audio_inputs, tool_name
    from wavllm_agent.planning import plan
    from wavllm_agent.registry import get_registry

    tasks = get_registry().tasks
    if not set(schemas) <= {"wavllm"} | {tool_name(t) for t in tasks.values()}:
        return None  # tools that are not wavllm's: the planner knows nothing of them
    if not turn.paths or any(getattr(m, "status", "success") == "error" for m in turn.tool_results):
        return DONE  # nothing to listen to, or a failed step: answer (with the error) instead
    instruction = without_paths(turn.request)
    if "wavllm" in schemas:
        return DONE if turn.tool_rounds else ("wavllm", {"audio": turn.paths[0], "instruction": instruction})
    try:
        steps = plan(instruction, tasks=tasks).steps
    except WavLLMError:
        return None
    names = [tool_name(tasks[s.task]) for s in steps]
    if any(n not in schemas for n in names):
        return None
    done = len(turn.tool_results)
    if done >= len(steps):
        return DONE
    step = steps[done]
    args: dict[str, Any] = dict(step.args)
    if step.input is not None:
        args["text"] = result_text(turn.tool_results[step.input])
    else:
        args["audio"] = turn.paths[0]
        if audio_inputs(tasks[step.task]) > 1 and len(turn.paths) > 1:
            args["audio2"] = turn.paths[1]
    return names[done], args


def llm_pick(engine: Any, turn: Turn, schemas: Mapping[str, Any], *, allow_none: bool) -> str | None:
    """The tool the engine's LLM scores highest as its reply (None: "none", answer directly)."""
    options = [n for n in schemas if grounded_args(schemas[n], turn) is not None]
    if not options:
        return None
    listing = "\n".join(f"- {n}: {schemas[n]['description']}" for n in options)
    if allow_none:
        options.append(NONE_OPTION)
        listing += f"\n- {NONE_OPTION}: answer directly, without a tool."
    prompt = (f"Tools:\n{listing}\n\nRequest: {turn.request}\n\n"
              "Which tool should be called for this request? Reply with the tool name only.")
    probs = engine.choose(prompt, options, system=ROUTE_SYSTEM)
    best = options[max(range(len(options)), key=lambda i: probs[i])]
    return None if best == NONE_OPTION else best
