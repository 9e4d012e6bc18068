"""Example plugin for wavllm-agent: spot keywords in speech, with the times they are said.

Besides running, the task declares what the rest of wavllm-agent needs, with no change to the core:

* planning: its ``phrases`` pick it from a free instruction, and ``plan_args`` reads the words to
  spot from it ("Find the words 'budget' and 'deadline'.");
* evaluation: ``metrics`` names its own metric factory (``wavllm_keywords.metric``), so
  ``wavllm eval`` scores a manifest of ``keywords`` rows;
* training: ``training`` says how a multi-step row answers it (``keyword_hits``, given ``words``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field, field_validator

from wavllm_agent import hookimpl
from wavllm_agent.engines.base import Engine
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio
from wavllm_agent.tasks.traits import PlanningTraits, TrainingTraits


def _keyword_accuracy(language: str | None) -> Any:
    from wavllm_keywords.metric import keyword_accuracy  # imported when an evaluation scores

    return keyword_accuracy(language)


_QUOTED = re.compile(r"[\"'“‘]([^\"'”’]+)[\"'”’]")
_AFTER_WORDS = re.compile(r"\b(?:key)?words?\b(.*)$", re.IGNORECASE)
_JOINERS = re.compile(r",|\band\b|\bor\b|;", re.IGNORECASE)
_FILLER = {"the", "a", "an", "in", "of", "is", "are", "said", "spoken", "audio", "recording", "clip",
           "this", "it", "whether", "if", "mentioned", "like", "such", "as"}


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
    prompts = ("Which of these words are said in the audio: {words}?",
               "Spot these words in the recording and say when each is said: {words}.")
    phrases = ("keyword", "keywords", "is the word", "mentions the word", "spot the words", "spot the word")
    metrics = (_keyword_accuracy,)
    planning = PlanningTraits(fallback_phrases=("the words",))
    training = TrainingTraits(subtask_fields=("keyword_hits", "words"))

    def plan_args(self, clause: str) -> dict[str, Any]:
        """The words to spot: the quoted ones, else those after "word(s)" ("the words budget and rent")."""
        words = _QUOTED.findall(clause)
        if not words and (after := _AFTER_WORDS.search(clause)):
            parts = (p.strip(" .?!:") for p in _JOINERS.split(after.group(1)))
            words = [" ".join(w for w in p.split() if w.lower() not in _FILLER) for p in parts]
        words = [w.strip().lower() for w in words if w.strip()]
        return {"words": tuple(words)} if words else {}

    def prompt_values(self, params: TaskParams | None) -> dict[str, object]:
        words = getattr(params, "words", ())
        return {"words": ", ".join(words) if words else "{words}"}

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
