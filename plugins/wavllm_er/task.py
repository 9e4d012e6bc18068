"""The ``er`` task: the speaker's emotion, from the voice when the engine hears it."""

from __future__ import annotations

from pydantic import Field, field_validator

from wavllm_agent.engines.base import Engine
from wavllm_agent.results import ErResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio
from wavllm_agent.tasks.traits import PlanningTraits, PlanRole, TrainingTraits

EMOTIONS = ("neutral", "happy", "sad", "angry")
"""The four classes of the IEMOCAP benchmark WavLLM reports on."""


class ErParams(TaskParams):
    """Parameters of ``er``."""

    labels: tuple[str, ...] = Field(EMOTIONS, description="The emotions to choose from.")

    @field_validator("labels")
    @classmethod
    def _labels(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        clean = tuple(dict.fromkeys(v.strip().lower() for v in value if v.strip()))
        if len(clean) < 2:
            raise ValueError("give at least two emotions to choose from")
        return clean


class ErTask(Task):
    """Emotion recognition; ``basis`` says whether the voice or only the words were judged."""

    name = "er"
    description = "Recognise the emotion of the speaker (neutral, happy, sad or angry by default)."
    params_model = ErParams
    output_noun = "emotion"
    metrics = ("emotion_accuracy",)
    planning = PlanningTraits(role=PlanRole.HOW_IT_SOUNDS)
    release_labels = ("emo",)
    training = TrainingTraits(target="label")
    prompts = (
        "Can you describe the emotional condition of the speaker in the provided audio clip?",
        "What emotion does the speaker express in this recording?",
        "How does the speaker feel? Choose the emotion that fits best.",
        "Identify the speaker's emotional state in the audio.",
        "Is the speaker happy, sad, angry or neutral?",
        "Which emotion can you hear in the speaker's voice?",
    )
    phrases = (
        "emotion", "emotional", "feel", "feeling", "feelings", "mood", "sentiment", "tone of voice",
        "happy", "angry", "upset", "how does the speaker sound", "how does she sound",
        "how does he sound", "how do they sound", "affect", "sad", "nervous", "calm", "excited",
        "frustrated", "anxious", "cheerful", "scared", "afraid", "fearful", "annoyed", "stressed",
        "emotionally",
    )
    # Emotions users ask about beyond the list above ("does he sound disappointed?").
    phrases += (
        "disappointed", "worried", "surprised", "bored", "confident", "relaxed", "joyful", "disgusted",
        "irritated", "furious", "gloomy", "depressed", "enthusiastic", "hopeful", "proud", "embarrassed",
        "ashamed", "jealous", "lonely", "confused", "amused", "terrified", "frightened", "distressed",
        "upbeat", "impatient", "delighted", "unhappy", "miserable", "grumpy", "agitated", "panicked", "tense",
        "satisfied", "irritable", "emotions", "mad", "vibe", "vibes", "pissed", "chill", "stoked", "hyped",
        "salty", "moody", "grumpy", "sulky", "thrilled", "overwhelmed", "anger", "sadness", "fear", "joy",
        "happiness", "frustration", "anxiety", "excitement", "irritation",
    )
    # The tone of a voice or an exchange, named without "voice" ("what's the tone of the conversation?").
    phrases += tuple(f"tone of the {what}" for what in (
        "conversation", "call", "recording", "speaker", "speakers", "speech", "exchange", "discussion", "caller",
        "voicemail", "message", "clip", "audio")) + ("speaker's tone", "overall tone")

    def run(self, engine: Engine, inputs: TaskInput, params: ErParams) -> ErResult:  # type: ignore[override]
        audio = require_audio(self, inputs)
        labels = list(params.labels)
        instruction = f"{self.prompt(params)} Answer with one word: {', '.join(labels)}."
        probs = engine.listen_choose(audio, instruction, labels)
        best = max(range(len(labels)), key=lambda i: probs[i])
        return ErResult(
            task=self.name,
            text=labels[best],
            engine=engine.name,
            emotion=labels[best],
            basis="acoustic" if engine.hears_acoustics else "transcript",
            scores={label: round(float(p), 4) for label, p in zip(labels, probs, strict=True)},
        )
