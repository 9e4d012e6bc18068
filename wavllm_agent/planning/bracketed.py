"""Options typed in brackets after a question, with no letters: "Which season is it? [winter] [spring] [autumn]",
"(red) (green) (blue)" (read by :mod:`~wavllm_agent.planning.options`)."""

from __future__ import annotations

from wavllm_agent.planning.cues import ACTION_KEYS
from wavllm_agent.planning.text import Token, find_language_token

OPENERS = frozenset({"(", "["})
CLOSERS = frozenset({")", "]"})
_NOT_CHOICES = frozenset({"please", "pls", "answer", "word", "words", "sentence", "short", "brief", "briefly", "lowercase",
                          "point", "points", "easy", "hard", "approx", "approximately", "estimate", "yes", "no", "guess",
                          "guessing", "keep", "only", "audio", "recording", "clip"})
"""Words of a request or of how to answer, not of a choice: "(in French) (please)", "(one word) (lowercase)"."""


def bracketed_run(tokens: list[Token]) -> int:
    """How many bracketed words stand one after another at the start ("[winter] [spring] [autumn]": 3; not "(in French)
    (please)", "(one word) (lowercase)", "(yes) (no)": a request or how to answer)."""
    k = run = 0
    while k < len(tokens) and tokens[k].low in OPENERS:
        shut = next((m for m in range(k + 2, min(len(tokens), k + 6)) if tokens[m].low in CLOSERS), None)
        if shut is None or not all(t.is_word and t.low not in _NOT_CHOICES and t.key not in ACTION_KEYS
                                   and not find_language_token(t) for t in tokens[k + 1:shut]):
            break
        run, k = run + 1, shut + 1 + (shut + 1 < len(tokens) and tokens[shut + 1].low in (",", "or", "/"))
    return run
