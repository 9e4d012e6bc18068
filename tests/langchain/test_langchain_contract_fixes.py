"""Fixes found trying the LangChain surface as a new user would: a chat model that cannot call
tools, plugin tasks in WavLLMTool's description, and instruct's tool offering only what it uses."""

from __future__ import annotations

from typing import Any

import pytest
from fakes import FakeEngine
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from wavllm_agent.errors import UsageError
from wavllm_agent.hookspecs import hookimpl
from wavllm_agent.langchain import WavLLMTool, WavLLMToolkit, run_agent
from wavllm_agent.plugins import register_object
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams


def test_a_chat_model_without_bind_tools_is_a_usage_error() -> None:
    model = FakeListChatModel(responses=["hello"])
    with pytest.raises(UsageError) as caught:
        run_agent(model, [WavLLMTool(engine=FakeEngine())], "what is said in clip.wav?")
    assert "FakeListChatModel" in caught.value.message and "bind_tools" in caught.value.message
    assert "LocalToolCallingChatModel" in (caught.value.hint or "")


def test_wavllm_tool_names_plugin_tasks(clean_plugins: None) -> None:
    class Shout(Task):
        name = "shout"
        description = "Shout what is said, in capitals."

        def run(self, engine: Any, inputs: TaskInput, params: TaskParams) -> Any:
            raise AssertionError("not run here")

    class Plugin:
        @hookimpl
        def register_tasks(self, register):  # type: ignore[no-untyped-def]
            register(Shout())

    before = WavLLMTool(engine=FakeEngine()).description
    register_object(Plugin(), "shouting")
    after = WavLLMTool(engine=FakeEngine()).description
    assert "shout" not in before
    assert "shout (Shout what is said, in capitals)" in after and after.startswith(before)


def test_instruct_tool_takes_only_the_instruction() -> None:
    tools = {t.name: t for t in WavLLMToolkit(engine=FakeEngine()).get_tools()}
    assert list(tools["wavllm_instruct"].args_schema.model_fields) == ["instruction"]
    assert "audio" in tools["wavllm_summarize"].args_schema.model_fields  # other text tasks keep theirs
