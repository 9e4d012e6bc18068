"""A talk named by a word that is a verb too ("chat", "convo", "natter"): the words wanted in a language only in "sudoku
club chat in french pls", not in "let's chat in French" or "They chat in French, transcribe it" (see
:mod:`~wavllm_agent.planning.said`)."""

from __future__ import annotations

from wavllm_agent.planning.text import POLITE_WORDS, Token, find_language_token

CHAT_NOUNS = frozenset({"chat", "convo", "natter"})
"""Talk named by a word that is a verb too."""
_CHAT_SUBJECTS = frozenset({"let's", "lets", "'s", "to", "we", "i", "you", "u", "can", "could", "shall", "will", "they",
                            "he", "she", "people", "me", "and", "it", "it's", "its", "a", "an", "just", "this", "that"})
"""Before "chat" as a verb or in a statement ("let's chat in French", "It's a chat in French"), not the talk named."""


def chat_named(tokens: list[Token], m: int) -> bool:
    """"sudoku club chat in french pls": a few words naming the talk (one of ``CHAT_NOUNS`` at ``m``, the words before
    it no subject of a verb "chat" nor a statement's), then only "in" + a language and a polite word."""
    if tokens[m].low not in CHAT_NOUNS:
        return False
    words = [t.low for t in tokens[:m]]
    if not words or not all(t.is_word for t in tokens[:m]) or any(w in _CHAT_SUBJECTS for w in words) \
            or words[-1].endswith("s") and not words[-1].endswith("ss"):
        return False  # ("the kids chat in French": they chat)
    rest = [t for t in tokens[m + 1:] if t.is_word]
    return len(rest) >= 3 and rest[0].low == "in" and find_language_token(rest[1]) is not None \
        and all(t.low in POLITE_WORDS for t in rest[2:])
