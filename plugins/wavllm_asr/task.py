"""The ``asr`` task: a transcript with timed segments, of audio of any length."""

from __future__ import annotations

from pydantic import Field, field_validator

from wavllm_agent.engines.base import Engine
from wavllm_agent.languages import language_code
from wavllm_agent.results import AsrResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio
from wavllm_agent.tasks.traits import PlanExample, PlanningTraits, PlanRole, TrainingTraits


class AsrParams(TaskParams):
    """Parameters of ``asr``."""

    language: str | None = Field(None, description="Language of the speech (code or name); detected when omitted.")

    @field_validator("language")
    @classmethod
    def _code(cls, value: str | None) -> str | None:
        return language_code(value) if value else None


class AsrTask(Task):
    """Speech recognition: what is said, with start and end times."""

    name = "asr"
    description = "Transcribe the speech in an audio file into text, with timestamps."
    params_model = AsrParams
    output_noun = "transcript"
    metrics = ("wer",)
    planning = PlanningTraits(role=PlanRole.TRANSCRIPT, fallback_phrases=(
        "note down", "jot down", "take down", "scribble down", "write up", "write out", "type up", "get down",
        "in writing", "into writing", "written version", "text version", "written form", "written record",
        "words spoken", "written copy", "words of", "into words", "on paper", "words on page", "words on the page",
        "words-on-page", "full text", "whole text", "complete text", "entire text", "lesson text",
    ) + tuple(f"{verb} {what} {particle}" for verb, particle in (("write", "down"), ("note", "down"), ("jot", "down"),
                                                               ("type", "up"), ("type", "out"), ("take", "down"))
              for what in ("this", "it all", "this all", "everything")) + ("write it out", "type it out"), example=PlanExample("transcribe the audio"))
    training = TrainingTraits(subtask_fields=("text",), subtask_first=True)
    prompts = (
        "Based on the attached audio, generate a comprehensive text transcription of the spoken content.",
        "Transcribe the audio clip into text.",
        "Write down exactly what is said in this recording.",
        "Please convert the speech in the audio into written text.",
        "What words are spoken in the audio? Give a verbatim transcript.",
        "Produce a word-for-word transcription of the audio clip.",
        "Recognize the speech in this audio and output the transcript.",
        "Listen to the recording and type out everything the speaker says.",
        "Provide the text of the spoken content in the audio.",
        "Turn this speech into text, capturing every spoken word.",
    )
    phrases = (
        "transcribe", "transcription", "transcript", "write down", "speech to text", "speech-to-text",
        "what is said", "what was said", "what is being said", "what does the speaker say",
        "what do they say", "what did they say", "type out", "verbatim", "word for word",
        "word-for-word", "dictation", "recognize the speech", "recognise the speech", "caption",
        "spoken words", "every spoken word", "into text", "to text", "what did the speaker say",
        "what does the speaker say", "what is the speaker saying", "what does he say", "what does she say",
        "what is he saying", "what is she saying", "what are they saying", "text of the", "text of this",
        "as text", "in writing", "written form", "written version", "text version", "text from the", "text from this",
        "log every word", "log each word", "audio to writing", "speech to writing", "recording to writing",
        "clip to writing", "it to writing", "this to writing", "get me the text", "give me the text", "get the text",
        "need the text", "want the text",
    )

    def run(self, engine: Engine, inputs: TaskInput, params: AsrParams) -> AsrResult:  # type: ignore[override]
        audio = require_audio(self, inputs)
        transcript = engine.transcribe(audio, language=params.language)
        return AsrResult(
            task=self.name,
            text=transcript.text,
            engine=engine.name,
            segments=transcript.segments,
            language=transcript.language,
        )
