"""The speech's language, stated in a sentence of its own: "The audio is in Korean.", "Transcribe. Language:
Hungarian.", "Herbarium recording in Swedish. Transcribe it". The language reaches the transcript asked before or
after. A part of the rule planner's builder (:mod:`wavllm_agent.planning.rules`)."""

from __future__ import annotations

import re

from wavllm_agent.planning import phrasings, speech_language
from wavllm_agent.planning.arguments import fields_of
from wavllm_agent.planning.steps import BACK_ONLY, StepList
from wavllm_agent.planning.text import Token, tokenize
from wavllm_agent.planning.user_asides import reads_only

_FOLLOW_CHARS = 200
"""How far after a labelled recording's sentence a request is looked for."""


class StatedLanguage(StepList):
    """The builder's handling of a clause that states the speech's language."""

    def _speech_language_stated(self, body: list[Token]) -> bool:
        """"The audio is in Korean.": remember the speech's language for the transcript (before or after)."""
        code = speech_language.stated_speech_language(body)
        last = self.steps[-1] if self.steps else None
        if code is None and last is not None and last.task == self.transcript_task:
            code = speech_language.language_field(body)  # "Transcribe. Language: Hungarian."
        if code is None:
            code = speech_language.speech_field(body)  # "Speech in this dye works recording: Catalan."
        if code is None and last is not None:
            code = speech_language.noun_in_language(body)  # "Transcribe. Speech in Italian.", "Translate ... Audio in Polish."
        if code is None and last is None:
            code = speech_language.noun_in_language(body, label=True) or speech_language.language_noun(body) \
                or speech_language.recap_language(body, BACK_ONLY) or speech_language.language_adjective(body)
            # "Herbarium recording in Swedish. Transcribe it", "French-language clip. Write it down in French.", "The
            # derby recap is in Portuguese. Transcribe it"
            if code is not None and not self._request_follows(body, semicolon=speech_language.language_noun(body) is not None):
                code = None  # alone, it asks for the speech in Swedish
        asked = {m.task for m in self.vocab.matches(tokenize(self._rest(body)))} if last is None else set()
        if code is None and self.transcript_task in asked and self._request_follows(body) \
                and not any("target_lang" in fields_of(self.tasks[task]) for task in asked):
            code = speech_language.language_field(body)  # "Language: Spanish. Transcribe it." (not before a
            # translation: "Language: French. Translate it and transcribe it." may name its target)
        if code is None:
            return False
        # "..., a transcript of this exhibit and a translation of it into English. The exhibit is in Italian."
        at = next((k for k in range(len(self.steps) - 1, -1, -1) if self.steps[k].task == self.transcript_task), None)
        if at is not None and self.steps[at].args.get("language") is None:
            self.steps[at] = self.steps[at].model_copy(update={"args": {**self.steps[at].args, "language": code}})
        self.speech_language = code
        return True

    def _reader_stated(self, body: list[Token]) -> bool:
        """"My grandma only reads Greek.": remember the language whom the words are for reads (for "What's said?"); a
        clause that says so asks nothing. "My dad only speaks Hindi." may also state the speech's language."""
        found = reads_only(body)
        if found is not None:
            self.reader_language, self.reader_speaks = found
        return found is not None and not self.reader_speaks  # (spoken: maybe the speech's language too, as stated)

    def _request_follows(self, body: list[Token], *, semicolon: bool = False) -> bool:
        """A sentence of its own (or, with ``semicolon``, a label ended by one: "Spanish-language speech; write it
        down"), then a task asked for in the next few words ("Herbarium recording in Swedish. Transcribe it"); a
        bounded look, so that repeated label sentences stay linear."""
        rest = self._rest(body)
        return (body[-1].low in (".", "!") or re.match(r"[ \t]*([.!;]|\n)" if semicolon else r"[ \t]*([.!]|\n)", rest)
                is not None) \
            and (bool(self.vocab.matches(tokenize(rest))) or phrasings.asks_written_out(tokenize(rest))
                 or phrasings.written_in_language(tokenize(rest)))  # "... I need it written down in French"

    def _rest(self, body: list[Token]) -> str:
        """The first words of the instruction after ``body`` (a bounded look)."""
        return self.source[body[-1].end:body[-1].end + _FOLLOW_CHARS]
