"""How the spoken words are to be written, said after them: a closing ", word for word", ", verbatim", "in text form",
", only what's spoken" - a manner, not a request of its own."""

from __future__ import annotations

from wavllm_agent.planning.text import POLITE_WORDS, Token

VERBATIM = (("word", "for", "word"), ("word", "4", "word"), ("verbatim",), ("word", "by", "word"))
"""How the words are rendered: "word for word", "verbatim"."""
HEDGES = frozenset({"like", "just", "exactly", "pls", "please", "plz", "all"})
"""Words around a closing manner that change nothing ("like word 4 word", "just verbatim pls")."""
ONLY_SAID = tuple((only, "what", "is", done) for only in ("only", "just") for done in ("spoken", "said"))
"""A closing ", only what's spoken": the spoken words alone, nothing added (said after them only, unlike
:data:`VERBATIM`, which also leads: "word for word what's said")."""
_IN_FORM = (("in", "text", "form"), ("in", "written", "form"))


def verbatim_tail(tokens: list[Token]) -> int:
    """Where a closing ", like word 4 word" / ", verbatim" / ", only what's spoken" / "in text form" (how to write the
    words down) begins, else ``len(tokens)``."""
    comma = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].low == ","), None)
    words = tuple(t.low for t in tokens[comma + 1:] if t.is_word and t.low not in HEDGES) if comma else ()
    said = tuple(t.low for t in tokens[comma + 1:] if t.is_word and t.low not in POLITE_WORDS) if comma else ()
    form = next((k for k in range(2, len(tokens) - 2) if (tokens[k].low, tokens[k + 1].low, tokens[k + 2].low) in _IN_FORM
                 and all(not t.is_word or t.low in HEDGES for t in tokens[k + 3:])), len(tokens))
    return comma if comma is not None and (words in VERBATIM or said in ONLY_SAID) else form  # ("... in text form")
