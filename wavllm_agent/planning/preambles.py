"""Preambles: "Ignore the audio." (and filler) asks for nothing itself; it belongs to the clause next to it (see
:mod:`wavllm_agent.planning.clauses`)."""

from __future__ import annotations

from wavllm_agent.planning import cues, ignoring
from wavllm_agent.planning.text import Token
from wavllm_agent.planning.vocab import Vocabulary

Piece = tuple[int, int, bool]
"""A piece of the instruction: start and end token indices, and whether it was split off softly."""
_PREAMBLE_FILLER = frozenset({"and", "just", "please", "pls", "plz", "then", "completely", "entirely", "simply", "but",
                              "instead", "only", "totally", "now", "so", "it", "is", "not", "relevant", "irrelevant",
                              "needed", "important"})


def is_preamble(tokens: list[Token], vocab: Vocabulary) -> bool:
    """Only "ignore the audio" (and filler): it belongs to the request next to it."""
    span = ignoring.ignore_span(tokens, vocab.ignore_phrases())
    if span is None:
        return False
    lead = cues.lead_end(tokens)
    return not any(t.is_word and not span[0] <= k < span[1] and t.low not in _PREAMBLE_FILLER
                   for k, t in enumerate(tokens) if k >= lead)


def merge_preambles(tokens: list[Token], pieces: list[Piece], vocab: Vocabulary) -> list[Piece]:
    """"Ignore the audio." joins the clause after it (or, when it comes last, the one before)."""
    flagged = [(a, b, is_soft, is_preamble(tokens[a:b], vocab)) for a, b, is_soft in pieces]
    out: list[tuple[int, int, bool, bool]] = []
    for a, b, is_soft, pre in flagged:
        if out and out[-1][3] and ignoring.ignore_span(tokens[out[-1][0]:b], vocab.ignore_phrases()) is not None:
            out[-1] = (out[-1][0], b, out[-1][2], pre)  # (not "Don't worry about the recording; is the speaker ...?")
        else:
            out.append((a, b, is_soft, pre))
    if len(out) >= 2 and out[-1][3]:
        a, _, is_soft, pre = out[-2]
        out[-2:] = [(a, out[-1][1], is_soft, pre)]
    return [(a, b, is_soft) for a, b, is_soft, _ in out]
