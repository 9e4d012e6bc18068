"""A translation named without a task word: "a French version of the farrier's talk", "Danish for the exchange at the
key kiosk", "give me the Spanish for what she says" (read by :mod:`~wavllm_agent.planning.rules`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning.cues import AUDIO_KEYS, AUX, WH
from wavllm_agent.planning.text import (
    POLITE_WORDS,
    VERSION_NOUNS,
    Token,
    find_language_token,
    stem,
    target_cue,
    target_language,
)

if TYPE_CHECKING:
    from wavllm_agent.planning.vocab import Match, Vocabulary

_AFTER_FOR = frozenset({"what", "everything", "whatever"})
"""After "the Spanish for", what is said ("the Spanish for what she says")."""


def version_as_translation(body: list[Token], vocab: Vocabulary, masked: frozenset[int]) -> list[Match]:
    """The task words of a translation named as a language's version, or as "LANG for ...": the clause's
    matches with that word read as "translation" (none when the clause names no such version)."""
    asked = bool(body) and (body[0].low in WH or body[0].low in AUX)  # "What's the French for the word he repeats?"
    k = next((k for k in range(min(len(body) - 3, 6)) if target_language(body[k:k + 1]) and body[k + 1].low == "for"
              and (k == 0 and body[k + 2].low in ("the", "this", "that") and body[k + 3].is_word
                   or k > 0 and not asked and body[k - 1].low == "the" and body[k + 2].low in _AFTER_FOR)),
             None)  # "Danish for the exchange at the key kiosk", "Give me the Spanish for what she says"
    if k is not None:
        return vocab.matches(_as_translation(body, k + 1), masked=masked)
    at = target_cue(body)
    if at is None or at + 1 >= len(body) or body[at + 1].low not in VERSION_NOUNS \
            or (at + 2 < len(body) and body[at + 2].is_word and body[at + 2].low != "of"):
        return []  # "a French version of ...", "I need an English version."
    return vocab.matches(_as_translation(body, at + 1), masked=masked)


def _as_translation(body: list[Token], i: int) -> list[Token]:
    return [*body[:i], Token(body[i].text, body[i].start, body[i].end, "translation", stem("translation")), *body[i + 1:]]


_MADE_TEXTS = frozenset({"transcript", "transcription", "summary", "synopsis", "recap"})
_WRITING_KEYS = frozenset(stem(w) for w in ("transcribe", "summarise", "write", "type", "recap"))  # (and "-ize")
_TRANSLATING_KEYS = frozenset(stem(w) for w in ("translating", "render", "rendering"))
_NOTHING_SAID_OF_IT = frozenset({"too", "also", "as", "alongside"}) | POLITE_WORDS


def its_version(tokens: list[Token], k: int, before: list[Token] | None = None) -> bool:
    """"(a transcript and) its Hindi version": "its", a language and a version noun at ``k``, nothing said of it after
    (not "its English version already exists"); with ``before`` (the words of the request before it), only after a
    text written or summed up there (not "Translate the clip, its Spanish version please": the translation's language;
    not "Does he recite the poem and its English version?")."""
    lows = [t.low for t in tokens[k:k + 4]]
    return len(lows) >= 3 and lows[0] == "its" and find_language_token(tokens[k + 1]) is not None \
        and lows[2] in VERSION_NOUNS | {"translation"} and (len(lows) == 3 or not tokens[k + 3].is_word
                                                              or lows[3] in _NOTHING_SAID_OF_IT) \
        and (before is None or any(t.low in _MADE_TEXTS or t.key in _WRITING_KEYS for t in before)
             and not any(t.key in _TRANSLATING_KEYS for t in before))


_IN_ORDER = ("followed by", "then", "after that", "afterwards", "next", "after which")
_WHOLE = frozenset({"full", "complete", "whole", "entire", "all"})


def made_before_its(body: list[Token], start: int, end: int, source: str) -> bool:
    """"(A summary of the lecture), followed by its translation into Polish": "its <noun>" right after an ordering
    word, with nothing that makes it the recording's ("its full translation", "the audio and its translation", "...
    of the whole recording"): the text made just before."""
    return end - start == 2 and body[start].low == "its" and source[:body[0].start].rstrip(" ,").lower().endswith(_IN_ORDER) \
        and not any(t.low in _WHOLE or t.key in AUDIO_KEYS for t in body) \
        and not any(a.low == "in" and b.low == "full" for a, b in zip(body, body[1:], strict=False))
