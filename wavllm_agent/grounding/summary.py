"""Checks for a summary: faithful to its source, within the asked length; and an extractive fallback.

A summary passes when it

* has no more words than asked (:func:`word_count`, the way a reader counts: tokens with a
  letter or a digit);
* brings in no number, no name, no scale of an amount ("billion" for "million") and no day or
  month that the source lacks (:mod:`wavllm_agent.grounding.facts`);
* brings in at most one content word whose stem the source lacks, and no more than 15 % of its
  content words (an invented claim such as "to win the award" needs new words).

When a model's summary fails twice, :func:`extractive_summary` gives sentences of the source
itself within the limit: dull, but every fact in it is the source's.
"""

from __future__ import annotations

import difflib
import re

from wavllm_agent.grounding.check import Verdict
from wavllm_agent.grounding.dates import changed_dates
from wavllm_agent.grounding.facts import (
    content_words,
    new_content_words,
    new_currencies,
    new_names,
    new_numbers,
)
from wavllm_agent.grounding.scales import changed_scales

_COUNTED = re.compile(r"\S*[^\W_]\S*")
_SENTENCES = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[\"'“(]?[A-Z0-9])")  # not after "U." of "U. S."
_CLAUSE_END = re.compile(r"[,;:]$")

NEW_WORDS_SHARE = 0.15
"""Most content words a summary may have that its source lacks, as a share (at least one is allowed)."""


def opening(sentence: str, words: int = 6) -> str:
    """The first ``words`` words of ``sentence`` (and "..." when there are more), for a problem's text."""
    parts = sentence.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def word_count(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens holding a letter or digit."""
    return len(_COUNTED.findall(text))


def check_summary(summary: str, source: str, *, max_words: int | None = None) -> Verdict:
    """Check ``summary`` against ``source`` (and ``max_words`` when given)."""
    problems = []
    if not summary.strip():
        problems.append("empty summary")
    count = word_count(summary)
    if max_words is not None and count > max_words:
        problems.append(f"too long: {count} words, at most {max_words} asked")
    problems += [f"repeated sentence: {opening(r)}" for r in repeated_sentences(summary, source)]
    problems += [f"invented number: {n}" for n in new_numbers(summary, source)]
    problems += [f"invented name: {n}" for n in new_names(summary, source)]
    problems += [f"currency changed: {c} is not in the text" for c in new_currencies(summary, source)]
    problems += [f"amount changed: {w} is not in the text" for w in changed_scales(summary, source)[0]]
    problems += [f"invented day or month: {w}" for w in changed_dates(summary, source)[0]]
    novel = new_content_words(summary, source)
    allowed = max(1, int(NEW_WORDS_SHARE * len(content_words(summary))))
    if len(novel) > allowed:
        problems.append(f"words the source lacks: {', '.join(novel)}")
    return Verdict(tuple(problems))


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (at ., ! or ? followed by a capital or a digit)."""
    return [s.strip() for s in _SENTENCES.split(text.strip()) if s.strip()]


REPEAT_SIMILARITY = 0.9
"""Two sentences of an output whose words match this much (difflib's ratio) say the same thing twice
(one word in five different, "closed on Monday" / "closed on Tuesday", is a different sentence)."""


def repeated_sentences(output: str, source: str) -> list[str]:
    """Sentences of ``output`` that repeat an earlier one word for word or nearly ("debido a un piloto" /
    "debido al piloto"), unless ``source`` itself has such a pair: something added, not translated."""
    def repeats(text: str) -> list[str]:
        seen: list[list[str]] = []
        found = []
        for sentence in sentences(text):
            tokens = _COUNTED.findall(sentence.casefold())
            if len(tokens) >= 3 and any(
                    difflib.SequenceMatcher(None, earlier, tokens).ratio() >= REPEAT_SIMILARITY for earlier in seen):
                found.append(sentence)
            seen.append(tokens)
        return found

    return [] if repeats(source) else repeats(output)


def extractive_summary(source: str, max_words: int | None = None) -> str:
    """The source's first sentences that fit within ``max_words`` (all words the source's own).

    When even the first sentence is longer than the limit, it is cut after the last clause (a
    comma, semicolon or colon) that fits, else after ``max_words`` words, and ends with "...".
    """
    parts = sentences(source)
    if not parts:
        return ""
    if max_words is None:
        return " ".join(parts[:2])
    chosen: list[str] = []
    used = 0
    for sentence in parts:
        n = word_count(sentence)
        if used + n > max_words:
            break
        chosen.append(sentence)
        used += n
    if chosen:
        return " ".join(chosen)
    tokens = parts[0].split()
    cut = tokens[:max_words]
    for end in range(len(cut), max(1, max_words // 2), -1):
        if _CLAUSE_END.search(cut[end - 1]):
            cut = cut[:end]
            break
    return " ".join(cut).rstrip(",;:") + "..."
