"""A question named among the requests and written out after them: "Transcript → quiz question → speaker count. Quiz:
what is in the basket? ...", "Give me the transcript, answer the question below, and then ... Q: How many ...?". The
question's step goes where it was named (read by :mod:`~wavllm_agent.planning.rules`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning.clause_check import ClauseSteps
from wavllm_agent.planning.leads import lead_end

if TYPE_CHECKING:
    from wavllm_agent.planning.steps import StepList
    from wavllm_agent.planning.text import Token

_DOING = frozenset({"answer", "answering", "do", "doing", "solve", "take"})
_ARTICLES = frozenset({"the", "a", "this", "that", "my", "one"})
_NOUNS = (["question"], ["quiz"], ["quiz", "question"], ["multiple", "choice", "question"], ["mcq"],
          ["multiple", "choice", "item"], ["quiz", "item"])
_LATER = ([], ["below"], ["underneath"], ["beneath"], ["further", "down"], ["that", "follows"], ["at", "the", "end"],
          ["after", "this"], ["after", "these"], ["after", "that"], ["further", "below"], ["written", "below"])
_LABELS = frozenset({"q", "quiz", "question", "mcq", "item"})


def names_question_later(tokens: list[Token]) -> bool:
    """"answer the question below", "quiz question", "the multiple-choice question at the end": a question asked for
    by name, its words written later in the instruction."""
    words = [t.low for t in tokens[lead_end(tokens):] if t.is_word]
    words = words[1:] if words[:1] and words[0] in _DOING else words
    words = words[1:] if words[:1] and words[0] in _ARTICLES else words
    noun = next((n for n in sorted(_NOUNS, key=len, reverse=True) if words[:len(n)] == n), None)
    return noun is not None and words[len(noun):] in _LATER and not any(t.low == "?" for t in tokens)


def labelled_question(tokens: list[Token]) -> bool:
    """"Q: How many batches are fried?", "Quiz: what is in the basket? ...", "Quiz question: ...": a question under
    its label."""
    at = 1 + (len(tokens) > 1 and tokens[0].low == "quiz" and tokens[1].low == "question")
    return len(tokens) > at + 2 and tokens[0].low in _LABELS and tokens[at].low in (":", "-", "–", "—")


def question_on_own_line(text: str, tokens: list[Token]) -> bool:
    """"...answer the question below, and ...\nWhy does the rider replace her bell?\ni) ...": a question on a line of
    its own, without a label (it ends with a question mark)."""
    return bool(tokens) and text[:tokens[0].start].rstrip(" \t").endswith("\n") and any(t.low == "?" for t in tokens)


def place_question(steps: StepList, clauses: list[ClauseSteps], named: int, question_task: str) -> list[ClauseSteps]:
    """Move the step of the last clause (a labelled question, one step on the audio) to where
    clause ``named`` asked for it: in place of the step that clause made of the name alone, or before the steps of
    the clauses after it. The labelled question may be planned as any step on the audio ("Q: Is she happy?": the
    emotion). Returns the clauses with their steps' places."""
    last, here = clauses[-1], clauses[named]
    if last.end - last.first != 1 or last.end != len(steps.steps) or here.end > last.first:
        return clauses
    step = steps.steps[last.first]
    if step.input is not None:
        return clauses
    if here.end - here.first == 1 and steps.steps[here.first].task == question_task:
        steps.steps[here.first] = step  # "answer the question below" planned as a question of its own: this one
        del steps.steps[last.first]
        return [*clauses[:-1], ClauseSteps(last.text, len(steps.steps), len(steps.steps))]
    at = here.first
    if here.end != here.first or at == last.first or not steps.move_before(at, last.first):
        return clauses
    shifted = [c if k <= named else ClauseSteps(c.text, c.first + 1, c.end + 1) for k, c in enumerate(clauses[:-1])]
    shifted[named] = ClauseSteps(here.text, at, at + 1)
    return [*shifted, ClauseSteps(last.text, len(steps.steps), len(steps.steps))]
