"""The text tasks: summarise, translate, continue a narrative, answer a free instruction."""

from __future__ import annotations

from pydantic import Field, field_validator

from wavllm_agent.engines.base import Engine
from wavllm_agent.languages import language_code, language_name
from wavllm_agent.results import TextResult
from wavllm_agent.tasks.base import TaskInput, TaskParams
from wavllm_text.base import SYSTEM, TextTask, framed


def first_paragraph(output: str, source: str) -> str:
    """The model's first paragraph when the source is one paragraph (small models ramble on)."""
    output = output.strip()
    if "\n\n" in source.strip() or "\n\n" not in output:
        return output
    return output.split("\n\n", 1)[0].strip()


def limit_words(text: str, max_words: int | None) -> str:
    """``text`` cut to at most ``max_words`` words (small models overrun limits they are given)."""
    words = text.split()
    if max_words is None or len(words) <= max_words:
        return text.strip()
    cut = " ".join(words[:max_words]).rstrip(",;:")
    return cut if cut.endswith((".", "!", "?")) else cut + "."


class SummarizeParams(TaskParams):
    """Parameters of ``summarize``."""

    max_words: int | None = Field(None, ge=1, le=2000, description="Most words the summary may have.")


class SummarizeTask(TextTask):
    """A concise summary of the text (or of the audio's transcript)."""

    name = "summarize"
    description = "Summarise text (or what is said in the audio), optionally in at most N words."
    params_model = SummarizeParams
    output_noun = "summary"
    prompts = (
        "Summarize the following text in no more than {max_words} words.",
        "Condense the text below into a clear, concise summary of at most {max_words} words.",
        "Give a summary of at most {max_words} words of this text.",
    )
    free_prompts = (
        "Summarize the following text in one or two sentences.",
        "Condense the text below into a clear, concise summary.",
    )
    phrases = ("summarise", "summarize", "summary", "summarised", "summarized", "sum up", "condense",
               "gist", "main points", "key points", "tl;dr", "tldr", "recap", "overview", "abstract",
               "shorten")

    def run(self, engine: Engine, inputs: TaskInput, params: SummarizeParams) -> TextResult:  # type: ignore[override]
        text = self.source_text(engine, inputs)
        instruction = self.prompt(params) if params.max_words else self.free_prompts[0]
        budget = 32 + 3 * (params.max_words or 80)
        out = engine.generate(framed(instruction, text), system=SYSTEM, max_new_tokens=budget)
        return TextResult(task=self.name, text=limit_words(first_paragraph(out, text), params.max_words),
                          engine=engine.name,
                          source_text=text)


class TranslateParams(TaskParams):
    """Parameters of ``translate``."""

    target_lang: str = Field("en", description="Language to translate into (code or name).")

    @field_validator("target_lang")
    @classmethod
    def _code(cls, value: str) -> str:
        return language_code(value)


class TranslateTask(TextTask):
    """Text into another language."""

    name = "translate"
    description = "Translate text (or the transcript of the audio) into another language."
    params_model = TranslateParams
    output_noun = "translation"
    prompts = (
        "Translate the following text into {target_name}. Reply with the translation only.",
        "Render this text in {target_name}.",
        "What is the {target_name} translation of the text below?",
    )
    phrases = ("translate", "translation", "translated", "render", "render it in", "into german",
               "into french", "into spanish")

    def prompt_values(self, params: TaskParams | None) -> dict[str, object]:
        params = params if isinstance(params, TranslateParams) else TranslateParams()
        return {"target_lang": params.target_lang, "target_name": language_name(params.target_lang)}

    def run(self, engine: Engine, inputs: TaskInput, params: TranslateParams) -> TextResult:  # type: ignore[override]
        text = self.source_text(engine, inputs)
        budget = min(1024, 16 + 3 * len(text.split()))
        out = engine.generate(framed(self.prompt(params), text), system=SYSTEM, max_new_tokens=budget)
        return TextResult(task=self.name, text=first_paragraph(out, text), engine=engine.name, source_text=text,
                          target_lang=params.target_lang)


class ContinueTask(TextTask):
    """Continue the story or narrative heard (or given)."""

    name = "continue"
    description = "Continue the story or narrative in the audio (or text) in a coherent way."
    output_noun = "continuation"
    prompts = (
        "Continue the narrative of the following text in a coherent and engaging way.",
        "Write what happens next in this story.",
        "Carry on the story below for a few sentences.",
    )
    phrases = ("continue", "continuation", "what happens next", "carry on", "go on with",
               "keep going", "extend the story", "finish the story", "next part", "narrative",
               "keep the story going", "what comes next", "next paragraph", "next chapter")

    def run(self, engine: Engine, inputs: TaskInput, params: TaskParams) -> TextResult:
        text = self.source_text(engine, inputs)
        out = engine.generate(framed(self.prompt(params), text), system=SYSTEM, max_new_tokens=160)
        return TextResult(task=self.name, text=out.strip(), engine=engine.name, source_text=text)


class InstructParams(TaskParams):
    """Parameters of ``instruct``."""

    instruction: str = Field(..., min_length=1, description="The instruction or question to answer.")


class InstructTask(TextTask):
    """An instruction that ignores the audio ("ignore the audio clip, what is the capital of ...?")."""

    name = "instruct"
    description = "Answer an instruction or question that does not need the audio."
    params_model = InstructParams
    output_noun = "answer"
    prompts = ("{instruction}",)
    phrases = ("ignore the audio", "ignore the audio clip", "disregard the audio", "regardless of the audio",
               "without the audio", "disregarding the sound", "ignoring the audio", "ignore the recording")

    def run(self, engine: Engine, inputs: TaskInput, params: InstructParams) -> TextResult:  # type: ignore[override]
        out = engine.generate(params.instruction, max_new_tokens=256)
        return TextResult(task=self.name, text=out.strip(), engine=engine.name)
