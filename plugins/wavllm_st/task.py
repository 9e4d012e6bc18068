"""The ``st`` task: speech in one language, text in another (English by default)."""

from __future__ import annotations

from pydantic import Field, field_validator
from wavllm_text.grounded import grounded_translation

from wavllm_agent.engines.base import Engine
from wavllm_agent.grounding import require_supported
from wavllm_agent.languages import language_code, language_name
from wavllm_agent.results import StResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio
from wavllm_agent.tasks.traits import TrainingTraits


class StParams(TaskParams):
    """Parameters of ``st``."""

    target_lang: str = Field("en", description="Language to translate the speech into (code or name).")

    @field_validator("target_lang")
    @classmethod
    def _code(cls, value: str) -> str:
        return language_code(value)

    @property
    def target_name(self) -> str:
        return language_name(self.target_lang)


class StTask(Task):
    """Speech translation into a target language."""

    name = "st"
    description = "Translate the speech in an audio file into another language (English by default)."
    params_model = StParams
    output_noun = "translation"
    metrics = ("bleu",)
    training = TrainingTraits(subtask_fields=("translation", "target_lang"))
    prompts = (
        "Translate the audio clip into {target_name}.",
        "Please translate what is said in the recording into {target_name}.",
        "Render the speech in this audio as {target_name} text.",
        "Listen to the audio and give its {target_name} translation.",
        "What does the speaker say? Answer in {target_name}.",
        "Convert the spoken content of the clip into written {target_name}.",
    )
    phrases = (
        "translate the audio", "translate the speech", "translate the recording", "translate the clip",
        "translate what", "translate it", "translation of the audio", "translate this audio",
        "in english", "into english", "speech translation", "translate", "translation", "translated",
        "render", "sound like in", "into german", "into french", "into spanish",
    )

    def prompt_values(self, params: TaskParams | None) -> dict[str, object]:
        params = params if isinstance(params, StParams) else StParams()
        return {"target_lang": params.target_lang, "target_name": params.target_name}

    def run(self, engine: Engine, inputs: TaskInput, params: StParams) -> StResult:  # type: ignore[override]
        """Translate the speech; where the engine does it by translating a transcript with its text
        model, that translation is checked, retried and, failing that, stated as failed, exactly as the
        ``translate`` task does (the result's ``grounding`` says what happened).

        Raises:
            UnsupportedLanguageError: the translation goes through a text model that does not write the
                target language.
        """
        audio = require_audio(self, inputs)
        route = engine.speech_translation_source(audio, target_lang=params.target_lang)
        if route is None:
            text, source = engine.translate_speech(audio, target_lang=params.target_lang)
            return StResult(task=self.name, text=text, engine=engine.name,
                            target_lang=params.target_lang, source_lang=source)
        transcript, source = route
        require_supported(params.target_lang, engine)
        text, record = grounded_translation(engine, transcript, params.target_lang, source)
        return StResult(task=self.name, text=text, engine=engine.name, target_lang=params.target_lang,
                        source_lang=source, source_text=transcript, grounding=record.to_dict())
