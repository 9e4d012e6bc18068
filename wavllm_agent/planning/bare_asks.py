"""Requests that name no task and no verb: a length on what the audio says ("In 70 words, what's the incident report
about?", "What's the whole thing in 45 words?": a summary), the spoken words alone ("Just the words, nothing
else.": a transcript), the audio or its talk named before a language ("Thai, please: the commentary from the
exhibition", "The tape's dialogue in Polish.": the speech translated). Split from
:mod:`~wavllm_agent.planning.phrasings`."""

from __future__ import annotations

from wavllm_agent.planning.cues import ACTION_KEYS, AUDIO_KEYS
from wavllm_agent.planning.text import POLITE_WORDS, Token, find_language_token, stem
from wavllm_agent.planning.word_limits import word_limit

WHAT = frozenset({"what", "wat", "wht", "whut", "what'd", "whatd", "what's", "whats"})
""""What" as users type it."""
_COVERS = frozenset({"covers", "covered", "cover", "says", "said", "contains", "describes", "explains"})
_UPDATES = frozenset({"update", "news", "bulletin", "report", "announcement", "briefing", "notice", "advert", "rules",
                      "instructions", "talk", "speech", "story", "message"})
_WHOLE_ENDS = (["whole", "thing"], ["entire", "thing"], ["it", "all"])
_WHOLE_NAMES = (["everything"], ["all", "of", "it"], ["the", "lot"])


def _names_everything(lows: list[str]) -> bool:
    """"the whole thing", "it all", "everything": all of what is said, with no noun for the audio."""
    return lows[-2:] in _WHOLE_ENDS or lows in _WHOLE_NAMES


_CUT_VERBS = frozenset({"cut", "trim", "pare", "whittle", "slim", "shrink"})
_CUT_OBJECTS = frozenset({"it", "this", "that", "down", "the", "whole", "thing", "text", "transcript", "recording", "all"})


def _cut_to_words(lows: list[str]) -> bool:
    """"cut it to 30 words", "trim the whole thing down to 25 words": a text shortened to a length."""
    to = next((k for k in range(len(lows) - 2, 0, -1) if lows[k] == "to"), None)
    return to is not None and lows[0] in _CUT_VERBS and lows[-1] in ("words", "word") and len(lows) == to + 3 \
        and all(w in _CUT_OBJECTS for w in lows[1:to])


def summary_by_length(tokens: list[Token], *, first: bool = False, cut: bool = False) -> bool:
    """A word limit on what the audio is about, with no task named: "In 70 words, what's the incident report
    about?", "Under 50 words on what the recording covers", "Seal sanctuary update in 25 words, please.", "What's
    the whole thing in 45 words?" - a summary of that length. ``first``: no summary was asked for before, so "The
    whole thing in 15 words." is one too (after a summary it is that summary's length); ``cut``: nothing asked before
    makes its own text (an answer, a story), so "Cut it to 30 words." shortens the recording's."""
    if word_limit(tokens) is None:
        return False
    words = [t for t in tokens if t.is_word]
    if first and cut and _cut_to_words([t.low for t in words if t.low not in POLITE_WORDS]) and not any(t.low == "?" for t in tokens):
        return True  # "After that, cut it to 30 words.": the text shortened, a summary of that length
    lows = [t.low for t in words]
    if lows and lows[-1] == "about" and any(w in WHAT for w in lows[:-1]) and not any(
            w in ("which", "who", "when", "where", "why", "how") for w in lows):
        return True  # "In 70 words, what's the pedalo incident report about?"
    on_what = next((k for k in range(len(lows) - 2) if lows[k] == "on" and lows[k + 1] == "what"), None)
    if on_what is not None and lows[-1] in _COVERS | {"about"}:
        return True  # "Under 50 words on what the hay ride recording covers"
    asked = 2 if lows[:2] == ["what", "is"] else 1 if lows[:1] in (["what's"], ["whats"]) else 0
    start = 2 if lows[:2] in (["i", "need"], ["i", "want"], ["give", "me"]) else asked
    unit = next((k for k in range(len(lows) - 1, -1, -1) if lows[k] in ("words", "word")), None)
    if unit is None or any(w not in POLITE_WORDS for w in lows[unit + 1:]):
        return False
    at = next((k for k in range(unit - 1, max(start, unit - 5), -1) if lows[k] == "in"), None)
    named = words[start:at] if at is not None else []
    if asked:  # "What's the whole thing in 45 words?", "What is the clip in 20 words?" (not "What is the title of the
        return _names_everything([t.low for t in named]) or (  # talk in 5 words?": a fact)
            2 <= len(named) <= 3 and named[0].low in ("the", "this", "that") and named[-1].key in AUDIO_KEYS
            and all(t.is_word and not t.low.endswith(("'s", "’s")) for t in named))
    if first and _names_everything([t.low for t in named]) and named[0].low in ("the", "it", "everything", "all"):
        return True  # "Then the whole thing in 15 words."
    return 1 <= len(named) <= 5 and any(t.key in AUDIO_KEYS or t.low in _UPDATES for t in named) \
        and not any(t.low in WHAT or t.low in ("which", "who", "how") or t.key in ACTION_KEYS for t in named)
    # "Seal sanctuary update in 25 words, please.", "i need the audio in 20 words"


_ONLY = frozenset({"just", "only"})
_NOTHING_MORE = (["nothing", "else"], ["nothing", "more"], ["no", "more"], ["that's", "all"], ["thats", "all"],
                 ["no", "summary"], ["no", "translation"], ["no", "extras"])


def just_the_words(tokens: list[Token]) -> bool:
    """"Just the words, nothing else.", "The words only.", "only the spoken words please": the words of the audio
    alone, asked for with no verb (a transcript, when nothing was asked before)."""
    lows = [t.low for t in tokens if t.is_word and t.low not in POLITE_WORDS]
    alone = lows[-2:] in _NOTHING_MORE
    lows = lows[:-2] if alone else lows
    if lows[:1] and lows[0] in _ONLY:
        lows = lows[1:]
    elif lows[-1:] and lows[-1] in _ONLY | {"alone"}:
        lows = lows[:-1]
    elif not alone:
        return False  # ("The words, nothing else.": alone all the same; not "the words")
    return lows in (["the", "words"], ["the", "spoken", "words"], ["the", "exact", "words"], ["words"])


def the_audio_alone(tokens: list[Token]) -> bool:
    """"the recording", "the shoemakers convo": the audio named, and nothing else (after a language: "turkish pls, the
    shoemakers convo")."""
    words = [t for t in tokens if t.is_word and t.low not in POLITE_WORDS]
    place = next((k for k in range(2, len(words) - 1) if words[k].low in ("from", "at", "during")
                  and words[k - 1].key in AUDIO_KEYS and not any(find_language_token(t) for t in words[k:])), len(words))
    words = words[:place] if len(words) - place <= 5 else words  # "the lecture from the museum": where it is from
    return 2 <= len(words) <= 5 and words[0].low in ("the", "this", "that", "whole", "entire") \
        and (words[-1].key in AUDIO_KEYS or words[-1].low in _SHOWN) and all(t.is_word or t.low in (".", "!", "-") for t in tokens)


_SHOWN = frozenset({"tutorial", "walkthrough", "how-to"})
"""Recordings that show how to do something ("in vietnamese: the dish towel tutorial"), named only here: "a tutorial in
Spanish" elsewhere may be one to write."""


_TALK_NAMES = frozenset({"dialogue", "dialog", "conversation", "exchange"})
_OWNERS_ALONE = frozenset({"the", "this", "that", "its", "his", "her", "their"})


def talk_in_language(tokens: list[Token]) -> bool:
    """"The tape's dialogue in Polish.", "Their conversation in Dutch, please.": the talk named, alone, then a language
    (not "Is the couple's conversation in Polish?", "the topic of the tape's dialogue in Polish")."""
    words = [t for t in tokens if t.is_word and t.low not in POLITE_WORDS]
    if not 3 <= len(words) <= 6 or words[-2].low != "in" or find_language_token(words[-1]) is None \
            or any(t.low == "?" for t in tokens) or words[-3].low not in _TALK_NAMES:
        return False
    named = [t.low for t in words[:-3]]
    return bool(named) and named[0] in _OWNERS_ALONE and all(w.endswith(("'s", "’s")) for w in named[1:]) \
        and len(named) <= 2



_WHOLE_OF_IT = (["the", "whole", "thing"], ["all", "of", "it"], ["it", "all"], ["the", "lot"], ["everything"])


def whole_in_language(tokens: list[Token]) -> bool:
    """"What's the whole thing in Spanish?", "what is the whole clip in Polish": after "what" and "is", all of the audio
    named, then "in" and a language to the end: the speech asked for in that language."""
    words = [t for t in tokens if t.is_word and t.low not in POLITE_WORDS]
    if len(words) < 5 or words[0].low not in ("what", "what's", "whats") or words[-2].low != "in" \
            or find_language_token(words[-1]) is None:
        return False
    named = words[1 + (words[1].low in ("is", "'s", "would", "was", "will")):-2]
    named = named[:-1] if named[-1:] and named[-1].low == "be" else named  # "what would the whole thing be in Spanish"
    lows = [t.low for t in named]
    return lows in _WHOLE_OF_IT or (the_audio_alone(named) and any(w in ("whole", "entire", "full") for w in lows))


_TELL = frozenset({"tell", "say", "explain", "describe"})
_BRIEFLY = (["in", "a", "sentence"], ["in", "one", "sentence"], ["in", "a", "line"], ["in", "one", "line"], ["briefly"],
            ["quickly"], ["in", "short"], ["in", "brief"], ["in", "a", "nutshell"], ["in", "two", "sentences"])


def told_gist(tokens: list[Token]) -> bool:
    """"Tell me in a sentence what the sun visor clip is about", "tell me what the audio's about": what the whole
    recording is about, told in brief - a summary (the recording named by "it", "this" or up to four words ending in
    a word for it; not "Tell me what the man is angry about", "... what the joke in the clip is about", "... what the
    second story is about": one part of it)."""
    words = [t for t in tokens if t.is_word and t.low not in POLITE_WORDS]
    lows = [t.low for t in words]
    if len(lows) < 5 or lows[0] not in _TELL or lows[-1] not in ("about", "abt"):
        return False
    k = 1 + (lows[1] in ("me", "us"))
    brief = next((b for b in _BRIEFLY if lows[k:k + len(b)] == b), [])
    k += len(brief)
    if lows[k:k + 1] not in (["what"], ["wat"]):
        return False
    named = words[k + 1:-1]
    if named and named[-1].low == "all":
        named = named[:-1]  # "what the recording was all about"
    if [t.low for t in named] in (["its"], ["it", "is"], ["this", "is"], ["it", "was"], ["this", "was"]):
        return True  # "Tell me quickly what it's about", "Tell me what this is about"
    if named and named[-1].low.endswith("'s"):
        head = named[-1].low[:-2]
        named = [*named[:-1], Token(head, named[-1].start, named[-1].end, head, stem(head))]  # "the audio's about"
    elif len(named) > 1 and named[-1].low in ("is", "was"):
        named = named[:-1]
    else:
        return False
    return 2 <= len(named) <= 5 and named[0].low in ("the", "this", "that") and named[-1].key in AUDIO_KEYS \
        and not any(t.low in _PART_WORDS for t in named) and (bool(brief) or named[-1].low in _RECORDINGS)
    # (without "briefly", "in a sentence": the recording itself, not "Tell me what the meeting is about", a question)


_RECORDINGS = frozenset({"clip", "recording", "audio", "tape", "video", "file", "memo", "voicemail", "track", "vid"})


_PART_WORDS = frozenset({"in", "of", "on", "from", "about", "at", "first", "second", "third", "last", "next", "other",
                         "final", "opening", "closing", "ending", "start", "end", "middle", "part"})
