"""Whether "talk" is a noun ("the balloon safety talk in Turkish") or people talking ("the guides talk in Turkish"),
read by :mod:`~wavllm_agent.planning.speech_language` before it takes a language for the speech's (split from it)."""

from __future__ import annotations

from wavllm_agent.planning.sounding import names_a_person
from wavllm_agent.planning.text import Token

DETERMINERS = frozenset({"the", "this", "that", "a", "his", "her", "their", "my", "your", "our"})
_GROUP_NOUNS = frozenset({"people", "staff", "crowd", "children", "men", "women", "family", "team", "crew", "couple"})
"""People as a group, before "talk" as a verb: "the people talk in French"."""


_PLACE_PREPOSITIONS = frozenset({"on", "at", "in", "near", "by", "inside", "around"})


_TALK_KINDS = frozenset({"safety", "pep", "welcome", "induction", "training", "sales", "keynote", "motivational",
                         "opening", "closing", "toolbox", "orientation", "warm-up", "half-time", "halftime"})
"""Before "talk": a kind of talk, so "talk" is a noun ("the lawn edger safety talk in Ukrainian")."""


def talk_as_noun(tokens: list[Token], k: int) -> bool:
    """"the climbing instructor's safety talk in Turkish", "The meteorite talk in Turkish", "the balloon safety talk":
    a talk (a noun), not "they talk in Turkish", "the guides talk in Turkish" or "the speaker talk in Russian"."""
    if tokens[k].low != "talk":
        return False
    if any(t.low.endswith(("'s", "’s", "s'")) for t in tokens[max(0, k - 2):k]):
        return True
    if k > 0 and tokens[k - 1].low in _TALK_KINDS:
        return True  # "The lawn edger safety talk in Ukrainian", "the team pep talk"
    det = next((j for j in range(k - 1, max(-1, k - 4), -1) if tokens[j].low in DETERMINERS), None)
    if det is not None and det >= 2 and tokens[det - 1].low in _PLACE_PREPOSITIONS \
            and any(t.low in _GROUP_NOUNS for t in tokens[max(0, det - 4):det - 1]):
        return False  # "The people on the farm video talk German": the people talk
    between = tokens[det + 1:k] if det is not None else []
    if len(between) >= 2 and all(t.is_word for t in between):
        between = between[-1:]  # "the fireworks safety talk": the word before "talk" decides, not "fireworks"
    return det is not None and all(t.is_word and not t.low.endswith("s") and not names_a_person(t)
                                   and t.low not in _GROUP_NOUNS for t in between)  # "the balloon safety talk"; not "the speaker talk"
