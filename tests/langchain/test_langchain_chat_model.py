"""LocalToolCallingChatModel on the FAKE engine (plumbing): JSON tool calls, grounding, routing."""

from __future__ import annotations

import json
from typing import Any

from fakes import FakeEngine
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from lc_helpers import tone_wav

from wavllm_agent.langchain import LocalToolCallingChatModel, WavLLMTool, WavLLMToolkit
from wavllm_agent.langchain.chat_model import tidy
from wavllm_agent.langchain.conversation import audio_paths, read_turn, without_paths


def test_audio_paths_are_found_in_plain_quoted_and_punctuated_text() -> None:
    text = 'Compare "/data/my clips/a b.wav" with ./b.FLAC. Also see (c.mp3), not notes.txt'
    assert audio_paths(text) == ["/data/my clips/a b.wav", "./b.FLAC", "c.mp3"]
    assert without_paths("What is said in /tmp/clip.wav?") == "What is said?"


def toolkit(engine: FakeEngine) -> list[Any]:
    return WavLLMToolkit(engine=engine).get_tools()


def test_tool_call_is_json_naming_the_planned_tool_with_the_users_file() -> None:
    engine = FakeEngine()
    model = LocalToolCallingChatModel(engine).bind_tools(toolkit(engine))
    reply = model.invoke([HumanMessage(f"What is said in {tone_wav()}?")])
    assert isinstance(reply, AIMessage) and len(reply.tool_calls) == 1
    call = reply.tool_calls[0]
    assert call["name"] == "wavllm_asr" and call["args"] == {"audio": str(tone_wav())} and call["id"]
    assert json.loads(reply.content) == {"name": call["name"], "arguments": call["args"]}


def test_planned_steps_are_called_in_turn_then_it_answers_with_their_output() -> None:
    engine = FakeEngine(transcript="the meeting moves to thursday", answers={"summar": "The meeting moves to Thursday."})
    tools = {t.name: t for t in toolkit(engine)}
    model = LocalToolCallingChatModel(engine).bind_tools(list(tools.values()))
    messages: list[Any] = [HumanMessage(f"Transcribe {tone_wav()} and summarise it in 5 words")]
    names = []
    for _ in range(4):
        reply = model.invoke(messages)
        messages.append(reply)
        if not reply.tool_calls:
            break
        call = reply.tool_calls[0]
        names.append((call["name"], call["args"]))
        messages.append(tools[call["name"]].invoke({**call, "type": "tool_call"}))
    assert names == [("wavllm_asr", {"audio": str(tone_wav())}),
                     ("wavllm_summarize", {"max_words": 5, "text": "the meeting moves to thursday"})]
    # The answer is the summary tool's output (the transcript it was made from left out), decided
    # before generating: the only generation was the summary's own.
    assert reply.content == "Summary: The meeting moves to Thursday."
    assert [kind for kind, _ in engine.calls if kind == "generate"] == ["generate"]


def test_single_wavllm_tool_gets_the_request_without_the_path() -> None:
    engine = FakeEngine()
    reply = LocalToolCallingChatModel(engine).bind_tools([WavLLMTool(engine)]).invoke(
        f"Please transcribe {tone_wav()} and translate it into German")
    assert reply.tool_calls[0]["args"] == {"audio": str(tone_wav()),
                                           "instruction": "Please transcribe and translate it into German"}


def test_without_a_file_it_answers_directly_and_tool_choice_none_is_obeyed() -> None:
    engine = FakeEngine(answers={"capital": "Wellington."})
    model = LocalToolCallingChatModel(engine)
    assert model.bind_tools(toolkit(engine)).invoke("What is the capital of New Zealand?").content == "Wellington."
    reply = model.bind_tools(toolkit(engine), tool_choice="none").invoke(f"Transcribe {tone_wav()}")
    assert not reply.tool_calls


def test_llm_routing_uses_the_llms_scores_and_never_invents_a_file() -> None:
    engine = FakeEngine(answers={"choose": "wavllm_er"})
    model = LocalToolCallingChatModel(engine, routing="llm").bind_tools(toolkit(engine))
    reply = model.invoke(f"How does the speaker in {tone_wav()} feel?")
    assert reply.tool_calls[0]["name"] == "wavllm_er"
    assert [kind for kind, _ in engine.calls] == ["choose"]
    engine.calls.clear()
    no_file = model.invoke("How does the speaker feel?")  # speech tools need a file nobody named
    prompt = engine.calls[0][1]
    assert "wavllm_er" not in prompt and "wavllm_asr" not in prompt
    assert not no_file.tool_calls or no_file.tool_calls[0]["name"] in {"wavllm_summarize", "wavllm_translate",
                                                                       "wavllm_continue", "wavllm_instruct"}


def test_a_forced_tool_is_called_once() -> None:
    engine = FakeEngine()
    model = LocalToolCallingChatModel(engine).bind_tools(toolkit(engine), tool_choice="wavllm_sv")
    first = model.invoke(f"Is it one speaker in {tone_wav()}?")
    assert first.tool_calls[0]["name"] == "wavllm_sv"
    done = ToolMessage("<audio_content>yes</audio_content>", tool_call_id=first.tool_calls[0]["id"], name="wavllm_sv")
    assert not model.invoke([HumanMessage(f"Is it one speaker in {tone_wav()}?"), first, done]).tool_calls


def test_a_failed_tool_call_ends_the_plan_and_the_error_reaches_the_answer() -> None:
    engine = FakeEngine()
    model = LocalToolCallingChatModel(engine).bind_tools(toolkit(engine))
    request = HumanMessage("Transcribe /no/such.wav and summarise it")
    first = model.invoke([request])
    failed = ToolMessage("error: audio file not found: /no/such.wav", tool_call_id=first.tool_calls[0]["id"],
                         name="wavllm_asr", status="error")
    reply = model.invoke([request, first, failed])
    assert not reply.tool_calls and reply.content == "wavllm_asr failed: audio file not found: /no/such.wav"
    assert not any(kind == "generate" for kind, _ in engine.calls)  # nothing generated to say it


def test_turns_start_at_the_latest_human_message() -> None:
    earlier = [HumanMessage("Transcribe a.wav"), AIMessage("", tool_calls=[{"name": "wavllm_asr", "args": {},
                                                                           "id": "1"}]),
               ToolMessage("x", tool_call_id="1"), AIMessage("It says x.")]
    turn = read_turn([*earlier, HumanMessage("And is the speaker angry?")])
    assert turn.request == "And is the speaker angry?" and turn.tool_rounds == 0 and turn.tool_results == []
    assert turn.paths == ["a.wav"]  # the file named earlier in the conversation


def _after_asr(engine: FakeEngine, answer_from: str = "generate") -> AIMessage:
    model = LocalToolCallingChatModel(engine, answer_from=answer_from).bind_tools(toolkit(engine))
    request = HumanMessage(f"What is said in {tone_wav()}?")
    first = model.invoke([request])
    heard = toolkit(engine)[0].invoke({**first.tool_calls[0], "type": "tool_call"})
    return model.invoke([request, first, heard])


def test_by_default_the_transcript_is_the_answer_and_nothing_is_generated() -> None:
    engine = FakeEngine(transcript="he might even have been made amiable himself",
                        answers={"Question:": "The recording is a song by a local musician."})
    assert _after_asr(engine, "auto").content == "Transcript: he might even have been made amiable himself"
    assert not any(kind == "generate" for kind, _ in engine.calls)


def test_a_generated_answer_that_drifts_from_what_was_heard_is_replaced_by_the_quote() -> None:
    engine = FakeEngine(transcript="he might even have been made amiable himself",
                        answers={"Question:": "The recording is a song by a local musician."})
    answer = _after_asr(engine).content
    assert answer == 'wavllm_asr heard: "he might even have been made amiable himself"'


def test_a_grounded_answer_is_kept() -> None:
    engine = FakeEngine(transcript="he might even have been made amiable himself",
                        answers={"Question:": "The speaker says he might have been made amiable himself."})
    assert _after_asr(engine).content == "The speaker says he might have been made amiable himself."


def test_answers_lose_repeated_sentences_and_stay_short() -> None:
    looped = "It was reworded. It was rewritten. it was reworded. Four. Five."
    assert tidy(looped, 3) == "It was reworded. It was rewritten. Four."
    assert tidy(looped, None) == "It was reworded. It was rewritten. Four. Five."
