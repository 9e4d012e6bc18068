"""How the output just asked for should be kept, said after the request: "Make a summary and make it short.", "What
is she telling them in Spanish? Keep it word for word." (not a second request; read by
:mod:`~wavllm_agent.planning.rules`)."""

from __future__ import annotations

from wavllm_agent.planning.cues import lead_end
from wavllm_agent.planning.text import POLITE_WORDS, Token

_SHORT_WORDS = frozenset({"short", "shorter", "brief", "briefer", "concise", "tight", "snappy", "crisp", "compact"})


def asks_it_short(tokens: list[Token]) -> bool:
    """"make it short", "and make that brief please": how long the output just asked for should be, said
    after the request ("Make a summary and make it short."), not a second request."""
    words = [t.low for t in tokens[lead_end(tokens):] if t.is_word and t.low not in POLITE_WORDS]
    while words and words[0] in ("and", "but", "then", "just"):
        words = words[1:]
    return len(words) == 3 and words[0] in ("make", "keep") and words[1] in ("it", "that", "this", "them") \
        and words[2] in _SHORT_WORDS


_VERBATIM_TAILS = (["word", "for", "word"], ["word", "by", "word"], ["verbatim"], ["exact"], ["exactly", "as", "said"])


def keeps_it_verbatim(tokens: list[Token]) -> bool:
    """"keep it word for word", "and keep that verbatim": how the words just asked for are written, not a request."""
    words = [t.low for t in tokens[lead_end(tokens):] if t.is_word and t.low not in POLITE_WORDS]
    words = words[1:] if words[:1] in (["and"], ["but"], ["just"]) else words
    return words[:1] in (["keep"], ["make"]) and words[1:2] in (["it"], ["that"], ["them"]) and words[2:] in _VERBATIM_TAILS
