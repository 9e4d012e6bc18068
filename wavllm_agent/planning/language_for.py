"""A language asked for what is said: "Danish for everything the old navigator says", "Can I get the Persian for
what's said on the clip?"."""

from __future__ import annotations

from wavllm_agent.planning.said_forms import WHAT
from wavllm_agent.planning.text import Token, find_language_token


def all_said(tokens: list[Token], k: int) -> bool:
    """After "<language> for", at ``k``: what is said ("Danish for everything the old navigator says"; not "Russian for
    everything — transcript and summary", all of the outputs)."""
    if tokens[k].low == "everything":
        return k + 1 < len(tokens) and tokens[k + 1].is_word
    if tokens[k].low == "all":  # "all that's said", "all she says"
        return k + 1 < len(tokens) and tokens[k + 1].low in ("that", "that's", "thats", "she", "he", "they", "the")
    return tokens[k].low in WHAT


_ASKING_FOR = frozenset({"can", "could", "may", "i", "we", "get", "have", "give", "me", "us", "need", "want", "you", "u",
                         "please", "pls", "i'd", "id", "we'd", "like", "love", "to", "provide", "send", "show", "tell",
                         "what's", "whats", "what", "is", "was"})


def the_language_for(tokens: list[Token], i: int) -> int:
    """"Can I get the Persian for what's said on the clip?": the index of the language after a request's words and
    "the", when "for" and what is said follow it; else ``i``."""
    k = i
    while k < len(tokens) and tokens[k].low in _ASKING_FOR:
        k += 1
    if k + 3 < len(tokens) and tokens[k].low == "the" and find_language_token(tokens[k + 1]) \
            and tokens[k + 2].low in ("for", "of") and all_said(tokens, k + 3):  # ("the Indonesian of what's said")
        return k + 1
    return i


_THATS = (("that's",), ("thats",), ("that", "is"), ("is",))


def language_needed_in(tokens: list[Token]) -> str | None:
    """"Russian — that's the language I need the hamster wheel talk in.": the language, named first, that the user
    needs something in (the code), else None."""
    words = [t for t in tokens if t.is_word]
    code = find_language_token(words[0]) if words else None
    if code is None or len(words) < 7 or words[-1].low != "in":
        return None
    k = 1 + next((len(p) for p in _THATS if tuple(t.low for t in words[1:1 + len(p)]) == p), 0)
    if k == 1 or [t.low for t in words[k:k + 2]] != ["the", "language"] or words[k + 2].low not in ("i", "we") \
            or words[k + 3].low not in ("need", "want"):
        return None
    return code if 1 <= len(words) - (k + 5) <= 6 else None
