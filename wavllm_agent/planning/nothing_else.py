"""The words after a hint where to answer from that exclude other sources: "..., and nothing else,", ", not the
internet:", ", and without outside knowledge," (:func:`nothing_else_end`)."""

from __future__ import annotations

from wavllm_agent.planning.text import Token

OUTSIDE = frozenset({"outside", "knowledge", "external", "prior", "background"})
"""Words of a hint that names what not to use ("Without using outside knowledge,")."""

_NOTHING_ELSE = frozenset({"and", "nothing", "else", "only", "alone", "that", "not", "anything", "but", "just"})


_NOT_ELSEWHERE = frozenset({"the", "internet", "web", "google", "wikipedia", "your", "own", "memory", "knowledge",
                            "general", "online", "textbook", "textbooks", "books"})
"""After "not": what the answer is not to come from ("This question is for the recording, not the internet:")."""


def nothing_else_end(tokens: list[Token], i: int) -> int:
    """Index after "and nothing else," following a hint ("According to the tape, and nothing else, what ...?"),
    or after "not the internet:" ("This question is for the recording, not the internet: who ...?") or ", and without
    outside knowledge,"."""
    pause = next((k for k in range(i, min(len(tokens), i + 10)) if tokens[k].low in (",", ":")), None)
    if pause is None or pause == i:
        return i
    piece = tokens[i:pause]
    if [t.low for t in piece[:5]] in (["not", "on", "what", "you", "know"], ["not", "from", "what", "you", "know"]) \
            and all(t.is_word for t in piece):
        return pause + 1  # "Answer based on the clip, not on what you know about markets: what ...?"
    if pause - i > 4:
        return i
    if tokens[pause].low in (",", ":") and all(t.low in _NOTHING_ELSE for t in piece) \
            and any(t.low in ("nothing", "alone", "only") for t in piece):
        return pause + 1
    if piece[0].low == "and" and len(piece) > 2 and piece[1].low in ("not", "without") and tokens[pause].low == ",":
        piece = piece[1:]  # "Per the audio, and without outside knowledge, what ...?"
    if piece[0].low == "without" and len(piece) > 1 and all(t.low in OUTSIDE | _NOT_ELSEWHERE | {"using", "any"}
                                                            for t in piece[1:]):
        return pause + 1
    rest = piece[2:] if len(piece) > 2 and piece[1].low in ("from", "on") else piece[1:]  # ", not from the web:"
    if piece[0].low == "not" and rest and all(t.low in _NOT_ELSEWHERE for t in rest) \
            and any(t.low not in ("the", "your", "own") for t in rest):
        return pause + 1
    return i
