"""The steps of a rules plan as it is built: what each earlier step produces, and what a new step works on.

:class:`StepList` is the bookkeeping half of the rules planner (:mod:`~wavllm_agent.planning.rules`
reads the clauses): it appends steps (merging a request made twice in a row), reads a step's
arguments from its clause, adds a translation when a text step is asked for in another language,
and resolves what a text step works on — the output a clause refers to ("the summary", "it"), the
step before it, or a transcript inserted as an implicit ``asr`` step.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from wavllm_agent.errors import UsageError
from wavllm_agent.planning import cues, options, versions
from wavllm_agent.planning.arguments import fields_of, read_args, valid_args
from wavllm_agent.planning.count_answers import answered_by_count, counts_offered
from wavllm_agent.planning.input_phrases import from_there, names_story_in, second_of_both, shortened_after
from wavllm_agent.planning.named_targets import named_target
from wavllm_agent.planning.plan import Step
from wavllm_agent.planning.text import (
    VERSION_NOUNS,
    Token,
    find_language_token,
    stem,
    tokenize,
)
from wavllm_agent.planning.vocab import LABEL_NOUNS, SPEECH_TRANSLATION_PARAM, Vocabulary, traits_of
from wavllm_agent.planning.word_limits import word_limit
from wavllm_agent.tasks.traits import PlanRole

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

NOUN_ALIASES = {stem("transcription"): stem("transcript"), stem("transcriptions"): stem("transcript"),
                stem("translations"): stem("translation"), stem("summaries"): stem("summary"),
                stem("gist"): stem("summary"), stem("synopsis"): stem("summary"), stem("recap"): stem("summary"),
                stem("resume"): stem("summary"), stem("record"): stem("transcript")}
"""Other words for the outputs tasks name (``output_noun``), by stem."""
BACK_ONLY = frozenset({stem("gist"), stem("synopsis"), stem("recap"), stem("resume"), stem("record")})
"""Nouns that refer back to a summary ("render the gist in Italian") or a transcript ("a German rendering of that
record", after "a written record of the audio") but never ask for one to be made."""
_RECORD = stem("record")


_ENGLISH_ASKED = re.compile(r"\btranslat\w*\b[^.?!]*\benglish\b|\b(?:into|to) english\b|\bput\b[^.?!]*\benglish\b"
                            r"|\benglish (?:version|translation)", re.I)
"""Words that ask for English as a translation ("translate the summary into English", "put it into English")."""
_TARGET_MARKS = frozenset({"in", "into", "to", ",", "-", "–", "—", "and", "or", "also"})
"""Before a language that is asked for ("..., in Czech", "into Dutch and Greek"), not the speech's."""


_THEN = re.compile(r"\b(?:then|next|afterwards)\b", re.IGNORECASE)
"""Before a language alone after a transcript ("Transcript. Then French."): the transcript translated next."""


_SUMMING_UP = frozenset(stem(w) for w in ("summarising", "summarizing", "sum", "recap"))
"""Verbs before "it" that sum up the recording after a speech translation ("..., in Hindi? Also summarise it", "sum it
up")."""


class StepList:
    """The steps planned so far and the registered tasks' parts (see :class:`PlanRole`)."""

    def __init__(self, tasks: Mapping[str, Task], vocab: Vocabulary) -> None:
        self.tasks = tasks
        self.vocab = vocab
        self.steps: list[Step] = []
        self.noun_of = {name: _noun_key(getattr(task, "output_noun", "text")) for name, task in tasks.items()}
        self.nouns = frozenset(self.noun_of.values()) | frozenset(NOUN_ALIASES)
        self.transcript_nouns = frozenset({stem("transcript"), stem("transcription")})
        self.label_keys = frozenset(_noun_key(n) for n in LABEL_NOUNS)
        # The parts tasks declare (see PlanRole): no task is known here by its name.
        self.question_task = vocab.role(PlanRole.QUESTION)
        self.no_audio_task = vocab.role(PlanRole.NO_AUDIO)
        self.transcript_task = vocab.role(PlanRole.TRANSCRIPT)
        self.emotion_task = vocab.role(PlanRole.HOW_IT_SOUNDS)
        self.story_task = vocab.role(PlanRole.STORY)
        self.answers = (self.question_task, self.no_audio_task, self.story_task)  # ("Cut it to 30 words." after these: theirs)
        self.speakers_task = vocab.role(PlanRole.SPEAKERS)
        # Speech tasks that take a target language (``st``); the first is the one a plan adds.
        self.speech_translators = tuple(n for n, t in tasks.items()
                                        if vocab.kind(n) == "speech" and SPEECH_TRANSLATION_PARAM in fields_of(t))
        self.speech_translator = self.speech_translators[0] if self.speech_translators else None
        self.speech_language: str | None = None  # stated in a clause of its own ("The audio is in Korean.")
        self.reader_language: str | None = None  # whom the words are for reads it ("My grandma only reads Greek.")
        self.reader_speaks = False  # ... or speaks it ("My dad only speaks Hindi."): maybe the one who speaks
        self.source = ""  # the instruction, while its clauses are added
        self.clause_start = 0  # where the clause being added starts in it
        self.source_tokens: tuple[str, list[Token]] | None = None  # the instruction tokenised once (rules._just_before)
        self.said_at: int | None = None  # the transcript step a "what is said?" question made
        self.said_written = False  # that question asked for the words in writing ("write what he say")
        self.recording_names: frozenset[str] = frozenset()  # "this suit fitting": see naming.names_given
        self.aside: str | None = None  # "ignore the audio, it's there by mistake.": the next request needs no audio
        self.needs_transcript = frozenset(n for n, t in tasks.items() if traits_of(t).needs_transcript)

    def _refs(self, body: list[Token]) -> list[cues.Ref]:
        """The clause's references to earlier outputs; "the gist" only when a summary was made before it."""
        made = {self.noun_of.get(step.task) for step in self.steps}
        transcribed = bool(self.steps) and self.steps[-1].task == self.transcript_task and not self.steps[-1].implicit
        refs = []
        for r in cues.find_refs(body, self.nouns):
            if transcribed or not cues.written_story(body, r):
                refs.append(r)
            elif body[r.start].low in ("this", "that"):  # "that written story": the transcript only when just made,
                refs.append(cues.Ref(r.start, r.start + 1))  # else "that", the text before
        written = any(s.task == self.transcript_task and not s.implicit for s in self.steps)  # ("that record": one asked for)
        return [r for r in refs if (r.noun not in BACK_ONLY or NOUN_ALIASES[r.noun] in made)
                and (r.noun != _RECORD or written and body[r.end - 1].low in ("record", "records"))
                and not _version_of(body, r)]  # (not "the recording", whose stem is the same)

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
        source = self.steps[index].input
        if source is not None and self.steps[source].args.get("target_lang") == target:
            return  # "Translate the story into German, then continue it in German": already in German
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
        if last is not None and last.input is not None and not refs and second_of_both(body, self.source):
            return last.input  # "from that transcript make both a Korean translation and a summary": the same text
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
        after_speech = bool(self.steps) and self.steps[-1].task in self.speech_translators and name != self._translator() \
            and not (not refs and shortened_after(body))  # "... in Ukrainian, then shortened to 20 words": that text
        if after_speech and name != self.story_task \
                and named_target(body) != self.steps[-1].args.get(SPEECH_TRANSLATION_PARAM):
            # "What's said, in Hindi? Also summarise it": "it" is the recording (not "a summary of it", "summarise
            # them", "shorten it", "summarise that translation", nor "... into Dutch, then summarise it in Dutch")
            refs = [r for r in refs if r.noun is not None or r.language is not None or body[r.start].low != "it"
                    or r.start == 0 or body[r.start - 1].key not in _SUMMING_UP]
        refs = [cues.Ref(r.start, r.end, None, r.language) if r.noun is not None and last is not None
                and NOUN_ALIASES.get(r.noun, r.noun) == self.noun_of.get(name) and last.task != self.question_task
                and versions.made_before_its(body, r.start, r.end, self.source) else r for r in refs]
        # ("a summary, followed by its translation into Polish": the summary's, the text made last)
        target = self._target(refs, audio=audio,
                              implicit_back=not after_answer and not after_speech and name != self.story_task)
        named = isinstance(target, int) and any(
            r.noun is not None and (NOUN_ALIASES.get(r.noun, r.noun) == self.noun_of.get(self.steps[target].task)
                                    or any(find_language_token(t) for t in body[r.start:r.end])  # "the Catalan text"
                                    or r.start > 0 and body[r.start - 1].low == "from"  # "continue it from that text"
                                    or r.start > 0 and body[r.start - 1].low in ("use", "using")
                                    and body[max(0, r.start - 2)].low not in ("of", "without", "than", "not", "instead"))
            # "use that text as the starting point and continue it" (not "instead of using that text")
            for r in refs)
        if name == self.story_task and last is not None and (last.task in self.speech_translators
                                                             or last.task == self._translator()) \
                and ((not refs and from_there(body)) or (all(r.noun is None for r in refs)
                                                          and named_target(body) == last.args.get("target_lang"))
                     or names_story_in(body, last.args.get("target_lang"))):  # "..., then keep the Danish story going"
            return len(self.steps) - 1  # "Translate the story into French, then carry on from there / in French"
        if name == self.story_task and last is not None and last.task == name and last.input is None \
                and len(self.steps) >= 2 and self.steps[-2].task in (*self.speech_translators, self._translator()) \
                and names_story_in(body, self.steps[-2].args.get("target_lang")):
            self.steps[-1] = last.model_copy(update={"input": len(self.steps) - 2})
            return len(self.steps) - 2  # "Put it into Spanish, then write what happens next, continuing the Spanish version"
        made = next((k for k in range(len(self.steps) - 2, -1, -1) if self.steps[k].task in (*self.speech_translators, self._translator())
                     and names_story_in(body, self.steps[k].args.get("target_lang"))), None)
        if name == self.story_task and last is not None and made is not None \
                and last.task in (self.question_task, self.emotion_task, self.speakers_task):
            return made  # "Translate it into Japanese; then, which bait ...?; then continue the Japanese version of the tale"
        if isinstance(target, int) and name == self.story_task and not named and (
                self.steps[target].task == self.transcript_task or self.vocab.kind(self.steps[target].task) == "speech"):
            return None  # "Transcribe the tale, then continue it": the story goes on from the audio (not "the transcript")
        if target is not None:
            return self._resolve(target, body)
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
                if last >= 0 and self._chainable(last) and not self._multiple_choice(last):
                    return last  # (not "which distance? (a) 98 m (b) 112 m. And translate it": the recording)
                continue
            noun = NOUN_ALIASES.get(ref.noun, ref.noun)
            written = next((i for i in range(last, -1, -1) if self.steps[i].task == self.transcript_task
                            and not self.steps[i].implicit), None) if noun == cues.WRITING else None
            if written is not None:
                return written  # "Put it in writing, answer ..., then translate the writing": the transcript asked for
            if noun == cues.LANGUAGE_TEXT:  # "shorten the Arabic": the text made in Arabic, if any (else the speech)
                made_in = [i for i in range(last, -1, -1) if self._chainable(i)
                           and self.steps[i].args.get(SPEECH_TRANSLATION_PARAM) == ref.language]
                if made_in:
                    return made_in[0]
                continue
            if noun in ("text", cues.WRITING):  # (else "Summarize it, then translate the writing": the summary)
                chain = [i for i in range(last, -1, -1) if self._chainable(i)]
                made = [i for i in chain if self.steps[i].task != self.question_task]
                chain = made or chain  # "vid → text, then: where ...? options ... then french translation of that text"
                named = [i for i in chain if ref.language is not None
                         and self.steps[i].args.get(SPEECH_TRANSLATION_PARAM) == ref.language]
                if named or chain:
                    return (named or chain)[0]  # "the Spanish text": the text made in Spanish
                continue
            earlier = [i for i in range(last, -1, -1) if self.noun_of.get(self.steps[i].task) == noun]
            if earlier:
                return earlier[0]
            if self._maker(noun) is not None and noun not in self.label_keys:
                return noun  # not "the judge's verdict" (the audio's content) made as a speaker verdict
        if implicit_back and not refs and not audio and last >= 0 and self._chainable(last):
            return last
        return None

    def _resolve(self, target: int | str, body: list[Token] | None = None) -> int | None:
        """The step ``target`` names: an earlier step, or one made now for a noun ("the summary"), implicitly - or,
        asked for by name in ``body`` ("the summary of this audio, not more than 25 words, in Italian"), with its
        word limit, as a step of its own."""
        if isinstance(target, int):
            return target
        maker = self._maker(target)
        if maker is None:
            return None
        if maker == self.transcript_task:
            return self._transcript()
        source = self._transcript() if maker in self.needs_transcript else None
        asked = body is not None and any(t.key == stem(target) and k + 1 < len(body) and body[k + 1].low == "of"
                                         for k, t in enumerate(body))
        limit = word_limit(body) if asked and body is not None else None
        if limit is not None and "max_words" in fields_of(self.tasks[maker]):
            return self._append(maker, {"max_words": limit}, source)
        head = [t for t in body[cues.lead_end(body):] if t.is_word][:2] if body is not None else []
        if len(head) == 2 and head[0].low in ("the", "a", "an") and head[1].key == stem(target):
            return self._append(maker, {}, source)  # "...; then the summary in German.": the summary, asked for
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

    def _multiple_choice(self, index: int) -> bool:
        """The step asks a multiple-choice question (its answer is one of the options)."""
        question = self.steps[index].args.get("question")
        return isinstance(question, str) and (options.has_options(tokenize(question)) or options.colon_choices(tokenize(question)))

    def _chainable(self, index: int) -> bool:
        return self.noun_of.get(self.steps[index].task) not in self.label_keys

    def count_answers_who(self, first: int, tokens: list[Token]) -> bool:
        """"Who's talking on this clip, one person or a group?": the count after the comma (the clause's
        ``tokens``) is what "who's talking" asks (not "who is speaking? a) a baker b) ...", whose options ask who).
        Drops the question step before ``first`` when the clause from ``first`` added only the speaker check; True
        when it did."""
        if first < 1 or len(self.steps) != first + 1 or self.steps[first].task != self.speakers_task:
            return False
        asked = self.steps[first - 1]
        if asked.task != self.question_task or asked.input is not None \
                or self._multiple_choice(first - 1) and not counts_offered(str(asked.args.get("question", ""))) \
                or not answered_by_count(str(asked.args.get("question", "")), [t.low for t in tokens if t.is_word]):
            return False
        del self.steps[first - 1]
        self.steps = [s.model_copy(update={"input": s.input - 1}) if s.input is not None and s.input >= first else s
                      for s in self.steps]
        return True

    def drop_same_language_translations(self) -> list[int]:
        """Remove each translation of a transcript into the language the speech is in ("The speech is in
        Turkish. I need the text of this in Turkish."): the transcript is what was asked for, and it is
        no longer implicit; and, when the speech is taken to be English (no language stated), each
        translation into English of a summary of the transcript. Returns the indices removed (in the
        steps as they were)."""
        removed: list[int] = []
        english = self._english_assumed()
        j = 0
        while j < len(self.steps):
            step, source = self.steps[j], self.steps[self.steps[j].input] if self.steps[j].input is not None else None
            target = step.args.get("target_lang")
            if step.task == self._translator() and english and target == "en" and source is not None \
                    and source.task == self._maker("summary") and source.input is not None \
                    and self.steps[source.input].task == self.transcript_task:
                self._remove(j, instead=step.input)  # "..., and a 20-word summary in English": in English already
                removed.append(j + len(removed))
                continue
            if step.task != self._translator() or source is None or source.task != self.transcript_task \
                    or target is None or target != (source.args.get("language") or self.speech_language):
                j += 1
                continue
            self.steps[step.input] = source.model_copy(update={"implicit": False})
            self._remove(j, instead=step.input)
            removed.append(j + len(removed))
        return removed

    def drop_repeated_checks(self) -> list[int]:
        """Remove a speaker or emotion check asked for again later ("I'm trying to work out if it was one person or
        several. Transcript please, then the speaker check."): one check, where the later request places it.
        Returns the indices removed (in the steps as they were)."""
        checks = (self.speakers_task, self.emotion_task)
        repeated = [j for j, step in enumerate(self.steps) if step.task in checks and step.input is None
                    and any(later.model_dump(exclude={"implicit"}) == step.model_dump(exclude={"implicit"})
                            for later in self.steps[j + 1:])
                    and not any(s.input == j for s in self.steps)]
        for removed, j in enumerate(repeated):
            self._remove(j - removed, instead=None)
        return repeated

    def _remove(self, j: int, *, instead: int | None) -> None:
        """Remove step ``j``; a step that took its output takes step ``instead``'s."""
        del self.steps[j]
        self.steps = [s.model_copy(update={"input": instead if s.input == j else s.input - 1})
                      if s.input is not None and s.input >= j else s for s in self.steps]

    def _english_assumed(self) -> bool:
        """No speech language stated or named ("the Spanish lecture") and no translation into English asked for in
        words: the speech (and so a summary of its transcript) is taken to be English."""
        if self.speech_language is not None or any(s.args.get("language") for s in self.steps) \
                or _ENGLISH_ASKED.search(self.source):
            return False
        tokens = tokenize(self.source)
        return not any(find_language_token(t) not in (None, "en") and k and tokens[k - 1].low not in _TARGET_MARKS
                       for k, t in enumerate(tokens))  # ("what the French guide says": a French speaker)

    def share_targets(self) -> None:
        """"translate both the transcript and the summary into Swedish": a translation left without a language
        takes the one of the translation right after it (of another text)."""
        for k in range(len(self.steps) - 2, -1, -1):
            step = self.steps[k]
            after = next((s for s in self.steps[k + 1:] if not s.implicit), None)  # (past a summary made for it)
            if after is not None and step.task == after.task == self._translator() and "target_lang" not in step.args \
                    and "target_lang" in after.args and after.input not in (step.input, k):  # (not its own translation)
                self.steps[k] = step.model_copy(update={"args": {**step.args, "target_lang": after.args["target_lang"]}})

    def move_before(self, at: int, first: int) -> bool:
        """Move the steps from ``first`` on to ``at``, before the steps of the clause before them ("Continue the
        story, but first tell me ..."); only steps that work on the audio move. True if they moved."""
        block = self.steps[first:]
        if not block or not 0 <= at < first or any(s.input is not None or s.implicit for s in block):
            return False
        n = len(block)
        shifted = [s.model_copy(update={"input": s.input + n}) if s.input is not None and s.input >= at else s
                   for s in self.steps[at:first]]
        self.steps = self.steps[:at] + block + shifted
        if self.said_at is not None and self.said_at >= at:
            self.said_at = self.said_at + n if self.said_at < first else self.said_at - (first - at)
        return True

    def _earlier_transcript(self, body: list[Token]) -> int | None:
        """The transcript step made before, when the clause names it ("the transcript", "that transcript")."""
        named = any(t.key in self.transcript_nouns and k > 0 and body[k - 1].low in ("the", "that", "this", "your")
                    for k, t in enumerate(body))
        made = [i for i, step in enumerate(self.steps) if step.task == self.transcript_task and not step.implicit]
        return made[-1] if named and made else None

    def _size_input(self, index: int, body: list[Token]) -> None:
        """A length in the clause of a step that takes no length ("translate the summary into Thai, not more than
        twenty words"): the length of the summary it works on, made by an earlier clause without one."""
        step = self.steps[index]
        made = self.steps[step.input] if isinstance(step.input, int) and 0 <= step.input < index else None
        if made is None or "max_words" in fields_of(self.tasks[step.task]) or made.args.get("max_words") is not None \
                or "max_words" not in fields_of(self.tasks[made.task]):
            return
        limit = word_limit(body) if not any(t.low in ("per", "each", "every") for t in body) else None
        if limit is not None:  # (not "10 words per line")
            self.steps[step.input] = made.model_copy(update={"args": {**made.args, "max_words": limit}})

    def _modify_last(self, limit: int | None, target: str | None, body: list[Token] | None = None) -> None:
        last = len(self.steps) - 1
        step = self.steps[last]
        fields = fields_of(self.tasks[step.task])
        if limit is not None and "max_words" in fields and "max_words" not in step.args:
            self.steps[last] = step.model_copy(update={"args": {**step.args, "max_words": limit}})
        elif limit is not None and "max_words" not in fields and step.input is not None and target is None:
            made = self.steps[step.input]  # "Short version of the talk in Russian, please. Max 25 words.": the summary
            if "max_words" in fields_of(self.tasks[made.task]) and "max_words" not in made.args:
                self.steps[step.input] = made.model_copy(update={"args": {**made.args, "max_words": limit}})
        if target is not None and "target_lang" in fields and "target_lang" not in step.args:
            step = self.steps[last]  # "Translate the recording. German please.": the language it left out
            self.steps[last] = step.model_copy(update={"args": {**step.args, "target_lang": target}})
        elif target is not None and "target_lang" in fields and step.args["target_lang"] != target:
            # "Translate the recording into French. German too.": the same translation into one more language
            self._append(step.task, {**step.args, "target_lang": target}, step.input)
        elif target is not None and step.task == self.transcript_task and body \
                and _THEN.search(self.source[self.clause_start:body[0].start]) is not None \
                and not any(find_language_token(t) == target for t in tokenize(self.source[body[-1].end:body[-1].end + 400])):
            # (not "Transcript, then MC, then Romanian. ... Romanian: translate the transcript.": asked for later)
            self._translate_if_asked(step.task, [], last, target=target, speech=True)  # "Transcript. Then French."
        elif target is not None:
            self._translate_if_asked(step.task, [], last, target=target)

    def _append(self, name: str, args: dict[str, Any], input: int | None = None, *,  # noqa: A002
                implicit: bool = False) -> int:
        step = Step(task=name, args=args, input=input, implicit=implicit)
        last = len(self.steps) - 1
        if name == self.story_task and last >= 0 and self.steps[last].task == name and input == last \
                and self.steps[last].args == args:
            if not implicit:
                self.steps[last] = self.steps[last].model_copy(update={"implicit": False})
            return last  # "Pick up the story ... and write the next part": one continuation
        if name == self.story_task and last >= 0 and self.steps[last].task == name and self.steps[last].input is None \
                and input is not None and input < last and self.steps[last].args == args \
                and self.source[self.clause_start:self.clause_start + 40].lstrip().lower().startswith(_GOING_ON):
            self.steps[last] = self.steps[last].model_copy(update={"input": input})
            return last  # "..., then write what happens next, continuing from the French text": that text, once
        if name == self.transcript_task and last >= 0 and self.steps[last].task == name and not self.steps[last].args \
                and set(args) == {"language"} and input == self.steps[last].input:
            self.steps[last] = self.steps[last].model_copy(update={"args": args})
            return last  # "transcript of the recording, verbatim, in its original Hindi": the same transcript
        made = next((k for k, s in enumerate(self.steps) if s.implicit and not implicit and name == self.transcript_task
                     and s.model_dump(exclude={"implicit"}) == step.model_dump(exclude={"implicit"})), None)
        if made is not None:
            self.steps[made] = self.steps[made].model_copy(update={"implicit": False})
            return made  # "Hebrew translation of the transcript; I need the transcript itself as well": that transcript
        if self.steps and self.steps[-1].model_dump(exclude={"implicit"}) == step.model_dump(exclude={"implicit"}):
            if not implicit:
                self.steps[-1] = self.steps[-1].model_copy(update={"implicit": False})
            return len(self.steps) - 1  # the same request twice in a row ("happy, sad or angry")
        self.steps.append(step)
        return len(self.steps) - 1


_GOING_ON = ("continuing", "carrying on", "going on", "picking up", "starting from")
"""A clause that says what the continuation just asked for goes on from: "..., continuing from the French text"."""


def _noun_key(noun: str) -> str:
    words = noun.split()
    return stem(words[-1]) if words else "text"




def _version_of(body: list[Token], ref: cues.Ref) -> bool:
    """"the French version of the recording": names what to render (said after "of"), not an earlier output."""
    return ref.noun is not None and body[ref.end - 1].low in VERSION_NOUNS and ref.end < len(body) \
        and body[ref.end].low == "of"
