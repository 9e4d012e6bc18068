"""The language a clause asks its output in: "in French", "into German", "a German version", "A Spanish-language
gist", or a language alone after a label ("Summary of the race: German.")."""

from __future__ import annotations

from wavllm_agent.planning.text import (
    AFTER_ANSWER_LANGUAGE,
    DASHES,
    VERSION_NOUNS,
    Token,
    find_language_token,
    target_language,
)
from wavllm_agent.planning.word_limits import NUMBER_WORDS


def named_target(body: list[Token]) -> str | None:
    """A language the clause asks for with "in" or "into" ("in French"), or as a version of the output
    ("Summarise it, German version please"), else None."""
    for i in range(1, len(body)):
        if body[i - 1].low in ("in", "into") and target_language(body[i:i + 1]):
            return target_language(body[i:i + 1])
    for i in range(1, len(body) - 1):
        if body[i - 1].low in _VERSION_LEADS and body[i + 1].low in VERSION_NOUNS \
                and (i + 2 == len(body) or body[i + 2].low != "of" or _made_summary(body[i + 3:i + 6])) \
                and target_language(body[i:i + 1]):
            return target_language(body[i:i + 1])  # not "the German version of the talk" (what to render); "a
            # Ukrainian version of a short summary": the summary asked for, translated
    for i in range(len(body) - 1):
        j = _past_size(body, i + 1)  # "a French 20-word summary"
        if j >= len(body):
            continue
        noun = body[j + 2] if body[j].low == "-" and j + 2 < len(body) and body[j + 1].low == "language" else body[j]
        lead = _sized(body, i)  # "a fifteen-word Italian summary"
        lead -= (lead > 0 and body[lead - 1].low in _SHORT and target_language(body[i:i + 1]) != "en"
                 and all(t.low in _ASKING_FOR for t in body[:lead - 2]))
        # "A short Japanese summary of the lecture" (a short English summary: the summary, as written)
        if noun.low in _SUMMARY_NOUNS and (lead == 0 or body[lead - 1].low in _VERSION_LEADS | {"the", "your", "me"}) \
                and target_language(body[i:i + 1]):
            return target_language(body[i:i + 1])  # "A German summary (15 words max)", "a Spanish-language gist"
    return _labelled_target(body)


def _made_summary(words: list[Token]) -> bool:
    """"a short summary", "a gist": after "a Ukrainian version of", a summary asked for (made, then translated)."""
    lows = [t.low for t in words]
    lows = lows[1:] if lows[:1] == ["a"] else []
    lows = lows[1:] if lows[:1] and lows[0] in _SHORT else lows
    return bool(lows) and lows[0] in _SUMMARY_NOUNS


def _number(token: Token) -> bool:
    return token.low.isdigit() or token.low in NUMBER_WORDS


def _sized(body: list[Token], i: int) -> int:
    """Where a length written before ``i`` starts ("a fifteen-word | Italian summary", "a twenty-five word ..."),
    else ``i``."""
    k = i - 1 if i > 0 and body[i - 1].low in ("word", "words") else i
    k -= k < i and k > 0 and body[k - 1].low == "-"
    if not (k < i and k > 0 and _number(body[k - 1])):
        return i
    return k - 3 if k > 3 and body[k - 2].low == "-" and _number(body[k - 3]) else k - 1


def _past_size(body: list[Token], j: int) -> int:
    """After a length written at ``j`` ("20-word", "twenty-five word"), else ``j``."""
    if j >= len(body) or not _number(body[j]):
        return j
    m = j + 1 + (j + 2 < len(body) and body[j + 1].low == "-" and _number(body[j + 2])) * 2
    m += m < len(body) and body[m].low == "-"
    return m + 1 if m < len(body) and body[m].low in ("word", "words") else j


_SHORT = frozenset({"short", "brief", "quick", "concise", "rough", "little"})
_ASKING_FOR = frozenset({"give", "me", "us", "i", "want", "need", "i'd", "like", "please", "and", "then", "also", "plus",
                         "with", ",", "+", "now", "finally", "just"})
"""Before "a short Japanese summary": words that ask for it (not "Is there a short German summary at the end?")."""
_LABEL_MARKS = frozenset({":", "-", "–", "—"})


def _labelled_target(body: list[Token]) -> str | None:
    """"Summary of the race: German.": a language alone after a colon or dash (or a summary's comma) ending the clause."""
    words = [k for k, t in enumerate(body) if t.is_word and t.low not in ("please", "pls", "plz")]
    if len(words) < 2 or any(not t.is_word and t.low not in AFTER_ANSWER_LANGUAGE for t in body[words[-1] + 1:]):
        return None
    last = words[-1]
    listed = body[last - 1].low == "," and body[last - 2].low in _SUMMARY_NOUNS | {"words", "max", "maximum"} and any(
        t.low in _SUMMARY_NOUNS for t in body[:last - 1])  # "Pie shop clip: summary, forty words, Arabic."
    if last < 2 or (body[last - 1].low not in _LABEL_MARKS and not listed):
        return None
    return find_language_token(body[last])


_SUMMARY_NOUNS = frozenset({"summary", "summery", "gist", "recap", "synopsis", "rundown", "overview", "précis", "abstract"})


_VERSION_LEADS = frozenset({",", "a", "an", "plus", "+", "with", "and", ";"}) | DASHES
