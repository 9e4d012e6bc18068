"""The deterministic planner: a user's instruction -> a plan of registered tasks, without a model.

WavLLM cannot split a one-shot complex instruction into steps by itself; this planner does it
outside the model. It reads only the user's written instruction — never text heard in the audio —
so words spoken in a recording can never become plan steps.

How it works, clause by clause (see :mod:`~wavllm_agent.planning.clauses` for the splitting):

1. A clause that says to ignore the audio becomes the no-audio task (``instruct``) with the rest
   of the clause as its instruction, unless the rest works on an earlier output ("disregarding
   the sound, translate this summary").
2. Otherwise the task whose phrase comes first in the clause wins; between a speech task and a
   text task found at the same place ("translate"), the text task wins when the clause refers
   back to an earlier output ("it", "the summary") and the speech task when it names the audio.
3. A clause no task claims becomes the question task (``sqa``) when it asks something, adds a
   limit to the step before it ("Keep it under 30 words."), or is context and adds nothing.
   Multiple-choice questions are always ``sqa``; a hint where to answer from ("Answer from the
   recording.") adds nothing; "what is said, in German?" is a translation of the speech (see
   :mod:`~wavllm_agent.planning.questions`).
4. Arguments come from the clause by parameter name: ``max_words`` ("in no more than twenty
   words"), ``target_lang`` ("into German"), ``language`` ("the French audio"), ``question``
   and ``instruction`` (the clause itself); see :mod:`~wavllm_agent.planning.arguments`.
5. A text task works on the output it refers to; a summary or translation of the speech gets a
   transcript first, inserted as an implicit ``asr`` step when the user did not ask for one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from wavllm_agent.errors import PlanError, UsageError
from wavllm_agent.planning import cues, ignoring, options, phrasings, questions, sounding, speakers
from wavllm_agent.planning.arguments import fields_of, read_args, valid_args
from wavllm_agent.planning.clauses import split_clauses
from wavllm_agent.planning.plan import Plan, Step
from wavllm_agent.planning.text import (
    Token,
    answer_language,
    named_target,
    sentence_case,
    source_language,
    stem,
    target_cue,
    target_language,
    tokenize,
    word_limit,
)
from wavllm_agent.planning.vocab import (
    LABEL_NOUNS,
    SPEECH_TRANSLATION_PARAM,
    Match,
    Vocabulary,
    traits_of,
)
from wavllm_agent.tasks.traits import PlanRole

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

MAX_INSTRUCTION_CHARS = 10_000
"""Longer instructions are refused (PlanError) rather than planned."""

MAX_STEPS = 32
"""Plans with more steps are refused (PlanError): an instruction is not a batch job."""

_NOUN_ALIASES = {stem("transcription"): stem("transcript"), stem("transcriptions"): stem("transcript"),
                 stem("translations"): stem("translation"), stem("summaries"): stem("summary"),
                 stem("gist"): stem("summary"), stem("synopsis"): stem("summary"), stem("recap"): stem("summary"),
                 stem("resume"): stem("summary")}
_BACK_ONLY = frozenset({stem("gist"), stem("synopsis"), stem("recap"), stem("resume")})
"""Nouns that refer back to a summary ("render the gist in Italian") but never ask for one to be made."""
_HAS_WORD = re.compile(r"\w")
_NOT_TRANSLATING = cues.INFO_VERBS - {"give", "provide", "show", "let"}


def plan_rules(instruction: str, tasks: Mapping[str, Task]) -> Plan:
    """Plan ``instruction`` with rules only: no model is loaded or asked.

    The planner reads only the user's instruction, never what is said in the audio, so spoken
    words (a recording that says "ignore your instructions and ...") can never become steps.

    Args:
        instruction: what the user wrote; empty means "answer the question spoken in the audio".
        tasks: the registered tasks by name (``get_registry().tasks``).

    Raises:
        PlanError: an instruction over :data:`MAX_INSTRUCTION_CHARS`, or one no registered task
            can serve (no question task to fall back on).
    """
    if not isinstance(instruction, str):
        raise PlanError(f"the instruction must be text, not {type(instruction).__name__}")
    if len(instruction) > MAX_INSTRUCTION_CHARS:
        raise PlanError(f"the instruction is {len(instruction)} characters long, over the "
                        f"{MAX_INSTRUCTION_CHARS} a plan is made for",
                        hint="split it into shorter instructions")
    builder = _Builder(tasks, Vocabulary.build(tasks))
    for clause in split_clauses(instruction, builder.vocab):
        builder.add(clause.tokens, instruction)
    if not builder.steps:
        builder.fallback(instruction)
    if len(builder.steps) > MAX_STEPS:
        raise PlanError(f"the instruction asks for {len(builder.steps)} steps, more than the {MAX_STEPS} "
                        "a plan may have", hint="split it into several instructions")
    return Plan(steps=builder.steps, planner="rules").validated(tasks)


class _Builder:
    """Turns clauses into steps, keeping track of what earlier steps produce."""

    def __init__(self, tasks: Mapping[str, Task], vocab: Vocabulary) -> None:
        self.tasks = tasks
        self.vocab = vocab
        self.steps: list[Step] = []
        self.noun_of = {name: _noun_key(getattr(task, "output_noun", "text")) for name, task in tasks.items()}
        self.nouns = frozenset(self.noun_of.values()) | frozenset(_NOUN_ALIASES)
        self.transcript_nouns = frozenset({stem("transcript"), stem("transcription")})
        self.label_keys = frozenset(_noun_key(n) for n in LABEL_NOUNS)
        # The parts tasks declare (see PlanRole): no task is known here by its name.
        self.question_task = vocab.role(PlanRole.QUESTION)
        self.no_audio_task = vocab.role(PlanRole.NO_AUDIO)
        self.transcript_task = vocab.role(PlanRole.TRANSCRIPT)
        self.emotion_task = vocab.role(PlanRole.HOW_IT_SOUNDS)
        self.story_task = vocab.role(PlanRole.STORY)
        self.speakers_task = vocab.role(PlanRole.SPEAKERS)
        # Speech tasks that take a target language (``st``); the first is the one a plan adds.
        self.speech_translators = tuple(n for n, t in tasks.items()
                                        if vocab.kind(n) == "speech" and SPEECH_TRANSLATION_PARAM in fields_of(t))
        self.speech_translator = self.speech_translators[0] if self.speech_translators else None
        self.speech_language: str | None = None  # stated in a clause of its own ("The audio is in Korean.")
        self.source = ""  # the instruction, while its clauses are added
        self.said_at: int | None = None  # the transcript step a "what is said?" question made
        self.needs_transcript = frozenset(n for n, t in tasks.items() if traits_of(t).needs_transcript)

    # --- clauses ---------------------------------------------------------------------------

    def add(self, tokens: list[Token], source: str) -> None:
        """Add the steps of one clause (``tokens`` index into ``source``)."""
        self.source = source
        body = tokens[cues.lead_end(tokens):]
        if not any(t.is_word for t in body):
            return
        if self.speech_language is None and cues.language_held_in(body) is not None:
            self.speech_language = cues.language_held_in(body)  # "(conducted in Polish): state whether ..."
        span = ignoring.ignore_span(body, self.vocab.ignore_phrases())
        if span is not None and self.no_audio_task in self.tasks:
            self._ignoring_audio(body, span, source)
        else:
            self._request(body, source)

    def _ignoring_audio(self, body: list[Token], span: tuple[int, int], source: str) -> None:
        rest = ignoring.without_span(source, body, span)  # "..., it's not relevant."
        if not _HAS_WORD.search(rest):
            return
        rest_tokens = tokenize(rest)
        rest_tokens = rest_tokens[cues.lead_end(rest_tokens):]
        told = questions.question_lead_end(rest_tokens, questions.tell_me_end(rest_tokens, 0))
        if 0 < told < len(rest_tokens) and rest_tokens[told - 1].low == ":":  # "... and just tell me: what's 15% of 240?"
            rest = rest[rest_tokens[told].start:]
            rest_tokens = tokenize(rest)
        refs = self._refs(rest_tokens)
        chosen = self._choose(rest_tokens, refs)
        explicit = [r for r in refs if chosen is None or not (chosen.start <= r.start < chosen.end)]
        if (chosen is not None and self.vocab.kind(chosen.task) == "text" and chosen.task != self.no_audio_task
                and self._target(explicit, audio=False, implicit_back=False) is not None):
            self._request(rest_tokens, rest)  # "disregarding the sound, translate this summary"
            return
        self._append(self.no_audio_task, self._args(self.no_audio_task, rest_tokens, rest, whole=rest))

    def _request(self, body: list[Token], source: str) -> None:
        if self._hint_after_question(body):
            return  # "Use the audio clip to answer the question.": how to answer the question before
        spoken = (cues.asks_spoken_question(body) or questions.answers_what_is_asked(body)
                  or (questions.answers_it(body) and not self.steps)) and not options.has_options(body)
        if self.question_task in self.tasks and spoken:
            self._append(self.question_task, {})
            return
        if phrasings.asks_for_the_answer(body) and self.question_task in self.tasks and (
                not self.steps or self.steps[-1].task != self.question_task):
            self._append(self.question_task, {})  # "The quizmaster asks a question in the recording; what's the answer?"
            return
        if questions.answer_hint(body) and not self._names_text_task(body):
            return  # "Answer from the recording.": how to answer the question before (or after), not a step
        if self.steps and questions.answers_it(body) and self.steps[-1].task in (
                self.question_task, self.speakers_task, self.emotion_task):
            return  # "Is there more than one guide? Answer that first, then ...": the question just asked
        if self.steps and phrasings.asks_opinion(body):
            return  # "... if she's happy or gutted, what do u reckon from her tone?": the request before, again
        if self.question_task in self.tasks and options.has_options(body):
            self._append(self.question_task, self._args(self.question_task, body, source))
            return  # a multiple-choice question is about the content, whatever words it uses
        refs = self._refs(body)
        chosen = self._choose(body, refs)
        if chosen is not None and chosen.task == self.speech_translator and self._translator() is not None \
                and any(r.noun is not None for r in refs) \
                and isinstance(self._target([r for r in refs if r.noun is not None], audio=False, implicit_back=False), int):
            chosen = Match(self._translator(), chosen.start, chosen.end)  # "Put the summary into English."
        last = self.steps[-1] if self.steps else None
        if chosen is not None and not refs and chosen.task == self._translator() and last is not None \
                and last.task == self.speech_translator and cues.said_again(body, source):
            chosen = Match(last.task, chosen.start, chosen.end)  # "into Finnish and also into Swedish": speech again
        if chosen is not None and not refs and chosen.task in (self._translator(), self.speech_translator) \
                and self._said_again_in(body):
            return  # "what the podcast host say, translate to Indonesian please": the words just asked for
        if chosen is not None and self.vocab.kind(chosen.task) == "speech" and self.transcript_task in self.tasks \
                and cues.into_writing(body):
            chosen = Match(self.transcript_task, chosen.start, chosen.end)  # "render the recording into a transcript"
        if chosen is not None and questions.about_content(body, chosen.end):
            chosen = None
        said = self.transcript_task in self.tasks and questions.asks_what_is_said(body)
        transcript = chosen is not None and chosen.task == self.transcript_task
        speech_translation = chosen is not None and chosen.task in self.speech_translators
        earlier = self._earlier_transcript(body) if transcript or speech_translation else None
        target = (questions.speech_target(body) or named_target(body)) if earlier is not None else None
        if earlier is not None and target is not None:
            self._translate_if_asked(self.transcript_task, [], earlier, target=target, speech=True)
            return  # "..., then give me the transcript in English": the transcript made before, translated
        if (said and chosen is None) or (transcript and (said or questions.speech_target(body) is not None)):
            self._transcribe(body, source)
            self.said_at = len(self.steps) - 1 if said else None
            return
        if chosen is None and self.speakers_task in self.tasks and speakers.asks_speaker_count(body):
            chosen = Match(self.speakers_task, 0, 0)  # "Is more than one coach speaking?"
        if chosen is None and self.emotion_task in self.tasks and (sounding.asks_how_sounding(body)
                                                                   or sounding.asks_if_sounding(body)
                                                                   or sounding.asks_tone(body)):
            chosen = Match(self.emotion_task, 0, 0)  # "How does the man sound?"
        if chosen is None and not cues.is_request(body) and not cues.is_question(body) \
                and self._speech_language_stated(body):
            return  # "This voicemail is in Korean.": the language of the speech, for its transcript
        if chosen is None and self._said_again_in(body):
            return
        if chosen is None and self.transcript_task in self.tasks and phrasings.asks_written_out(body):
            chosen = Match(self.transcript_task, 0, 0)  # "could u write it down", "Write the talk out"
        if chosen is None and self.story_task in self.tasks and cues.keeps_going(body):
            chosen = Match(self.story_task, 0, 0)  # "Keep the fairy tale in this clip going"
        if chosen is None and self._translation_by_language(body, refs, source):
            return
        if chosen is None:
            self._unclaimed(body, source)
            return
        refs = [r for r in refs if not (chosen.start <= r.start < chosen.end or r.start <= chosen.start < r.end)]
        ref_tokens = {i for r in refs for i in range(r.start, r.end)}
        audio = cues.has_audio_object(body, ref_tokens)
        args = self._args(chosen.task, body, source)
        index = self._append(chosen.task, args, self._input_of(chosen.task, refs, audio, body))
        if chosen.task == self.transcript_task and cues.is_question(body):
            self.said_at = index  # "What did they say?" - a language after it asks for the speech translated
        self._translate_if_asked(chosen.task, body, index)

    def _earlier_transcript(self, body: list[Token]) -> int | None:
        """The transcript step made before, when the clause names it ("the transcript", "that transcript")."""
        named = any(t.key in self.transcript_nouns and k > 0 and body[k - 1].low in ("the", "that", "this", "your")
                    for k, t in enumerate(body))
        made = [i for i, step in enumerate(self.steps) if step.task == self.transcript_task and not step.implicit]
        return made[-1] if named and made else None

    def _refs(self, body: list[Token]) -> list[cues.Ref]:
        """The clause's references to earlier outputs; "the gist" only when a summary was made before it."""
        made = {self.noun_of.get(step.task) for step in self.steps}
        return [r for r in cues.find_refs(body, self.nouns)
                if r.noun not in _BACK_ONLY or _NOUN_ALIASES[r.noun] in made]

    def _hint_after_question(self, body: list[Token]) -> bool:
        """A hint where to answer from, right after a written question, even when it says "the question"."""
        last = self.steps[-1] if self.steps else None
        return (last is not None and last.task == self.question_task and bool(last.args.get("question"))
                and questions.answer_hint(body) and not questions.names_asking(body)
                and not self._names_text_task(body))

    def _names_text_task(self, body: list[Token]) -> bool:
        """"keep the story going" is made of a hint's words ("keep", "going", "story") but asks for a text task."""
        return any(self.vocab.kind(m.task) == "text" for m in self.vocab.matches(body)) or (
            self.story_task in self.tasks and cues.keeps_going(body))

    def _transcribe(self, body: list[Token], source: str, *, target: str | None = None) -> None:
        """"What is said?" is a transcript; "What is said, in German?" a translation of the speech."""
        target = target or questions.speech_target(body)
        if target is None:
            self._append(self.transcript_task, self._args(self.transcript_task, body, source))
            return
        speech_translator = self.speech_translator
        if speech_translator is not None:
            args = {**self._args(speech_translator, body, source), SPEECH_TRANSLATION_PARAM: target}
            self._append(speech_translator, valid_args(self.tasks[speech_translator], args))
            return
        index = self._append(self.transcript_task, {})
        self._translate_if_asked(self.transcript_task, [], index, target=target, speech=True)

    def _said_again_in(self, body: list[Token]) -> bool:
        """"What is the ranger saying? Tell me in Italian.": the words just asked for, in a language."""
        words = [t for t in body if t.is_word]
        last = len(self.steps) - 1
        found = target_language(body) or named_target(body)
        if (found is None or last < 0 or self.said_at != last or self.steps[last].args or len(words) > 5
                or not words or words[0].low not in ("tell", "say", "give", "put", "in", "now", "translate")):
            return False
        self._said_in(found)
        return True

    def _said_in(self, target: str) -> None:
        """The "what is said?" transcript just planned becomes the speech translated into ``target``."""
        self.steps.pop()
        self._transcribe([], "", target=target)

    def _translation_by_language(self, body: list[Token], refs: list[cues.Ref], source: str) -> bool:
        """"Turn this audio into Italian", "put it into German": a request (not a question) that
        names no task, only a language to have something in. True when it added the steps."""
        start = cues.request_start(body, 0)
        if start >= len(body) or body[start].low in cues.WH | cues.AUX | _NOT_TRANSLATING:
            return False  # a question, or a request for something else ("list the key words in French")
        if cues.states_what_happened(body):  # "The clock repair shop left this message in Dutch.": the speech's language
            told = source_language(body)
            if told is not None and self.speech_language is None:
                self.speech_language = told
            return told is not None
        at = target_cue(body)
        target = target_language(body[at:at + 1]) if at is not None else None
        if target is None:
            return False
        last = self.steps[-1] if self.steps else None
        if last is not None and last.task == self.speech_translator and not refs and cues.said_again(body, source):
            self._append(last.task, valid_args(self.tasks[last.task], {**last.args, SPEECH_TRANSLATION_PARAM: target}))
            return True  # "Translate the announcement into Finnish and also into Swedish": the speech again
        ref_tokens = {i for r in refs for i in range(r.start, r.end)}
        back = self._target(refs, audio=cues.has_audio_object(body, ref_tokens), implicit_back=True)
        if back is None:
            named = start + 2 < len(body) and body[start + 1].low in ("the", "this", "that") and body[start + 2].is_word
            if not cues.has_audio_object(body, set()) and not named:
                return False  # "Put the narration into Japanese": a thing named, not an earlier output: the speech
            self._transcribe(body, source, target=target)
            return True
        index = self._resolve(back)
        sibling = index is not None and index == len(self.steps) - 1 and not refs \
            and self.steps[index].task == self._translator() and self.steps[index].input is not None
        if sibling and cues.said_again(body, source):
            index = self.steps[index].input  # "translate the transcript into Greek and also into Czech": the same text
        if (index is not None and index == self.said_at == len(self.steps) - 1 and not self.steps[index].args
                and (body[start].low == "in" or all(r.noun is None for r in refs) and refs)):
            # "What is being said? Give it to me in Turkish." as well
            self._said_in(target)  # "what did they say in the voice note... in Ukrainian?"
            return True
        translator = self._translator()
        if translator is None:
            return False
        self._append(translator, valid_args(self.tasks[translator], {"target_lang": target}), index)
        return True

    def _choose(self, body: list[Token], refs: list[cues.Ref]) -> Match | None:
        """The task the clause asks for: first phrase in the clause; text vs speech by reference."""
        masked = frozenset(i for r in refs if r.noun is not None for i in range(r.start, r.end))
        found = self.vocab.matches(body, masked=masked)
        if not found and masked:
            # "a French version of that summary": no task named, a reference and a target language.
            translator = self._translator()
            at = target_cue(body)
            if translator is not None and at is not None and cues.stated_speech_language(body) is None:
                return Match(translator, at, at + 1)
            found = self.vocab.matches(body)
        if not found:
            return None
        best: dict[str, Match] = {}
        for m in found:
            cur = best.get(m.task)
            if cur is None or (m.start, -m.length) < (cur.start, -cur.length):
                best[m.task] = m
        audio = cues.has_audio_object(body, set(masked))
        # With no earlier step and no reference, there is nothing to work on but the audio.
        prefer_text = (bool(self.steps) or bool(refs)) and self._target(refs, audio=audio, implicit_back=True) is not None
        order = list(self.tasks)

        def rank(m: Match) -> tuple[int, int, int, int]:
            fits = (self.vocab.kind(m.task) == "text") == prefer_text
            return (m.start, 0 if fits else 1, -m.length, order.index(m.task))

        return min(best.values(), key=rank)

    def _unclaimed(self, body: list[Token], source: str) -> None:
        """A clause no specific task claims: a limit for the step before, a question, or context."""
        if self.steps and (cues.is_pleasantry(body) or cues.describes_source(body)):
            return  # "Would be fun to see what you come up with.", "Is from my uncle shop."
        limit = word_limit(body)
        target = named_target(body)
        request = cues.is_request(body)
        # "Keep it under 30 words.", "Answer in German.": a constraint, not a new request.
        constraint = not request or (body[0].low in ("answer", "reply", "respond") and cues.word_count(body) <= 4)
        short = cues.word_count(body) <= 8 and not cues.is_question(body)
        if limit is not None and not request and self.steps and cues.word_count(body) <= 12 \
                and self.steps[-1].task in self.tasks and "max_words" in fields_of(self.tasks[self.steps[-1].task]) \
                and "max_words" not in self.steps[-1].args:
            short = True  # "... boil it down for me? Like twenty words max, I don't need the whole thing."
        if self.steps and short and constraint and (limit is not None or target is not None):
            self._modify_last(limit, target)
            return
        intro = (body[-1].low == ":" or (not cues.is_question(body) and cues.word_count(body) < 3)
                 or cues.introduces_list(body))  # "Please do the following."
        if self.question_task in self.tasks and request and not intro:  # not "Give me:" before a list
            index = self._append(self.question_task, self._args(self.question_task, body, source))
            found = answer_language(body)  # "Who is the caller, in French?": the answer, translated
            if found is not None:
                self._translate_if_asked(self.question_task, [], index, target=found[1], speech=True)

    def _speech_language_stated(self, body: list[Token]) -> bool:
        """"The audio is in Korean.": remember the speech's language for the transcript (before or after)."""
        code = cues.stated_speech_language(body)
        if code is None:
            return False
        last = self.steps[-1] if self.steps else None
        if last is not None and last.task == self.transcript_task and last.args.get("language") is None:
            self.steps[-1] = last.model_copy(update={"args": {**last.args, "language": code}})
        self.speech_language = code
        return True

    def _modify_last(self, limit: int | None, target: str | None) -> None:
        last = len(self.steps) - 1
        step = self.steps[last]
        fields = fields_of(self.tasks[step.task])
        if limit is not None and "max_words" in fields and "max_words" not in step.args:
            self.steps[last] = step.model_copy(update={"args": {**step.args, "max_words": limit}})
        if target is not None:
            self._translate_if_asked(step.task, [], last, target=target)

    def fallback(self, instruction: str) -> None:
        """No clause asked for anything: the whole instruction goes to the question task."""
        if self.question_task not in self.tasks:
            raise PlanError("no registered task matches the instruction",
                            hint=f"name one of the tasks: {', '.join(sorted(self.tasks)) or 'none'}")
        question = instruction.strip()
        self._append(self.question_task, {"question": sentence_case(question)} if _HAS_WORD.search(question) else {})

    # --- arguments -------------------------------------------------------------------------

    def _args(self, name: str, body: list[Token], source: str, *, whole: str | None = None) -> dict[str, Any]:
        """Arguments for task ``name`` from the clause (see :mod:`~wavllm_agent.planning.arguments`)."""
        language = self.speech_language if name == self.transcript_task else None
        return read_args(self.tasks[name], body, source, whole=whole, language=language)

    def _translate_if_asked(self, name: str, body: list[Token], index: int, *, target: str | None = None,
                            speech: bool = False) -> None:
        """"Summarise it in French": a text step without a language parameter, then a translation.

        ``speech``: the step is a speech task whose answer is asked for in ``target``.
        """
        fields = fields_of(self.tasks[name])
        if not speech and ("target_lang" in fields or "language" in fields or name == self.no_audio_task):
            return
        if target is None:
            if self.vocab.kind(name) != "text":
                return
            target = named_target(body)
        translator = self._translator()
        if target is None or translator is None or not self._chainable(index):
            return
        self._append(translator, valid_args(self.tasks[translator], {"target_lang": target}), index)

    def _translator(self) -> str | None:
        """The first text task with a ``target_lang`` parameter (``translate``)."""
        return next((n for n, t in self.tasks.items()
                     if self.vocab.kind(n) == "text" and "target_lang" in fields_of(t)), None)

    # --- inputs ----------------------------------------------------------------------------

    def _input_of(self, name: str, refs: list[cues.Ref], audio: bool, body: list[Token] = ()) -> int | None:
        if self.vocab.kind(name) != "text" or name == self.no_audio_task:
            return None
        last = self.steps[-1] if self.steps else None
        if last is not None and name == last.task == self._translator() and not refs and last.input is not None \
                and cues.said_again(body, self.source):
            return last.input  # "translate the transcript into English and also into French": the same text
        # A summary asked for after a question works on the speech, not on the short answer.
        after_answer = bool(self.steps) and self.steps[-1].task == self.question_task and name != self._translator()
        if after_answer:  # "2) which virtue ...? 3) summarise it": "it" is the recording, not the answer
            refs = [r for r in refs if r.noun is not None]
        # A story goes on from the audio unless the clause names what to continue ("continue the summary").
        # Nor from a speech translation, unless translating it again: "Translate the set into Russian, and give
        # me a summary too" summarises the set; "Translate this into Turkish, then into Greek" chains.
        after_speech = bool(self.steps) and self.steps[-1].task in self.speech_translators and name != self._translator()
        target = self._target(refs, audio=audio,
                              implicit_back=not after_answer and not after_speech and name != self.story_task)
        if isinstance(target, int) and name == self.story_task and (
                self.steps[target].task == self.transcript_task or self.vocab.kind(self.steps[target].task) == "speech"):
            return None  # "Transcribe the tale, then continue it": the story goes on from the audio
        if target is not None:
            return self._resolve(target)
        if name in self.needs_transcript:
            return self._transcript()
        return None

    def _target(self, refs: list[cues.Ref], *, audio: bool, implicit_back: bool) -> int | str | None:
        """What a clause works on: an earlier step's index, a noun to make implicitly, or None (audio).

        With no reference and no mention of the audio, a clause continues from the step before
        it ("Transcribe it, then summarise in 20 words").
        """
        last = len(self.steps) - 1
        for ref in refs:
            if ref.noun is None:
                if last >= 0 and self._chainable(last):
                    return last
                continue
            noun = _NOUN_ALIASES.get(ref.noun, ref.noun)
            if noun == "text":
                chain = [i for i in range(last, -1, -1) if self._chainable(i)]
                if chain:
                    return chain[0]
                continue
            earlier = [i for i in range(last, -1, -1) if self.noun_of.get(self.steps[i].task) == noun]
            if earlier:
                return earlier[0]
            if self._maker(noun) is not None:
                return noun
        if implicit_back and not refs and not audio and last >= 0 and self._chainable(last):
            return last
        return None

    def _resolve(self, target: int | str) -> int | None:
        if isinstance(target, int):
            return target
        maker = self._maker(target)
        if maker is None:
            return None
        if maker == self.transcript_task:
            return self._transcript()
        source = self._transcript() if maker in self.needs_transcript else None
        return self._append(maker, {}, source, implicit=True)

    def _maker(self, noun: str) -> str | None:
        """The one task whose output is ``noun`` and that needs no arguments, if there is one."""
        owners = [n for n, k in self.noun_of.items() if k == noun]
        if len(owners) != 1:
            return None
        try:
            self.tasks[owners[0]].parse_params({})
        except UsageError:
            return None
        return owners[0]

    def _transcript(self) -> int | None:
        """The latest transcript step, or a new implicit one."""
        for i in range(len(self.steps) - 1, -1, -1):
            if self.steps[i].task == self.transcript_task:
                return i
        if self.transcript_task not in self.tasks:
            return None
        args = valid_args(self.tasks[self.transcript_task], {"language": self.speech_language}) if self.speech_language else {}
        return self._append(self.transcript_task, args, implicit=True)  # "The memo is in Czech. Summarise it."

    def _chainable(self, index: int) -> bool:
        return self.noun_of.get(self.steps[index].task) not in self.label_keys

    def _append(self, name: str, args: dict[str, Any], input: int | None = None, *,  # noqa: A002
                implicit: bool = False) -> int:
        step = Step(task=name, args=args, input=input, implicit=implicit)
        last = len(self.steps) - 1
        if name == self.story_task and last >= 0 and self.steps[last].task == name and input == last \
                and self.steps[last].args == args:
            if not implicit:
                self.steps[last] = self.steps[last].model_copy(update={"implicit": False})
            return last  # "Pick up the story ... and write the next part": one continuation
        if self.steps and self.steps[-1].model_dump(exclude={"implicit"}) == step.model_dump(exclude={"implicit"}):
            if not implicit:
                self.steps[-1] = self.steps[-1].model_copy(update={"implicit": False})
            return len(self.steps) - 1  # the same request twice in a row ("happy, sad or angry")
        self.steps.append(step)
        return len(self.steps) - 1


def _noun_key(noun: str) -> str:
    words = noun.split()
    return stem(words[-1]) if words else "text"
