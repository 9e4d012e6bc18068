"""``wavllm chat [AUDIO]``: the interactive REPL (see :mod:`wavllm_agent.repl`)."""

from __future__ import annotations

import click

from wavllm_agent.cli.commands.ask import planner_option
from wavllm_agent.cli.common import engine_option_values, engine_options, llm_option


@click.command()
@click.argument("audio", required=False)
@planner_option
@engine_options
@llm_option
def chat(audio: str | None, planner: str, engine_name: str | None, model: str | None, device: str | None) -> int:
    """Talk about AUDIO interactively: instructions, /load, /tasks, /plan, /save, /help."""
    from wavllm_agent.repl import run_chat

    return run_chat(audio, engine=engine_name, engine_options=engine_option_values(engine_name, model, device),
                    planner=planner)
