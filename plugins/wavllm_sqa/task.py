"""The ``sqa`` task: answer a question about the audio, or the question spoken in it."""

from __future__ import annotations

import re

from pydantic import Field

from wavllm_agent.engines.base import Engine
from wavllm_agent.results import SqaResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio
from wavllm_agent.tasks.traits import PlanningTraits, PlanRole, TrainingTraits

SPOKEN_QUESTION = "Answer the question asked in the audio."

_OPTION = re.compile(r"(?:^|[\s;(])([A-H])[.)]\s*(.+?)(?=(?:[;\s]+[A-H][.)]\s)|$)", re.S)


def split_choices(question: str) -> tuple[str, list[tuple[str, str]]]:
    """Split a multiple-choice question into its stem and its (letter, text) options.

    "What next? A. Rest; B. Work." -> ("What next?", [("A", "Rest"), ("B", "Work")]).
    Fewer than two options: no choices.
    """
    first = re.search(r"(?:^|\s)A[.)]\s", question)
    if not first:
        return question.strip(), []
    stem, tail = question[: first.start()].strip(), question[first.start():]
    options = [(m.group(1), m.group(2).strip().rstrip(";").strip()) for m in _OPTION.finditer(tail)]
    letters = [o[0] for o in options]
    if len(options) < 2 or letters != [chr(ord("A") + i) for i in range(len(options))]:
        return question.strip(), []
    return stem, options


class SqaParams(TaskParams):
    """Parameters of ``sqa``."""

    question: str | None = Field(
        None, description="The question about the audio; omit it to answer the question spoken in the audio."
    )


class SqaTask(Task):
    """Spoken question answering, multiple choice included."""

    name = "sqa"
    description = ("Answer a question about what is said in the audio; with no question, answer "
                   "the question spoken in the audio.")
    params_model = SqaParams
    output_noun = "answer"
    streams_text = True  # its text is one generation, stripped
    instruction_param = "question"
    metrics = ("choice_accuracy",)
    planning = PlanningTraits(role=PlanRole.QUESTION)
    release_labels = ("sqqa",)
    training = TrainingTraits(subtask_fields=("answer", "question"))
    prompts = ("{question}",)
    phrases = (
        "question", "answer", "what", "who", "why", "when", "where", "which", "how many", "how much",
        "how does", "how did", "does the", "did the", "is the", "was the", "according to",
        "mentioned", "mention", "talk about", "talking about", "about the audio", "tell me",
    )

    def run(self, engine: Engine, inputs: TaskInput, params: SqaParams) -> SqaResult:  # type: ignore[override]
        audio = require_audio(self, inputs)
        question = (params.question or "").strip()
        if not question:
            return SqaResult(task=self.name, text=engine.listen(audio, "").strip(), engine=engine.name,
                             question="")
        stem, options = split_choices(question)
        if options:
            labelled = [f"{letter}. {text}" for letter, text in options]
            instruction = f"{stem}\n" + "\n".join(labelled) + "\nAnswer with the letter of the right option."
            probs = engine.listen_choose(audio, instruction, labelled)
            best = max(range(len(options)), key=lambda i: probs[i])
            return SqaResult(task=self.name, text=labelled[best], engine=engine.name,
                             question=question, choice=options[best][0])
        return SqaResult(task=self.name, text=engine.listen(audio, question).strip(),
                         engine=engine.name, question=question)
