"""A count of the people in a recording named as a noun phrase or after "count": "count the callers on this phone-in",
"the number of distinct voices" (read by :mod:`~wavllm_agent.planning.speakers`)."""

from __future__ import annotations

from wavllm_agent.planning.cues import AUDIO_KEYS
from wavllm_agent.planning.lexicon import STORY_WORDS
from wavllm_agent.planning.people import NOT_PEOPLE, PEOPLE, is_people, one_person
from wavllm_agent.planning.speaker_vocab import SPEAKING, VOICES
from wavllm_agent.planning.text import Token

KINDS_OF = frozenset({"separate", "different", "distinct", "individual", "diff"})
"""Words before people counted that say they differ ("how many distinct people")."""
PRESENT = frozenset({"in", "on", "involved", "taking", "present", "heard", "there"})
"""After "how many people are": words that say they are there."""


def counts_people(words: list[Token]) -> bool:
    """"Count the callers on this phone-in", "count the people talking": a count of the people in it."""
    at = next((k for k, t in enumerate(words) if t.low == "count"), None)
    if at is None:
        return False
    rest = [t.low for t in words[at + 1:at + 7] if t.low not in ("the", "all", "how", "many", "up", "number", "of")
            and t.low not in KINDS_OF][:4]  # "count the number of different announcers"
    if len(rest) >= 3 and rest[1] in ("who", "that") and rest[2] in SPEAKING:
        return True  # "count the members who speak"
    if len(rest) >= 2 and rest[0].endswith("s") and (rest[1] in ("speaking", "talking") or (
            (rest[1] == "heard" or rest[1:4] in (["you", "can", "hear"], ["we", "can", "hear"]))
            and rest[0] not in NOT_PEOPLE and (is_people(rest[0]) or rest[0].endswith(("ists", "ians", "ics"))))):
        return True  # "count the mechanics you can hear", "count the stewards speaking"; not "the birds you can hear"
    return bool(rest) and (rest[0] in PEOPLE or (rest[0].endswith(("ers", "ors")) and rest[0] not in NOT_PEOPLE))


def number_of_people(words: list[Token]) -> bool:
    """"2) number of commentators", "the number of distinct voices": a count of people as a noun phrase alone."""
    lows = [t.low for t in words if t.low not in KINDS_OF]
    if lows[:1] == ["the"]:
        lows = lows[1:]
    if lows[:2] != ["number", "of"] or len(lows) < 3:
        return False
    rest = lows[2:]
    return (is_people(rest[0]) or rest[0] in VOICES) and (len(rest) == 1 or rest[1] in PRESENT | {"speaking", "talking"})


_ONE = frozenset({"one", "1", "single"})
_TOO = frozenset({"too", "also", "as", "well"})


def one_or_more_there(words: list[Token]) -> bool:
    """One talker, or more: another there as well (:func:`_one_or_another_there`) or more of them (:func:`_one_or_more`)."""
    return _one_or_another_there(words) or _one_or_more(words)


def _one_or_another_there(words: list[Token]) -> bool:
    """"one person, or is there a shop assistant too?": one talker, or a second one there as well (``words``: the
    clause's words, no punctuation)."""
    lows = [t.low for t in words]
    for k in range(len(lows) - 6):
        if lows[k] not in _ONE or lows[k + 1] not in ("person", "speaker", "voice", "talker") or lows[k + 2:k + 5] != ["or", "is", "there"]:
            continue
        rest = lows[k + 5 + (lows[k + 5:k + 6] == ["also"]):]  # ("or is there also a waiter?")
        if not rest or rest[0] not in ("a", "an", "another", "someone", "somebody", "anyone", "anybody"):
            return False
        tail = [w for w in rest[1:] if w not in _TOO and w != "else"]
        return (rest[-1] in _TOO or lows[k + 5] == "also") and (1 <= len(tail) <= 3 and any(
            one_person(w) or is_people(w) or w in ("speaker", "voice", "person") for w in tail)
            or rest[0] in ("someone", "somebody", "anyone", "anybody") and not tail)
    return False


_MORE_THERE = (["more"], ["others"], ["several"], ["are", "there", "more"], ["are", "there", "others"],
               ["is", "there", "more"], ["more", "than", "that"], ["are", "there", "several"])


def _one_or_more(words: list[Token]) -> bool:
    """"Just one mechanic in the wiper video, or are there more?", "One voice on this tape, or more?": a clause that
    opens with one talker and ends asking whether there are more (``words``: the clause's words, no punctuation)."""
    lows = [t.low for t in words]
    k = 1 if lows[:1] in (["just"], ["only"]) else 0
    if len(lows) < k + 4 or lows[k] not in _ONE:
        return False
    o = len(lows) - 1 - lows[::-1].index("or") if "or" in lows else -1
    if not k + 2 <= o <= k + 10 or lows[o + 1:] not in _MORE_THERE:
        return False
    talker = lows[k + 1] in ("speaker", "voice", "talker", "narrator") and all(w in _THERE for w in lows[k + 2:o])
    return talker or (one_person(lows[k + 1]) or is_people(lows[k + 1])) and lows[k + 2:k + 3] in (["in"], ["on"]) \
        and any(t.key in AUDIO_KEYS for t in words[k + 3:o]) and not any(t.low in STORY_WORDS or t.low == "stories" for t in words)
    # ("Just one mechanic in the wiper video, or are there more?"; not "One doctor mentioned in the story, or more?")


_THERE = frozenset({"in", "on", "this", "the", "that", "clip", "recording", "tape", "audio", "here", "there", "video"})
