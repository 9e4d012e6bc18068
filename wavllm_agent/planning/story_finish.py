"""A request to continue the story told: "finish the ghost story my cousin started", "extend that written version
with another paragraph", "write the rest of it", "write the sequel"."""

from __future__ import annotations

from wavllm_agent.planning.cues import lead_end, request_start
from wavllm_agent.planning.lexicon import STORY_WORDS
from wavllm_agent.planning.text import POLITE_WORDS, Token

_FINISH = frozenset({"finish", "complete", "end", "conclude", "extend", "lengthen", "prolong"})
"""Verbs that, before a story named, ask for its continuation ("finish the ghost story", "extend the air guitar story");
the last three only as a request ("Did he lengthen the fable?" asks about the recording)."""
_ASKING_ONLY = frozenset({"extend", "lengthen", "prolong"})
_DETS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
"""Before a noun in a question ("What does she give him at the end of the tale?"), not the verb "end" / "complete"
(a request still asks for it: "Write the end of the story")."""
_STORIES = STORY_WORDS
_MORE_WRITING = frozenset({"paragraph", "paragraphs", "chapter", "sentences", "lines", "page", "pages"})
"""What "extend ... with / by" adds when it continues a text: "extend the transcript by a paragraph"."""
_TEXTS = _STORIES | frozenset({"it", "that", "this", "transcript", "transcription", "text", "version", "summary",
                               "translation"})
_NOT_IN_A_NAME = frozenset({"before", "after", "while", "when", "where", "about", "and", "or", "but", "with", "in", "on",
                            "at", "by", "for", "to", "from", "of", "as", "than", "during", "until", "questions",
                            "question", "quiz", "answer", "answers", "answering", "summary", "transcript", "recording"})
"""Words that end the name before "story" ("finish the letter box ghost story"; not "finish the cake before the story")."""
_FEW = frozenset({"a", "an", "another", "one", "two", "three", "few", "couple", "of", "more", "short", "new", "extra"})


def _extended_text(after: list[Token]) -> bool:
    """After "extend": a text (it, the transcript, that written version), then "with" or "by" and a paragraph or
    lines ("extend it by two paragraphs"; not "extend the meeting by a few lines")."""
    cut = next((k for k, t in enumerate(after[:6]) if t.low in ("with", "by")), None)
    if cut is None or not any(t.low in _TEXTS for t in after[:cut]):
        return False
    added = [t for t in after[cut + 1:cut + 6] if t.is_word]
    noun = next((m for m, t in enumerate(added) if t.low not in _FEW), None)
    return noun is not None and added[noun].low in _MORE_WRITING


def _dash_before(tokens: list[Token], k: int) -> bool:
    """A dash right before ``k``, or before "pick it up and" there ("— pick it up and finish it")."""
    k -= 4 if k > 4 and [t.low for t in tokens[k - 4:k]] in (["pick", "it", "up", "and"], ["take", "it", "up", "and"]) else 0
    return tokens[k - 1].low in ("—", "–", "-")


def finishes_story(tokens: list[Token], before: list[Token] | None = None) -> int | None:
    """"finish the ghost story my cousin started": the index of the verb that asks for the story's continuation;
    "...starts a tale about her grandmother; finish it for me": "it", the story named just ``before`` the clause."""
    for k, tok in enumerate(tokens):
        named = next((m for m in range(k + 1, min(len(tokens), k + 7)) if tokens[m].low in _STORIES), None)
        near = any(t.low in _STORIES for t in tokens[k + 1:k + 5] if t.is_word) \
            and all(t.is_word or t.low == "-" for t in tokens[k + 1:k + 4])  # "finish with the story"
        if tok.low in _FINISH and named is not None and (near or all(
                (t.is_word or t.low == "-") and t.low not in _NOT_IN_A_NAME for t in tokens[k + 1:named])) \
                and not (k and tokens[k - 1].low in _DETS and any(t.low == "?" for t in tokens)) \
                and (tok.low not in _ASKING_ONLY or request_start(tokens, lead_end(tokens)) == k):
            return k
        if tok.low in _ASKING_ONLY and request_start(tokens, lead_end(tokens)) == k and _extended_text(tokens[k + 1:]):
            return k  # "extend that written version with another paragraph"
        if tok.low in _FINISH and k + 1 < len(tokens) and tokens[k + 1].low in ("it", "that") \
                and (k + 2 == len(tokens) or not tokens[k + 2].is_word or tokens[k + 2].low in ("for", "off")) \
                and (any(t.low in _STORIES for t in (before or [])[-12:]) or k > 0 and _dash_before(tokens, k)
                     and any(t.low in _STORIES for t in tokens[max(0, k - 16):k])):
            return k  # ("The master starts a fable about a crane — finish it for me.")
        if tok.low in ("write", "tell") and [t.low for t in tokens[k + 1:k + 3]] == ["the", "rest"] \
                and (k + 3 == len(tokens) or not tokens[k + 3].is_word
                     or [t.low for t in tokens[k + 3:k + 5]] in (["of", "it"], ["of", "that"], ["of", "this"])) \
                and any(t.low in _STORIES for t in [*(before or [])[-12:], *tokens[max(0, k - 16):k]]):
            return k  # "The clip is the start of a ghost story — please write the rest of it."
        if tok.low == "write" and [t.low for t in tokens[k + 1:k + 3]] in (["a", "sequel"], ["the", "sequel"]) \
                and request_start(tokens, lead_end(tokens)) == k and (k + 3 == len(tokens) or not tokens[k + 3].is_word
                                                                      or _to_the_story(tokens[k + 3:])):
            return k  # "..., then write the sequel." (not "Does she mention writing a sequel?", "a sequel to Star Wars")
        if tok.low in ("write", "tell") and (request_start(tokens, lead_end(tokens)) == k or all(
                t.low in ("now", "so", "ok", "okay", ",") for t in tokens[:k])) and _next_part(tokens[k + 1:]):
            return k  # "That's chapter one of a story ... Write chapter two."
    return None


_PARTS = frozenset({"chapter", "part", "episode", "instalment", "installment"})
_NEXT = frozenset({"two", "2", "ii", "three", "3", "iii", "next", "second", "third"})


def _next_part(rest: list[Token]) -> bool:
    """"chapter two", "part 2", "the next chapter", "the second part" and nothing after it: the next part of the story,
    after "write" (not "write chapter two of the report in French")."""
    words = [t.low for t in rest if t.is_word and t.low not in POLITE_WORDS]
    words = words[1:] if words[:1] == ["the"] else words
    return len(words) == 2 and (words[0] in _PARTS and words[1] in _NEXT or words[0] in _NEXT and words[1] in _PARTS)


def _to_the_story(rest: list[Token]) -> bool:
    """"to the story", "to it", "to this tale": the story told, after "write a sequel" (not "to Star Wars")."""
    words = [t.low for t in rest[1:4] if t.is_word] + [""]
    return rest[0].low == "to" and (words[0] in _STORIES | {"it"} or words[0] in ("the", "this", "that", "her", "his")
                                    and words[1] in _STORIES)
