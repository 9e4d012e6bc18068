"""Bullets inside a line ("• x • y"): a question's options, or requests of their own (read by
:mod:`~wavllm_agent.planning.clauses`, which cuts at a bullet unless it lists options; split from
:mod:`~wavllm_agent.planning.options`)."""

from __future__ import annotations

from wavllm_agent.planning.cues import ACTION_KEYS, AUDIO_KEYS, WH
from wavllm_agent.planning.options import AFTER_OPTIONS, INLINE_BULLETS, OUTPUTS
from wavllm_agent.planning.text import Token, find_language_token

_NUMBER_SIGNS = frozenset({"°", "%", "€", "$", "£", "¥", "′", "″"})
"""Signs written onto a number ("38°C", "20%"), inside an option."""


def _bulleted_request(tokens: list[Token], i: int) -> bool:
    """The item after the bullet at ``i`` is a request about the recording ("• Translate the clip to French", "• then
    summarise it"), not an option that happens to start with a verb ("What does the boss ask him to do? • translate
    the menu • ...")."""
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].low in INLINE_BULLETS), len(tokens))
    item = tokens[i + 1:end]
    lows = [t.low for t in item if t.low not in ("please", "pls")]
    first = next((k for k, t in enumerate(tokens) if t.low in INLINE_BULLETS), i)
    opened = [t.low for t in tokens[first + 1:first + 3]]  # the first bullet's item ("• a transcript • ...")
    if any(w.isdigit() for w in lows[:3]) and any(w in ("word", "words") for w in lows[:5]) and lows[-1:] != [] \
            and lows[-1] in OUTPUTS and (opened[:1] and opened[0] in OUTPUTS or opened[1:] and opened[1] in OUTPUTS):
        return True  # "Do these: • a transcript • Where ...? • a market • online • a 15-word summary": a sized output
        # asked for after the options, in a list of requests (not "• Which summary fits? • a 15-word summary • ...")
    if not item or not (item[0].key in ACTION_KEYS or item[0].low in AFTER_OPTIONS):
        return False
    return any(t.key in AUDIO_KEYS or t.low in ("it", "this", "that", "them") or find_language_token(t) for t in item)


def bullet_options(tokens: list[Token], i: int) -> bool:
    """The bullet at ``i`` lists a question's options: a question mark, then only words and bullets
    ("What does it cost? • two euros • three euros", "• £5 • £12"), and no request after it ("... • £12 •
    Translate the clip to French": a request of its own)."""
    if _bulleted_request(tokens, i):
        return False
    if _bracketed_bullets(tokens, i):
        return True  # "tell me which one is true (• the trays are misted • the trays are never watered)"
    hyphened = False
    for k in range(i - 1, -1, -1):
        if tokens[k].low == "?":  # (not "...? • a word-for-word transcript • ...": requests, one hyphenated)
            end = next((m for m in range(i, len(tokens)) if tokens[m].low in (".", "!", ";", "?")), len(tokens))
            return not (hyphened and any(t.low in OUTPUTS or t.key in ACTION_KEYS for t in tokens[k:end]))
        hyphened = hyphened or (tokens[k].low == "-" and not tokens[k - 1].low.isdigit())
        if not (tokens[k].is_word or tokens[k].low in INLINE_BULLETS
                or (tokens[k].low in (":", ".", "-", "–") and 0 < k < len(tokens) - 1 and tokens[k - 1].low.isdigit()
                    and tokens[k + 1].low.isdigit())  # "• 6:10 • 7:45", "• 7-5 • 8-6"
                or (tokens[k].low == "-" and 0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start
                    and tokens[k].end == tokens[k + 1].start)  # "• water-based • plastisol"
                or (tokens[k].low in _NUMBER_SIGNS and (k > 0 and tokens[k - 1].end == tokens[k].start  # "• 38°C • 41°C"
                                                 or k + 1 < len(tokens) and tokens[k].end == tokens[k + 1].start))):
            return _completes_with_bullets(tokens, i)
    return _completes_with_bullets(tokens, i)


def _bracketed_bullets(tokens: list[Token], i: int) -> bool:
    """The bullet at ``i`` stands inside brackets that open with a bullet and hold only words and bullets: options."""
    opened = next((k for k in range(i - 1, max(-1, i - 30), -1) if not (tokens[k].is_word or tokens[k].low in INLINE_BULLETS)),
                  None)
    closed = next((k for k in range(i + 1, min(len(tokens), i + 30)) if not (tokens[k].is_word or tokens[k].low in INLINE_BULLETS)),
                  None)
    if opened is None or closed is None or tokens[opened].low != "(" or tokens[closed].low != ")" \
            or tokens[opened + 1].low not in INLINE_BULLETS or sum(t.low in INLINE_BULLETS for t in tokens[opened:closed]) < 2:
        return False
    start = max((k + 1 for k in range(opened) if tokens[k].low in (".", "!", "?", ";", ",")), default=0)
    return any(t.low in WH for t in tokens[start:opened])  # (not "Give me two things (• a transcript • the mood)")


_AWAITING = frozenset({"at", "in", "on", "by", "with", "from", "of", "for", "to", "into", "is", "are", "was", "were",
                       "uses", "used", "sells", "sold", "wants", "wanted", "chose", "picks", "picked", "prefers"})
"""Last words of a statement that its options complete ("the choir performs at • ...")."""


def _completes_with_bullets(tokens: list[Token], i: int) -> bool:
    """"the choir performs at • a church • a school • a town hall?": a statement its bulleted options complete, each
    option words only, then a question mark."""
    end = next((m for m in range(i, len(tokens)) if tokens[m].low in (".", "!", ";", "?")), None)
    start = max((k for k in range(i) if tokens[k].low in (".", "!", ";", "?", ":")), default=-1) + 1
    first = next((k for k in range(start, i + 1) if tokens[k].low in INLINE_BULLETS), i)
    stated = tokens[start:first]
    return end is not None and tokens[end].low == "?" and 2 <= len(stated) <= 12 and all(t.is_word for t in stated) \
        and stated[-1].low in _AWAITING \
        and not any(t.key in ACTION_KEYS for t in stated) and sum(t.low in INLINE_BULLETS for t in tokens[first:end]) >= 2 \
        and all((t.is_word and t.low not in OUTPUTS and t.key not in ACTION_KEYS) or t.low in INLINE_BULLETS
                for t in tokens[first:end])  # (not "I need • a transcript • a summary?")
