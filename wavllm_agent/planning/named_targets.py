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


def named_target(body: list[Token]) -> str | None:
    """A language the clause asks for with "in" or "into" ("in French"), or as a version of the output
    ("Summarise it, German version please"), else None."""
    for i in range(1, len(body)):
        if body[i - 1].low in ("in", "into") and target_language(body[i:i + 1]):
            return target_language(body[i:i + 1])
    for i in range(1, len(body) - 1):
        if body[i - 1].low in _VERSION_LEADS and body[i + 1].low in VERSION_NOUNS \
                and (i + 2 == len(body) or body[i + 2].low != "of") and target_language(body[i:i + 1]):
            return target_language(body[i:i + 1])  # not "the German version of the talk" (what to render)
    for i in range(len(body) - 1):
        noun = body[i + 3] if body[i + 1].low == "-" and i + 3 < len(body) and body[i + 2].low == "language" else body[i + 1]
        lead = i - (i > 0 and body[i - 1].low in _SHORT and target_language(body[i:i + 1]) != "en"
                    and all(t.low in _ASKING_FOR for t in body[:i - 2]))
        # "A short Japanese summary of the lecture" (a short English summary: the summary, as written)
        if noun.low in _SUMMARY_NOUNS and (lead == 0 or body[lead - 1].low in _VERSION_LEADS | {"the", "your", "me"}) \
                and target_language(body[i:i + 1]):
            return target_language(body[i:i + 1])  # "A German summary (15 words max)", "a Spanish-language gist"
    return _labelled_target(body)


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
