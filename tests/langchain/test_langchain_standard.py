"""LangChain's standard tool suites against WavLLMTool and every toolkit tool.

The fast classes run on the FAKE engine (plumbing: schemas, ToolCall handling, content and
artifact shapes, sync and async). One class runs WavLLMTool on the real embedded engine with
real speech (slow).
"""

from __future__ import annotations

from typing import Any

import pytest
import speech
from fakes import FakeEngine
from langchain_core.tools import BaseTool
from langchain_tests.integration_tests import ToolsIntegrationTests
from langchain_tests.unit_tests import ToolsUnitTests
from lc_helpers import example_args, tone_wav

from wavllm_agent.langchain import WavLLMTool, WavLLMToolkit
from wavllm_agent.registry import get_registry

FAKE = FakeEngine(transcript="he was not an ill disposed young man")
TASKS = list(get_registry().tasks)


class WavLLMToolOnFake:
    @property
    def tool_constructor(self) -> type[BaseTool]:
        return WavLLMTool

    @property
    def tool_constructor_params(self) -> dict[str, Any]:
        return {"engine": FAKE}

    @property
    def tool_invoke_params_example(self) -> dict[str, Any]:
        return {"audio": str(tone_wav()), "instruction": "transcribe it, then summarise it"}


class TestWavLLMToolUnit(WavLLMToolOnFake, ToolsUnitTests):
    pass


class TestWavLLMToolIntegration(WavLLMToolOnFake, ToolsIntegrationTests):
    pass


class ToolkitToolOnFake:
    """Runs the suite once per registered task's tool (parametrised by task name)."""

    task_name: str

    @pytest.fixture(autouse=True, params=TASKS)
    def _pick_task(self, request: pytest.FixtureRequest) -> None:
        self.task_name = request.param

    @property
    def tool_constructor(self) -> BaseTool:
        tools = {t.name: t for t in WavLLMToolkit(engine=FAKE).get_tools()}
        return tools[f"wavllm_{self.task_name}"]

    @property
    def tool_invoke_params_example(self) -> dict[str, Any]:
        return example_args(self.tool_constructor)


class TestToolkitToolsUnit(ToolkitToolOnFake, ToolsUnitTests):
    pass


class TestToolkitToolsIntegration(ToolkitToolOnFake, ToolsIntegrationTests):
    pass


@pytest.mark.slow
class TestWavLLMToolRealSpeech(ToolsIntegrationTests):
    """The real embedded engine (Whisper tiny.en) on a LibriVox clip."""

    @property
    def tool_constructor(self) -> type[BaseTool]:
        return WavLLMTool

    @property
    def tool_constructor_params(self) -> dict[str, Any]:
        return {"engine": "embedded"}

    @property
    def tool_invoke_params_example(self) -> dict[str, Any]:
        return {"audio": str(speech.librivox()[4].path), "instruction": "transcribe it"}


@pytest.mark.slow
def test_real_transcript_comes_back_delimited() -> None:
    clip = speech.librivox()[4]  # "he might even have been made amiable himself"
    message = WavLLMTool("embedded").invoke({"name": "wavllm", "id": "1", "type": "tool_call",
                                             "args": {"audio": str(clip.path), "instruction": "transcribe it"}})
    heard = message.artifact["answer"].lower()
    assert sum(word in heard for word in ("might", "even", "made", "amiable", "himself")) >= 4, heard
    assert message.artifact["steps"][0]["result"]["segments"][0]["end"] > 1.0
    inside = message.content.split('task="ask">', 1)[1].split("</audio_content>", 1)[0]
    assert "amiable" in inside.lower()
