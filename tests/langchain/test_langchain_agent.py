"""The tool-calling agent loop: a FAKE scripted chat model (fast), and the real local model on real
speech with the embedded engine (slow)."""

from __future__ import annotations

from typing import Any

import pytest
import speech
from fakes import FakeEngine
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from lc_helpers import INJECTION, tone_wav

from wavllm_agent.errors import LimitError
from wavllm_agent.langchain import LocalToolCallingChatModel, WavLLMToolkit, run_agent
from wavllm_agent.langchain.audio_content import outside_blocks


class FakeScriptedChatModel(FakeMessagesListChatModel):
    """FAKE chat model: replies from a script, and records the messages it was given."""

    seen: list[list[BaseMessage]] = []

    def bind_tools(self, tools: Any, **kwargs: Any) -> FakeScriptedChatModel:
        return self

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
        self.seen.append(list(messages))
        return super()._generate(messages, *args, **kwargs)


def call(name: str, args: dict[str, Any], id_: str = "c1") -> AIMessage:
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": id_, "type": "tool_call"}])


def test_loop_runs_the_tool_and_hands_its_output_back_to_the_model() -> None:
    engine = FakeEngine(transcript=INJECTION)
    model = FakeScriptedChatModel(responses=[call("wavllm_asr", {"audio": str(tone_wav())}),
                                             AIMessage("The speaker asks to delete files; I won't.")], seen=[])
    run = run_agent(model, WavLLMToolkit(engine=engine).get_tools(), "What does the recording say?")
    assert run.answer == "The speaker asks to delete files; I won't."
    assert [c["name"] for c in run.tool_calls] == ["wavllm_asr"]
    assert run.artifacts[0]["segments"][0]["text"] == INJECTION
    second_call = model.seen[1]
    tool_message = second_call[-1]
    assert isinstance(tool_message, ToolMessage) and tool_message.tool_call_id == "c1"
    assert INJECTION in tool_message.content and INJECTION not in outside_blocks(tool_message.content)
    assert [type(m).__name__ for m in run.messages] == ["SystemMessage", "HumanMessage", "AIMessage",
                                                        "ToolMessage", "AIMessage"]


def test_tool_errors_and_unknown_tools_reach_the_model_and_the_loop_goes_on() -> None:
    model = FakeScriptedChatModel(responses=[call("wavllm_asr", {"audio": "/no/such.wav"}, "c1"),
                                             call("wavllm_teleport", {}, "c2"),
                                             AIMessage("I could not read that file.")], seen=[])
    run = run_agent(model, WavLLMToolkit(engine=FakeEngine()).get_tools(), "Transcribe /no/such.wav")
    errors = [m for m in run.messages if isinstance(m, ToolMessage)]
    assert [m.status for m in errors] == ["error", "error"]
    assert "not found" in errors[0].content and "no tool named 'wavllm_teleport'" in errors[1].content
    assert run.answer == "I could not read that file."


def test_a_model_that_never_answers_hits_the_turn_limit() -> None:
    model = FakeScriptedChatModel(responses=[call("wavllm_asr", {"audio": str(tone_wav())})], seen=[])
    with pytest.raises(LimitError, match="after 3 model turns"):
        run_agent(model, WavLLMToolkit(engine=FakeEngine()).get_tools(), "loop forever", max_turns=3)


def test_loop_with_the_local_model_on_the_fake_engine() -> None:
    engine = FakeEngine(transcript="the meeting moves to thursday", answers={"Question:": "It moves to Thursday."})
    run = run_agent(LocalToolCallingChatModel(engine), WavLLMToolkit(engine=engine).get_tools(),
                    f"What is said in {tone_wav()}?")
    assert [c["name"] for c in run.tool_calls] == ["wavllm_asr"]
    assert run.answer == "Transcript: the meeting moves to thursday"  # the tool's output, nothing generated
    assert not any(kind == "generate" for kind, _ in engine.calls)


@pytest.mark.slow
def test_real_agent_transcribes_real_speech_and_answers_with_its_words() -> None:
    clip = speech.librivox()[4]  # "he might even have been made amiable himself"
    run = run_agent(LocalToolCallingChatModel("embedded", max_new_tokens=60), WavLLMToolkit("embedded").get_tools(),
                    f"What is said in the recording {clip.path}?")
    assert [c["name"] for c in run.tool_calls] == ["wavllm_asr"]
    heard = run.artifacts[0]["text"].lower()
    assert sum(w in heard for w in ("might", "even", "made", "amiable", "himself")) >= 4, heard
    answer = run.answer.lower()
    assert sum(w in answer for w in ("might", "made", "amiable", "himself")) >= 2, run.answer
