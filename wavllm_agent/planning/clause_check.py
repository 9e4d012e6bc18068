"""The rule planner's clause check: a learned classifier may take a question for a speaker check.

The rules take a clause for a speaker count only when it is worded in a way they know ("how many
people speak", "is more than one coach talking?"). A clause that counts people in other words
("how many cab drivers are on this dispatch clip", "whether two different locksmiths left parts of
it", "if anyone besides him says anything") falls through to the question task, and the plan
answers a question where the user asked for a speaker check. The clause-task classifier
(:mod:`~wavllm_agent.planning.learned`) reads each clause as the rules cut it and names the tasks
the rules plan for clauses like it; trained on the clauses of the labelled instruction sets, it
knows speaker counts in many more wordings than the rules' word lists.

When a clause the rules planned as one question is a speaker check for the classifier, with a
score at its threshold, that step becomes the speaker check, unless
- the question is multiple-choice ("How many people speak? 1) one 2) two": options stay a question);
- the clause has no word that counts or compares people ("Why is the guide upset?"), or, after the
  request's own words ("tell me whether"), names neither the recording ("on this clip", "left it")
  nor speaking ("says anything", "calls the bids"): "whether more than one bidder raised a paddle"
  and "if the same plumber is coming back on Tuesday" count people in what is said; counts things
  ("Can you hear two bells in the clip?"); or reports speaking ("How many people does the speaker
  say are speaking at the conference?");
- a later step works on the question's answer ("..., and translate the answer");
- the speaker task needs an argument the clause cannot give, or no task has that part.
The change is recorded in the plan's notes. The module names no task: it finds the question and
speaker tasks by their planning roles.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wavllm_agent.errors import ModelNotFoundError
from wavllm_agent.planning import options, speakers
from wavllm_agent.planning.arguments import fields_of
from wavllm_agent.planning.plan import Plan, Step
from wavllm_agent.planning.text import tokenize
from wavllm_agent.planning.vocab import roles_of
from wavllm_agent.tasks.traits import PlanRole

if TYPE_CHECKING:
    from wavllm_agent.planning.learned import ClauseTaskClassifier
    from wavllm_agent.tasks.base import Task


@dataclass(frozen=True)
class ClauseSteps:
    """One clause of an instruction and the steps the rules planned for it: ``steps[first:end]``."""

    text: str
    first: int
    end: int


def _may_become_speaker_check(plan: Plan, index: int, clause: str) -> bool:
    question = plan.steps[index].args.get("question")
    if not isinstance(question, str) or options.has_options(tokenize(question)):
        return False  # the spoken question ({} args) or a multiple-choice one
    if any(step.input == index for step in plan.steps):
        return False  # a later step works on the answer
    words = tokenize(clause)
    return (speakers.mentions_a_count(words) and speakers.about_the_recording(words) and not speakers.names_things(words)
            and not speakers.reports_speaking(words))


def check_clauses(plan: Plan, clauses: list[ClauseSteps], tasks: Mapping[str, Task],
                  classifier: ClauseTaskClassifier | None = None) -> Plan:
    """The rules' ``plan`` with each question the classifier confidently takes for a speaker check
    made one (see the module's docstring). ``clauses``: what :func:`~wavllm_agent.planning.rules.rules_plan`
    recorded; ``classifier``: the shipped one by default. A missing or broken classifier leaves the
    plan as it is, with a note saying why."""
    roles = roles_of(tasks)
    question_task, speaker_task = roles.get(PlanRole.QUESTION), roles.get(PlanRole.SPEAKERS)
    if question_task is None or speaker_task is None or any(
            field.is_required() for field in fields_of(tasks[speaker_task]).values()):
        return plan
    candidates = [c for c in clauses if c.end - c.first == 1 and c.first < len(plan.steps)
                  and plan.steps[c.first].task == question_task and _may_become_speaker_check(plan, c.first, c.text)]
    if not candidates:
        return plan
    if classifier is None:
        from wavllm_agent.planning.learned import default_clause_classifier

        try:
            classifier = default_clause_classifier()
        except ModelNotFoundError as exc:
            return plan.model_copy(update={"notes": [*plan.notes, f"no clause check: {exc.message}"]})
    steps, notes = list(plan.steps), list(plan.notes)
    for clause in candidates:
        guess = classifier.guess(clause.text)
        if guess.confident and guess.sequence == speaker_task:
            steps[clause.first] = Step(task=speaker_task)
            notes.append(f"the clause-task classifier (score {guess.score:.2f}) took {clause.text!r} "
                         f"for {speaker_task}, not {question_task}")
    if steps == plan.steps:
        return plan
    return Plan(steps=steps, planner=plan.planner, notes=notes).validated(tasks)
