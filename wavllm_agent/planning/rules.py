"""The deterministic planner: a user's instruction -> a plan of registered tasks, without a model.

WavLLM cannot split a one-shot complex instruction into steps by itself; this planner does it outside the model. It
reads only the user's written instruction — never text heard in the audio — so words spoken in a recording can never
become plan steps.

How it works, clause by clause (see :mod:`~wavllm_agent.planning.clauses` for the splitting):

1. A clause that says to ignore the audio becomes the no-audio task (``instruct``) with the rest of the clause as its
   instruction, unless the rest works on an earlier output ("disregarding the sound, translate this summary").
2. Otherwise the task whose phrase comes first in the clause wins; between a speech task and a
   text task found at the same place ("translate"), the text task wins when the clause refers
   back to an earlier output ("it", "the summary") and the speech task when it names the audio.
3. A clause no task claims becomes the question task (``sqa``) when it asks something, adds a limit to the step
   before it ("Keep it under 30 words."), or is context and adds nothing. Multiple-choice questions are always
   ``sqa``; a hint where to answer from ("Answer from the recording.") adds nothing; "what is said, in German?" is a
   translation of the speech (see :mod:`~wavllm_agent.planning.questions` and :mod:`~wavllm_agent.planning.said`).
4. Arguments come from the clause by parameter name: ``max_words`` ("in no more than twenty
   words"), ``target_lang`` ("into German"), ``language`` ("the French audio"), ``question``
   and ``instruction`` (the clause itself); see :mod:`~wavllm_agent.planning.arguments`.
5. A text task works on the output it refers to; a summary or translation of the speech gets a
   transcript first, inserted as an implicit ``asr`` step when the user did not ask for one
   (the bookkeeping of steps and inputs is :class:`~wavllm_agent.planning.steps.StepList`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from wavllm_agent.errors import PlanError
from wavllm_agent.planning import (
    bare_asks,
    content_questions,
    cues,
    going_on,
    ignoring,
    kept_as,
    naming,
    options,
    phrasings,
    pointing_clauses,
    question_below,
    questions,
    said,
    said_forms,
    sounding,
    speaker_words,
    speakers,
    speech_language,
    spoken_question,
    story_finish,
)
from wavllm_agent.planning.before_that import (
    answered_after,
    before_that,
    done_after,
    in_between,
    puts_between,
    still_first,
    transcript_first,
)
from wavllm_agent.planning.clause_body import request_body
from wavllm_agent.planning.clause_check import ClauseSteps, check_clauses
from wavllm_agent.planning.clauses import split_clauses
from wavllm_agent.planning.declined_verbs import noise_aside
from wavllm_agent.planning.language_repairs import LanguageRepairs
from wavllm_agent.planning.named_targets import named_target
from wavllm_agent.planning.plan import Plan
from wavllm_agent.planning.second_opinion import second_opinion as reconsidered
from wavllm_agent.planning.speech_target import speech_target
from wavllm_agent.planning.spoken_question import answer_prefix_end
from wavllm_agent.planning.stated_language import StatedLanguage
from wavllm_agent.planning.steps import BACK_ONLY, NOUN_ALIASES, StepList
from wavllm_agent.planning.text import (
    Token,
    stem,
    target_cue,
    target_language,
    tokenize,
    tokens_before,
)
from wavllm_agent.planning.unclaimed import Unclaimed
from wavllm_agent.planning.versions import version_as_translation
from wavllm_agent.planning.vocab import Match, Vocabulary
from wavllm_agent.planning.word_limits import word_limit

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

MAX_INSTRUCTION_CHARS = 10_000
"""Longer instructions are refused (PlanError) rather than planned."""

_OF_COUNT = (["of", "how"], ["of", "whether"], ["of", "who"])
""""a rundown of how many operators speak": what the weak phrase is about is a question, not a summary."""
_CAUSING = frozenset({"driving", "drives", "drove", "driven", "drive", "making", "makes", "made", "make"})
"""Before a feeling in the user's own story ("it's driving us mad", "it made me sad"): no emotion asked for."""
_SUMMARY_VERBS = frozenset(stem(w) for w in ("summarise", "sum", "recap", "condense", "tldr"))  # (and "summarize")
_LOOK_BACK = 300
"""Characters before a clause where a story or something said is looked for ("The guard says something. What, in X?")."""

MAX_STEPS = 32
"""Plans with more steps are refused (PlanError): an instruction is not a batch job."""

def plan_rules(instruction: str, tasks: Mapping[str, Task], *, second_opinion: bool = True) -> Plan:
    """Plan ``instruction`` with rules, checked by two small learned classifiers: no language model is asked.

    The planner reads only the user's instruction, never what is said in the audio, so spoken
    words (a recording that says "ignore your instructions and ...") can never become steps.

    Args:
        instruction: what the user wrote; empty means "answer the question spoken in the audio".
        tasks: the registered tasks by name (``get_registry().tasks``).
        second_opinion: let the learned classifiers change the steps when they are confident and
            disagree: the clause check (:mod:`~wavllm_agent.planning.clause_check`), then the
            task-sequence second opinion (:mod:`~wavllm_agent.planning.second_opinion`); False: the
            rules alone.

    Raises:
        PlanError: an instruction over :data:`MAX_INSTRUCTION_CHARS`, or one no registered task
            can serve (no question task to fall back on).
    """
    plan, clauses = rules_plan(instruction, tasks)
    if not second_opinion:
        return plan
    return reconsidered(check_clauses(plan, clauses, tasks), instruction, tasks)


def rules_plan(instruction: str, tasks: Mapping[str, Task]) -> tuple[Plan, list[ClauseSteps]]:
    """The rules' plan alone, and each clause with the steps it added (what the clause-task
    classifier learns from). Raises PlanError as :func:`plan_rules` does."""
    if not isinstance(instruction, str):
        raise PlanError(f"the instruction must be text, not {type(instruction).__name__}")
    if len(instruction) > MAX_INSTRUCTION_CHARS:
        raise PlanError(f"the instruction is {len(instruction)} characters long, over the "
                        f"{MAX_INSTRUCTION_CHARS} a plan is made for",
                        hint="split it into shorter instructions")
    builder = _Builder(tasks, Vocabulary.build(tasks))
    clauses = []
    after_next, moved_first, end, named = False, False, 0, None  # the clause before opened "Before you summarise it, ..." / moved
    for clause in split_clauses(instruction, builder.vocab):
        gap, end = instruction[end:clause.start], clause.end
        if builder.steps and phrasings.corrects_earlier(clause.tokens):
            kept = builder.steps, builder.said_at
            builder.steps, builder.said_at = [], None  # "..., Actually, just transcribe it.": this request instead
            builder.add(clause.tokens, instruction)
            if builder.steps:
                clauses = [ClauseSteps(clause.text(instruction), 0, len(builder.steps))]
                continue
            builder.steps, builder.said_at = kept  # it asked for nothing after all
        first = len(builder.steps)
        builder.add(clause.tokens, instruction)
        if clause.soft and builder.count_answers_who(first, clause.tokens):
            first -= 1  # "Who's talking on this clip, one person or a group?"
            clauses[-1] = ClauseSteps(clauses[-1].text, clauses[-1].first, first)
        moves = before_that(clause.tokens) or answered_after(clause.tokens) or after_next or puts_between(clause.tokens, instruction[end:]) \
            or (moved_first and still_first(gap, clause.tokens)) or (in_between(clause.tokens) and clauses[-1:] != []
                                                                     and clauses[-1].end - clauses[-1].first == 1
                                                                     and clauses[-1].first > 0)
        after_next, moved_first = done_after(clause.tokens), bool(clauses and moves and builder.move_before(clauses[-1].first, first))
        if moved_first:
            earlier = clauses[-1]  # "Continue the story, but first tell me ...": this clause's steps go first
            moved = len(builder.steps) - first
            clauses[-1] = ClauseSteps(clause.text(instruction), earlier.first, earlier.first + moved)
            clauses.append(ClauseSteps(earlier.text, earlier.first + moved, len(builder.steps)))
            continue
        clauses.append(ClauseSteps(clause.text(instruction), first, len(builder.steps)))
        if named is not None and (question_below.labelled_question(clause.tokens)
                                  or question_below.question_on_own_line(instruction, clause.tokens)):
            # "Q: How many ...?" after "answer the question
            clauses, named = question_below.place_question(builder, clauses, named, builder.question_task), None  # below"
        elif question_below.names_question_later(clause.tokens):
            named = len(clauses) - 1
    builder.finish_aside()
    builder.in_readers_language(instruction)
    builder.share_targets()
    builder.languages_wanted()
    builder.use_lone_target()
    for gone in [*reversed(builder.drop_same_language_translations()), *reversed(builder.drop_repeated_checks())]:
        clauses = [ClauseSteps(c.text, c.first - (c.first > gone), c.end - (c.end > gone)) for c in clauses]
    if not builder.steps:
        builder.fallback(instruction)
    if len(builder.steps) > MAX_STEPS:
        raise PlanError(f"the instruction asks for {len(builder.steps)} steps, more than the {MAX_STEPS} "
                        "a plan may have", hint="split it into several instructions")
    return Plan(steps=builder.steps, planner="rules").validated(tasks), clauses


class _Builder(Unclaimed, StatedLanguage, LanguageRepairs, StepList):
    """Turns clauses into steps, keeping track of what earlier steps produce."""

    # --- clauses ---------------------------------------------------------------------------

    def add(self, tokens: list[Token], source: str) -> None:
        """Add the steps of one clause (``tokens`` index into ``source``)."""
        self.source, self.clause_start = source, tokens[0].start if tokens else 0
        self.before_clause: list[Token] | None = None  # tokenised on first use (see _just_before)
        body = request_body(tokens, self.vocab)
        if not any(t.is_word for t in body):
            return
        if not self.steps and self.transcript_task in self.tasks and transcript_first(tokens):
            self._append(self.transcript_task, {})  # "After the transcript, add how many people speak, ..."
        if self.speech_language is None and speech_language.language_held_in(body) is not None:
            self.speech_language = speech_language.language_held_in(body)  # "(conducted in Polish): state whether ..."
        body, span = ignoring.span_in_clause(tokens, body, self.vocab.ignore_phrases())
        if self.aside is not None and span is None and self.no_audio_task in self.tasks:
            self.aside = None  # the request after "ignore the audio, it's there by mistake."
            whole = source[body[0].start:body[-1].end]
            self._append(self.no_audio_task, self._args(self.no_audio_task, body, source, whole=whole))
        elif span is not None and self.no_audio_task in self.tasks:
            self._ignoring_audio(body, span, source)
        else:
            self._request(body, source)
        self.recording_names |= naming.names_given(body) | naming.named_first(tokens)

    def finish_aside(self) -> None:
        """"Ignore the audio, it's corrupted.": an aside no request followed is the no-audio request itself."""
        if self.aside is not None:
            self._append(self.no_audio_task, self._args(self.no_audio_task, tokenize(self.aside), self.aside,
                                                        whole=self.aside))

    def _ignoring_audio(self, body: list[Token], span: tuple[int, int], source: str) -> None:
        rest, rest_tokens = ignoring.request_left(source, body, span)  # "..., it's not relevant."
        if not rest:
            return
        if ignoring.is_aside(rest_tokens):
            self.aside = rest  # "don't bother with the audio, I attached it by mistake. just give me ..."
            return
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
        if phrasings.declines_output(body, plainly=not self.steps) and (
                self.steps or phrasings.asks_more(tokenize(source[body[-1].end:]))):
            return  # "No transcript in the source language is required.", "Not a summary, a transcript please."
        if noise_aside(body) and (self.steps or phrasings.asks_more(tokenize(source[body[-1].end:]))):
            return  # "Don't worry about the background noise, transcribe it."
        if self.steps and phrasings.just_the(body) and {m.task for m in self.vocab.matches(body)} == {self.steps[-1].task}:
            return  # "Summarise it, thirty words at most. I don't need the transcript, just the gist.": said already
        if self.steps and (kept_as.asks_it_short(body) and self.steps[-1].task == self._maker("summary") or (
                kept_as.keeps_it_verbatim(body) and self.steps[-1].task in (self.transcript_task, *self.speech_translators))):
            return  # "Make a summary and make it short.", "What is she telling them in Spanish? Keep it word for word."
        made = [k for k, step in enumerate(self.steps) if step.task == self._maker("summary")]
        if made and phrasings.limits_summary(body) and word_limit(body) is not None:  # "Translate the summary into
            step = self.steps[made[-1]]  # Hebrew? Keep the summary to a dozen words.": that summary, named and sized
            self.steps[made[-1]] = step.model_copy(update={"args": {**step.args, "max_words": word_limit(body)}, "implicit": False})
            return
        if self.steps and self.steps[-1].task == self.speech_translator and phrasings.asks_what_they_are(body):
            return  # "The tour announcements - in Greek, what are they?": the words just asked for
        if self._reader_stated(body) or speech_language.users_own_skill(body):
            return  # "I am not so good in English.", "My grandma only reads Greek.": about the user, nothing asked
        if phrasings.asks_a_favour(body):
            return  # "Could you do me a favour and type up this voicemail?": the request comes after
        quoted = spoken_question.quoted_question(source[body[0].start:body[-1].end]) is not None
        spoken = (spoken_question.asks_spoken_question(body) or spoken_question.answers_what_is_asked(body)
                  or (spoken_question.answers_it(body) and not self.steps)) and not options.has_options(body) and not quoted \
            and not questions.hinted_question(body)  # not "Answer only from it: what does ...?"
        if self.question_task in self.tasks and spoken:
            self._append(self.question_task, {})
            return
        if quoted and self.question_task in self.tasks:
            self._append(self.question_task, self._args(self.question_task, body, source))
            return  # "answer the question 'how much does the glaze cost?'"
        if phrasings.asks_for_the_answer(body) and self.question_task in self.tasks and (
                not self.steps or self.steps[-1].task != self.question_task):
            if not (self.steps and self.steps[-1].task in (self.speakers_task, self.emotion_task) and body[-1].low != "?"
                    and not self.source[self.clause_start:body[0].start].strip() and [t.low for t in self._just_before()[-1:]] == ["?"]):
                self._append(self.question_task, {})  # "The quizmaster asks a question in the recording; what's the answer?"
            return  # (not "Are there two hosts or just one? Give me the answer, then ...": the question just asked)
        if body[0].low in ("answer", "reply", "respond") and self._said_again_in(body):
            return  # "What did the archivist say? Answer in Hebrew.": the words asked for, in Hebrew
        if questions.answer_hint(body) and not self._names_text_task(body):
            return  # "Answer from the recording.": how to answer the question before (or after), not a step
        if self.steps and (spoken_question.answers_it(body) or spoken_question.tells_it(body)) and self.steps[-1].task in (
                self.question_task, self.speakers_task, self.emotion_task):
            return  # "Is there more than one guide? Answer that first, then ...", "... Tell me that": the question just asked
        if self.steps and phrasings.asks_opinion(body):
            return  # "... if she's happy or gutted, what do u reckon from her tone?": the request before, again
        if self.question_task in self.tasks and options.has_options(body):
            self._append(self.question_task, self._args(self.question_task, body, source))
            return  # a multiple-choice question is about the content, whatever words it uses
        labelled = said_forms.that_in_language(tokenize(self.source[self.clause_start:body[0].start]), body)
        if labelled is not None and self.transcript_task in self.tasks:
            self._transcribe(body, source, target=labelled)
            return  # "Bumper-car operator's announcement — what would that be in Romanian?"
        refs = self._refs(body)
        chosen = self._choose(body, refs)
        heard = chosen is not None and chosen.task in (self.transcript_task, self._maker("summary"))  # "What's said, in short?"
        if (chosen is None or heard) and phrasings.gist_in_words(body, heard) and (summary := self._maker("summary")):
            chosen = Match(summary, 0, 0)  # "tell me what's going on in this clip in 10 words": a summary
        stated_here = chosen is not None and (
            (chosen.task == self.speech_translator and body[chosen.start].low == "in"
             and speech_language.stated_speech_language(body) is not None)
            or speech_language.recap_language(body, BACK_ONLY) is not None)
        if stated_here and not cues.is_request(body) and self._speech_language_stated(body):
            return  # "The recording is in English.", "The cornhole recap is spoken in Dutch.": the speech's language
        if chosen is not None and chosen.task == self.speech_translator and self._translator() is not None \
                and any(r.noun is not None for r in refs) \
                and isinstance(self._target([r for r in refs if r.noun is not None], audio=False, implicit_back=False), int):
            chosen = Match(self._translator(), chosen.start, chosen.end)  # "Put the summary into English."
        last = self.steps[-1] if self.steps else None
        if chosen is not None and not refs and chosen.task == self._translator() and last is not None \
                and last.task == self.speech_translator and cues.said_again(body, source):
            chosen = Match(last.task, chosen.start, chosen.end)  # "into Finnish and also into Swedish": speech again
        if chosen is not None and all(r.noun in cues.REPLY_KEYS and (body[r.start].low == "your" or self._said_last(body)) for r in refs) \
                and chosen.task in (self._translator(), self.speech_translator) and self._said_again_in(body):
            return  # "what the podcast host say, translate to Indonesian please": the words just asked for
        if chosen is not None and self.vocab.kind(chosen.task) == "speech" and self.transcript_task in self.tasks \
                and cues.into_writing(body):
            chosen = Match(self.transcript_task, chosen.start, chosen.end)  # "render the recording into a transcript"
        made = cues.renders_new_text(body) if chosen is not None and (chosen.task in self.speech_translators
                                                                      or chosen.task == self._translator()) else None
        if made is not None and (maker := self._maker(NOUN_ALIASES.get(made, made))):
            chosen = Match(maker, chosen.start, chosen.end)  # "render a summary of the orientation (in French)"
        if chosen is not None and chosen.task == self.transcript_task and any(r.start <= chosen.start < r.end for r in refs) \
                and self.story_task in self.tasks and self._carries_story_on(body):
            chosen = Match(self.story_task, 0, 0)  # "then carry it on from the last line of your transcript"
        if chosen is not None and chosen.end and (content_questions.about_content(body, chosen.end, after_steps=bool(self.steps)
                                                                                         or self._asks_more_after(body))
                                   or (chosen.weak and content_questions.names_a_thing_asked(body, chosen.start))
                                   or (chosen.weak and [t.low for t in body[chosen.end:chosen.end + 2]] in _OF_COUNT)
                                   or (chosen.task == self.emotion_task and (sounding.feelings_listed(body)
                                                                             or sounding.story_character(body, chosen.start)))):
            chosen = None  # ("Is the puppet happy, sad or scared at the end?": a multiple-choice question)
        if chosen is not None and chosen.weak and not cues.is_request(body) and not cues.is_question(body) \
                and not cues.polite_request_after_comma(body) \
                and cues.states_what_happened(body[cues.request_start(body, 0):]):
            chosen = None  # "So my aunt sent me this voice note ... I can't follow a word of it": the user's story
        if chosen is not None and chosen.task == self.emotion_task and not cues.is_request(body) \
                and not cues.is_question(body) and any(t.low in _CAUSING or t.low.endswith("'ll")
                                                       for t in body[max(0, chosen.start - 5):chosen.start]):
            return  # "..., which is driving the whole family mad.", "she'll be thrilled": a feeling in the user's story
        words_asked = self.transcript_task in self.tasks and (said.asks_what_is_said(body) or (
            chosen is None and said_forms.what_of_something(self._just_before(), body)))
        transcript = chosen is not None and chosen.task == self.transcript_task
        speech_translation = chosen is not None and chosen.task in self.speech_translators
        earlier = self._earlier_transcript(body) if transcript or speech_translation else None
        target = (speech_target(body) or named_target(body)) if earlier is not None else None
        if earlier is not None and target is not None:
            self._translate_if_asked(self.transcript_task, [], earlier, target=target, speech=True)
            return  # "..., then give me the transcript in English": the transcript made before, translated
        if (words_asked and chosen is None) or (transcript and (words_asked or speech_target(body) is not None)):
            self._transcribe_said(body, source, words_asked)
            return
        if chosen is None and self.speakers_task in self.tasks and (speakers.asks_speaker_count(  # not "Only from
                body[questions.hint_prefix_end(body, answer_prefix_end(body, 0)):])  # what's audible here: do they sell
            # trees already cut?"; "answer this: one voice, or more than one?"
                                                                    or speaker_words.asks_count_another_way(body)
                                                                    or speaker_words.count_of_them(self._just_before(), body)
                                                                    or speaker_words.people_counted_alone(
                                                                        self._just_before(), body, source[body[-1].end:])):
            chosen = Match(self.speakers_task, 0, 0)  # "Is more than one coach speaking?"
        if chosen is None and self.emotion_task in self.tasks and sounding.asks_emotion(body):
            chosen = Match(self.emotion_task, 0, 0)  # "How does the man sound?"
        if chosen is None and not cues.is_request(body) and not cues.is_question(body) \
                and not phrasings.asks_written_out(body) and self._speech_language_stated(body):
            return  # "This voicemail is in Korean.": the language of the speech, for its transcript
        summarizer = self._maker(stem("summary")) if chosen is None else None
        if summarizer is not None and (bare_asks.summary_by_length(body, first=not any(s.task == summarizer for s in self.steps),
                                                                  cut=self.steps[-1].task not in self.answers if self.steps
                                                                  else not self.source[:self.clause_start].strip()) \
                or bare_asks.told_gist(body)):  # "Tell me in a sentence what it's about"
            chosen = Match(summarizer, 0, 0)  # "In 70 words, what's the incident report about?"
        if chosen is None and self._said_again_in(body):
            return
        if chosen is None and self.transcript_task in self.tasks and phrasings.asks_written_out(body, self.speech_language, alone=not self.steps):
            chosen = Match(self.transcript_task, 0, 0)  # "could u write it down", "Write the talk out"
        if chosen is None and self.story_task in self.tasks and self._carries_story_on(body):
            chosen = Match(self.story_task, 0, 0)  # "Keep the fairy tale in this clip going"
        if chosen is None and self._translation_by_language(body, refs, source):
            return
        if self.steps and self.steps[-1].input is None and pointing_clauses.words_only(body):
            return  # "..., in Vietnamese, spoken words only": the request before, on the words spoken
        if chosen is None and (self.steps and pointing_clauses.asks_that_again(body) or summarizer is not None
                               and pointing_clauses.gist_question(body) and pointing_clauses.summary_next(
                                   tokenize(source[body[-1].end:], body[-1].end), _SUMMARY_VERBS)):
            return  # "Monologue or dialogue? Tell me that for the clip", "What's it about? Summarise it in 40 words."
        if chosen is None:
            self._unclaimed(body, source)
            return
        refs = [r for r in refs if not (chosen.start <= r.start < chosen.end or r.start <= chosen.start < r.end)]
        ref_tokens = {i for r in refs for i in range(r.start, r.end)}
        audio = self._names_audio(body, ref_tokens)
        args = self._args(chosen.task, body, source)
        given = self._input_of(chosen.task, refs, audio, body)
        if given is not None and self.steps[given].task == chosen.task and not args and named_target(body):
            self._translate_if_asked(chosen.task, body, given)
            return  # "• 30-word summary • summary in English": that summary, translated (not summarised again)
        if given is not None and self.steps[given].implicit and chosen.task == self._translator() \
                and said_forms.transcript_translated(body, asked=True):
            self.steps[given] = self.steps[given].model_copy(update={"implicit": False})  # "the transcript translated"
        index = self._append(chosen.task, args, given)
        self._size_input(index, body)  # "translate summary to Thai language, not more than twenty word"
        if chosen.task == self.transcript_task and cues.is_question(body):
            self.said_at = index  # "What did they say?" - a language after it asks for the speech translated
        self._translate_if_asked(chosen.task, body, index)

    def _carries_story_on(self, body: list[Token]) -> bool:
        """"Listen to the story and carry it on", "Transcribe the story, then carry it on": the story named in the
        clause, its lead-in or an earlier clause."""
        return going_on.keeps_going(body, tokenize(self.source[self.clause_start:body[0].start]), self._just_before())

    def _asks_more_after(self, body: list[Token]) -> bool:
        """Another task asked for after the clause ("How does she feel about it, and what are her remarks in Arabic?",
        "... Then transcribe it."); not after a hint where to answer from, nor a request about the answer ("Translate
        the answer into French.", "Put that into Spanish.")."""
        rest = tokenize(self.source[body[-1].end:])
        found = self.vocab.matches(rest)
        heard = any(self.vocab.kind(m.task) == "speech" and m.task not in (*self.speech_translators, self.question_task)
                    for m in found)
        text = any(self.vocab.kind(m.task) == "text" for m in found) and not cues.find_refs(rest, self.nouns)
        asked = next((k for k, t in enumerate(rest) if t.low == "?"), 0) > 3  # (not "? In French?")
        return (heard or text or asked) and not questions.answer_hint(rest)

    def _just_before(self) -> list[Token]:
        """The words before the clause, up to ``_LOOK_BACK`` characters (bounded, cut from one tokenisation)."""
        if self.before_clause is None:  # once per clause: three checks read it
            if self.source_tokens is None or self.source_tokens[0] is not self.source:
                self.source_tokens = (self.source, tokenize(self.source))
            self.before_clause = tokens_before(self.source_tokens[1], self.clause_start, _LOOK_BACK)
        return self.before_clause

    def _hint_after_question(self, body: list[Token]) -> bool:
        """A hint where to answer from, right after a written question, even when it says "the question"."""
        last = self.steps[-1] if self.steps else None
        return (last is not None and last.task == self.question_task and bool(last.args.get("question"))
                and questions.answer_hint(body) and not spoken_question.names_asking(body)
                and not self._names_text_task(body))

    def _names_text_task(self, body: list[Token]) -> bool:
        """"keep the story going" is made of a hint's words ("keep", "going", "story") but asks for a text task."""
        return any(self.vocab.kind(m.task) == "text" for m in self.vocab.matches(body)) or (
            self.story_task in self.tasks and going_on.keeps_going(body))

    def _choose(self, body: list[Token], refs: list[cues.Ref]) -> Match | None:
        """The task the clause asks for: first phrase in the clause; text vs speech by reference."""
        masked = frozenset(i for r in refs if r.noun is not None and not self._asks_translation(body, r)
                           for i in range(r.start, r.end))
        found = self.vocab.matches(body, masked=masked)
        finish = story_finish.finishes_story(body, [*self._just_before(), *tokenize(self.source[self.clause_start:body[0].start])]) \
            if not found and self.story_task in self.tasks else None  # (and the words before the body: "A fable — finish it")
        if finish is not None:
            return Match(self.story_task, finish, finish + 1)  # "finish the ghost story my cousin started"
        about = phrasings.asks_gist(body) if not found and word_limit(body) is not None else None
        if about is not None and self._maker("summary") is not None:
            return Match(str(self._maker("summary")), about, about + 1)  # "tell me in under 20 words what it's about"
        if not found and self.story_task in self.tasks and self._carries_story_on(body):
            return Match(self.story_task, 0, 1)  # "keep the German version going", "carry the Spanish version on"
        if not found and masked:
            # "a French version of that summary": no task named, a reference and a target language.
            translator = self._translator()
            at = target_cue(body)
            if at is None and len(body) > 2 and target_language(body[:1]) and body[1].low == "for":
                at = 0  # "German for that summary."
            if translator is not None and at is not None and speech_language.stated_speech_language(body) is None:
                return Match(translator, at, at + 1)
            found = self.vocab.matches(body)
        if not found:
            found = version_as_translation(body, self.vocab, masked)  # "Get me a French version of the farrier's talk"
        if not found:
            return None
        best: dict[str, Match] = {}
        for m in found:
            cur = best.get(m.task)
            if cur is None or (m.start, -m.length) < (cur.start, -cur.length):
                best[m.task] = m
        audio = self._names_audio(body, set(masked))
        prefer_text = (bool(self.steps) or bool(refs)) and self._target(refs, audio=audio, implicit_back=True) is not None  # (else: the audio)
        order = list(self.tasks)

        def rank(m: Match) -> tuple[int, int, int, int]:
            fits = (self.vocab.kind(m.task) == "text") == prefer_text
            return (m.start, 0 if fits else 1, -m.length, order.index(m.task))

        return min(best.values(), key=rank)

    def _names_audio(self, body: list[Token], skip: set[int]) -> bool:
        """The clause names the audio as what to work on: "the recording", or the name an earlier clause
        gave it ("... at this suit fitting? Translate the fitting into Spanish")."""
        return cues.has_audio_object(body, skip) or naming.refers_to_name(body, self.recording_names, skip)

    def _asks_translation(self, body: list[Token], ref: cues.Ref) -> bool:
        """"make the translation of this interview": a translation asked for, not one made before."""
        if ref.noun is None or ref.noun != self.noun_of.get(self._translator() or ""):
            return False
        if any(self.noun_of.get(step.task) == ref.noun for step in self.steps):
            return False
        return not self.steps or (ref.end < len(body) and body[ref.end].low == "of")
