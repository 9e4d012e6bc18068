"""Example plugin for wavllm-agent: spot keywords in speech, with the times they are said."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import Field, field_validator

from wavllm_agent import hookimpl
from wavllm_agent.engines.base import Engine
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio


class KeywordsParams(TaskParams):
    words: tuple[str, ...] = Field(..., description="Words to look for (a list, or one comma-separated string).")

    @field_validator("words", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.split(",")
        return tuple(w.strip().lower() for w in value if w.strip())  # type: ignore[union-attr]


@dataclass
class KeywordsResult(TaskResult):
    hits: list[dict[str, object]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


class KeywordsTask(Task):
    name = "keywords"
    description = "Find which of the given words are spoken in the audio, and when."
    params_model = KeywordsParams
    output_noun = "keyword hits"
    prompts = ("Which of these words are said in the audio: {words}?",)
    phrases = ("keyword", "keywords", "is the word", "mentions the word", "spot the words")

    def run(self, engine: Engine, inputs: TaskInput, params: KeywordsParams) -> KeywordsResult:  # type: ignore[override]
        transcript = engine.transcribe(require_audio(self, inputs))
        hits = []
        for seg in transcript.segments:
            for word in params.words:
                if re.search(rf"\b{re.escape(word)}\b", seg.text.lower()):
                    hits.append({"word": word, "start": seg.start, "end": seg.end, "text": seg.text})
        found = {h["word"] for h in hits}
        missing = [w for w in params.words if w not in found]
        text = ", ".join(f"{h['word']} at {h['start']:.1f}s" for h in hits) or "none of the words"
        return KeywordsResult(task=self.name, text=text, engine=engine.name, hits=hits, missing=missing)


@hookimpl
def register_tasks(register):  # type: ignore[no-untyped-def]
    register(KeywordsTask())
