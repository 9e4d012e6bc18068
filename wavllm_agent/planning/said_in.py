"""What is said, and in which language: "What is said?" is a transcript, "What is said, in German?" the speech
translated; the words just asked for ("What is the ranger saying?"), asked again in a language ("Tell me in
Italian."): the speech translated, or, when the words were asked for in writing ("write for me what he say"), the
transcript translated. A part of the rule planner's builder (:mod:`wavllm_agent.planning.rules`)."""

from __future__ import annotations

import re

from wavllm_agent.planning import said, said_forms, speech_language
from wavllm_agent.planning.arguments import fields_of, valid_args
from wavllm_agent.planning.lexicon import ACTION_KEYS
from wavllm_agent.planning.named_targets import named_target
from wavllm_agent.planning.speech_target import speech_target
from wavllm_agent.planning.steps import StepList
from wavllm_agent.planning.text import (
    POLITE_WORDS,
    Token,
    source_language,
    target_language,
    tokenize,
)
from wavllm_agent.planning.vocab import SPEECH_TRANSLATION_PARAM

_ALSO = frozenset({"also", "too", "additionally"})
""""What is the guide saying? Also give the answer in Czech.": the transcript, and the answer in Czech as well."""


_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "he's", "she's", "they're", "his", "her", "their"})
"""Who speaks, or whose words (not "for her"): after "My dad only speaks Hindi.", he may be the one heard."""


class SaidInLanguage(StepList):
    """The builder's handling of a language asked after "what is said?"."""

    def _transcribe(self, body: list[Token], source: str, *, target: str | None = None) -> None:
        """"What is said?" is a transcript; "What is said, in German?" a translation of the speech. After a
        transcript, "give me what's said in Czech as well" asks for the speech in Czech, not Czech speech."""
        target = target or speech_target(body)
        args = self._args(self.transcript_task, body, source)
        earlier = next((s for s in self.steps if s.task == self.transcript_task and not s.implicit), None)
        if target is None and earlier is not None and args.get("language") not in (None, earlier.args.get("language")):
            target = args["language"]
        if target is not None and target in (self.speech_language, _labelled_language(body, target)):
            args, target = {**args, "language": target}, None  # "This lesson is in Japanese. Write it down in Japanese"
        if target is None:
            self._append(self.transcript_task, args)
            return
        speech_translator = self.speech_translator
        if speech_translator is not None and not said_forms.transcript_translated(body):
            args = {**self._args(speech_translator, body, source), SPEECH_TRANSLATION_PARAM: target}
            self._append(speech_translator, valid_args(self.tasks[speech_translator], args))
            return
        index = self._append(self.transcript_task, {})
        self._translate_if_asked(self.transcript_task, [], index, target=target, speech=True)

    def _transcribe_said(self, body: list[Token], source: str, words_asked: bool) -> None:
        """A transcript for "what is said?" (``words_asked``) or "transcribe it" with a language. The words are
        wanted in writing when the clause says so ("write for me what he say") or a transcript was asked for before
        ("Transcribe the clip. What is the guide saying? Put the answer in Czech.": that transcript, translated)."""
        if words_asked and self.steps and self.steps[-1].input is None and target_language(body) is None \
                and self.steps[-1].task in self.speech_translators and self._restates(body, source):
            return  # "bean bag umpire -> ukrainian. just what he says.": the speech translated, his words alone
        before = len(self.steps)
        reader = self.reader_language if words_asked and target_language(body) is None else None
        if reader is not None and self.reader_speaks and any(t.low in _SPEAKING_PRONOUNS and (
                k == 0 or body[k - 1].low not in ("for", "to")) for k, t in enumerate(body)):
            reader = None  # "My dad only speaks Hindi. What does he say?": his speech's language
        elif reader is not None and self.speech_language == reader:
            self.speech_language = None  # "My grandma only speaks Greek. What's said on this clip?": hers, not the clip's
        self._transcribe(body, source, target=reader)
        self.said_at = len(self.steps) - 1 if words_asked else None
        self.said_written = said_forms.written_down(body) or (words_asked and len(self.steps) == before)

    def _restates(self, body: list[Token], source: str) -> bool:
        """After a bare "<who> in <language>", "just what he says." or "?? what is she saying" says again which
        words: those translated ("apple tour guide in romanian?? what is she saying")."""
        lead = [t.low for t in tokenize(source[self.clause_start:body[0].start]) if t.is_word]
        before = source[:self.clause_start].rstrip()
        sentence = [t for t in tokenize(re.split(r"[.!?\n]", before.rstrip("?.!"))[-1]) if t.low not in POLITE_WORDS]
        bare = 0 < len(sentence) <= 6 and all(t.is_word for t in sentence) and sentence[0].key not in ACTION_KEYS
        # (a label, "sack race judge -> czech", not a request: "Translate the clip into Polish. Just what he says.")
        if not lead and before.endswith(",") and body[said_forms.verbatim_lead(body)].low in said_forms.WHAT:
            return True  # "Give me the noodle demo in Thai, what she's actually saying.", "..., word for word what's said"
        return bare and (lead in (["just"], ["only"]) or (
            not lead and before.endswith("?") and body[0].low in said_forms.WHAT))

    def _said_again_in(self, body: list[Token]) -> bool:
        """"What is the ranger saying? Tell me in Italian." ("Answer in Hebrew."): the words just asked for, in a
        language."""
        words = [t for t in body if t.is_word]
        last = len(self.steps) - 1
        found = target_language(body) or named_target(body)
        asked = last >= 0 and self.said_at != last and self._words_asked_as_question(last)
        # ("What did the captain order? In Swedish.": a question that asks for someone's words)
        first = words[0].low if words else ""
        if asked and first in ("i", "i'd", "id") and any(t.low in ("it", "them", "that", "this") for t in words[1:4]):
            first = "it"  # "I want it in Romanian.", "I need them in Spanish.", "— I need that in Greek"
        stated = set(self.steps[last].args) == {"language"} and self.steps[last].args["language"] != found if last >= 0 else False
        if (found is None or last < 0 or (self.said_at != last and not asked) or (self.steps[last].args and not asked and not stated)
                or sum(t.low not in ("to", "me", "us", "please", "pls") for t in words) > 5  # ("Give it to me in Polish.")
                or not words or (first not in ("tell", "say", "give", "put", "in", "now", "translate", "answer",
                                               "reply", "respond", "it")
                                 and speech_language.language_alone(body) is None)):
            return False  # ("Hungarian, please.": a bare language too)
        if asked:
            self.said_written = False  # the words were asked as a question, not in writing
        self._said_in(found)
        return True

    def _said_last(self, body: list[Token]) -> bool:
        """The last step is the transcript a "what is said?" question made: "Put the answer in Ukrainian." asks for
        those words (after "What is the pupil's answer?", a question, the answer is the question's; "translate the
        answer" after "Transcribe it" translates the transcript). Not when the transcript is wanted itself (asked for
        in writing or before the question: ``said_written``) or the clause asks for the answer as well ("Also give
        the answer in Czech.")."""
        if not self.steps or self.said_at != len(self.steps) - 1 or self.said_written:
            return False
        words = [t.low for t in tokenize(self.source[self.clause_start:body[0].start]) + body] if body else []
        also = any(w in _ALSO or (w == "well" and k and words[k - 1] == "as") for k, w in enumerate(words))
        return not also and not any(w.startswith("translat") for w in words)

    def _words_asked_as_question(self, k: int) -> bool:
        """Step ``k`` asks what someone argues, orders or claims ("What did the captain order?"): the words, when a
        language follows."""
        question = self.steps[k].args.get("question") if self.steps[k].task == self.question_task else None
        return isinstance(question, str) and said.asks_what_is_said(tokenize(question), languaged=True)

    def in_readers_language(self, instruction: str) -> None:
        """"Spanish is all I read. What's the cobbler explaining?": the words asked for (and a translation that names
        no language) in the one language the user says they read."""
        tokens = tokenize(instruction)
        code = speech_language.readers_language(tokens) or speech_language.target_statement(tokens)
        if code is None or code == self.speech_language or "original" in instruction.lower():
            return  # (not "... Give me what the agent says in the original language.")
        if self.steps and self.said_at != len(self.steps) - 1 and self._words_asked_as_question(len(self.steps) - 1):
            self.said_written = False
            self._said_in(code)  # "What are they chatting about? I read only Ukrainian.": their words, translated
            return
        self.steps = [s.model_copy(update={"args": {**s.args, "target_lang": code}})
                      if "target_lang" in fields_of(self.tasks[s.task]) and "target_lang" not in s.args else s for s in self.steps]
        last = len(self.steps) - 1
        if self.said_at == last and not self.said_written and self.steps[last].task == self.transcript_task \
                and self.steps[last].args.get("language") != code:
            self._said_in(code)  # ("I only read Spanish. Transcribe it.": the transcript asked for, not the words)
        translator = self._translator()
        made = self.steps[last] if self.steps else None
        if translator is not None and made is not None and not made.implicit and made.task != translator \
                and self.vocab.kind(made.task) == "text" and "target_lang" not in fields_of(self.tasks[made.task]) \
                and not self._made_from_language(last, code) and not _NO_TRANSLATION.search(instruction):
            self._append(translator, valid_args(self.tasks[translator], {"target_lang": code}), last)
            # ("I only read Spanish. Summarize it.": the summary, then in Spanish)

    def _made_from_language(self, k: int, code: str) -> bool:
        """Step ``k`` works on a text already in ``code`` ("I only read Spanish. Translate it, then summarize it.")."""
        at: int | None = k
        seen: set[int] = set()
        while at is not None and at not in seen:
            seen.add(at)
            if self.steps[at].args.get("target_lang") == code:
                return True
            at = self.steps[at].input
        return False

    def _said_in(self, target: str) -> None:
        """The "what is said?" transcript just planned becomes the speech translated into ``target``
        (asked in writing, "write for me what he say": the transcript, translated)."""
        translator = self._translator()
        if self.said_written and translator is not None:
            self._append(translator, valid_args(self.tasks[translator], {"target_lang": target}), len(self.steps) - 1)
            return
        self.steps.pop()
        self._transcribe([], "", target=target)


_NO_TRANSLATION = re.compile(r"\b(?:no|not|don'?t|do not|without|never)\b[^.;!?]{0,20}\btranslat|\buntranslated\b",
                             re.IGNORECASE)
"""The user says not to translate ("no translation needed", "don't translate it", "keep it untranslated")."""


def _labelled_language(body: list[Token], target: str) -> str | None:
    """The speech's language named in the clause apart from the asked "in <target>" ("French-language clip: I need
    it written down in French"), else None."""
    at = next((k for k in range(1, len(body)) if body[k - 1].low in ("in", "into")
               and target_language(body[k:k + 1]) == target), None)
    return source_language(body[:at - 1] + body[at + 1:]) if at is not None else None
