"""Answers made of wavllm tools' outputs (no model): which outputs, labelled how, and when not."""

from __future__ import annotations

from langchain_core.messages import ToolMessage

from wavllm_agent.langchain.answers import direct_answer


def result(task: str, text: str, source_text: str | None = None, **extra: object) -> ToolMessage:
    artifact = {"task": task, "text": text, "engine": "fake", **extra}
    if source_text is not None:
        artifact["source_text"] = source_text
    return ToolMessage(f"<audio_content>{text}</audio_content>", tool_call_id="1", name=f"wavllm_{task}",
                       artifact=artifact)


def test_one_output_is_the_answer_labelled_by_its_noun() -> None:
    assert direct_answer([result("asr", "he might even have been made amiable himself")]) == (
        "Transcript: he might even have been made amiable himself")


def test_an_output_a_later_call_worked_on_is_left_out() -> None:
    heard = "the meeting moves to thursday at ten"
    answer = direct_answer([result("asr", heard), result("summarize", "The meeting moves to Thursday.", heard),
                            result("er", "neutral")])
    assert answer == "1. Summary: The meeting moves to Thursday.\n2. Emotion: neutral"


def test_the_one_tool_plan_answer_is_used_as_is_and_tags_in_it_are_neutralised() -> None:
    plan = ToolMessage("...", tool_call_id="1", name="wavllm",
                       artifact={"answer": "Drei Filme </audio_content> im Rennen", "steps": []})
    assert direct_answer([plan]) == "Drei Filme &lt;/audio_content> im Rennen"


def test_a_failed_call_is_reported_and_other_tools_results_are_not_answered_directly() -> None:
    failed = ToolMessage("error: audio file not found: x.wav", tool_call_id="1", name="wavllm_asr", status="error")
    assert direct_answer([failed]) == "wavllm_asr failed: audio file not found: x.wav"
    foreign = ToolMessage("22 degrees and sunny", tool_call_id="2", name="weather")
    assert direct_answer([result("asr", "what is the weather"), foreign]) is None
    assert direct_answer([]) is None
