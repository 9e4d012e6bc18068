"""A clause no specific task claims: a limit or a language for the step before ("Keep it under 30 words."), a
question (the question task), context that adds nothing, or a language on its own before anything was asked
("Spanish. Translate.", "Her remarks. German, please."); and the plan of an instruction no clause asked anything
of. A part of the rule planner's builder (:mod:`wavllm_agent.planning.rules`)."""

from __future__ import annotations

import re

from wavllm_agent.errors import PlanError
from wavllm_agent.planning import cues, phrasings, questions, speech_language
from wavllm_agent.planning.arguments import fields_of, valid_args
from wavllm_agent.planning.asks_nothing import asks_nothing
from wavllm_agent.planning.by_language import ByLanguage
from wavllm_agent.planning.named_targets import named_target
from wavllm_agent.planning.text import (
    POLITE_WORDS,
    Token,
    answer_language,
    find_language_token,
    sentence_case,
    tokenize,
)
from wavllm_agent.planning.user_asides import reader_label, reader_language
from wavllm_agent.planning.word_limits import word_limit

_HAS_WORD = re.compile(r"\w")
_THANKS = frozenset({"thank", "you", "ty", "cheers", "very", "so", "much", "a", "lot", "in", "advance"})


class Unclaimed(ByLanguage):
    """The builder's handling of clauses no task claims."""

    lone_target: str | None = None
    """A language given in a clause of its own before any step ("Spanish. Translate."): the language of a translation
    that names none, or of the speech when nothing else is asked ("Her remarks. German, please.")."""
    lone_last = False
    """That clause ends the instruction (not "Polish. No idea what he's saying.": the speech's language, perhaps)."""

    def _unclaimed(self, body: list[Token], source: str) -> None:
        """A clause no specific task claims: a limit for the step before, a question, or context."""
        if (self.steps or source[body[-1].end:].strip() and body[0].low not in cues.AUX) and asks_nothing(body):
            return  # "Would be fun to see what you come up with.", "Is from my uncle shop.", "No word limit."
        if phrasings.tells_own_story(body) and source[body[-1].end:].strip():
            return  # "hey so my landlord left this msg and i think his wife jumps in halfway?? can u check ..."
        limit = word_limit(body)
        target = named_target(body) or speech_language.language_alone(body)  # "Summary, 25 words, then Chinese."
        hinted = questions.source_prefix_end(body, 0)  # "Based on the recording, say which platform ..."
        led = questions.question_start(body)  # "multiple choice, what pattern is ...? checked / striped"
        led = led if any(t.low in ("choice", "mcq", "mc", "quiz") for t in body[:led]) else 0
        request = cues.is_request(body) or any(0 < k < len(body) and cues.is_request(body[k:]) for k in (hinted, led))
        # "Keep it under 30 words.", "Answer in German.": a constraint, not a new request.
        kept = body[0].low in ("keeping", "limiting")  # "Could you summarise it in Polish, keeping it under 60 words?"
        constraint = not request or kept or (body[0].low in ("answer", "reply", "respond") and cues.word_count(body) <= 4)
        short = cues.word_count(body) <= 8 and (not cues.is_question(body) or kept)
        lone = speech_language.language_alone(body) or _in_language(body)
        if not self.steps and limit is None and lone is not None \
                and not any(t.low == "language" for t in body):  # ("Language: French." may be the speech's)
            if self.lone_target is None:  # "Spanish. Translate.": see use_lone_target
                self.lone_target, self.lone_last = lone, all(t.low in POLITE_WORDS | _THANKS or not t.is_word
                                                             for t in tokenize(source[body[-1].end:]))
            return
        if limit is not None and not request and self.steps and cues.word_count(body) <= 12 \
                and self.steps[-1].task in self.tasks and "max_words" in fields_of(self.tasks[self.steps[-1].task]) \
                and "max_words" not in self.steps[-1].args:
            short = True  # "... boil it down for me? Like twenty words max, I don't need the whole thing."
        if self.steps and short and constraint and (limit is not None or target is not None):
            self._modify_last(limit, target, body)
            return
        if self.question_task in self.tasks and request and not cues.only_introduces(body):  # not "Give me:" before a list
            index = self._append(self.question_task, self._args(self.question_task, body, source))
            found = answer_language(body)  # "Who is the caller, in French?": the answer, translated
            reader = reader_label(body) or ((0, reader_language(body)) if reader_language(body) else None)
            # "For my grandma who only knows Polish: what is the recipe?": the answer in the reader's language
            code = found[1] if found is not None else reader[1] if reader is not None else None
            if code is not None:
                self._translate_if_asked(self.question_task, [], index, target=code, speech=True)

    def fallback(self, instruction: str) -> None:
        """No clause asked for anything: the whole instruction goes to the question task."""
        if self.question_task not in self.tasks:
            raise PlanError("no registered task matches the instruction",
                            hint=f"name one of the tasks: {', '.join(sorted(self.tasks)) or 'none'}")
        tokens = tokenize(instruction)
        start, end = questions.question_span(tokens)  # "based on the audio n nothing else, whats ...", "..., going by it"
        question = (instruction[tokens[start].start:tokens[end - 1].end] if 0 <= start < end else instruction).strip()
        self._append(self.question_task, {"question": sentence_case(question)} if _HAS_WORD.search(question) else {})


    def use_lone_target(self) -> None:
        """After the last clause: the language given alone before any step goes to the first translation that names
        none ("Spanish. Translate."), or to the words asked for ("Mandarin please. Tell me what she said."); when
        nothing was asked, the speech is translated into it ("Her remarks. German, please.")."""
        if self.lone_target is None or any(s.args.get("language") == self.lone_target for s in self.steps):
            return  # ("Japanese. Transcribe it in Japanese, then translate it.": the speech's language)
        if not self.steps:
            if self.lone_last and self.speech_translator is not None:
                self._transcribe([], "", target=self.lone_target)
            return
        translators = {*self.speech_translators, self._translator()}
        for k, step in enumerate(self.steps):
            if step.task in translators and "target_lang" not in step.args:
                args = valid_args(self.tasks[step.task], {**step.args, "target_lang": self.lone_target})
                self.steps[k] = step.model_copy(update={"args": args})
                return
        last = len(self.steps) - 1
        if self.said_at == last and not self.said_written and self.steps[last].task == self.transcript_task \
                and not self.steps[last].args:
            self._said_in(self.lone_target)


def _in_language(body: list[Token]) -> str | None:
    """"Into Japanese.", "In Spanish please.": a language alone after "in" or "into"."""
    words = [t for t in body if t.is_word and t.low not in POLITE_WORDS]
    return find_language_token(words[1]) if len(words) == 2 and words[0].low in ("in", "into") else None
