"""What is said, asked for briefly: "What does the guide say, in short?", "Tell me in a nutshell what she says",
"What did they say, in 20 words?" - a summary of the speech (its transcript made first), not the transcript."""

from __future__ import annotations

from wavllm_agent.planning import said
from wavllm_agent.planning.text import POLITE_WORDS, Token, target_cue
from wavllm_agent.planning.word_limits import word_limit

_BRIEFLY = (["in", "short"], ["in", "brief"], ["briefly"], ["in", "a", "nutshell"], ["in", "a", "few", "words"],
            ["in", "few", "words"], ["in", "a", "sentence"], ["in", "one", "sentence"], ["in", "two", "sentences"],
            ["in", "a", "line"], ["in", "one", "line"], ["in", "a", "couple", "of", "sentences"], ["in", "2", "sentences"],
            ["in", "a", "line", "or", "two"], ["in", "a", "sentence", "or", "two"], ["in", "three", "sentences"],
            ["in", "3", "sentences"], ["in", "one", "or", "two", "sentences"])
"""Ways of asking for few words, as a phrase of their own ("in short", not "in short supply")."""
_WORDS_PLACED = frozenset({"first", "last", "opening", "closing", "final", "exact", "actual", "own"})
"""Before "words": which words, not how many ("her first words", "in her own words")."""
_AFTER = frozenset({".", ",", "?", "!", ";", ":", "what"}) | POLITE_WORDS
"""What may follow the phrase: a mark, a polite word, or the question it sizes ("Tell me in short what ...")."""


def brevity_span(tokens: list[Token]) -> tuple[int, int] | None:
    """Where a brevity phrase stands in ``tokens`` (with a comma right before it), when one ends there or before a
    mark or a polite word; else None."""
    lows = [t.low for t in tokens]
    for k in range(len(lows)):
        for phrase in _BRIEFLY:
            end = k + len(phrase)
            if lows[k:end] == phrase and (end == len(lows) or lows[end] in _AFTER):
                return (k - (k > 0 and lows[k - 1] == ","), end)
        if lows[k] == "short" and k > 1 and lows[k - 1] in ("me", "us") and lows[k - 2] == "tell" \
                and k + 1 < len(lows) and lows[k + 1] == "what":
            return (k, k + 1)  # "tell me short what is say" (learner's English for "briefly")
    return None


def brevity_tail(tokens: list[Token], start: int, end: int) -> bool:
    """"in a nutshell?", "briefly, please": a piece ``tokens[start:end]`` that only asks for few words and ends its
    sentence (the request it sizes is before it; not "..., and in a nutshell, what do they say?")."""
    piece = tokens[start:end]
    span = brevity_span(piece)
    ends = end == len(tokens) or any(t.low in (".", "?", "!") for t in tokens[end - 1:end + 1])
    return ends and span is not None and all(not t.is_word or t.low in POLITE_WORDS
                                             for t in piece[:span[0]] + piece[span[1]:])


def said_briefly(tokens: list[Token]) -> bool:
    """What is said in the audio asked for with few words ("What does the guide say, in short?", "Tell me briefly
    what she says") or with a word limit ("What did they say, in 20 words?"), and in no language: its summary."""
    lows = [t.low for t in tokens]
    if target_cue(tokens) is not None or "verbatim" in lows or any(
            lows[k:k + 3] in (["word", "for", "word"], ["word", "4", "word"]) for k in range(len(lows))):
        return False  # ("What does she say, in short, in French?": the speech translated first; "word 4 word")
    if _WORDS_PLACED & set(lows) and {"word", "words"} & set(lows) or any(
            lows[k] in ("word", "words") and lows[k + 1] == "into" for k in range(len(lows) - 1)):
        return False  # ("What did she say in the first 20 words?", "What are her last words, in short?")
    span = brevity_span(tokens)
    if span is None and word_limit(tokens) is None:
        return False
    rest = tokens[:span[0]] + tokens[span[1]:] if span is not None else tokens
    rest = rest[1:] if rest and not rest[0].is_word else rest  # ("Briefly, what does she say?")
    if said.asks_what_is_said(tokens) or said.asks_what_is_said(rest):
        return True
    comma = next((k for k in range(len(rest) - 1, 0, -1) if rest[k].low == ","), None)
    return comma is not None and word_limit(rest[comma:]) is not None and said.asks_what_is_said(rest[:comma])
    # "What does she say, 12 words max?"


def brief_lead(tokens: list[Token], lead: int) -> int:
    """Where the request of a clause starts when its lead-in (``tokens[:lead]``, "Then, briefly,") ends with a brevity
    phrase before what is said: at that phrase, which sizes it ("Briefly, what does she say?"); else ``lead``."""
    span = brevity_span(tokens[:lead])
    if span is None or not said_briefly(tokens[span[0]:]):
        return lead
    return span[0] + (tokens[span[0]].low == ",")
