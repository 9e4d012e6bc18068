"""The rule planner's second opinion: a learned classifier may change the task sequence of a plan.

The rules read an instruction clause by clause and get the arguments right (the question's text,
the target language, the word limit), but now and then misread which task a clause asks for: a
speaker count taken for a question, "what did he say, in Hindi?" taken for a question and a
translation. The task-sequence classifier (:mod:`~wavllm_agent.planning.learned`) reads the
whole instruction and is right less often overall, but when it is confident and disagrees with
the rules it is mostly right. So, when the classifier's score reaches its threshold and its
sequence differs from the rules' plan, the plan takes the classifier's sequence, each step with
arguments from the rules' plan: the k-th step of a task gets the arguments of the rules' k-th step
of that task; a step the rules did not plan gets the language and the word limit the rules found
(or a language named anywhere in the instruction) and nothing else.

The rules' plan stands when the change would
- add a step, or drop one other than an inserted transcript the new plan leaves out (not a summary
  beside the transcript it keeps), a statement the rules took for a question ("Would really appreciate
  it, cheers.") or a question about what is said whose answer the rules translate and the new plan
  translates from the speech instead ("what does the busker say, in Czech?", not "what will the
  weather be, in Swedish?"): the rules count requests well; the classifier tells which task a request is;
- need a text the rules did not find (a question, a request to answer without the audio), or a
  translation language the rules did not find and the user did not set off as the answer's
  ("..., in Czech?"; "the song in Korean" is the speech's language, not a target);
- lose a translation language or a multiple-choice question of the rules' plan;
- plan how someone sounds where the rules did not (the classifier takes "does the recording sound
  muffled?" and "is the speaker male or female?" for that), or a speaker check where the question it
  replaces neither counts nor compares people ("Why is the guide upset?");
- only put the rules' steps in another order where the user numbered them ("Step one: ... Step two: ... Step
  three: transcribe the clip.", "First, ... Second, ..."): the rules follow that order, which the classifier, whose
  features are words and short runs of words, does not see (it may still reorder "..., and in between, answer this:
  ..."); or where no word puts a request elsewhere than where it is written ("between", "before", "after", "first",
  ...): "Check whether the guide keeps the same voice; if so, transcribe him." is done in the order written;
- involve a task the classifier was not trained on (a plugin's) or one that is not registered.
A step the rules planned keeps its arguments and whether it was inserted (``implicit``).

The change is recorded in the plan's notes. The module names no task: it reads task names from
the classifier's sequences and arguments from the tasks' parameters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from wavllm_agent.errors import ModelNotFoundError, PlanError
from wavllm_agent.planning import options, speakers
from wavllm_agent.planning.answer_hint import SAY_KEYS
from wavllm_agent.planning.arguments import fields_of
from wavllm_agent.planning.lexicon import WH, WH_RUN_ON
from wavllm_agent.planning.plan import Plan, Step
from wavllm_agent.planning.text import answer_language, stem, tokenize
from wavllm_agent.planning.vocab import SPEECH_TRANSLATION_PARAM
from wavllm_agent.tasks.traits import PlanRole

if TYPE_CHECKING:
    from wavllm_agent.planning.learned import Guess
    from wavllm_agent.tasks.base import Task

_PART = re.compile(r"(?P<task>\w+)(?P<implicit>\*?)(?:@(?P<input>\d+))?")
_TARGET = SPEECH_TRANSLATION_PARAM  # "target_lang", of speech and of text translation
_STEP_MARKER = re.compile(r"\b(?:step\s+(?:one|two|three|four|five|[1-5])|first(?:ly)?|second(?:ly)?|third(?:ly)?)\b",
                          re.IGNORECASE)
"""Words that number the user's requests in the order they are to be done."""
_ORDER_WORDS = re.compile(r"\b(?:between|before|beforehand|after|afterwards?|first|firstly|once|prior|until|following"
                          r"|earlier|later|ahead of|(?:start|begin)(?:s|ning)? (?:by|with))\b", re.IGNORECASE)
"""Words that may put a request before or after where it is written ("in between, answer this", "Answer that after
transcribing"): without one, a plan in another order than the rules' (which follow the writing) is refused."""
_SOURCE = "language"  # the speech's language, of a transcript: never taken for a target
_LIMIT = "max_words"


def sequence_of(plan: Plan) -> str:
    """A plan's task sequence as the classifier writes it (``"asr*>summarize@0"``)."""
    return ">".join(s.task + ("*" if s.implicit else "") + (f"@{s.input}" if s.input is not None else "")
                    for s in plan.steps)


def _is_free_text(field: Any) -> bool:
    """A parameter holding the user's words (a question, a request), which cannot be made up."""
    return field.annotation in (str, str | None)


def _new_args(task: Task, rules: Plan, languages: list[str], nth: int) -> dict[str, Any] | None:
    """Arguments for a step of ``task`` the rules did not plan; None when one cannot be filled."""
    limits = [s.args[_LIMIT] for s in rules.steps if s.args.get(_LIMIT)]
    args: dict[str, Any] = {}
    for name, field in fields_of(task).items():
        if name == _TARGET:
            if not languages:
                return None  # the task's default language would be a guess
            args[name] = languages[min(nth, len(languages) - 1)]
        elif name == _LIMIT and limits:
            args[name] = limits[0]
        elif name != _SOURCE and _is_free_text(field):
            return None
    return args


def steps_for(sequence: str, rules: Plan, tasks: Mapping[str, Task], instruction: str = "") -> list[Step] | None:
    """Steps of ``sequence`` with their arguments taken from the rules' plan; None when one cannot be filled."""
    parts = [_PART.fullmatch(part) for part in sequence.split(">")]
    if not all(parts) or any(p["task"] not in tasks for p in parts if p):
        return None
    found: dict[str, list[tuple[dict[str, Any], bool]]] = {}
    for step in rules.steps:
        found.setdefault(step.task, []).append((dict(step.args), step.implicit))
    targets = [s.args[_TARGET] for s in rules.steps if _TARGET in s.args]
    if not targets and (set_off := answer_language(tokenize(instruction))):
        targets = [set_off[1]]  # "what the busker says, in Czech?" that the rules read as a question
    used: dict[str, int] = {}
    steps = []
    for part in parts:
        assert part is not None
        task = part["task"]
        nth = used[task] = used.get(task, -1) + 1
        same = found.get(task, [])
        if nth < len(same):  # a step the rules planned: its arguments, and whether it was inserted
            args, implicit = same[nth]
        else:
            args, implicit = _new_args(tasks[task], rules, targets, nth), bool(part["implicit"])
        if args is None:
            return None
        steps.append(Step(task=task, args=args, input=int(part["input"]) if part["input"] else None,
                          implicit=implicit))
    return steps


def _droppable(before: list[Step], after: list[Step]) -> int:
    """How many of the rules' steps the new plan may leave out: inserted steps of a task it has fewer of,
    statements taken for questions when it has fewer questions, and a question about what is said
    whose answer the rules translate when the new plan translates the speech into that language instead."""
    from_speech = {s.args.get(_TARGET) for s in after if s.input is None and _TARGET in s.args}
    translated = {s.input for s in before if s.input is not None and s.args.get(_TARGET) in from_speech}
    inserted = sum(max(0, min(sum(s.implicit for s in before if s.task == task),
                              sum(s.task == task for s in before) - sum(s.task == task for s in after)))
                   for task in {s.task for s in before if s.implicit})  # only those the new plan leaves out
    statements = sum(_a_statement(s) for s in before)
    questions_lost = sum(isinstance(s.args.get("question"), str) for s in before) \
        - sum(isinstance(s.args.get("question"), str) for s in after)
    said = sum(i in translated and _asks_what_is_said(s) for i, s in enumerate(before))
    return inserted + min(statements, max(0, questions_lost)) + said


_COUNTING = frozenset({"one", "two", "three", "single", "several", "many", "more", "pair", "same", "different",
                       "other", "another", "second", "alone", "only", "just", "both", "multiple", "voices", "people"})
"""Words of a question that counts or compares people ("one tuner or a pair", "more than a single witness")."""


def _counts(step: Step) -> bool:
    """A question that counts or compares the people speaking, which a speaker check may answer instead:
    not one that counts people in what is said ("whether two different locksmiths quoted for the job")."""
    question = step.args.get("question")
    if not isinstance(question, str):
        return False
    words = tokenize(question)
    return any(t.low in _COUNTING or t.low.isdigit() for t in words) and speakers.about_the_recording(words)


def _a_statement(step: Step) -> bool:
    """A clause the rules took for a question for want of another reading ("Would really appreciate it, cheers."): no
    question mark, no question word first."""
    question = step.args.get("question")
    if not isinstance(question, str) or question.rstrip().endswith("?"):
        return False
    words = [t.low for t in tokenize(question) if t.is_word]
    return bool(words) and words[0] not in WH | WH_RUN_ON


def _asks_what_is_said(step: Step) -> bool:
    """A question about what someone says ("what does the busker say"), not about a fact ("what will
    the weather be"): only that one is the speech to translate."""
    question = step.args.get("question")
    return isinstance(question, str) and any(t.key in SAY_KEYS for t in tokenize(question))


def _loses_something(before: list[Step], after: list[Step], tasks: Mapping[str, Task]) -> bool:
    """The new steps are more, drop a request, plan how someone sounds anew, or leave out a
    translation language or a multiple-choice question."""
    if len(after) > len(before) or len(before) - len(after) > _droppable(before, after):
        return True
    sounding = {name for name, task in tasks.items() if task.planning.role == PlanRole.HOW_IT_SOUNDS}
    if sum(s.task in sounding for s in after) > sum(s.task in sounding for s in before):
        return True
    speaker_tasks = {name for name, task in tasks.items() if task.planning.role == PlanRole.SPEAKERS}
    if sum(s.task in speaker_tasks for s in after) > sum(s.task in speaker_tasks for s in before) and not any(
            _counts(s) for s in before if s.task not in {t.task for t in after}):
        return True
    wanted = {s.args[_TARGET] for s in before if _TARGET in s.args}
    if not wanted <= {s.args.get(_TARGET) for s in after}:
        return True
    asked = {q for s in before if isinstance(q := s.args.get("question"), str) and options.has_options(tokenize(q))}
    return not asked <= {s.args.get("question") for s in after}


_TRANSCRIPT_KEYS = frozenset({stem("transcript"), stem("transcription")})


def _drops_a_named_transcript(before: list[Step], after: list[Step], instruction: str, tasks: Mapping[str, Task]) -> bool:
    """"Translate the transcript into Chinese.": the instruction names the transcript, and the new steps
    have fewer transcripts (a speech translation instead)."""
    if not any(t.key in _TRANSCRIPT_KEYS for t in tokenize(instruction)):
        return False
    transcribing = {name for name, task in tasks.items() if task.planning.role == PlanRole.TRANSCRIPT}
    return sum(s.task in transcribing for s in after) < sum(s.task in transcribing for s in before)


def reconsider(rules: Plan, instruction: str, guess: Guess, tasks: Mapping[str, Task], known: set[str]) -> Plan:
    """The rules' plan, or the plan with the classifier's task sequence when it is confident and
    the change is safe (see the module's docstring). ``known``: the task names the classifier was trained on."""
    if not guess.confident or guess.sequence == sequence_of(rules):
        return rules
    if any(step.task not in known for step in rules.steps):
        return rules  # a plugin's task: the classifier has never seen it
    steps = steps_for(guess.sequence, rules, tasks, instruction)
    if steps is None or _loses_something(rules.steps, steps, tasks) or _drops_a_named_transcript(rules.steps, steps,
                                                                                                instruction, tasks):
        return rules
    try:
        changed = Plan(steps=steps, planner=rules.planner, notes=rules.notes).validated(tasks)
    except PlanError:
        return rules
    if sequence_of(changed) == sequence_of(rules):
        return rules  # it differed only in which steps were inserted, and the rules' marks stand
    before, after = [s.task for s in rules.steps], [s.task for s in changed.steps]
    if sorted(before) == sorted(after) and before != after and (len(_STEP_MARKER.findall(instruction)) >= 2
                                                                 or not _ORDER_WORDS.search(instruction)):
        return rules  # the same steps in another order, where the user numbered them or used none of the words that
        # put a request elsewhere: the order the user wrote
    note = (f"the task-sequence classifier (score {guess.score:.2f}) changed the rules' steps "
            f"{sequence_of(rules)} to {sequence_of(changed)}")
    return changed.model_copy(update={"notes": [*rules.notes, note]})


def second_opinion(rules: Plan, instruction: str, tasks: Mapping[str, Task]) -> Plan:
    """:func:`reconsider` with the classifier shipped in the package. A missing or broken classifier
    leaves the rules' plan as it is, with a note saying why."""
    from wavllm_agent.planning.learned import default_classifier

    try:
        classifier = default_classifier()
    except ModelNotFoundError as exc:
        return rules.model_copy(update={"notes": [*rules.notes, f"no second opinion on the steps: {exc.message}"]})
    return reconsider(rules, instruction, classifier.guess(instruction), tasks, classifier.tasks)
