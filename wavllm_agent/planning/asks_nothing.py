"""Clauses that ask for nothing after a request: a pleasantry ("That would be great!"), where the audio comes from
("It's from a podcast."), a length waived ("No word limit."), the audio taken up ("Check the auction clip, then ...");
the rule planner adds no step for them (split from :mod:`~wavllm_agent.planning.cues`)."""

from __future__ import annotations

from wavllm_agent.planning.leads import lead_end
from wavllm_agent.planning.lexicon import AUDIO_KEYS, WH
from wavllm_agent.planning.text import Token, find_language_token, stem

_PLEASED = frozenset({"fun", "great", "nice", "cool", "lovely", "awesome", "amazing", "helpful", "appreciated",
                      "brilliant", "perfect", "wonderful", "mean", "means", "important", "urgent", "special",
                      "precious"})  # "Would mean a lot.", "Is important for family."


def is_pleasantry(tokens: list[Token]) -> bool:
    """"Would be fun to see what you come up with.", "That would be great!": no request, no question."""
    words = [t.low for t in tokens if t.is_word]
    return bool(words) and words[0] in ("would", "it'd", "that'd", "it", "that", "this", "thanks", "thank", "is", "its") \
        and any(w in _PLEASED for w in words[:5]) and not any(t.low == "?" for t in tokens)


_LENGTH_WORDS = frozenset({"length", "limit", "size", "word", "count"})
_NO_NEED = frozenset({"doesn't", "doesnt", "don't", "dont", "not", "no", "any"})


def waives_length(tokens: list[Token]) -> bool:
    """"Doesn't need to be any particular length.", "No word limit.": no constraint, and no request."""
    words = [t.low for t in tokens[lead_end(tokens):] if t.is_word]
    return 2 <= len(words) <= 9 and not any(t.low == "?" for t in tokens) and words[0] not in WH \
        and any(w in _LENGTH_WORDS for w in words) and any(w in _NO_NEED for w in words)


_EVENTS = frozenset({"show", "fair", "race", "match", "party", "concert", "market", "game", "meeting", "class", "lesson",
                     "festival", "competition", "wedding", "ceremony", "service", "auction", "tour"})
"""What a recording may be of, in "Is rabbit show."."""


def describes_source(tokens: list[Token]) -> bool:
    """"Is from my uncle shop.", "It's from a podcast.": where the audio comes from, no request."""
    words = [t.low for t in tokens if t.is_word]
    if any(t.low == "?" for t in tokens) or not 2 <= len(words) <= 8 or words[0] not in ("is", "it", "its", "this", "that"):
        return False
    if "from" in words[:3]:
        return True
    if words[0] == "is" and len(words) <= 4 and words[-1] in _EVENTS and words[1] not in ("it", "this", "that", "there"):
        return True  # "Is rabbit show.": learner's English for "It is a rabbit show."
    # "Is speech of my professor.", "It's a lecture by my tutor.": what the audio is and whose
    at = 1 + (words[0] in ("it", "this", "that") and len(words) > 1 and words[1] in ("is", "'s"))
    at += at < len(words) and words[at] in ("a", "an", "the")
    return at + 1 < len(words) and stem(words[at]) in AUDIO_KEYS and words[at + 1] in ("of", "by")


_OPEN_VERBS = frozenset({"check", "play", "open", "grab", "use"})
_OWNERS = frozenset({"the", "this", "that", "my", "our", "attached"})


def takes_up_audio(tokens: list[Token]) -> bool:
    """"Check the scrimshaw auction clip", "Play the recording.": the audio taken up, nothing asked of it."""
    words = [t for t in tokens if t.is_word]
    return 3 <= len(words) <= 6 and words[0].low in _OPEN_VERBS and words[1].low in _OWNERS \
        and words[-1].key in AUDIO_KEYS and all(t.is_word or t.low in (".", "!", "-") for t in tokens) \
        and not any(t.low in _PREPOSITIONS for t in words[2:-1])  # (not "Check the accent in the audio")


_PREPOSITIONS = frozenset({"in", "of", "on", "for", "from", "at", "with", "by", "about", "during", "throughout"})


def asks_nothing(tokens: list[Token]) -> bool:
    """A pleasantry, where the audio comes from, a length waived or the audio taken up: nothing asked."""
    return is_pleasantry(tokens) or describes_source(tokens) or waives_length(tokens) or takes_up_audio(tokens) \
        or says_which(tokens)


_DECIDING = frozenset({"decide", "determine", "settle", "answer", "judge", "work", "figure"})
_SAYING_WHICH = (("say",), ("tell", "me"), ("tell", "us"), ("state",), ("indicate",), ("let", "me", "know"))


def says_which(tokens: list[Token]) -> bool:
    """"Say which for the potato masher clip", "Tell me which.", "Decide that for the recording": the answer to the
    question just asked, named, and nothing more asked."""
    words = [t.low for t in tokens[lead_end(tokens):] if t.is_word]
    lead = next((len(p) for p in _SAYING_WHICH if tuple(words[:len(p)]) == p), 0)
    rest = words[lead + 1:] if lead and words[lead:lead + 1] == ["which"] else None
    if rest is None and words[:1] and words[0] in _DECIDING and words[1:2] in (["that"], ["which"], ["this"]):
        rest = words[2 + (words[2:3] == ["out"] and words[0] in ("work", "figure")):]
        # "Decide that for the milk pan recording", "Work that out for the clip": the question just asked
    if rest is None:
        return False
    rest = rest[1:] if rest[:1] == ["one"] else rest
    return not rest or rest[0] in ("for", "in", "from", "please", "pls") and len(rest) <= 6 and not any(w in WH for w in rest) \
        and not any(find_language_token(t) for t in tokens)  # (not "Indicate which, in French.")
