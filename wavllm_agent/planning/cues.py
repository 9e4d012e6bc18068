"""Cues in one clause of an instruction: how it starts, what it refers to, what it ignores.

All functions take the clause's tokens (see :mod:`wavllm_agent.planning.text`) and scan them once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wavllm_agent.planning.leads import lead_end
from wavllm_agent.planning.lexicon import (
    ACTION_KEYS,
    ACTION_VERBS,
    AUDIO_KEYS,
    AUX,
    COPULAS,
    INFO_VERBS,
    WH,
    WH_RUN_ON,
    by_first_word,
    phrase_at,
    starts_with,
)
from wavllm_agent.planning.text import (
    POLITE_WORDS,
    Token,
    find_language_token,
    stem,
)

__all__ = ["ACTION_KEYS", "ACTION_VERBS", "AUDIO_KEYS", "AUX", "COPULAS", "INFO_VERBS", "WH", "by_first_word",
           "lead_end", "phrase_at", "starts_with"]
"""Names that live in :mod:`~wavllm_agent.planning.lexicon` and :mod:`~wavllm_agent.planning.leads`, kept
importable from here for the modules that read cues."""

_HAS_WORD = re.compile(r"\w")

_KINDNESS_PHRASES = [tuple(f"{ask}be {kind}".split()) for ask in ("would you ", "could you ", "")
                     for kind in ("so kind as to", "kind enough to", "so good as to")]
"""A request's most formal politeness, cut off before the request ("Would you be so kind as to describe ...?")."""
_POLITE_PHRASES = [tuple(p.split()) for p in (
    "can you", "could you", "would you", "will you", "can u", "cn u", "cn you", "i want you to", "i'd like you to",
    "i would like you to", "i want to know", "i'd like to know", "i would like to know",
    "let me know", "do you know", "i need you to", "i wonder", "i'm wondering", "please",
    "i'd like", "i would like", "i want", "i need", "i just need", "i only need", "i just want", "pls", "plz",
    "i want you", "i need you", "i need to know", "i'd love to know", "i'd love you to", "please you", "you please",
    "please to", "can i get", "could i get", "can i have", "could i have", "may i have", "can we get", "could we get",
    "can we have", "could we have", "let me get", "let have", "let get", "let us have",  # ("lemme": "let")
    "i'm curious", "i am curious", "im curious", "i'm curious to know", "need to know",
    "i am wanting", "i'm wanting", "im wanting", "i want that you", "i would like that you", "i wish that you",
    "i'm after", "im after", "i am after", "would it be possible to get", "would it be possible to have",
    "any idea", "any ideas", "got any idea", "have you any idea", "do you have any idea",
    "my aim is", "my goal is", "my wish is", "my request is", "all i need is", "all i want is", "what i'm after is",
    *(f"{ask} mind telling {who}" for ask in ("would you", "do you", "would u", "could you") for who in ("me", "us")),
    *(" ".join(p) for p in _KINDNESS_PHRASES),
)]

REF_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "your", "its", "my", "said", "same",
                             "resulting", "generated", "previous", "earlier", "ur", "yr"})
REPLY_KEYS = frozenset(stem(w) for w in ("answer", "reply", "response"))
"""What a "what is said?" question gave: "Put your answer in Hungarian." asks for the words in that language."""
GENERIC_REF_NOUNS = frozenset({"text", "result", "results", "output", "response", "above", "version", "copy"})
_GENERIC_REF_KEYS = frozenset(stem(g) for g in GENERIC_REF_NOUNS)
_PRONOUN_FOLLOWERS = frozenset({
    "into", "to", "in", "for", "from", "with", "as", "using", "and", "then", "please", "back", "again",
    "down", "up", "briefly", "so", "but", "or", "by", "too", "also", "afterwards", "now", "concisely",
    "while", "within", "under", "without", "at", "until", "no", "shortly", "here", "written", "typed",
})
_NOT_MODIFIERS = frozenset({"of", "in", "into", "to", "and", "or", "for", "from", "with", "by", "on",
                            "is", "are", "it", "a", "an"})


@dataclass(frozen=True)
class Ref:
    """A reference back to an earlier output: "it", "the summary", "this English summary".

    ``noun`` is the comparison key of the noun ("summary", "transcript", "text"); None for a pronoun.
    ``language``: the language a generic noun names its text by ("the Spanish text"), else None.
    """

    start: int
    end: int
    noun: str | None = None
    language: str | None = None



_POLITE = by_first_word(_POLITE_PHRASES)
_KINDNESS = by_first_word(_KINDNESS_PHRASES)
_POSSIBLE = by_first_word([tuple(p.split()) for p in ("is it possible to", "is possible to", "would it be possible to",
                                                      "is it possible for you to", "is possible for you to")])
"""Politeness only before a request's verb ("Is it possible to write what he says?")."""
_WRITE_VERBS = frozenset({"write", "tell", "give", "make", "put", "say", "type"})



def wonders(tokens: list[Token], j: int) -> bool:
    """"I'm curious whether ...", "I wonder if ...", "I'd like to know how many ...": a question asked politely."""
    k = request_start(tokens, j) if j < len(tokens) and tokens[j].low in ("i", "i'm", "im", "i'd") else j
    return j < k < len(tokens) and (tokens[k].low in ("whether", "if") or tokens[k].low in WH)


def request_start(tokens: list[Token], i: int) -> int:
    """Index after politeness ("can you", "please", "I'd like you to")."""
    while i < len(tokens):
        matched = phrase_at(tokens, i, _POLITE)
        if matched is None and tokens[i].low in ("you", "u") and i + 1 < len(tokens) \
                and (tokens[i + 1].key in ACTION_KEYS or tokens[i + 1].low in ("write", "make", "tell", "give", "say")):
            matched = (tokens[i].low,)  # "please you write what man say": a request, in learner's English
        if matched is None and (i == 0 or tokens[i - 1].low in ("please", "pls", "plz", "kindly")) \
                and tuple(t.low for t in tokens[i:i + 2]) in (("you", "can"), ("u", "can"), ("you", "could")) \
                and i + 2 < len(tokens) and (tokens[i + 2].key in ACTION_KEYS or tokens[i + 2].low in ("write", "make")):
            matched = (tokens[i].low, tokens[i + 1].low)  # "Please you can write what the coach say", learner's English
        if matched is None and (possible := phrase_at(tokens, i, _POSSIBLE)) is not None and i + len(possible) < len(tokens) \
                and (tokens[i + len(possible)].key in ACTION_KEYS or tokens[i + len(possible)].low in _WRITE_VERBS):
            matched = possible  # "Is possible to write for me what the lady tell?" (not "Is it possible to park there?")
        if matched is None and tokens[i].low in ("can", "could") and i > 1 and tokens[i - 1].low in ("you", "u") \
                and tokens[i - 2].low in ("please", "pls", "plz", "kindly") and i + 1 < len(tokens) \
                and (tokens[i + 1].key in ACTION_KEYS or tokens[i + 1].low in ("write", "make")):
            matched = (tokens[i].low,)  # the same, after "please you" taken as politeness
        if matched is None and i == 0 and tokens[i].low == "to" and i + 1 < len(tokens) and tokens[i].start > 0 \
                and (tokens[i + 1].key in ACTION_KEYS or tokens[i + 1].low in _WRITE_VERBS) \
                and not any(t.low == "," for t in tokens[i + 2:i + 6]):  # (not "To tell the truth, ...")
            matched = ("to",)  # "... and next to say me which is correct: ...", learner's English
        if matched is None:
            return i
        i += len(matched)
    return i


def kindness_end(tokens: list[Token]) -> int:
    """Index after "Would you be so kind as to" at the start of ``tokens``, else 0."""
    matched = phrase_at(tokens, 0, _KINDNESS) if tokens else None
    return len(matched) if matched is not None and len(matched) < len(tokens) else 0


def polite_request_after_comma(tokens: list[Token]) -> bool:
    """"this podcast is in russian, can u write out what they say": a polite request after the
    user's story, set off by a comma."""
    return request_after_comma(tokens) is not None


def request_after_comma(tokens: list[Token]) -> int | None:
    """Where a polite request after a comma begins (after "so", "and" or "but" and the politeness:
    "she's worried it's too long, so could you please boil it down"), else None."""
    for k, token in enumerate(tokens):
        if token.low == ",":
            start = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].low in ("so", "and", "but"))
            j = request_start(tokens, start)
            if start < j < len(tokens) and tokens[j].is_word:
                return j
    return None


def is_question(tokens: list[Token], i: int = 0) -> bool:
    """A question: ends with "?" or starts with a question word or an auxiliary verb."""
    words = [t for t in tokens[i:] if t.is_word]
    if not words:
        return False
    return any(t.low == "?" for t in tokens[i:]) or words[0].low in WH or words[0].low in AUX \
        or words[0].low in WH_RUN_ON


def is_request(tokens: list[Token], i: int = 0) -> bool:
    """A question, or an imperative that asks for information ("tell me", "identify", "list")."""
    j = request_start(tokens, lead_end(tokens, i))
    if j >= len(tokens):
        return False
    topic = next((k for k in range(j, min(len(tokens), j + 11)) if tokens[k].low == ":"), None)
    after = topic + 1 if topic is not None else len(tokens)
    if after + 1 < len(tokens) and tokens[after].low in ("-", "–", "—"):
        after += 1  # "Horse fair clip: - how many horses were sold - ...": a dashed list after the label
    if topic is not None and after < len(tokens) and all(t.is_word or t.low in "()" for t in tokens[j:topic]) \
            and tokens[after].low in WH | AUX | INFO_VERBS:
        j = after  # "Choir rehearsal recording: what hymn are they practising", "Ferry trip: tell me ..."
    return is_question(tokens, j) or tokens[j].low in INFO_VERBS or (
        tokens[j].low in ("if", "whether") and j > 0 and tokens[j - 1].low in ("know", "me", "us"))  # "let me know if"


STORY_NOUNS = frozenset(stem(w) for w in ("story", "tale", "narrative", "plot", "saga", "yarn", "fable",
                                          "commentary", "adventure", "legend", "myth", "folktale", "fairytale",
                                          "anecdote", "parable"))
"""Stems of words for a story ("the tale", "the saga"), for a continuation."""


def word_count(tokens: Iterable[Token]) -> int:
    return sum(1 for t in tokens if t.is_word)


_LIST_NOUNS = frozenset({"following", "steps", "tasks", "things"})
_FEW = frozenset({"two", "three", "four", "five", "few", "several", "some", "2", "3", "4", "5"})


def introduces_list(tokens: list[Token]) -> bool:
    """A short clause that announces the requests after it: "Please do the following.", "Three things"."""
    if len(tokens) > 80:
        return False  # at most thirteen words (ten besides fillers) and their marks: not a long clause
    words = [t.low for t in tokens if t.is_word]
    if 0 < len(words) <= 6 and (words[-1] in _LIST_NOUNS or words[-2:] in (["do", "this"], ["do", "these"])):
        return True
    counted = next((k for k, w in enumerate(words[:5]) if w in _LIST_NOUNS and k > 0 and words[k - 1] in _FEW), None)
    if counted is not None and not any(t.low == ":" for t in tokens):  # "Do three things with the salon voicemail."
        rest = words[counted + 1:]
        return not rest or (rest[0] in ("with", "for", "on", "about", "regarding") and len(rest) <= 7)
    helped = [w for w in words if w not in ("please", "pls", "plz", "to", "can", "could", "you", "u")]
    if helped[:3] in (["help", "me", "with"], ["help", "us", "with"]) and len(helped) <= 10 \
            and any(t.low == ":" for t in tokens):
        return True  # "Please to help me with the hot-air balloon briefing: first ..."
    # "Please do three things with the lifeguard training clip: first": the list noun, what it works on, an ordinal
    at = next((k for k, w in enumerate(words[:5]) if w in _LIST_NOUNS), None)
    if at is None or not any(t.low == ":" for t in tokens):
        return False
    rest = words[at + 1:]
    if rest and rest[-1] in ("first", "firstly"):
        rest = rest[:-1]
    if rest[-2:] == ["in", "order"]:
        rest = rest[:-2]  # "Three things, in order: ..."
    return not rest or (rest[0] in ("with", "for", "on", "about", "regarding", "from", "of") and len(rest) <= 6)


_GIVEN_WORDS = frozenset({"words", "lines", "sentences"})
"""After "those" / "these", words an earlier step gave ("a summary of those words")."""


def find_refs(tokens: list[Token], nouns: frozenset[str], *, skip: tuple[int, int] | None = None) -> list[Ref]:
    """References back to an earlier output: pronouns ("summarise it") and "the/this/your NOUN"
    where NOUN is one of ``nouns`` (comparison keys) or a generic one ("the text", "the result").
    """
    refs: list[Ref] = []
    n = len(tokens)
    generic = _GENERIC_REF_KEYS
    for i, tok in enumerate(tokens):
        if skip and skip[0] <= i < skip[1]:
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        pronoun_like = nxt is None or not nxt.is_word or nxt.low in _PRONOUN_FOLLOWERS
        if (tok.low in ("it", "them") or tok.low in ("those", "these") and i > 0 and tokens[i - 1].low in _HAVE_VERBS and (
                nxt is None or nxt.low not in ("in", "into", "to") or i + 2 < n and find_language_token(tokens[i + 2])
                and (i + 3 == n or not tokens[i + 3].is_word or tokens[i + 3].low in POLITE_WORDS))) and pronoun_like:
            refs.append(Ref(i, i + 1))  # ("— could I have those in Greek?"; not "can I get those in Thai restaurants?")
        elif i == 0 and tok.key in nouns and nxt is not None and nxt.low in _DONE_TO:
            refs.append(Ref(0, 1, tok.key))  # "summary translated to Russian" (an item in a list)
        elif i > 0 and tok.key in nouns and (tokens[i - 1].key in ACTION_KEYS or i > 1 and tokens[i - 1].low == "of"
                                             and tokens[i - 2].key in nouns and tokens[i - 2].key != tok.key) \
                and not tokens[i - 1].low.endswith(("'s", "s'", "’s")) and (nxt is None or not nxt.is_word or nxt.low in ("to", "into", "in", "and", "then")):
            refs.append(Ref(i, i + 1, tok.key))  # "then translate transcript to russian", "the translation of summary in
            # German": the article left out
        elif tok.low in ("those", "these") and nxt is not None and nxt.low in _GIVEN_WORDS:
            refs.append(Ref(i, i + 2))  # "a summary of those words": the words just given
        elif tok.low in ("those", "these") and nxt is not None and find_language_token(nxt) is not None \
                and i + 2 < n and tokens[i + 2].low in _GIVEN_WORDS:
            refs.append(Ref(i, i + 3))  # "then those Finnish words cut down to 20"
        elif tok.low in ("a", "an") and i > 1 and tokens[i - 1].low == "of" and nxt is not None \
                and nxt.key == _TRANSCRIPT_KEY and _TRANSCRIPT_KEY in nouns and tokens[i - 2].key in nouns:
            refs.append(Ref(i, i + 2, _TRANSCRIPT_KEY))  # "Swedish translation of a transcript of the clip"
        elif tok.low in ("the", "that", "this") and nxt is not None and find_language_token(nxt) is not None \
                and (i + 2 == n or not tokens[i + 2].is_word or tokens[i + 2].low in _AFTER_TEXT_REF) \
                and not (i + 3 < n and tokens[i + 2].low in ("to", "into", "and") and find_language_token(tokens[i + 3])):
            refs.append(Ref(i, i + 2, LANGUAGE_TEXT, find_language_token(nxt)))  # "shorten the Arabic to 30 words"
            # (not "from the English to French", "the Spanish and French parts")
        elif tok.low == "the" and nxt is not None and nxt.low == "same" and i + 2 < n and tokens[i + 2].low in _CUT:
            refs.append(Ref(i, i + 2))  # "then the same cut down to ten words": the text just made (not "the same
            # into German": the same request again)
        elif tok.low in ("what", "whatever") and _you_wrote(tokens[i + 1:i + 4]):
            refs.append(Ref(i, i + 1 + _you_wrote(tokens[i + 1:i + 4]), "text"))  # "whatever you wrote": a text made
        elif tok.low in REF_DETERMINERS:
            noun = _noun_after(tokens, i, nouns, generic)
            if noun is not None:
                refs.append(noun)
            elif tok.low in ("this", "that") and pronoun_like:
                refs.append(Ref(i, i + 1))
    return refs


_HAVE_VERBS = frozenset({"have", "get", "see", "want", "need", "give", "put", "send"})


def _you_wrote(words: list[Token]) -> int:
    """"you wrote", "you've written", "you just wrote": how many words say it, else 0."""
    lows = [t.low for t in words]
    for size, form in ((2, ["you", "wrote"]), (3, ["you", "just", "wrote"]), (3, ["you", "have", "written"]),
                       (2, ["you've", "written"])):
        if lows[:size] == form:
            return size
    return 0


_AFTER_TEXT_REF = frozenset({"to", "into", "down", "and", "then", "cut", "trimmed", "boiled", "again", "too"})
"""After "the Arabic", words that leave it a text made before ("shorten the Arabic to 30 words")."""
LANGUAGE_TEXT = "language text"
"""The noun of "the Arabic" named as a text: the text an earlier step made in that language, if one did."""
_DONE_TO = frozenset({"translated", "summarised", "summarized", "rendered", "converted", "turned", "put", "shortened",
                      "condensed"})


def _read_out_after(tokens: list[Token], k: int) -> bool:
    """"as read out", "as announced", "read out": at ``k``, words saying the thing before was spoken, then a language
    set off by a comma or a dash (", in Japanese"; "as read out in Japanese" may be an earlier step's results)."""
    words = [t.low for t in tokens[k:k + 3]]
    words = words[1:] if words[:1] == ["as"] else words
    spoken = bool(words) and (words[0] in ("announced", "recited", "called") or words[:2] in (["read", "out"],
                                                                                            ["read", "aloud"]))
    return spoken and any(tokens[m].low in (",", "-", "–", "—") and tokens[m + 1].low == "in"
                          for m in range(k, len(tokens) - 1))


def written_story(tokens: list[Token], ref: Ref) -> bool:
    """The reference is "that written" before "story" ("keep that written story going"): the transcript only when the
    transcript is the text just made."""
    return ref.end < len(tokens) and tokens[ref.end].low in ("story", "tale") and tokens[ref.end - 1].low in _WRITTEN


def _noun_after(tokens: list[Token], i: int, nouns: frozenset[str], generic: frozenset[str]) -> Ref | None:
    """"the NOUN", "this English NOUN": at most two modifiers between the determiner and the noun (four when they are
    all words: "the egg and spoon race transcript")."""
    sized = i + 4 < len(tokens) and tokens[i + 2].low == "-" and tokens[i + 3].low in ("word", "words") \
        and (tokens[i + 1].low.isdigit() or tokens[i + 1].low in _ROUND_NUMBERS)
    if sized and _SUMMARY_KEY in nouns and (tokens[i + 4].key in generic or tokens[i + 4].key == _SUMMARY_KEY):
        return Ref(i, i + 5, _SUMMARY_KEY)  # "the 25-word version": the summary made to that length
    if i + 1 < len(tokens) and tokens[i + 1].low == "writing" and _TRANSCRIPT_KEY in nouns \
            and (i + 2 == len(tokens) or tokens[i + 2].low not in ("on", "of", "in", "at", "that", "which", "by")):
        return Ref(i, i + 2, WRITING)  # "translate the writing into Polish" (not "the writing on the sign")
    if i + 4 < len(tokens) and tokens[i + 1].low in _WRITTEN and tokens[i + 2].low == "-" \
            and tokens[i + 3].low in ("up", "out") and (tokens[i + 4].key in generic or tokens[i + 4].key in nouns) \
            and _TRANSCRIPT_KEY in nouns:
        return Ref(i, i + 5, _TRANSCRIPT_KEY)  # "the typed-up text": the transcript
    for j in range(i + 1, min(len(tokens), i + 6)):
        cand = tokens[j]
        upped = _UP_NOUNS.get(cand.low) if j + 2 < len(tokens) and tokens[j + 1].low == "-" and tokens[j + 2].low == "up" \
            else None
        if upped in nouns or upped == WRITING and _TRANSCRIPT_KEY in nouns:
            return Ref(i, j + 3, upped)  # "the sum-up": the summary; "the write-up": as "the writing"
        if cand.low == "writeup" and _TRANSCRIPT_KEY in nouns:
            return Ref(i, j + 1, WRITING)
        joined = cand.low == "and" and j > i + 1 and j + 1 < len(tokens) and tokens[j + 1].is_word \
            and tokens[j + 1].low not in REF_DETERMINERS | _NOT_MODIFIERS  # "egg and spoon", not "the clip and the ..."
        if not cand.is_word or (cand.low in _NOT_MODIFIERS and not joined):
            return None
        if j >= i + 3 and cand.low == "and" or j >= i + 4 and cand.key not in nouns:
            continue  # beyond two modifiers, only a made output's own noun ("the egg and spoon race transcript")
        if cand.low in ("story", "tale", "words") and any(t.low in _WRITTEN for t in tokens[i + 1:j]) and _TRANSCRIPT_KEY in nouns:
            return Ref(i, j + (cand.low == "words"), _TRANSCRIPT_KEY)  # "keep that written story going": the transcript (the
            # story left to the task); "a Russian version of the written words"
        if cand.key in generic and (_read_out_after(tokens, j + 1) or cand.low == "copy" and tokens[j + 1:j + 2]
                                    and tokens[j + 1].low == "of" or tokens[j - 1].low == "spoken"):
            return None  # "the gooseberry show results as read out": what was said; "the copy of the recording"; "the
            # spoken text": the words
        if cand.key in nouns:
            if cand.key in _SAID_KEYS and any(t.low.endswith(("'s", "s'", "’s")) for t in tokens[i + 1:j]):
                return None  # "the cyclist's answer to the reporter", "the judge's verdict": what they say, not a step's
            return Ref(i, j + 1, cand.key)
        if cand.key in generic:
            between = tokens[i + 1:j]
            if any(t.low in CONDENSED for t in between) and _SUMMARY_KEY in nouns:
                return Ref(i, j + 1, _SUMMARY_KEY)  # "the condensed version": the summary
            if any(t.low in _WRITTEN for t in between) and _TRANSCRIPT_KEY in nouns:
                return Ref(i, j + 1, _TRANSCRIPT_KEY)  # "continue the tale from the written version": the transcript
            if cand.low == "version" and [t.low for t in between] in (["short"], ["headline"]) and _SUMMARY_KEY in nouns:
                return Ref(i, j + 1, _SUMMARY_KEY)  # "that short version": the summary
            named = next((find_language_token(t) for t in between if find_language_token(t)), None)
            return Ref(i, j + 1, "text", named)  # "the Spanish text": the text made in Spanish
    return None


WRITING = "writing"
"""The noun of "the writing": the transcript asked for in writing, else the text made last (see ``StepList``)."""
_ROUND_NUMBERS = frozenset({"five", "ten", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred"})
"""Sizes a summary is named by ("the 25-word version", "the twenty-word summary")."""
CONDENSED = frozenset({"condensed", "shortened", "summarised", "summarized", "abridged"})
_CUT = CONDENSED | frozenset({"cut", "trimmed", "boiled"})
"""After "the same": a text made before, made shorter ("the same cut down to ten words")."""
_SUMMARY_KEY = stem("summary")
_TRANSCRIPT_KEY = stem("transcript")
_WRITTEN = frozenset({"written", "typed"})
_SAID_KEYS = frozenset({stem("answer"), stem("verdict")})
_UP_NOUNS = {"sum": _SUMMARY_KEY, "write": WRITING}


def has_audio_object(tokens: list[Token], skip: set[int]) -> bool:
    """True when the clause names the audio as what to work on ("the recording", "what she says")."""
    if any(t.key in AUDIO_KEYS for i, t in enumerate(tokens) if i not in skip):
        return True
    if any(_names_whole_audio(tokens, k) for k in range(len(tokens) - 1)):
        return True  # "translate the whole thing into French", "translate the show into Japanese"
    # "put what they say into Spanish": "what" and a verb of saying a few words on
    return any(t.low == "what" and any(u.low in _SAY_FORMS for u in tokens[i + 1:i + 4])
               for i, t in enumerate(tokens) if i not in skip)


def _names_whole_audio(tokens: list[Token], k: int) -> bool:
    """"the whole thing", "the show" (not "the show notes"): all of the audio, at ``tokens[k]``."""
    a, b = tokens[k].low, tokens[k + 1].low
    if a in ("whole", "entire") and b in ("thing", "lot", "clip", "bit"):
        return True
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return a in ("the", "this", "that", "whole", "entire") and b in ("show", "programme", "program") \
        and (after is None or not after.is_word or after.low in _PRONOUN_FOLLOWERS)


_SAY_FORMS = frozenset({"say", "says", "said", "speak", "speaks", "tell", "tells", "told"})


IGNORED_OBJECTS = frozenset(stem(w) for w in ("audio", "clip", "recording", "sound", "speech", "file", "track", "tape",
                                               "note", "memo", "voicemail", "message", "attachment"))
"""What "ignore the ..." names when it sets the audio aside (see :mod:`wavllm_agent.planning.ignoring`)."""


_WRITTEN_FORMS = frozenset({"transcript", "transcription", "text", "writing", "form"})
"""After "into": "into a transcript", "into written form" ("written" is skipped before it)."""


def into_writing(tokens: list[Token]) -> bool:
    """"render the Mandarin recording into a written transcript", "render the talk as text": into a transcript, not
    into a language."""
    for k, tok in enumerate(tokens):
        if tok.low in ("into", "as"):
            rest = [t.low for t in tokens[k + 1:k + 4] if t.low not in ("a", "the", "written", "plain")]
            return bool(rest) and rest[0] in _WRITTEN_FORMS
    return False


_MADE_TEXTS = frozenset({"summary", "transcript", "transcription"})


def renders_new_text(tokens: list[Token]) -> str | None:
    """"Please render a summary of the orientation": a new summary (or transcript) to make, not a translation;
    the noun's stem, else None. Not "render the gist in Italian" (a summary made before, translated)."""
    for k in range(len(tokens) - 2):
        if tokens[k].low == "render" and tokens[k + 1].low in ("a", "an"):
            m = k + 2
            while m < min(len(tokens) - 1, k + 6) and (tokens[m].low.isdigit() or tokens[m].low in _SIZING):
                m += 1  # "render a 45-word summary", "render a short summary"
            if tokens[m].low in _MADE_TEXTS:
                return stem(tokens[m].low)
    return None


_SIZING = frozenset({"-", "word", "words", "short", "brief", "quick", "concise", "one", "two", "three", "five", "ten",
                     "twenty", "thirty", "fifty"})


def said_again(body: list[Token], source: str) -> bool:
    """A short clause of a language alone after "also" / "as well" ("... into Finnish and also into Swedish"):
    the same text again, not the translation just made (", then into Greek")."""
    before = source[max(0, body[0].start - 14):body[0].start].lower() if body else ""
    bare_and = before.rstrip().endswith(" and") and "then" not in before  # "into Indonesian and into Persian"
    lows = [t.low for t in body[lead_end(body):] if t.is_word]
    same = lows[:2] == ["the", "same"] or lows[:1] == ["same"]  # "..., in Hindi - then the same in Thai."
    again = lows[-2:] == ["as", "well"] or lows[-1:] == ["too"] or (same and lows[2:3] == ["again"])
    # "..., and then a Ukrainian version as well", "..., and the same again in Finnish"
    in_form = [w for w in lows if w not in ("then", "and", "please", "pls")][:1] == ["in"]  # "..., then in Polish"
    return 0 < word_count(body) <= 4 + 2 * again and ("also" in before or "as well" in before or "too" in before
                                                      or "separately" in before or "again" in before or bare_and or same
                                                      or again or in_form)


_TOLD_VERBS = frozenset({"left", "sent", "recorded", "made", "gave", "said", "is", "was", "are", "were", "reads", "read",
                         "speaks", "spoke", "delivers", "delivered", "gives", "announces", "announced", "tells", "told",
                         "presents", "presented", "narrates", "narrated"})
_SUBJECT_STARTS = frozenset({"the", "this", "my", "our", "his", "her", "their", "a", "an"})


def states_what_happened(body: list[Token]) -> bool:
    """"The shop left this message in Dutch.": a statement (a subject, then a verb of telling), not a request."""
    words = [t.low for t in body if t.is_word]
    return bool(words) and words[0] in _SUBJECT_STARTS and any(w in _TOLD_VERBS for w in words[1:6]) \
        and not any(w in ("please", "pls", "plz") for w in words) and not any(t.low == "?" for t in body)


def only_introduces(body: list[Token]) -> bool:
    """"Give me:", "Please do the following.", "then answer the following multiple choice question.": a lead-in to
    what comes next, no request of its own."""
    start = request_start(body, lead_end(body))
    does = [t.low for t in body[start:start + 3]] == ["do", "the", "following"]  # "Please do the following with it."
    return body[-1].low == ":" or introduces_list(body) or ((not is_question(body) or does) and (
        word_count(body) < 3 or any(t.low == "following" for t in body)))
