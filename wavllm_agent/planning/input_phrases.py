"""What a clause says about the text it works on: "the Danish story" (the version in a language), "... from there"
(the text just made), "and a summary" (the second of two texts from one source), "..., then shortened to 20 words"."""

from __future__ import annotations

from wavllm_agent.planning import cues
from wavllm_agent.planning.text import VERSION_NOUNS, Token, find_language_token


def names_story_in(body: list[Token], language: object) -> bool:
    """"the Danish story", "the Spanish version": the story (or version) in ``language``, the one just translated
    into."""
    return language is not None and any(find_language_token(a) == language and (b.key in cues.STORY_NOUNS
                                                                                 or b.low in VERSION_NOUNS)
                                        for a, b in zip(body, body[1:], strict=False))


def second_of_both(body: list[Token], source: str) -> bool:
    """"from that transcript make both a Korean translation and a summary": ``body`` is the second of two texts made
    from one source named before "both"."""
    if not body or body[0].low not in ("a", "an"):
        return False
    before = source[max(0, body[0].start - 90):body[0].start].lower().split()
    return before[-1:] == ["and"] and "both" in before and "from" in before[:before.index("both")]


def from_there(body: list[Token]) -> bool:
    """"... from there", "... from that": on from the text just made."""
    return any(a.low == "from" and b.low in ("there", "that") and (k + 2 >= len(body) or not body[k + 2].is_word)
               for k, (a, b) in enumerate(zip(body, body[1:], strict=False)))


SHORTENED_WORDS = cues.CONDENSED | frozenset({"cut", "trimmed", "boiled", "reduced", "shrunk", "compressed", "squeezed",
                                         "summed"})
LEADING_LINKS = frozenset({"then", "and", "afterwards", "after", "that", "next", "later", "finally"})


def shortened_after(body: list[Token]) -> bool:
    """"..., then shortened to 20 words": a participle with no object, saying what becomes of the text just made."""
    words = [t.low for t in body if t.is_word]
    while words and words[0] in LEADING_LINKS:
        words = words[1:]
    return bool(words) and words[0] in SHORTENED_WORDS
