"""The recording's own name: "at this suit fitting", "during the lifeboat station radio exercise", "his explanation".

Users name the recording by what it is, in words no list holds ("this suit fitting", "the radio
exercise"), and later refer to it by that noun: "Translate the fitting into Spanish" translates the
recording (a speech translation), not the answer of the step before. :func:`names_given` reads the
nouns a clause names the recording by; :func:`refers_to_name` finds one of them again after "the", or
someone's words named by what they are ("translate his explanation into Dutch").
"""

from __future__ import annotations

from wavllm_agent.planning.cues import ACTION_KEYS, AUDIO_KEYS
from wavllm_agent.planning.lexicon import TALK_KINDS
from wavllm_agent.planning.text import Token

_NAMING = frozenset({"this", "these"})
"""Determiners that name the recording on their own ("this suit fitting")."""
_PLACING = frozenset({"during", "at", "throughout", "from"})
"""Prepositions that, before "the", place a question in the recording ("during the radio exercise")."""
_ENDS = frozenset({"of", "in", "into", "to", "and", "or", "for", "from", "with", "by", "on", "at", "about",
                   "then", "please", "so", "but", "during", "while", "when", "afterwards", "first", "now"})
"""Words after the noun that end the name ("this fitting, then ...", "this suit fitting into Spanish")."""
_NOT_NAMES = frozenset({"the", "a", "an", "is", "are", "was", "were", "it", "that", "this", "one", "time", "point",
                        "end", "start", "beginning", "middle", "moment", "part", "bit", "question", "answer",
                        "way", "thing", "week", "year", "morning", "evening", "day", "night"})
"""Words that are no name of a recording ("at this point", "during the day") or end the phrase."""
_MAX_WORDS = 4


def names_given(tokens: list[Token]) -> frozenset[str]:
    """The comparison keys of the nouns the clause names the recording by: the last word of "this
    [up to three modifiers] NOUN", "during/at the ... NOUN" or "in/on the ... NOUN" of a kind of talk, when the
    name ends the clause or is followed by a preposition, a conjunction or punctuation."""
    names: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok.low == "the" and i > 0 and tokens[i - 1].key in ACTION_KEYS:
            owner = next((j for j in range(i + 1, min(len(tokens), i + 4)) if tokens[j].low.endswith(("'s", "’s"))), None)
            if owner is not None:  # "Summarise the ventriloquist's act, then ...": the recording named by its owner
                end = next((j for j in range(owner + 1, len(tokens)) if not tokens[j].is_word or tokens[j].low in _ENDS),
                           len(tokens))
                run = tokens[owner + 1:end]
                if 1 <= len(run) <= 2 and not any(t.low in _NOT_NAMES for t in run):
                    names.add(run[-1].key)
            continue
        within = tok.low == "the" and i > 0 and tokens[i - 1].low in ("in", "on")
        if not (tok.low in _NAMING or (tok.low == "the" and i > 0 and tokens[i - 1].low in _PLACING) or within):
            continue
        end = next((j for j in range(i + 1, len(tokens)) if not tokens[j].is_word or tokens[j].low in _ENDS),
                   len(tokens))
        run = tokens[i + 1:end]  # longer than a name: a phrase ("this is the man who ...")
        if 1 <= len(run) <= _MAX_WORDS and not any(t.low in _NOT_NAMES for t in run) \
                and not run[-1].low.endswith(("'s", "’s")) \
                and (not within or run[-1].key in AUDIO_KEYS | TALK_KINDS):  # "in the laptop stand review"
            names.add(run[-1].key)
    return frozenset(names)




def named_first(tokens: list[Token]) -> frozenset[str]:
    """"For the noticeboard chat, check ...": the noun of a recording named before a clause's request (up to
    four words after "For the" or "For this", the last of them a kind of talk, then a comma)."""
    if len(tokens) < 4 or tokens[0].low != "for" or tokens[1].low not in ("the", "this"):
        return frozenset()
    end = next((j for j in range(2, len(tokens)) if not tokens[j].is_word or tokens[j].low in _ENDS), len(tokens))
    run = tokens[2:end]
    if end == len(tokens) or tokens[end].low != "," or not 1 <= len(run) <= _MAX_WORDS \
            or any(t.low in _NOT_NAMES or t.key in ACTION_KEYS for t in run) or run[-1].low.endswith(("'s", "’s")) \
            or not (run[-1].key in AUDIO_KEYS or run[-1].key in TALK_KINDS):
        return frozenset()
    return frozenset({run[-1].key})


_SPEECH_NOUNS = frozenset({"explanation", "explanations", "remarks", "comments", "instructions", "pitch", "account",
                           "advice", "description", "introduction", "intro", "words", "welcome", "warning", "warnings",
                           "directions", "rant", "apology", "complaint"})
"""What someone says, named by what it is: "his explanation", "the guide's remarks" (not "her answer"; "his
speech", "her talk" name the audio anyway: ``cues.AUDIO_KEYS``)."""


def refers_to_name(tokens: list[Token], names: frozenset[str], skip: set[int]) -> bool:
    """True when the clause says "the/this/that NOUN" for a noun in ``names``, or "his/her/their/the
    guide's NOUN" for what someone says, outside ``skip``."""
    for k, t in enumerate(tokens):
        if k == 0 or k in skip:
            continue
        before = tokens[k - 1].low
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.key in names and before in ("the", "this", "that") and (nxt is None or not nxt.is_word or nxt.low in _ENDS):
            return True  # "translate the fitting into Spanish"; not "the festival name"
        if t.low in _SPEECH_NOUNS and (before in ("his", "her", "their") or before.endswith(("'s", "’s"))):
            return True
    return False
