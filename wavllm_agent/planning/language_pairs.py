"""A second language after a first at the end of a clause ("into Portuguese and Spanish", "into Indonesian as well as
Catalan"): one more translation of the same text, which :mod:`~wavllm_agent.planning.clauses` cuts as a request of its
own."""

from __future__ import annotations

from wavllm_agent.planning import cues
from wavllm_agent.planning.lexicon import MADE_TEXTS
from wavllm_agent.planning.owned_words import possessed
from wavllm_agent.planning.said_forms import SAID_NOUNS
from wavllm_agent.planning.text import Token, find_language_token


def second_language(tokens: list[Token], i: int, j: int) -> bool:
    """"into Portuguese and Spanish", "that transcript in Indonesian and Catalan", "the coach's feedback: Hebrew and
    Russian" (someone's words): a second language to translate into, the clause's last word."""
    said = i >= 4 and tokens[i - 3].low in SAID_NOUNS and possessed(tokens, i - 3) \
        and not any(t.low in cues.AUX for t in tokens[max(0, i - 8):i - 3])  # (not "Is the umpire's verdict in ...?")
    return i >= 2 and (tokens[i - 2].low in ("into", "to") or (
        tokens[i - 2].low in ("in", ":") and i >= 3 and (tokens[i - 3].low in MADE_TEXTS or said))) \
        and find_language_token(tokens[i - 1]) is not None \
        and find_language_token(tokens[j]) is not None and (j + 1 == len(tokens) or not tokens[j + 1].is_word)




def as_well_as(tokens: list[Token], i: int) -> bool:
    """"into Indonesian as well as Catalan": "as well as" before a second language, the clause's last word."""
    j = i + 3
    return i >= 2 and [t.low for t in tokens[i:j]] == ["as", "well", "as"] and j < len(tokens) \
        and second_language(tokens, i, j)
