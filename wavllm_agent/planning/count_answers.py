"""A question step that a speaker count after the comma answers: "Who's talking, one person or several?", "Who's on
the kiln podcast, just the host or several guests?", "Was it a single confectioner explaining the figures, or several?"
(see :meth:`wavllm_agent.planning.steps.StepList.count_answers_who`)."""

from __future__ import annotations

import re

from wavllm_agent.planning.people import one_person

_WHO_TALKS = re.compile(r"\s*(?:who(?: all)?(?:'s|’s| is| are|'re)?\s+(?:talking|speaking)\b|whose voices? (?:is|are) (?:this|these|that|those)\b)",
                        re.IGNORECASE)  # "Who's talking, ...", "Whose voices are these, one person's or several?"
_WHO_IS_ON = re.compile(r"\s*who(?: all)?(?:'s|’s| is| was)\s+(?:on|in)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}"
                        r"(?:recording|tape|podcast|clip|audio|call|video|episode|interview|memo|voicemail)\s*$", re.IGNORECASE)
"""Asked before a count set off after it: "Who's on the kiln podcast, just the host or several guests?", "Who all is in
the recording, one voice or several?"."""
_COUNT_OPENERS = frozenset({"just", "only", "one", "1", "a", "single"})
_ONE_OF_THEM = re.compile(r"\s*(?:was|is) it (?:a single|a lone|one|just one|only one)\s+([\w-]+)\s*(\w*)", re.IGNORECASE)
"""Asked before "or several?" after a comma: "Was it a single confectioner explaining the piglet figures, or several?"."""
_TALKING = frozenset({"", "talking", "speaking", "explaining", "describing", "narrating", "presenting", "reading",
                      "teaching", "answering", "asking", "telling", "announcing", "commentating", "demonstrating"})
"""After "was it a single confectioner": nothing, or talk ("explaining the figures"; not "who sold the cakes")."""
_OR_MORE = frozenset({"or", "several", "more", "many", "multiple", "a", "few", "two", "three", "people", "of", "them"})


def answered_by_count(question: str, words: list[str]) -> bool:
    """The question step is what the count after the comma (its ``words``) answers: "Who's talking, one person or
    several?", "Who's on the kiln podcast, just the host or several guests?", "Was it a single confectioner
    explaining the figures, or several?" (not "Who's on the podcast, and how many people speak?": who they are, then
    a count)."""
    if _WHO_TALKS.match(question):
        return True
    if _WHO_IS_ON.match(question):
        return bool(words) and words[0] in _COUNT_OPENERS
    one = _ONE_OF_THEM.match(question)
    return one is not None and one_person(one.group(1).lower()) and one.group(2).lower() in _TALKING \
        and words[:1] == ["or"] and set(words) <= _OR_MORE


_COUNT_OPTION_WORDS = frozenset({"one", "two", "three", "several", "group", "single", "multiple", "more", "many", "few",
                                 "couple", "pair", "alone"})


def counts_offered(question: str) -> bool:
    """"Who is speaking? a) one person b) a group": options that count people, which the speaker check answers (not
    "Who is speaking? a) a baker b) a potter")."""
    options = question.split("?", 1)[1] if "?" in question else question
    return any(word.strip(".,;:()") in _COUNT_OPTION_WORDS for word in options.lower().split())

