"""Where an instruction says to set the audio aside ("ignore the audio clip", "without listening to the
recording", "never mind the tape") and what is left of the clause without those words."""

from __future__ import annotations

import re

from wavllm_agent.planning.cues import (
    ACTION_KEYS,
    IGNORED_OBJECTS,
    WH,
    is_request,
    lead_end,
    request_start,
    starts_with,
)
from wavllm_agent.planning.text import Token, find_language_token, stem, tokenize

_HAS_WORD = re.compile(r"\w")
_NOT_RELEVANT = re.compile(r"^\s*(?:it'?s|it is|that'?s)\s+(?:not relevant|irrelevant|not needed|not important)[\s.,;!]*",
                           re.IGNORECASE)
_IGNORE_FILLER = frozenset({"the", "this", "that", "any", "given", "provided", "attached", "whole",
                            "entire", "accompanying", "input", "my", "our", "your", "content", "contents",
                            "of", "about", "actual", "above", "audio", "voice"})
_IGNORE_AFTER = frozenset({"itself", "clip", "file", "content", "completely", "entirely", "altogether",
                           "totally", "fully", "here", "lol", "haha", "pls", "plz", "please", "attached"})
_IGNORE_TAILS = [tuple(p.split()) for p in (
    "for this one", "for this question", "for this task", "for this time", "this time", "for now", "for once",
    "for this request", "for this", "for a moment", "for a second", "for a minute", "for a bit", "at all", "for a sec",
    "for a while",
    "for the moment", "for the time being", "i attached", "i've attached", "i have attached", "i sent", "i uploaded",
    "i shared")]
_NEED_SUBJECTS = frozenset({"you", "there", "is", "'s", "really", "there's"})
_NEGATIONS = frozenset({"don't", "dont", "not", "never", "without", "no"})
_NEGATION_ADVERBS = frozenset({"even", "really", "actually", "ever"})
_NEGATED_VERBS = frozenset({"use", "using", "consider", "need", "listen", "pay", "look", "refer", "rely",
                            "attend", "focus", "base", "bother", "worry"})
_NEGATED_FILLER = frozenset({"no", "any", "attention", "heed", "to", "on", "at", "it", "your", "answer", "with", "about",
                             "worry", "listen", "play", "check", "look", "consult", "hear", "listening", "playing", "checking",
                             "looking", "hearing", "using"})
_IGNORE_VERBS = frozenset({"ignore", "ignoring", "disregard", "disregarding", "forget", "forgetting", "skip", "skipping",
                           "ignor", "ingore", "ignroe", "igonre", "disregrad"})  # and as typed in a hurry
_SKIPPED_THINGS = frozenset({"rock", "rocks", "stone", "stones", "pebble", "pebbles", "rope", "ropes"})
"""Before "skipping" in the name of a sport ("the rock skipping clip", "rope skipping audio"), not ignoring the audio."""
_WITHOUT_VERBS = frozenset({"listening", "using", "hearing", "considering", "referring", "looking",
                            "relying", "reference", "regard", "checking", "playing"})
_ASIDE_VERBS = frozenset({"setting", "set", "putting", "put", "leaving", "leave", "laying", "lay"})
_SIDE_TAILS = (("to", "one", "side"), ("to", "the", "side"), ("to", "a", "side"), ("out", "of", "it"),
               ("out", "of", "this"), ("out",))
_OF_WORDS = frozenset({"regardless", "irrespective", "independent", "independently", "instead"})


_BARE_OBJECTS = frozenset({"it", "anything", "this", "that"})
"""The audio named without a noun: "no need to listen to it", "No need to listen to anything.", "No need to
listen to this." (then a full stop, a comma or "just")."""
_AFTER_BARE = frozenset({",", ";", ":", ".", "-", "–", "—", "just"})
"""What follows the audio named without a noun ("No need to listen to anything: what's a good recipe?")."""
_LISTENING = frozenset({"listen", "listening", "hear", "hearing", "play", "playing"})
"""Listening named without its object: "Don't bother listening, just explain ..."."""


_NEEDED = ("needed", "required", "necessary")


def _irrelevant_end(tokens: list[Token], i: int) -> int | None:
    """Index after "the audio's irrelevant (here)" / "this clip is not needed" starting at ``i``, else None."""
    lows = [t.low for t in tokens[i:i + 6]]
    if lows[:1] in (["no"], ["there's"], ["theres"], ["there"]):
        return _no_need_end(tokens, i)
    if len(lows) < 3 or lows[0] not in ("the", "this", "my") or tokens[i + 1].key not in IGNORED_OBJECTS:
        return None
    if lows[2:4] in (["doesn't", "matter"], ["doesnt", "matter"]) or lows[2:5] == ["does", "not", "matter"]:
        end = _tail_end(tokens, i + 4 + (lows[3] == "not"))  # "the recording doesn't matter (for this one)"
        end += end < len(tokens) and tokens[end].low in ("here", "anyway", "today")
        after = [t.low for t in tokens[end:end + 5]]
        if after and (after[0] not in (",", ".", ";", ":", "!", "-", "–", "—")
                      or any(w in ("does", "do", "only", "but") for w in after[1:])):
            return None  # "... doesn't matter much", "... doesn't matter, only the second speaker does"
        return end
    joined = lows[1].endswith(("'s", "’s"))  # "The audio's irrelevant"
    if not joined and lows[2] not in ("is", "'s", "isn't", "isnt"):
        return None
    k = 3 - joined
    k += k < len(lows) and lows[k] == "not"
    if k >= len(lows) or lows[k] not in (("relevant", "important", *_NEEDED) if lows[k - 1] in ("not", "isn't", "isnt")
                                         else ("irrelevant", "unimportant")):
        return None
    end = i + k + 1
    end += end < len(tokens) and tokens[end].low in ("here", "anyway", "today", "though")
    return end if lows[k] not in _NEEDED or _nothing_after(tokens, end) else None


_NARROWING = frozenset({"in", "beyond", "after", "before", "until", "past", "except", "apart", "besides", "but",
                        "for", "to", "from", "full", "entire", "complete", "whole"})
"""Words that narrow what is not needed ("isn't needed in full", "for the summary", "No need for the full
recording"): the rest of the audio still is."""
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";"})


def _no_need_end(tokens: list[Token], i: int) -> int | None:
    """"No audio needed, just ...", "There's no need for the recording: ...", "No recording is needed lol, ...": the
    index after it, when it opens a sentence (not "Translate this, text only, no audio needed.": no audio back)."""
    if i and tokens[i - 1].low not in _SENTENCE_ENDS:
        return None
    lows = [t.low for t in tokens[i:i + 4]]
    k = i + (1 if lows[0] in ("there's", "theres") else 2 if lows[:2] == ["there", "is"] else 0)
    if k >= len(tokens) or tokens[k].low != "no":
        return None
    k += 1
    if [t.low for t in tokens[k:k + 2]] == ["need", "for"]:
        k += 2
        end = _ignored_object_end(tokens, k)  # "No need for the audio, just ..."
    else:
        end = _ignored_object_end(tokens, k)  # "No audio (file) (is) needed"
        if end is not None and end < len(tokens) and tokens[end].low in ("is", "was"):
            end += 1
        end = end + 1 if end is not None and end < len(tokens) and tokens[end].low in _NEEDED else None
    if end is None or any(t.low in _NARROWING for t in tokens[k:end]):
        return None
    end += end < len(tokens) and tokens[end].low in ("lol", "here", "though", "anyway", "now")
    return end if _nothing_after(tokens, end) else None


def _nothing_after(tokens: list[Token], end: int) -> bool:
    """Nothing that narrows what is not needed follows ``end`` ("The audio isn't needed, ...", "... for this: ...",
    "... not needed so just tell me a joke"; not "The clip isn't needed in full")."""
    if end < len(tokens) and tokens[end].low == "for" and end + 1 < len(tokens) \
            and tokens[end + 1].low in ("this", "it", "that", "now"):
        return True
    return end == len(tokens) or tokens[end].low not in _NARROWING


def span_in_clause(tokens: list[Token], body: list[Token], phrases: list[tuple[str, ...]]) -> tuple[list[Token], tuple[int, int] | None]:
    """The clause's request ``body`` and where it says to ignore the audio (:func:`ignore_span`); the whole clause
    when that is said only in the label cut off before the body ("Unrelated to the file: list five cocktails")."""
    span = ignore_span(body, phrases)
    if span is None and body and tokens and tokens[0].start < body[0].start:
        whole = ignore_span(tokens, phrases)
        if whole is not None and tokens[whole[1] - 1].end <= body[0].start:
            return tokens, whole
    return body, span


def ignore_span(tokens: list[Token], phrases: list[tuple[str, ...]] = ()) -> tuple[int, int] | None:
    """Where the clause says to ignore the audio ("ignore the audio clip", "without listening to
    the recording", "regardless of the audio"), as token indices (end exclusive); else None.

    Ignoring something else ("ignore the background music", "ignoring the introduction") is not
    ignoring the audio.
    """
    n = len(tokens)
    for i, tok in enumerate(tokens):
        end = _irrelevant_end(tokens, i)
        if end is not None:
            return i, end  # "The audio's irrelevant here."
        j = None
        first = i
        if (tok.low in _IGNORE_VERBS or tok.low in ("nvm", "nevermind")) \
                and not (tok.low in ("skip", "skipping") and i > 0 and (tokens[i - 1].low in _SKIPPED_THINGS or i > 1
                         and tokens[i - 1].low == "-" and tokens[i - 2].low in _SKIPPED_THINGS)):
            j = i + 1  # "nvm the audio" (not "the rock skipping clip": a sport)
        elif tok.low == "never" and i + 1 < n and tokens[i + 1].low == "mind":
            j = i + 2  # "never mind the audio"
        elif tok.low == "without":
            j = i + 1
            if j < n and tokens[j].low in _WITHOUT_VERBS:
                j += 1
                if j < n and tokens[j].low in ("to", "at", "on", "of"):
                    j += 1
        elif tok.low in ("pretend", "imagine", "assume", "suppose"):
            k = i + 1 + (i + 1 < n and tokens[i + 1].low == "that")  # "Pretend there's no audio attached"
            if [t.low for t in tokens[k:k + 3]] in (["there", "is", "no"], ["there", "are", "no"], ["there", "was", "no"]):
                j = k + 3
        elif tok.low in _OF_WORDS and i + 1 < n and tokens[i + 1].low == "of":
            j = i + 2
            if tok.low == "instead" and j < n and tokens[j].key not in IGNORED_OBJECTS and tokens[j].low not in _IGNORE_FILLER:
                continue  # "instead of paper clips": a thing named, not "instead of the recording"
        elif tok.low in ("unrelated", "related") and i + 1 < n and tokens[i + 1].low in ("to", "with"):
            j = i + 2  # "unrelated to the audio", "not related to the recording"
            first = i - 1 if tok.low == "related" and i > 0 and tokens[i - 1].low in _NEGATIONS else i
            if tok.low == "related" and first == i:
                continue
        elif tok.low == "about" and i > 0 and tokens[i - 1].low in ("not", "isn't", "isnt", "aren't"):
            j, first = i + 1, i - 1  # "Not about the audio: write a limerick ..."
            first -= first >= 1 and tokens[first].low == "not" and tokens[first - 1].low in ("is", "'s", "one's")
            first -= first >= 2 and tokens[first].low in ("is", "'s") and tokens[first - 1].low in ("one", "question")
            first -= first == 1 and tokens[0].low in ("this", "that", "it")  # "This isn't about the recording: ..."
        elif tok.low == "nothing" and starts_with(tokens, i + 1, ("to", "do", "with")):
            j = i + 4  # "this has nothing to do with the audio"
            first = i - 2 if i >= 2 and tokens[i - 1].low in ("has", "have") and tokens[i - 2].low in ("this", "it") else i
        elif tok.low in _ASIDE_VERBS and i + 1 < n and tokens[i + 1].low == "aside":
            j = i + 2
        elif tok.low in _ASIDE_VERBS:  # "putting the audio aside", "leaving the recording aside"
            end = _ignored_object_end(tokens, i + 1)
            if end is not None and end < n and tokens[end].low == "aside":
                return i, _tail_end(tokens, end + 1)  # "... aside for a minute"
            for tail in _SIDE_TAILS:  # "leaving the recording to one side"
                if end is not None and starts_with(tokens, end, tail):
                    return i, end + len(tail)
        elif tok.low in _NEGATED_VERBS and ((i > 0 and tokens[i - 1].low in _NEGATIONS)
                                            or (i > 1 and tokens[i - 1].low in _NEGATION_ADVERBS
                                                and tokens[i - 2].low in _NEGATIONS)
                                            or (i + 1 < n and tokens[i + 1].low == "no")):
            # "don't use the audio", "do not listen to the recording", "pay no attention to the clip"
            j = i + 1
            while j < n and j <= i + 3 and tokens[j].low in _NEGATED_FILLER:
                j += 1
            if tokens[i - 1].low in _NEGATION_ADVERBS:
                i -= 1  # "dont even listen to the clip"
            first = i - 1 if i > 0 and tokens[i - 1].low in _NEGATIONS else i
            first = first - 1 if first >= 1 and tokens[first].low == "not" and tokens[first - 1].low == "do" else first
            while first >= 1 and tokens[first - 1].low in _NEED_SUBJECTS and first - 1 >= i - 4:
                first -= 1  # "You don't need to look at ...", "There is no need to check ..."
        if j is None:
            continue
        end = _ignored_object_end(tokens, j)
        if end is not None and any(t.low == "worry" for t in tokens[i:end]) and not _only_reassured(tokens, end):
            continue  # "Don't worry about the audio being noisy, just summarize it": the audio is still used
        j += j < n and tokens[j].low in _BARE_OBJECTS and tokens[j - 1].low in ("to", "at")
        one = j < n and tokens[j].low == "one" and tokens[j - 1].low in ("this", "that") and _general(tokens[j + 1:])
        if end is None and j >= 2 and tokens[j - 1].low in _BARE_OBJECTS and tokens[j - 2].low in ("to", "at") \
                and (j + one >= n or tokens[j + one].low in _AFTER_BARE):
            j += one
            end = j  # "no need to listen to it, just tell me a joke": the audio, named "it"
        if end is None and tokens[j - 1].low in _LISTENING and tokens[i].low in _NEGATED_VERBS \
                and (j >= n or tokens[j].low in _AFTER_BARE):
            end = j  # "Don't bother listening, just explain ...": listening, to nothing named
        if end is not None:
            return first, end
    keys = [t.key for t in tokens]
    for phrase in phrases:
        for i in range(n - len(phrase) + 1):
            if keys[i] == phrase[0] and tuple(keys[i:i + len(phrase)]) == phrase:
                return i, i + len(phrase)
    return None


_STILL_USED = frozenset({"it", "its", "it's", "this", "that", "them", "who", "whom", "speaker", "speakers", "voice", "voices",
                         "mood", "tone", "emotion", "pronunciation", "say", "says", "said", "saying", "speaking", "talking",
                         "speak", "speaks", "talk", "talks"})
"""After "don't worry about the recording", words that still point at the recording ("..., is the speaker nervous?")."""


_ABOUT_THE_AUDIO = frozenset({"it", "its", "it's", "this", "that", "they", "he", "she", "them", "him", "her", "speaker",
                              "speakers", "people", "voice", "voices", "story", "gist", "transcript", "language", "said",
                              "says", "say", "man", "woman", "someone", "anyone"})
_AUDIO_TASK_KEYS = frozenset(stem(w) for w in ("transcribe", "translation", "summary", "count", "identify", "recap", "sum"))
"""(Besides the words above: "it" or "the story" names what a translation or a continuation works on.)"""


def _general(rest: list[Token]) -> bool:
    """After "No need to listen to this one": a request that names nothing of the recording ("— just tell me how a
    sundial works"), not "— just transcribe it", "..., just give me the gist", "...: how many people are talking?"."""
    return not any(t.low in _ABOUT_THE_AUDIO or t.low.startswith(("speaker", "it'")) or t.key in _AUDIO_TASK_KEYS
                   for t in rest)


def _only_reassured(tokens: list[Token], end: int) -> bool:
    """"Don't worry about the recording. Suggest five names ...": the audio named, then a clause mark, and nothing after
    that points back at the audio or asks for a task on it."""
    if end < len(tokens) and tokens[end].is_word:
        return False  # "... about the audio being noisy", "... about the audio too much"
    first = next((t.low for t in tokens[end:] if t.is_word), "")
    if first in ("is", "are", "was", "were", "does", "do", "did"):
        return False  # "Don't worry about the tape; is the baker a man or a woman?": a question about it
    return not any(t.low in _STILL_USED or t.key in _AUDIO_NOUNS or t.low.startswith(_TASK_STEMS) for t in tokens[end:])


_AUDIO_NOUNS = frozenset(stem(w) for w in ("audio", "recording", "clip", "tape", "voicemail", "gist"))
_TASK_STEMS = ("transcri", "translat", "summar", "continu")


_PARTS = frozenset({"first", "second", "third", "last", "final", "other", "next", "previous", "intro", "opening",
                    "closing", "background", "earlier", "later", "old", "new"})
"""Before an audio noun, a part or another recording ("the second clip"), not a name for the one attached."""


_RECORDINGS = frozenset(stem(w) for w in ("audio", "clip", "recording", "file", "tape", "voicemail", "memo"))
"""Nouns that name the whole recording after a label of two or three words ("the rubber duck recording"); not
"sound" or "track" ("the dog barking sound", "the hold music track" are sounds inside it)."""


def _audio_noun_after_label(tokens: list[Token], j: int) -> int | None:
    """Index of the audio's noun after one word naming it from ``j`` ("the erhu clip"), or after two or three
    ("the rubber duck recording", a noun of :data:`_RECORDINGS` only), else None."""
    for k in range(j + 1, min(len(tokens), j + 4)):
        if tokens[k].key in IGNORED_OBJECTS:
            return k if k == j + 1 or tokens[k].key in _RECORDINGS else None
        if not tokens[k].is_word or tokens[k].low in _PARTS or tokens[k].low in _IGNORE_FILLER:
            return None
    return None


def _ignored_object_end(tokens: list[Token], j: int) -> int | None:
    n = len(tokens)
    skipped = 0
    last_object = None
    while j < n and skipped <= 4:
        tok = tokens[j]
        if tok.key in IGNORED_OBJECTS:
            last_object = j + 1
        elif tok.low in _IGNORE_FILLER:
            if last_object is not None and tok.low not in ("content", "contents", "itself"):
                break
        elif tok.low == "what" and j + 2 < n and tokens[j + 1].low == "you" and tokens[j + 2].low.startswith("hear"):
            return j + 3
        elif tok.low in ("whatever", "what") and j + 2 < n and tokens[j + 1].low in ("is", "'s") \
                and tokens[j + 2].low in ("in", "on"):
            j += 3  # "Ignore whatever is in the recording"
            continue
        elif tok.low in ("whatever", "what") and j + 2 < n and tokens[j + 1].low in ("is", "'s", "was", "got") \
                and tokens[j + 2].low in ("recorded", "attached") and (j + 3 == n or not tokens[j + 3].is_word):
            return j + 3  # "Ignoring what's recorded, tell me a joke" (not "... recorded in the background, ...")
        elif tok.is_word and j > 0 and tokens[j - 1].low in _IGNORE_FILLER and tok.low not in _PARTS \
                and (noun := _audio_noun_after_label(tokens, j)) is not None:
            j = noun  # "Disregard the erhu clip entirely", "Set the rubber duck recording aside": a name for the audio
            skipped += 1  # (not "the second clip")
            continue
        else:
            break
        skipped += 1
        j += 1
    if last_object is not None and last_object < n and tokens[last_object].low in _AUDIO_PROPERTIES:
        return None  # "Never mind the audio quality, transcribe it": a property of the audio, not the audio
    while last_object is not None and last_object < n and tokens[last_object].low in _IGNORE_AFTER:
        last_object += 1
    return _tail_end(tokens, last_object) if last_object is not None else None


_AUDIO_PROPERTIES = frozenset({"quality", "volume", "level", "levels", "noise", "hiss", "hum", "static", "crackle",
                               "distortion", "echo", "length", "format", "bitrate", "glitches", "glitch"})


def _tail_end(tokens: list[Token], j: int) -> int:
    """Index after "for this one", "this time", "for now", "for a minute" at ``j``, else ``j``."""
    for tail in _IGNORE_TAILS:
        if starts_with(tokens, j, tail):
            return j + len(tail)
    return j


_LEFT_OVER = frozenset({"this", "that", "it", "the", "question", "request", "one", "is", "'s", "one's"})
"""What "not about the recording" leaves of a label before a colon ("This question is ...:")."""


def request_left(source: str, body: list[Token], span: tuple[int, int]) -> tuple[str, list[Token]]:
    """What a clause that sets the audio aside (``span``) asks for, as text and as tokens without its ordering words
    ("This question is not about the recording: what ...?" -> "what ...?"); ``("", [])`` when nothing is left."""
    rest = without_span(source, body, span)
    if not _HAS_WORD.search(rest):
        return "", []
    tokens = tokenize(rest)
    tokens = tokens[lead_end(tokens):]
    run = next((k for k, t in enumerate(tokens) if t.low not in _LEFT_OVER), len(tokens))
    if 2 <= run < len(tokens) - 1 and tokens[0].low in ("this", "that", "it") \
            and (tokens[run].low in WH or tokens[run].low == ":" or tokens[run - 1].low == "one's"):
        run += tokens[run].low == ":"
        rest = rest[tokens[run].start:]
        tokens = tokenize(rest)
    return rest, tokens


def without_span(source: str, body: list[Token], span: tuple[int, int]) -> str:
    """The clause (``body``, offsets into ``source``) without the tokens of ``span``, tidied at the seam.

    "Ignore the audio clip, what is ...?" -> "what is ...?"; ordering words left at the start go too.
    """
    start, end = body[0].start, body[-1].end
    left = source[start:body[span[0]].start] if span[0] < len(body) else source[start:end]
    right = source[body[span[1] - 1].end:end] if span[1] > 0 else ""
    labelled = left.rstrip().endswith(":") and len(left.split()) <= 4 and _HAS_WORD.search(right) is not None \
        and not any(find_language_token(t) or t.key in ACTION_KEYS or t.low in _CONSTRAINTS for t in tokenize(left))
    # "Staring contest: ignore the audio and ..." (not "In French: ignore the audio and ...", "Write a limerick: ...")
    if left.rstrip().endswith(("(", "[")) and right.lstrip().startswith((")", "]")):
        left, right = left.rstrip()[:-1], right.lstrip()[1:]  # "write a poem (never mind the audio)": no "( )" left
    left = left.rstrip(" \t\r\n,;:-–—")
    right = right.lstrip(" \t\r\n,;:-–—")
    restated = _JUST_SO.fullmatch(right)
    if left and restated and restated.group(1).lower() in left.lower().split():
        right = ""  # "Five fun names for a hamster — nothing to do with the recording, just names."
    if not _HAS_WORD.search(left) or _only_greeting(left) or labelled:  # "Dear assistant, please disregard the audio and ..."
        left, right = "", right.lstrip(" \t\r\n,;:-–—.!")
    if left and right[:1] in (".", "?", "!"):
        text = left + right
    else:
        text = f"{left} {right}".strip()
    text = _NOT_RELEVANT.sub("", text)  # "Disregard the recording, it's not relevant."
    tokens = tokenize(text)
    skip = lead_end(tokens)
    if skip + 1 < len(tokens) and tokens[skip].low == "instead":
        skip = lead_end(tokens, skip + 1)  # "... and instead explain ..."
    return text[tokens[skip].start:] if skip < len(tokens) else ""


_JUST_SO = re.compile(r"(?:just|only)\s+(\w+)\s*[.!]?\s*", re.IGNORECASE)
"""After the audio set aside, the end of a clause that only restates what is asked ("five fun names ..., just names."),
the noun being one of the request's words (not "..., only in Spanish", "just 5 words")."""
_CONSTRAINTS = frozenset({"keep", "short", "brief", "sentence", "sentences", "words", "word", "lines", "max", "maximum"})
"""Words of a label that asks for something ("Keep it short:", "Three sentences:"), not a name."""
_GREETING_WORDS = frozenset({"dear", "hi", "hello", "hey", "there", "assistant", "team", "please", "kindly", "pls",
                             "sir", "madam", "bot", "ai", "good", "morning", "afternoon", "evening", "so", "ok", "okay"})


def _only_greeting(text: str) -> bool:
    """"Dear assistant, please", "Hi there, kindly": a greeting and politeness, asking nothing."""
    words = [t.low for t in tokenize(text) if t.is_word]
    return bool(words) and all(w in _GREETING_WORDS for w in words)


_ASIDES = frozenset({"i", "we", "it", "it's", "its", "this", "that", "that's", "thats"})


_FILLER = _GREETING_WORDS | {"m8", "mate", "bro", "dude", "pal", "lol", "thanks", "thx", "ta", "guys", "folks", "plz",
                             "yeah", "cheers"}
"""A word to the reader, no request ("forget the audio m8.")."""


def is_aside(rest: list[Token]) -> bool:
    """What follows "ignore the audio," is an aside, no request: a reason ("I attached it by mistake") or only a word
    to the reader ("forget the audio m8. write me a haggis recipe"); the request comes in the next clause. Not "I
    just want to know the capital of Peru"."""
    words = [t.low for t in rest if t.is_word]
    if words and all(w in _FILLER for w in words):
        return True
    return bool(rest) and rest[0].low in _ASIDES and request_start(rest, 0) == 0 and not is_request(rest)
