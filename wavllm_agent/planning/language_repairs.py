"""Languages read as the speech's that the rest of the instruction shows were wanted for a translation: "the window
latch transcript in Korean (transcribe first, then translate that transcript)", "the instructions in Polish, plus a
transcript in the original language"."""

from __future__ import annotations

import re

from wavllm_agent.planning.steps import StepList
from wavllm_agent.planning.text import find_language_token, tokenize
from wavllm_agent.planning.vocab import SPEECH_TRANSLATION_PARAM

_TRANSCRIPT_IN = re.compile(r"\btranscript(?:ion)? in (\w+)", re.IGNORECASE)
"""A transcript asked for in a language: read as the speech's, unless a translation with no language follows."""
_ORIGINAL = re.compile(r"\b(?:in|into) (?:the|its|their) original(?: language)?\b", re.IGNORECASE)
"""A transcript asked for "in the original language": any other language named is a translation's."""


class LanguageRepairs(StepList):
    """After the last clause: a speech language given to a transcript that was a translation's target."""

    def languages_wanted(self) -> None:
        """Move a language read as the speech's to the translation it was meant for."""
        named = tokenize(" ".join(_TRANSCRIPT_IN.findall(self.source)))
        for k, step in enumerate(self.steps):  # "the transcript in Korean (transcribe first, then translate that
            source = self.steps[step.input] if step.input is not None else None  # transcript)"
            wanted = source.args.get("language") if source is not None and source.task == self.transcript_task else None
            if step.task == self._translator() and "target_lang" not in step.args and wanted is not None \
                    and self.speech_language != wanted and any(find_language_token(t) == wanted for t in named):
                # (not "She speaks Portuguese. Transcript in Portuguese, then translate it.": stated as the speech's)
                self.steps[step.input] = source.model_copy(update={"args": {}})
                self.steps[k] = step.model_copy(update={"args": {**step.args, "target_lang": wanted}})
        plain = [s for s in self.steps if s.task == self.transcript_task and not s.args and not s.implicit]
        if not _ORIGINAL.search(self.source) or not plain or self.speech_translator is None:
            return
        for k, step in enumerate(self.steps):  # "the instructions in Polish, plus a transcript in the original language"
            language = step.args.get("language") if step.task == self.transcript_task and not step.implicit else None
            if language is not None and not any(s.input == k for s in self.steps):
                self.steps[k] = step.model_copy(update={"task": self.speech_translator,
                                                        "args": {SPEECH_TRANSLATION_PARAM: language}})
