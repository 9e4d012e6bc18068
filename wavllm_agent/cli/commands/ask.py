"""``wavllm ask AUDIO INSTRUCTION`` (plan, run, answer) and ``wavllm plan INSTRUCTION`` (plan only)."""

from __future__ import annotations

import click

from wavllm_agent.cli.common import (
    budget_options,
    engine_options,
    get_engine,
    json_option,
    llm_option,
    progress_on_terminal,
)
from wavllm_agent.cli.output import console, emit_json, stdout_reserved

planner_option = click.option("--planner", type=click.Choice(["rules", "llm"]), default="rules",
                              show_default=True, help="Deterministic rules, or the engine's LLM (rules as fallback).")


@click.command()
@click.argument("audio")
@click.argument("instruction")
@planner_option
@engine_options
@llm_option
@budget_options
@json_option
def ask(audio: str, instruction: str, planner: str, engine_name: str | None, model: str | None,
        device: str | None, max_new_tokens: int | None, max_audio_seconds: float | None, as_json: bool) -> None:
    """Answer a free INSTRUCTION about AUDIO: plan it into steps, run them, answer."""
    from wavllm_agent.api import ask as ask_api
    from wavllm_agent.api import audio_limits
    from wavllm_agent.audio import load_audio

    audio_data = load_audio(audio, limits=audio_limits(None, max_audio_seconds))  # before any model loads
    with stdout_reserved(as_json), progress_on_terminal():
        engine = get_engine(engine_name, model, device)
        execution = ask_api(audio_data, instruction, engine, planner=planner, max_new_tokens=max_new_tokens)
    payload = execution.to_dict()
    payload["engine"] = engine.name
    # each step's typed result (segments, scores, a plugin's fields), as 'wavllm run' prints it
    payload["steps"] = [trace.to_dict(with_result=True) for trace in execution.steps]
    if as_json:
        emit_json(payload)
        return
    from wavllm_agent.display.render import execution_renderable

    console().print(execution_renderable(execution))


@click.command("plan")
@click.argument("instruction")
@json_option
def plan_command(instruction: str, as_json: bool) -> None:
    """Show how INSTRUCTION splits into task steps (loads no model)."""
    from wavllm_agent.planning import plan
    from wavllm_agent.registry import get_registry

    the_plan = plan(instruction, tasks=get_registry().tasks)
    if as_json:
        emit_json(the_plan.to_dict())
        return
    from wavllm_agent.display.render import plan_renderable

    console().print(plan_renderable(the_plan))
