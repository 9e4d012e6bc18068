"""A request that names no task, only a language to have something in: "Turn this audio into Italian", "put it
into German", "Give it to me in Turkish." after the words just asked for; or a statement of the speech's language
("The clock repair shop left this message in Dutch."). A part of the rule planner's builder
(:mod:`wavllm_agent.planning.rules`)."""

from __future__ import annotations

from wavllm_agent.planning import cues, phrasings
from wavllm_agent.planning.arguments import valid_args
from wavllm_agent.planning.language_for import language_needed_in
from wavllm_agent.planning.people import is_people, one_person
from wavllm_agent.planning.said_in import SaidInLanguage
from wavllm_agent.planning.text import POLITE_WORDS, Token, source_language, target_cue, target_language
from wavllm_agent.planning.vocab import SPEECH_TRANSLATION_PARAM

_LEFT = frozenset({"left", "leaves", "sent", "posted", "wrote"})
_AS_WELL = frozenset({"too", "also", "well", "and", "plus", "additionally"})
_NOT_TRANSLATING = cues.INFO_VERBS - {"give", "provide", "show", "let"}
_SEPARATELY_BEFORE = len("and, separately, ")
"""How far before a clause "separately" is looked for (the clause splitter leaves it with the clause before)."""


class ByLanguage(SaidInLanguage):
    """The builder's handling of a request that only names a language."""

    def _translation_by_language(self, body: list[Token], refs: list[cues.Ref], source: str) -> bool:
        """"Turn this audio into Italian", "put it into German": a request (not a question) that
        names no task, only a language to have something in. True when it added the steps."""
        needed = language_needed_in(body)
        if needed is not None and cues.has_audio_object(body, set()):
            self._transcribe(body, source, target=needed)  # "Russian — that's the language I need the talk in."
            return True
        start = cues.request_start(body, 0)
        said_in = [t.low for t in body[start:start + 3]] in (["say", "it", "in"], ["say", "that", "in"], ["say", "this", "in"]) \
            and all(not t.is_word and t.low not in (":", "-", "–", "—") or t.low in POLITE_WORDS for t in body[start + 4:])
        # (not "Say it in Spanish: what time is the meeting?", "Say this in French: good morning")
        if start >= len(body) or body[start].low in cues.WH | cues.AUX | _NOT_TRANSLATING and not said_in:
            return False  # a question, or a request for something else ("list the key words in French"; not "Say it
            # in Spanish.": the text before, in a language)
        told = source_language(body) if cues.states_what_happened(body) else None
        if told is not None:  # "The clock repair shop left this message in Dutch.": the speech's language
            if self.speech_language is None and (any(t.key in cues.AUDIO_KEYS for t in body)  # not "left a review"
                                                 or not any(t.low in _LEFT for t in body)):
                self.speech_language = told
            return True
        at = target_cue(body)
        if at is None:
            at = phrasings.made_language(body, start)  # "Make the unicycle club recording Italian"
        target = target_language(body[at:at + 1]) if at is not None else None
        if target is None:
            return False
        last = self.steps[-1] if self.steps else None
        if last is not None and last.task == self.speech_translator and not refs and cues.said_again(body, source):
            self._append(last.task, valid_args(self.tasks[last.task], {**last.args, SPEECH_TRANSLATION_PARAM: target}))
            return True  # "Translate the announcement into Finnish and also into Swedish": the speech again
        ref_tokens = {i for r in refs for i in range(r.start, r.end)}
        back = self._target(refs, audio=self._names_audio(body, ref_tokens), implicit_back=True)
        if back is not None and not refs and not any(t.low == "same" for t in body) \
                and "separately" in source[max(0, body[0].start - _SEPARATELY_BEFORE):body[0].start].lower():
            back = None  # "Transcribe the clip and, separately, give me the safety warning in Chinese": the speech
        if back is None:
            at = start + 1 + (start + 1 < len(body) and body[start + 1].low in ("me", "us"))  # "give me the whole exchange"
            named = at + 1 < len(body) and body[at].low in ("the", "this", "that") and body[at + 1].is_word
            named = named or (body[start].low in ("the", "this", "that") and start + 1 < len(body))  # "the whole thing in X"
            named = named or _talker_into(body, start)
            # ("I want it in Greek" with nothing made before: "it" is the recording)
            pronoun = bool(refs) and (not self.steps or all(r.noun is None for r in refs)
                                      and not self._chainable(len(self.steps) - 1))
            # ("Check whether one merchant speaks, then put it into Arabic": no text before, "it" is the recording)
            if not cues.has_audio_object(body, set()) and not named and not pronoun:
                return False  # "Put the narration into Japanese": a thing named, not an earlier output: the speech
            self._transcribe(body, source, target=target)
            return True
        index = self._resolve(back, body)
        sibling = index is not None and index == len(self.steps) - 1 and not refs \
            and self.steps[index].task == self._translator() and self.steps[index].input is not None
        if sibling and cues.said_again(body, source):
            index = self.steps[index].input  # "translate the transcript into Greek and also into Czech": the same text
        if (index is not None and index == self.said_at == len(self.steps) - 1 and not self.steps[index].args
                and (body[start].low == "in" or all(r.noun is None for r in refs) and refs
                     or not refs and sum(t.is_word for t in body) <= 4 and not any(t.low in _AS_WELL for t in body))):
            # "Greek version please." (not "Greek version too": the words as well)
            # "What is being said? Give it to me in Turkish." as well
            self._said_in(target)  # "what did they say in the voice note... in Ukrainian?"
            return True
        translator = self._translator()
        if translator is None:
            return False
        self._append(translator, valid_args(self.tasks[translator], {"target_lang": target}), index)
        return True


def _talker_into(body: list[Token], start: int) -> bool:
    """"bean bag umpire -> ukrainian": a few words naming who talks, then "into" (or "in") a language; the speech."""
    k = target_cue(body)
    return k is not None and start + 2 <= k <= start + 5 and body[k - 1].low in ("into", "in") \
        and (one_person(body[k - 2].low) or is_people(body[k - 2].low)) and all(t.is_word for t in body[start:k])
