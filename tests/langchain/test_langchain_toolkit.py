"""WavLLMToolkit on the FAKE engine: one described tool per registered task, plugins' too."""

from __future__ import annotations

from typing import Any, ClassVar

from fakes import FakeEngine
from langchain_core.messages import ToolMessage
from lc_helpers import INJECTION, tone_wav
from pydantic import Field

from wavllm_agent.engines.base import Engine
from wavllm_agent.hookspecs import hookimpl
from wavllm_agent.langchain import WavLLMTaskTool, WavLLMToolkit
from wavllm_agent.langchain.audio_content import outside_blocks
from wavllm_agent.plugins import register_object
from wavllm_agent.registry import get_registry
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskKind, TaskParams, require_audio


def call(tool: Any, **args: Any) -> ToolMessage:
    return tool.invoke({"name": tool.name, "args": args, "id": "call-1", "type": "tool_call"})


def tools_by_name(engine: Engine | None = None) -> dict[str, Any]:
    return {t.name: t for t in WavLLMToolkit(engine=engine or FakeEngine()).get_tools()}


def test_one_tool_per_registered_task_with_every_field_described() -> None:
    tools = tools_by_name()
    assert list(tools) == [f"wavllm_{name}" for name in get_registry().tasks]
    assert {"wavllm_asr", "wavllm_st", "wavllm_sv", "wavllm_er", "wavllm_sqa", "wavllm_summarize"} <= set(tools)
    for tool in tools.values():
        assert tool.response_format == "content_and_artifact" and tool.handle_tool_error is True
        for name, field in tool.args_schema.model_fields.items():
            assert field.description, f"{tool.name}.{name} has no description"


def test_inputs_fit_each_kind_of_task() -> None:
    tools = tools_by_name()
    schema = {name: tool.args_schema.model_fields for name, tool in tools.items()}
    assert schema["wavllm_asr"]["audio"].is_required() and "audio2" not in schema["wavllm_asr"]
    assert schema["wavllm_sv"]["audio"].is_required() and not schema["wavllm_sv"]["audio2"].is_required()
    assert not schema["wavllm_summarize"]["text"].is_required()
    assert "language" in schema["wavllm_asr"] and "target_lang" in schema["wavllm_st"]
    assert schema["wavllm_summarize"]["max_words"].metadata  # the task's bounds (1..2000) carried over


def test_asr_tool_returns_delimited_transcript_and_segments() -> None:
    message = call(tools_by_name(FakeEngine(transcript=INJECTION))["wavllm_asr"], audio=str(tone_wav()))
    assert message.status == "success"
    assert '<audio_content source="tone.wav" task="asr">' in message.content
    assert INJECTION in message.content and INJECTION not in outside_blocks(message.content)
    assert message.artifact["segments"][0] == {"start": 0.0, "end": 1.0, "text": INJECTION}


def test_sv_tool_reports_the_verdict_and_score() -> None:
    message = call(tools_by_name(FakeEngine(same_speaker=False))["wavllm_sv"], audio=str(tone_wav()),
                   audio2=str(tone_wav()))
    assert message.artifact["same_speaker"] is False and message.artifact["mode"] == "pair"
    assert "Details: same_speaker=false, score=0.1" in message.content


def test_text_tool_works_on_text_alone() -> None:
    engine = FakeEngine(answers={"summar": "A text about things."})  # grounded in the text: passes the checks
    message = call(tools_by_name(engine)["wavllm_summarize"], text="A long text about many things.", max_words=5)
    assert message.artifact["text"] == "A text about things." and 'source="text"' in message.content
    assert not any(kind == "transcribe" for kind, _ in engine.calls)


def test_bad_arguments_reach_the_agent_as_tool_errors() -> None:
    tools = tools_by_name()
    unknown = call(tools["wavllm_asr"], audio=str(tone_wav()), language="klingon-ish")
    assert unknown.status == "error" and "unknown language" in unknown.content
    missing = call(tools["wavllm_st"], audio="/no/such/file.wav")
    assert missing.status == "error" and "file.wav" in missing.content
    ill_typed = call(tools["wavllm_summarize"], text="x", max_words="many")
    assert ill_typed.status == "error" and "max_words" in ill_typed.content
    extra = call(tools["wavllm_asr"], audio=str(tone_wav()), colour="blue")
    assert extra.status == "error" and "colour" in extra.content


class ShoutParams(TaskParams):
    volume: int = Field(3, ge=1, le=11)  # no description: the toolkit must supply one


class ShoutTask(Task):
    name = "shout"
    description = "Say what was said, louder."
    kind: ClassVar[TaskKind] = TaskKind.SPEECH
    params_model = ShoutParams

    def run(self, engine: Engine, inputs: TaskInput, params: ShoutParams) -> TaskResult:  # type: ignore[override]
        text = engine.transcribe(require_audio(self, inputs)).text
        return TaskResult(task=self.name, text=text.upper() + "!" * params.volume, engine=engine.name)


def test_a_plugins_task_becomes_a_tool(clean_plugins: None) -> None:
    class ShoutPlugin:
        @hookimpl
        def register_tasks(self, register):  # type: ignore[no-untyped-def]
            register(ShoutTask())

    register_object(ShoutPlugin(), "shout-plugin")
    tool = tools_by_name(FakeEngine(transcript="hi there"))["wavllm_shout"]
    assert isinstance(tool, WavLLMTaskTool) and tool.description.startswith("Say what was said, louder.")
    assert tool.args_schema.model_fields["volume"].description
    message = call(tool, audio=str(tone_wav()), volume=2)
    assert message.artifact["text"] == "HI THERE!!" and message.status == "success"
