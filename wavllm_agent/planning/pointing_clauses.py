"""Clauses that only point at another request and ask nothing of their own.

"What is the door wedge story about? Summarise it in 40 words.": the summary after the question is its answer, so the
question adds no step. "Monologue or dialogue? Tell me that for the duvet cover clip, ...": "tell me that" asks the
question before it again, for the recording it names. "Translate it into Greek, spoken words only": which words the
request before works on. Parts of the rule planner (:mod:`wavllm_agent.planning.rules`).
"""

from __future__ import annotations

from wavllm_agent.planning.cues import AUDIO_KEYS, lead_end, request_start
from wavllm_agent.planning.lexicon import TALK_KINDS
from wavllm_agent.planning.said_forms import WHAT
from wavllm_agent.planning.text import POLITE_WORDS, Token, stem

_ABOUT = frozenset({"about", "abt", "abut", "bout"})
_BE = frozenset({"is", "was", "'s", "’s"})
_NAMING = frozenset({"the", "this", "that", "it"})


def gist_question(tokens: list[Token]) -> bool:
    """"What is the door wedge story about?", "what's this clip abt", "What is this about?": what the recording is
    about, asked directly (up to four words naming the recording, the last a word for it, then "about" and nothing
    after it; not "What is the man angry about?")."""
    words = [t for t in tokens[lead_end(tokens):] if t.is_word and t.low not in POLITE_WORDS]
    lows = [t.low for t in words]
    if len(lows) < 4 or lows[-1] not in _ABOUT:
        return False
    if lows[0] in ("what's", "whats", "wats"):
        words, lows = [words[0], words[0], *words[1:]], ["what", "is", *lows[1:]]
    if lows[0] not in WHAT or lows[1] not in _BE or lows[2] not in _NAMING:
        return False
    named = words[3:-1]
    if not named:
        return lows[2] in ("it", "this", "that")
    return len(named) <= 4 and lows[2] != "it" and named[-1].key in AUDIO_KEYS | _TOLD


_TOLD = TALK_KINDS | {stem("thing")}
"""With :data:`cues.AUDIO_KEYS`, what "What is the ... about?" names as the recording ("the door wedge story")."""
_WHOLE_NEXT = frozenset({"it", "this", "that", "in", "up", "everything", "the", "all", "under", "briefly"})


def summary_next(rest: list[Token], summary_verbs: frozenset[str]) -> bool:
    """The sentence after a clause (``rest``, up to its end) asks to summarise the whole recording: "Summarise it in
    40 words.", "sum up in 40 words", "Give me a 40-word summary." (not "Summarise the questions from the audience.",
    a part); ``summary_verbs`` are the keys of the words that ask for a summary."""
    end = next((k for k, t in enumerate(rest) if t.low in (".", "?", "!", ";")), len(rest))
    sentence = [t for t in rest[:end] if t.is_word and t.low not in POLITE_WORDS]
    start = request_start(sentence, lead_end(sentence))
    lows = [t.low for t in sentence[start:]]
    if lows[:1] in (["give"], ["write"]) and "summary" in lows[1:6]:
        return lows[-1] == "summary" or lows[lows.index("summary") + 1:lows.index("summary") + 2] == ["in"]
    if not lows or sentence[start].key not in summary_verbs:
        return False
    after = lows[1:]
    if after[:1] == ["the"]:  # "Summarise the clip in 40 words" (not "the ending", "the guest's answer")
        return len(after) > 1 and sentence[start + 2].key in AUDIO_KEYS | _TOLD
    return not after or after[0] in _WHOLE_NEXT


_TELLING = frozenset({"tell", "give", "answer"})
_FOR = frozenset({"for", "about", "on", "in", "of"})


def asks_that_again(tokens: list[Token]) -> bool:
    """"Tell me that for the duvet cover clip", "Answer that for this recording": the question just asked, asked
    again for the recording named (no words of a request of its own)."""
    words = [t for t in tokens[lead_end(tokens):] if t.is_word and t.low not in POLITE_WORDS]
    lows = [t.low for t in words]
    if lows[:1] and lows[0] in ("then", "and", "now", "just"):
        words, lows = words[1:], lows[1:]
    if not lows or lows[0] not in _TELLING:
        return False
    k = 1 + (lows[1:2] in (["me"], ["us"]))
    if lows[k:k + 1] != ["that"] or k + 2 >= len(lows) or lows[k + 1] not in _FOR or lows[k + 2] not in _NAMING:
        return False
    named = words[k + 3:]
    return 1 <= len(named) <= 5 and named[-1].key in AUDIO_KEYS


_WORDS_ONLY = frozenset({("spoken", "words", "only"), ("words", "only"), ("the", "spoken", "words", "only"),
                         ("spoken", "words", "alone"), ("only", "the", "spoken", "words"), ("just", "the", "spoken", "words")})


def words_only(tokens: list[Token]) -> bool:
    """"spoken words only", "just the spoken words": a clause that says which words the request before works on."""
    return tuple(t.low for t in tokens if t.is_word and t.low not in POLITE_WORDS) in _WORDS_ONLY
