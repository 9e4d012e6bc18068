"""wavllm-myplugin: the ``wordcount`` task (words and speaking rate) and the ``/wordcount`` command.

Replace what is here with your own; keep the shape:

* a :class:`~wavllm_agent.tasks.base.Task` subclass (name, description, typed params, ``run``),
  registered by the ``register_tasks`` hook, that declares what the rest of wavllm-agent needs:
  ``phrases`` (and ``planning``) let the planner pick it from a free instruction (``wavllm ask``),
  ``metrics`` let ``wavllm eval`` score it, ``training`` lets ``wavllm train`` sample it;
* optionally a REPL command, registered by the ``register_commands`` hook;
* optionally an engine, registered by ``register_engines`` (see the ``wavllm-gain`` example).

Every hook is marked with ``wavllm_agent.hookimpl``; a misspelt hook name gets the plugin refused
with a warning, so ``wavllm plugins`` is the first thing to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import Field

from wavllm_agent import hookimpl
from wavllm_agent.engines.base import Engine
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio
from wavllm_agent.tasks.traits import PlanningTraits, TrainingTraits


class WordCountParams(TaskParams):
    """The task's parameters: ``wavllm run wordcount A.wav --arg min_length=4``."""

    min_length: int = Field(1, ge=1, description="Count only words of at least this many letters.")


@dataclass
class WordCountResult(TaskResult):
    """What ``wavllm run wordcount --json`` prints, besides ``task``, ``text`` and ``engine``."""

    words: int = 0
    words_per_minute: float = 0.0


class WordCountTask(Task):
    """How many words are spoken, and how fast."""

    name = "wordcount"
    description = "Count the words spoken in the audio, and the speaking rate in words per minute."
    params_model = WordCountParams
    output_noun = "word count"
    prompts = ("How many words are spoken in the audio?", "Count the words said in this recording.")
    """Phrasings of the instruction: training draws one per example (``{param}`` placeholders)."""
    phrases = ("how many words", "count the words", "word count", "speaking rate")
    """Words in a user's instruction that make the planner pick this task."""
    planning = PlanningTraits(fallback_phrases=("words per minute",))
    """Planning beyond ``phrases``: weak phrases, a role, whether it works on a transcript step."""
    metrics = ("accuracy",)
    """What scores it in ``wavllm eval``: catalogue names (``accuracy``: the answer equals the row's
    ``text``, e.g. "9 words"), or your own ``factory(language) -> Metric``."""
    training = TrainingTraits(subtask_fields=("word_count",))
    """How training samples it: single rows answer their ``text``; a multi-step row with a
    ``word_count`` field can include it as one of its sub-tasks."""

    def run(self, engine: Engine, inputs: TaskInput, params: WordCountParams) -> WordCountResult:  # type: ignore[override]
        audio = require_audio(self, inputs)
        words = [w for w in engine.transcribe(audio).text.split() if len(w.strip(".,;:!?\"'")) >= params.min_length]
        minutes = audio.duration / 60
        rate = round(len(words) / minutes, 1) if minutes > 0 else 0.0
        return WordCountResult(task=self.name, text=f"{len(words)} words", engine=engine.name,
                               words=len(words), words_per_minute=rate)


def wordcount_command(session: Any, args: str) -> None:
    """``/wordcount``: the word count of the loaded recording."""
    from wavllm_agent import run_task

    if session.audio is None:
        session.view.error("error: load a recording first: /load PATH")
        return
    result = run_task("wordcount", session.audio, session.engine)
    session.view.info(f"{result.text} ({result.words_per_minute} per minute)")


@hookimpl
def register_tasks(register):  # type: ignore[no-untyped-def]
    register(WordCountTask())


@hookimpl
def register_commands(register):  # type: ignore[no-untyped-def]
    register("wordcount", wordcount_command, "count the words of the loaded recording")
