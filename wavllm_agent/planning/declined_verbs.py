"""A task declined with its verb ("Don't translate it", "no need to summarise the clip", "don't bother
transcribing"): the user says what not to do, then (usually) what to do instead ("..., just transcribe it")."""

from __future__ import annotations

from wavllm_agent.planning.answer_hint import TASK_VERB_KEYS
from wavllm_agent.planning.cues import AUDIO_KEYS
from wavllm_agent.planning.text import Token, stem

_NOT = (("don't",), ("dont",), ("do", "not"), ("no", "need", "to"), ("there's", "no", "need", "to"),
        ("there", "is", "no", "need", "to"), ("you", "don't", "need", "to"), ("you", "dont", "need", "to"),
        ("you", "do", "not", "need", "to"), ("no", "need", "for", "you", "to"))
_BOTHER = (("bother",), ("bother", "to"), ("bother", "with"))
_OBJECTS = frozenset({"it", "this", "that", "the", "them", "anything", "any", "of", "one", "whole", "thing", "song",
                      "lyrics", "now", "yet", "at", "all"})
"""Words that may follow a declined verb ("Don't translate it yet", "no need to summarise it at all")."""


def declines_task(tokens: list[Token]) -> bool:
    """The words ``tokens`` (a lead cut off) decline a task with its verb: "Don't translate it", "Please do not
    summarise the clip", "No need to transcribe", "Don't bother translating it". Nothing may follow the verb's
    object ("Don't translate it word for word" asks for a translation; "don't summarise it too much" for a
    summary)."""
    words = [t for t in tokens if t.is_word]
    if words[:1] and words[0].low in ("please", "pls", "just", "but", "and", "so"):
        words = words[1:]
    lows = [t.low for t in words]
    head = next((len(n) for n in _NOT if tuple(lows[:len(n)]) == n), None)
    if head is None:
        return False
    head += next((len(b) for b in sorted(_BOTHER, key=len, reverse=True) if tuple(lows[head:head + len(b)]) == b), 0)
    if head >= len(words) or stem(lows[head]) not in TASK_VERB_KEYS:
        return False
    while head + 2 < len(words) and lows[head + 1] in ("or", "and", "nor") and stem(lows[head + 2]) in TASK_VERB_KEYS:
        head += 2  # "No need to translate or summarise"
    rest = words[head + 1:]
    return len(rest) <= 3 and all(t.low in _OBJECTS or t.key in AUDIO_KEYS for t in rest)


_WORRY = (("don't", "worry", "about"), ("dont", "worry", "about"), ("do", "not", "worry", "about"),
          ("never", "mind"), ("ignore",), ("disregard",), ("excuse",), ("sorry", "about"), ("sorry", "for"))
_NOISES = frozenset({"noise", "noises", "quality", "hiss", "static", "wind", "echo", "crackle", "hum", "music",
                     "traffic", "buzz", "interference", "volume", "length"})


def _worry_end(lows: list[str]) -> int | None:
    """The length of the words that open an aside ("don't worry about", "sorry about"), else None."""
    return next((len(n) for n in _WORRY if tuple(lows[:len(n)]) == n), None)


def worry_aside(tokens: list[Token]) -> int | None:
    """"Don't worry about the background noise, transcribe it.", "Sorry about the wind noise - summarise it": where the
    request starts after an aside about how the recording sounds (the index after its comma or dash), else None."""
    lows = [t.low for t in tokens]
    head = _worry_end(lows)
    if head is None:
        return None
    comma = next((k for k in range(head, min(len(tokens), head + 7)) if not tokens[k].is_word), None)
    if comma is None or lows[comma] not in (",", "-", "–", "—", ";") or comma + 1 >= len(tokens):
        return None
    return comma + 1 if any(w in _NOISES for w in lows[head:comma]) else None


def noise_aside(tokens: list[Token]) -> bool:
    """"Don't worry about the background noise." alone: an aside about how the recording sounds, no request."""
    lows = [t.low for t in tokens if t.is_word]
    head = _worry_end(lows)
    return head is not None and len(lows) - head <= 5 and any(w in _NOISES for w in lows[head:])
