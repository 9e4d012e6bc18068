"""A request to do before the one just asked: "Continue the story, but first tell me how many people speak",
"Summarise it, but before that, what mood is the host in?". :mod:`~wavllm_agent.planning.clauses` cuts a clause
before it, and the rule planner moves its steps before those of the clause before
(:meth:`~wavllm_agent.planning.steps.StepList.move_before`). The same move serves a request that says it comes
after the next one: "Before you summarise it, check how many people talk" (:func:`done_after`)."""

from __future__ import annotations

import re

from wavllm_agent.planning import cues, setoff
from wavllm_agent.planning.leads import between_end
from wavllm_agent.planning.lexicon import STORY_WORDS
from wavllm_agent.planning.text import DASHES, POLITE_WORDS, Token, stem

_STARTS = frozenset({"start", "begin", "kick"})
_SUBJECTS = frozenset({"the", "it", "he", "she", "they", "there", "this", "that"})


def before_that(tokens: list[Token], i: int = 0) -> bool:
    """"but first tell me ...", "but tell me first ...", "but before that, transcribe it", ", and before that, say ...",
    "Before that, tell me ...", "after telling me whether ...": a request to do before the one just asked."""
    if i + 2 < len(tokens) and tokens[i].low == "after":
        return _asks_after(tokens, i)  # (the clause cut before it: see telling_first)
    if i + 2 >= len(tokens) or tokens[i].low not in ("but", "and", "before"):
        return False
    if tokens[i].low == "before":  # "Before that, tell me how she sounds", "Before that question, transcribe"
        k = i + 2 + (tokens[i + 2].low == "question") if tokens[i + 1].low in ("that", "this") else i
        k += k < len(tokens) and tokens[k].low == ","
        return i + 1 < k < len(tokens) and tokens[k].key in cues.ACTION_KEYS
    if tokens[i].low == "but" and done_first(tokens, i + 1):
        return True  # "Translate the transcript into Thai, but transcribe it first."
    told = i + 2 + (i + 2 < len(tokens) and tokens[i + 2].low in ("me", "us"))
    if tokens[i].low == "but" and tokens[i + 1].low in ("tell", "say", "check") and told + 1 < len(tokens) \
            and tokens[told].low == "first" and (tokens[told + 1].low in cues.WH or tokens[told + 1].low == "if"):
        return True  # "..., but tell me first if other voices chime in" (not "but give first names only")
    k = i + 1 + 2 * (tokens[i + 1].low == "before" and tokens[i + 2].low == "that")
    k += k < len(tokens) and tokens[k].low == "first"
    if tokens[i].low == "but" and k == i + 1:  # "..., but start by telling me how she feels": a request only
        by = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].low in ("it", "things") and tokens[k + 2].low == "off")
        by += by < len(tokens) and tokens[by].low in ("off", "out")  # ("kick it off by", "start off by")
        if tokens[k].low in _STARTS and by + 1 < len(tokens) and tokens[by].low == "by":
            return tokens[by + 1].key in cues.ACTION_KEYS
    k += k < len(tokens) and tokens[k].low == ","
    if tokens[i].low == "and":  # ", and before that, say whether ...": as "but", with a request only (not "What did he
        return i + 1 < k < len(tokens) and tokens[k].key in cues.ACTION_KEYS  # buy, and before that, where did he go?")
    return i + 1 < k < len(tokens) and (tokens[k].key in cues.ACTION_KEYS or tokens[k].low in cues.WH or (
        tokens[k].low in cues.AUX and k + 1 < len(tokens) and tokens[k + 1].low in _SUBJECTS and setoff.yes_no(tokens, k)
        and not any(t.low in STORY_WORDS for t in tokens)))
    # "but first, is the dowser alone?" (a task of its own; not "He bought bread, but first, is the shop open?", nor
    # "Continue the story: the knight rides out, but first, is the dragon alone?")


_FIRST_TAIL = POLITE_WORDS | {"obviously", "of", "course", "naturally", "though"}


def done_first(tokens: list[Token], k: int) -> bool:
    """"transcribe the cotton bud clip first, obviously": at ``k``, a verb that asks for a transcript, the recording
    (or "it", "this", "that", "out", "down", "up"), and "first" last in its sentence (up to seven words after the verb,
    courtesy and hedge words aside); not "list the names first", "check the spelling first": an order inside the
    output."""
    k += k < len(tokens) and tokens[k].low in ("please", "pls", "just")
    if k >= len(tokens) or tokens[k].key not in _TRANSCRIBING:
        return False
    end = next((m for m in range(k, len(tokens)) if tokens[m].low in (".", "!", "?", ";")), len(tokens))
    words = [t for t in tokens[k + 1:end] if t.is_word and t.low not in _FIRST_TAIL]
    return 2 <= len(words) <= 7 and words[-1].low == "first" and (
        words[-2].low in ("it", "this", "that", "out", "down", "up") or words[-2].key in cues.AUDIO_KEYS)


_TRANSCRIBING = frozenset(stem(w) for w in ("transcribe", "write", "type"))


_TELLING = frozenset({"telling", "letting", "saying"})
"""Gerunds that ask the user be told, before "me" or "us" ("after telling me if ...")."""
_CHECKING = frozenset({"checking", "noting", "stating", "indicating", "confirming"})
"""Gerunds that ask for a check, before "whether" or "if" ("after checking whether one voice narrates it")."""
_TOLD = frozenset({"tell", "told", "let", "say"})
_CHECKED = frozenset({"check", "checked", "note", "state", "confirm", "confirmed", "say"})
"""The same verbs after "after you" ("after you tell me if ...", "after you check whether ...")."""


def telling_first(tokens: list[Token], i: int) -> bool:
    """"Continue the story after telling me if one voice narrates it": after a request (the sentence opens with its
    verb), "after" and a gerund that asks something; the request after "after" comes first (not "What did he do after
    checking the oven?", nor "After you answer, write it out": "you" and a verb)."""
    start = setoff.sentence_start(tokens, i)
    if i == 0 or not tokens[i - 1].is_word or tokens[start].key not in cues.ACTION_KEYS \
            or any(t.low in cues.WH for t in tokens[start:i]):
        return False  # (not "Translate what the chef says after checking whether the oil is hot into Spanish.")
    return i + 2 < len(tokens) and _asks_after(tokens, i)


def _asks_after(tokens: list[Token], i: int) -> bool:
    """At ``i``, "after" and a gerund that asks something ("after telling me if"), with no request of its own after a
    comma (not "After checking who speaks, summarise it.")."""
    k = i + 1
    if tokens[k].low in ("you", "u", "you've", "youve") and k + 2 < len(tokens):
        k += 1  # "after you tell me whether one voice narrates it"
        asks = tokens[k].low in _TOLD and tokens[k + 1].low in ("me", "us") \
            or tokens[k].low in _CHECKED and tokens[k + 1].low in ("whether", "if")
    else:
        asks = tokens[k].low in _TELLING and tokens[k + 1].low in ("me", "us") \
            or tokens[k].low in _CHECKING and tokens[k + 1].low in ("whether", "if")
    return asks and not any(t.low == "," and u.key in cues.ACTION_KEYS for t, u in zip(tokens[k:], tokens[k + 1:], strict=False))


def done_after(tokens: list[Token]) -> bool:
    """"Before you summarise the talk, ...", "Before translating it, ...", "Between that and a translation of it, ...": a
    request to do after the clause that follows it (not "Before the race starts, what does the marshal say?")."""
    words = [t for t in tokens if t.is_word]
    if [t.low for t in words[:3]] in (["between", "that", "and"], ["between", "this", "and"], ["between", "it", "and"]):
        return len(words) > 3  # "Between that and a Spanish translation of it, answer: ...?": the answer goes first
    if len(words) < 2 or words[0].low != "before":
        return False
    k = 1 + (words[1].low in ("you", "u", "we", "i", "ya"))
    return k < len(words) and words[k].key in cues.ACTION_KEYS


def in_between(tokens: list[Token], i: int = 0) -> bool:
    """"but in between answer ...", "and between them answer this — ...": a request to do between the step before
    and the one before that (the rule planner moves it before the clause before, when that clause made one step)."""
    k = i + (i < len(tokens) and tokens[i].low in ("but", "and"))  # (the clause cut keeps "but" / "and")
    return k < len(tokens) and between_end(tokens, k) > k


_PLACING = frozenset({"put", "place", "slot", "fit", "insert", "do", "answer", "ask"})


def puts_between(tokens: list[Token], after: str = "") -> bool:
    """"Put that between a transcript and a mood check.": the request before goes between two named here; the first of
    them (this clause, cut at "and") goes before it. Not when the second (``after``, the text after the clause up to
    its sentence's end) works on a text ("... and a translation into French": it would take the question's answer),
    nor for a length ("Do this between 50 and 80 words.")."""
    words = [t.low for t in tokens if t.is_word]
    rest = re.split(r"[.?!;\n]", after, maxsplit=1)[0].lower()
    return len(words) >= 5 and words[0] in _PLACING and words[1] in ("that", "it", "this") and words[2] == "between" \
        and words[3] in ("a", "an", "the") and not any(t.low == "?" for t in tokens) \
        and not any(w in rest for w in ("translat", "summar", "version", "gist", "recap"))


_DONE_LATER = frozenset({"answer", "ask", "do"})


def answered_after(tokens: list[Token], i: int = 0) -> bool:
    """"Answer that after you transcribe it", "— ask that once you've transcribed it": the question before is answered
    after the request named here, whose steps therefore go first."""
    words = [t for t in tokens[i:] if t.is_word]
    if len(words) < 4 or words[0].low not in _DONE_LATER or words[1].low not in ("that", "it", "this", "them") \
            or words[2].low not in ("after", "once"):
        return False
    k = 3 + (words[3].low in ("you", "u", "we", "i", "you've", "you're"))
    k += k < len(words) and words[k].low in ("have", "'ve", "are", "'re")
    return k < len(words) and words[k].key in cues.ACTION_KEYS


def still_first(gap: str, tokens: list[Token]) -> bool:
    """"Summarise it, but first tell me how she feels and then answer: ...": the clause after a request moved
    first ("and then ...", in the same sentence: ``gap`` is the text between the two clauses) goes first too."""
    return bool(tokens) and tokens[0].low == "then" and not any(c in gap for c in ".;!?\n") \
        and len(tokens) > 1 and tokens[1].key in cues.ACTION_KEYS



def transcript_first(tokens: list[Token]) -> bool:
    """"After the transcript, add how many people speak, ...": a transcript asked for first, named in a lead."""
    lows = [t.low for t in tokens[:5]]
    return len(tokens) > 4 and lows[0] == "after" and lows[1] in ("the", "a", "your") \
        and lows[2] in ("transcript", "transcription") and lows[3] == ","


def done_first_after_dash(tokens: list[Token], i: int) -> bool:
    """"I want a Thai rendering of the transcript — transcribe the clip first, obviously.": a spaced dash at ``i``,
    then a request to do first."""
    return tokens[i].low in DASHES and 0 < i < len(tokens) - 2 and tokens[i].start > tokens[i - 1].end \
        and tokens[i - 1].is_word and done_first(tokens, i + 1)
