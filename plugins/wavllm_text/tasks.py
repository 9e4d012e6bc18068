"""The text tasks: summarise, translate, continue a narrative, answer a free instruction."""

from __future__ import annotations

from pydantic import Field, field_validator

from wavllm_agent.engines.base import Engine
from wavllm_agent.grounding import language_shares, require_supported
from wavllm_agent.languages import language_code, language_name
from wavllm_agent.results import TextResult
from wavllm_agent.tasks.base import TaskInput, TaskParams
from wavllm_agent.tasks.traits import PlanExample, PlanningTraits, PlanRole, TrainingTraits
from wavllm_text.base import SYSTEM, TextTask, framed
from wavllm_text.grounded import grounded_summary, grounded_translation


class SummarizeParams(TaskParams):
    """Parameters of ``summarize``."""

    max_words: int | None = Field(None, ge=1, le=2000, description="Most words the summary may have.")


class SummarizeTask(TextTask):
    """A concise summary of the text (or of the audio's transcript)."""

    name = "summarize"
    description = "Summarise text (or what is said in the audio), optionally in at most N words."
    params_model = SummarizeParams
    output_noun = "summary"
    metrics = ("rouge", "similarity")
    planning = PlanningTraits(needs_transcript=True, fallback_phrases=(
        "sum", "highlights", "takeaways", "main ideas", "key ideas", "main idea", "boil down",
        "in a nutshell", "essence", "digest", "short version", "headline version", "main message", "key messages",
        "bullet points", "brief account", "short resume", "make resume", "make a resume", "a resume of",
        "the resume of", "resume short max", "resume short of", "resume it short", "rundown", "run-down", "an outline of", "brief outline",
        "short outline", "quick outline", "rough outline",
    ), example=PlanExample("summarise it in 20 words", {"max_words": 20}, order=1))
    release_labels = ("summary", "summarise")
    training = TrainingTraits(subtask_fields=("summary",))
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
               "shorten", "boil", "in a nutshell", "make it short", "make it shorter", "cut it down", "summ", "shrink",
               "précis", "precis", "cut down to", "synopsis",
               *(f"{verb} {what}" for verb in ("distil", "distill") for what in ("it", "this", "that", "the")))

    def run(self, engine: Engine, inputs: TaskInput, params: SummarizeParams) -> TextResult:  # type: ignore[override]
        """Generate, check (:func:`wavllm_agent.grounding.check_summary`), retry once, else extract."""
        text = self.source_text(engine, inputs)
        summary, record = grounded_summary(engine, text, params.max_words)
        return TextResult(task=self.name, text=summary, engine=engine.name, source_text=text,
                          grounding=record.to_dict())


class TranslateParams(TaskParams):
    """Parameters of ``translate``."""

    target_lang: str = Field("en", description="Language to translate into (code or name).")

    @field_validator("target_lang")
    @classmethod
    def _code(cls, value: str) -> str:
        code = language_code(value)
        require_supported(code)  # before any step runs: a plan with it fails at once
        return code


class TranslateTask(TextTask):
    """Text into another language."""

    name = "translate"
    description = "Translate text (or the transcript of the audio) into another language."
    params_model = TranslateParams
    output_noun = "translation"
    metrics = ("bleu",)
    planning = PlanningTraits(needs_transcript=True, example=PlanExample(
        "translate the summary into German", {"target_lang": "de"}, order=2))
    release_labels = ("translation",)
    prompts = (
        "Translate the following text into {target_name}. Reply with the translation only.",
        "Render this text in {target_name}.",
        "What is the {target_name} translation of the text below?",
    )
    phrases = ("translate", "translation", "translated", "render", "render it in", "into german", "into english",
               "into french", "into spanish")

    def prompt_values(self, params: TaskParams | None) -> dict[str, object]:
        params = params if isinstance(params, TranslateParams) else TranslateParams()
        return {"target_lang": params.target_lang, "target_name": language_name(params.target_lang)}

    def run(self, engine: Engine, inputs: TaskInput, params: TranslateParams) -> TextResult:  # type: ignore[override]
        """Generate, check (:func:`wavllm_agent.grounding.check_translation`), retry once, else say it failed.

        Raises:
            UnsupportedLanguageError: the engine's text model does not write the target language.
        """
        require_supported(params.target_lang, engine)
        text = self.source_text(engine, inputs)
        found = language_shares(text, expected=(params.target_lang,))
        source_lang = found.language
        if source_lang == params.target_lang and found.share(source_lang) >= 0.9:  # nothing to translate
            return TextResult(task=self.name, text=text.strip(), engine=engine.name, source_text=text,
                              target_lang=params.target_lang,
                              grounding={"check": "translation", "outcome": "passed", "attempts": [],
                                         "fallback": None, "note": "already in the target language"})
        out, record = grounded_translation(engine, text, params.target_lang, source_lang)
        return TextResult(task=self.name, text=out, engine=engine.name, source_text=text,
                          target_lang=params.target_lang, grounding=record.to_dict())


class ContinueTask(TextTask):
    """Continue the story or narrative heard (or given)."""

    name = "continue"
    description = "Continue the story or narrative in the audio (or text) in a coherent way."
    output_noun = "continuation"
    streams_text = True  # its text is one generation, stripped
    planning = PlanningTraits(role=PlanRole.STORY, fallback_phrases=(
        "story go", "story goes", "story going", "tale go", "narrative go", "ending for", "ending to",
        "end the story", "happens afterwards", "happens after", "happens later", "after the story",
        "comes after", "rest of the story", "story forward", "tale forward", "narrative forward",
        "spin the story onward", "spin the story onwards", "spin the tale onward", "spin the tale onwards",
    ))
    training = TrainingTraits(subtask_fields=("continuation",))
    prompts = (
        "Continue the narrative of the following text in a coherent and engaging way.",
        "Write what happens next in this story.",
        "Carry on the story below for a few sentences.",
    )
    phrases = ("continue", "continuation", "what happens next", "carry on", "go on with",
               "keep going", "extend the story", "finish the story", "next part", "write its next scene", "write the next scene", "narrative", "next bit of the story",
               "next bit of the tale",
               "keep the story going", "keep the poem going", "what comes next", "next paragraph", "next chapter", "pick up the story",
               "story go", "story goes", "story going", "story continue", "story continues",
               "carry the story on", "carry the tale on", "carry the narrative on", "pick up the tale",
               "carry the story forward", "carry the tale forward",
               "pick up the narrative", "keep the tale going", "keep the narrative going", "keep the story goin",
               "keep it goin", "tale going", "narrative going", "tale goin", "story goin", "keep it going",
               "anecdote going", "fable going", "saga going", "yarn going", "legend going", "write a follow-on",
               "write a short follow-on", "write a brief follow-on", "give me a follow-on", "draft a follow-on",
               "add another paragraph", "add a paragraph", "write another paragraph", "keep writing it",
               "keep writing the story", "keep writing the tale", "write a new ending", "extend the tale",
               "extend the narrative", "tell the rest of the tale", "write the rest of the tale",
               "make up the rest of the tale", "pick up where it leaves off", "pick up where it left off",
               "pick up from where it leaves off", "pick up from where it left off", "pick the story up",
               "pick the tale up", "pick the narrative up", "pick her story up", "pick his story up")

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
    audio_inputs = 0  # neither audio nor input text: the tool offers only `instruction`
    output_noun = "answer"
    streams_text = True  # its text is one generation, stripped
    instruction_param = "instruction"
    planning = PlanningTraits(role=PlanRole.NO_AUDIO)
    release_labels = ("sft", "it")
    training = TrainingTraits(
        subtask_fields=("response", "instruction"),
        subtask_prefixes=("ignore the audio clip,", "disregarding the sound,", "without using the audio,"),
    )
    prompts = ("{instruction}",)
    phrases = ("ignore the audio", "ignore the audio clip", "disregard the audio", "regardless of the audio",
               "without the audio", "disregarding the sound", "ignoring the audio", "ignore the recording")

    def run(self, engine: Engine, inputs: TaskInput, params: InstructParams) -> TextResult:  # type: ignore[override]
        out = engine.generate(params.instruction, max_new_tokens=256)
        return TextResult(task=self.name, text=out.strip(), engine=engine.name)
