"""Options written as arrows after a question's colon: "which drink is being shaken: → margarita → daiquiri →
martini." (read by :mod:`~wavllm_agent.planning.clauses`, where an arrow otherwise starts the next request)."""

from __future__ import annotations

from wavllm_agent.planning import cues
from wavllm_agent.planning.text import ARROWS, Token

_MAX_OPTION_WORDS = 4
_WANTERS = frozenset({"i", "we", "you", "u", "to", "i'd", "id"})
_OUTPUTS = frozenset({"transcript", "transcription", "summary", "translation", "version", "gist", "count"})


def arrow_option(tokens: list[Token], i: int) -> bool:
    """The arrow at ``i`` is one of a question's options: the arrows follow a colon that ends a question (its first
    word a question word), and each arrow leads a few words that ask for nothing, up to the sentence's end."""
    colon = next((k for k in range(i - 1, -1, -1) if tokens[k].low in (":", ".", "?", "!", ";")), None)
    if colon is None or tokens[colon].low != ":" or colon + 1 >= len(tokens) or tokens[colon + 1].low not in ARROWS:
        return False
    start = max((k + 1 for k in range(colon) if tokens[k].low in (".", "?", "!", ";")), default=0)
    lead = [t for t in tokens[start:colon] if t.is_word]
    if lead[:1] and lead[0].low in ("then", "and", "next", "also"):
        lead = lead[1:]
    if len(lead) < 3 or lead[0].low not in cues.WH or lead[1].low in _WANTERS:
        return False  # (not "What I need: → transcript → summary", "Which outputs: → ...": requests listed)
    end = next((k for k in range(colon + 1, len(tokens)) if tokens[k].low in (".", "?", "!", ";")), len(tokens))
    arrows = [k for k in range(colon + 1, end) if tokens[k].low in ARROWS]
    items = [tokens[a + 1:b] for a, b in zip(arrows, [*arrows[1:], end], strict=True)]
    return len(items) >= 2 and all(0 < len(item) <= _MAX_OPTION_WORDS and all(
        t.is_word and t.key not in cues.ACTION_KEYS and t.low not in _OUTPUTS for t in item) for item in items)
