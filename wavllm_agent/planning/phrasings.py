"""Requests in everyday words that name no task: "could u write it down" (a transcript), "what do u reckon
from her tone?" (the request before, again), "what's the answer?" (to a question the audio asks)."""

from __future__ import annotations

from itertools import islice

from wavllm_agent.planning import brevity
from wavllm_agent.planning.answer_hint import SAY_KEYS
from wavllm_agent.planning.bare_asks import WHAT as _WHAT
from wavllm_agent.planning.bare_asks import just_the_words
from wavllm_agent.planning.cues import ACTION_KEYS, AUDIO_KEYS, WH, lead_end, request_start
from wavllm_agent.planning.declined_verbs import declines_task
from wavllm_agent.planning.said import SAID_NOUNS
from wavllm_agent.planning.text import POLITE_WORDS, Token, find_language_token, stem
from wavllm_agent.planning.word_limits import NUMBER_WORDS, word_limit

_OPINION_VERBS = frozenset({"reckon", "think", "say", "guess", "make"})
_OPINION_TAIL = frozenset({"from", "based", "given", "judging", "going", "of", "by", "on"})


def asks_opinion(tokens: list[Token]) -> bool:
    """"what do u reckon from her tone?", "What do you think?": asks what the model makes of the request
    before, not for anything new."""
    words = [t.low for t in tokens[request_start(tokens, lead_end(tokens)):] if t.is_word]
    if len(words) < 4 or words[0] not in _WHAT or words[1] not in ("do", "would", "d") \
            or words[2] not in ("you", "u", "ya", "ye") or words[3] not in _OPINION_VERBS:
        return False
    tail = words[4:]
    if tail[:2] == ["of", "it"] or tail[:2] == ["of", "that"]:
        tail = tail[2:]
    return not tail or (tail[0] in _OPINION_TAIL and len(tail) <= 6)
_WRITE_VERBS = frozenset({"write", "type", "jot", "note", "copy", "take", "get", "put", "written", "typed"})
_WRITING = frozenset({"writing", "typing", "jotting"})
"""The same verbs as gerunds, a transcript asked for only first in a clause or right after its first "after", "once",
"when" or "before" ("After writing the talk down in full, ...", "... before | typing it up"; not "Skip typing it up",
"Without jotting it down")."""
_PARTICLES = frozenset({"down", "out", "up"})
_AFTER_GERUND = frozenset({"please", "pls", "too", "also", "afterwards", "after", "then", "next", "finally"})
"""All a clause may hold after a first gerund and its particle to ask for a transcript ("typing it up, please", as
split from "... before typing it up"; not "Typing it up is tedious")."""


def _nothing_more(words: list[Token]) -> bool:
    """After the particle of the gerund that opens ``words``: only the words of ``_AFTER_GERUND``."""
    end = next((m for m in range(2, min(len(words), 6)) if words[m].low in _PARTICLES), None)
    return end is not None and all(t.low in _AFTER_GERUND for t in words[end + 1:])
_TOLD = frozenset({"story", "tale", "fable", "speech", "lecture", "sermon", "poem", "announcement", "announcements",
                   "commentary", "interview", "conversation", "briefing", "dialogue", "monologue", "instructions"})
"""What a recording tells, written down as its transcript ("Write the fable down")."""
_WRITTEN_OBJECTS = frozenset({"it", "this", "that", "the", "whole", "thing", "everything", "all", "of", "them", "her",
                              "his", "their"})


def asks_written_out(tokens: list[Token], speech_language: str | None = None, *, alone: bool = False) -> bool:
    """"could u write it down", "Write the talk out afterwards": a transcript asked for with a verb and its
    particle apart. Not with a language ("write it down in French" translates what came before), unless
    the clause asks for someone's words in the language they speak (``speech_language``): "The
    instructor speaks Thai. I need her words written down in Thai"."""
    words = [t for t in tokens if t.is_word]
    own = speech_language if any(t.low == "words" for t in words) else None
    if _text_of_it(tokens, speech_language) or _in_text_form(words) or _as_spoken(words) \
            or (alone and just_the_words(tokens)):
        return True
    lows = [t.low for t in words[lead_end(words):]]
    lows = lows[1:] if lows[:1] in (["you"], ["u"]) else lows
    if len(lows) >= 2 and lows[0] in ("write", "type") and all(w in _WRITTEN_OBJECTS for w in lows[1:]) \
            and any(w in ("all", "everything", "whole") for w in lows[1:]):
        return True  # "first you write it all", "type everything"
    for k, tok in enumerate(words):
        gerund = tok.low in _WRITING and (k == 1 and words[0].low in ("after", "once", "when", "before") or k == 0
                                          and _nothing_more(words) and tokens[-1].low != "?")
        if tok.low not in _WRITE_VERBS and not gerund or any(find_language_token(t) not in (None, own) for t in words[k:]):
            continue
        if tok.low in ("written", "typed") and words[k + 1:k + 2] and words[k + 1].low in _PARTICLES:
            return True  # "I need it written out"
        for m in range(k + 2, min(len(words), k + 6)):
            if words[m].low in _PARTICLES:
                between = words[k + 1:m]
                if all(t.low in _WRITTEN_OBJECTS or t.key in AUDIO_KEYS for t in between):
                    return True
                if len(between) >= 2 and between[0].low in ("the", "this", "that", "his", "her", "their") \
                        and (between[-1].key in AUDIO_KEYS or between[-1].low in _TOLD):
                    return True  # "Write the fabric shop clip down", "Write the fable down"
                break
    return False


def written_in_language(tokens: list[Token]) -> bool:
    """"Write it down in French", "I need it written down in French": words written out in a language, a request of
    its own (the speech or an earlier text in that language; :func:`asks_written_out` leaves the language to the
    clause)."""
    words = [t for t in tokens if t.is_word]
    while words and words[-1].low in POLITE_WORDS:
        words = words[:-1]  # "Write it down in Swedish please."
    return len(words) >= 4 and words[-2].low == "in" and find_language_token(words[-1]) is not None \
        and asks_written_out(words[:-2])


_TEXT_VERBS = frozenset({"make", "give", "write", "send", "get", "produce", "prepare", "type", "need", "want", "gimme"})
_LAUGHS = frozenset({"lol", "haha", "lmao", "thx", "ty"})
_WHOLE = frozenset({"full", "whole", "complete", "entire", "exact", "all"})


def _text_of_it(tokens: list[Token], speech_language: str | None) -> bool:
    """"I want you make the text of it", "give me the full text of this", "I need the writing of this
    speech, it is in Tagalog": the words of the audio, written (in no language but the speech's own)."""
    for k, tok in enumerate(tokens):
        if tok.low not in _TEXT_VERBS:
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].low in (",", ";", ".", "!", "?")), len(tokens))
        rest = [t.low for t in tokens[k + 1:min(end, k + 7)] if t.is_word and t.low not in ("me", "us", "the", "a")
                and t.low not in _WHOLE and t.low not in POLITE_WORDS]
        if rest[:1] == ["words"] and rest[1:] in ([], ["in", "text"], ["in", "writing"], ["down"], ["out"]):
            return True  # "please write me the words in text"
        spoken = next((m for m in range(k + 4, end) if tokens[m].key in SAY_KEYS
                       or tokens[m].low in ("speaking", "talking", "saying")), None)
        if rest[:3] in (["writing", "of", "what"], ["text", "of", "what"]) and spoken is not None \
                and all(not t.is_word or t.low in POLITE_WORDS for t in tokens[spoken + 1:]):
            return True  # "you make the writing of what the puppeteer is speaking" (nothing after)
        if tok.low in ("get", "write") and rest[-2:] in (["text", "down"], ["transcript", "down"]) and len(rest) <= 6 \
                and all(w.isalpha() or "-" in w for w in rest):
            return True  # "Get the snail race text down"
        while rest and rest[-1] in _LAUGHS:
            rest = rest[:-1]  # "... of this paddock vid lol"
        bracket = next((j for j in range(k + 1, end) if tokens[j].low == "("), end)  # "(German speaker, ...)"
        if bracket < end:
            rest = [t.low for t in tokens[k + 1:min(bracket, k + 7)] if t.is_word and t.low not in ("me", "us", "the", "a")
                    and t.low not in _WHOLE and t.low not in POLITE_WORDS]
        if 2 <= len(rest) <= 5 and rest[-1] in ("text", "txt") and stem(rest[-2].removesuffix("'s").removesuffix("’s")) in AUDIO_KEYS \
                and all(w.replace("'", "").replace("’", "").replace("-", "").isalpha() for w in rest) \
                and not any(find_language_token(t) not in (None, speech_language) for t in tokens[k:bracket]):
            return True  # "Get me the foam roller podcast's text", "I need the clip text"
        if rest[:2] in (["text", "of"], ["txt", "of"], ["writing", "of"], ["text", "from"], ["txt", "from"]) \
                and len(rest) in (3, 4, 5) \
                and rest[2] in ("it", "this", "that") and (len(rest) == 3 or stem(rest[-1]) in AUDIO_KEYS) \
                and not any(find_language_token(t) not in (None, speech_language) for t in tokens):
            return True
    return False


_TEXT_FORMS = (("in", "text", "form"), ("in", "written", "form"), ("in", "text", "format"), ("as", "text"),
               ("in", "writing"), ("in", "text"), ("as", "a", "text"), ("in", "words"))


def _asked_for(words: list[Token]) -> bool:
    """"i need the ...", "could I get the ...", "give me the ...", "need this ..." (texting): the words ask for something (not "Did she get the
    message in text form or by phone?", a question about the recording)."""
    lows = [t.low for t in words]
    start = lead_end(words)
    return request_start(words, start) > start or lows[start:start + 1] in (["give"], ["send"], ["get"], ["need"]) \
        or (lows[start:start + 1] in (["could"], ["can"], ["may"]) and lows[start + 1:start + 2] in (["i"], ["we"]))


_AS_SAID = frozenset({"spoken", "said", "narrated", "dictated", "announced", "recited", "heard", "delivered", "sung"})
_SPOKEN_TEXTS = SAID_NOUNS | frozenset({"list", "inventory", "checklist", "recipe", "steps", "notes", "script", "text",
                                        "poem", "verse", "verses", "minutes", "menu", "agenda", "itinerary", "procedure"})


def _as_spoken(words: list[Token]) -> bool:
    """"Give me the tackle box inventory as spoken", "Can I get the recipe exactly as it was said?": a text (a list, a
    talk, the recording) asked for in the words it was spoken in (not a detail: "Give me the gate number as announced";
    no language named: "..., as spoken, in French" is a translation)."""
    lows = [t.low for t in words if t.low not in ("please", "pls", "plz")]
    lows = lows[:-1] if lows[-2:-1] == ["read"] and lows[-1:] == ["out"] else lows  # "as it was read out"
    lows[-1:] = ["said"] if lows[-1:] == ["read"] else lows[-1:]
    as_at = len(lows) - 2 - 2 * (lows[-3:-1] in (["it", "was"], ["they", "were"]))  # "as it was spoken"
    if as_at < 3 or lows[as_at] != "as" or lows[-1] not in _AS_SAID or not _asked_for(words) \
            or any(t.low in WH or find_language_token(t) for t in words):
        return False
    head = as_at - 1 - (lows[as_at - 1] in ("exactly", "just", "precisely"))
    return lows[head] in _SPOKEN_TEXTS or words[head].key in AUDIO_KEYS if head < len(words) else False


def _in_text_form(words: list[Token]) -> bool:
    """"i need the courier depot briefing in text form": the recording itself, asked for as text."""
    lows = [t.low for t in words]
    if not _asked_for(words):
        return False
    for k, tok in enumerate(words):
        named = tok.key in AUDIO_KEYS or (tok.low in SAID_NOUNS and k > 0 and words[k - 1].low.endswith(("'s", "s'", "’s"))) \
            or (tok.low in ("this", "it") and k > 0 and lows[k - 1] in ("need", "want", "get"))  # "need this in words"
        if named and any(tuple(lows[k + 1:k + 1 + len(f)]) == f for f in _TEXT_FORMS):  # "the guide's explanation in text"
            return not any(find_language_token(t) for t in words)
    return False


def asks_for_the_answer(tokens: list[Token]) -> bool:
    """"what's the answer?", "What is the answer to it?": the answer to a question the clause before names,
    or the words before a comma ("teacher is asking one question, please you give the answer of it")."""
    starts = [request_start(tokens, lead_end(tokens))] + [
        j for k, t in enumerate(tokens[:-1]) if t.low in (",", "-", "–", "—") and ((j := request_start(tokens, k + 1)) > k + 1
                                                                   or tokens[k + 1].low in _GIVING | {"what"})]
    return any(_the_answer(tokens[start:]) for start in starts)


_GIVING = frozenset({"give", "tell", "provide", "supply", "find"})


def _the_answer(tokens: list[Token]) -> bool:
    words = list(islice((t.low for t in tokens if t.is_word), 9))  # (more than 8 words never ask this)
    if words[:1] and words[0] in _GIVING and words[1:2] in (["me"], ["us"]):
        words = [words[0], *words[2:]]
    if words[:1] and words[0] in _GIVING and words[1:3] == ["the", "answer"]:
        words = ["what", "is", *words[1:]]  # "give me the answer to it", "kindly provide the answer to it"
    if words[:4] != ["what", "is", "the", "answer"]:
        return False
    rest = words[4:]
    # ("the answer of it", "the answer for it": learners' English)
    return not rest or (len(rest) in (2, 3) and rest[0] in ("to", "of", "for")
                        and rest[1:] in (["it"], ["that"], ["this"], ["the", "question"]))


_DECLINE_ENDS = frozenset({"needed", "required", "necessary", "wanted"}) | POLITE_WORDS
_OUTPUT_NOUNS = frozenset({"transcript", "transcription", "summary", "translation", "text"})


def declined_tail(tokens: list[Token]) -> int | None:
    """Where a clause's last part declines an output ("i need the recording in chinese, no transcript
    needed"): the index of the comma (or dash, semicolon) before it, else None."""
    for k, tok in enumerate(tokens):
        if k > 0 and tok.low in (",", ";", "-", "–", "—", "(") and declines_output(tokens[k + 1:]):
            return k
    return None


_GIST_QUESTIONS = (("what", "it", "is", "about"), ("whats", "it", "about"), ("what", "is", "going", "on"),
                   ("whats", "going", "on"), ("whats", "goin", "on"), ("what", "is", "goin", "on"), ("what", "happens"),
                   ("what", "happened"))
_GIST_TAIL = frozenset({"in", "on", "this", "the", "that", "here", "like", "about", "words", "word", "max", "maximum",
                        "or", "less", "fewer", "under", "at", "most", "no", "more", "than", "just", "only", "pls",
                        "please", "short", "brief"})


def _what_it_is_about(words: list[Token]) -> tuple[int, int] | None:
    """"what is the climbing speech about", "what the talk is about": where the question of what the recording (named
    by a noun of its own) is about starts, and its length in words; else None."""
    lows = [t.low for t in words]
    for k in range(min(len(lows), 8)):
        if lows[k] != "what":
            continue
        j = k + 1 + (lows[k + 1:k + 2] == ["is"])
        if lows[j:j + 1] not in (["the"], ["this"], ["that"]):
            continue
        about = next((m for m in range(j + 2, min(len(lows), j + 6)) if lows[m] == "about"), None)
        named = about is not None and any(t.key in AUDIO_KEYS for t in words[j + 1:about])
        if named and all(w.is_word and w.low not in ("of", "and", "who", "that") for w in words[j + 1:about]):
            return k, about + 1 - k
    return None


def gist_in_words(tokens: list[Token], said_only: bool = False) -> bool:
    """"can u tell me whats goin on in this regatta vid in like 10 words": what the whole recording is about, in a
    number of words - a summary (not "What happened to the boat, in 10 words?"); or what is said asked for briefly
    ("What does the guide say, in short?", alone with ``said_only``)."""
    if brevity.said_briefly(tokens):
        return True
    if said_only or word_limit(tokens) is None:
        return False
    words = [t for t in tokens if t.is_word]
    lows = [t.low for t in words]
    at = next(((k, len(q)) for q in _GIST_QUESTIONS for k in range(min(len(lows), 8)) if tuple(lows[k:k + len(q)]) == q),
              None)
    if at is None:
        at = _what_it_is_about(words)
    if at is None:
        return False
    rest = [t for t in words[at[0] + at[1]:] if not t.low.isdigit() and t.low not in NUMBER_WORDS]
    if len(rest) > 2 and rest[0].low in ("in", "on") and rest[1].low in ("this", "the", "that"):
        named = next((k for k in range(2, min(len(rest), 5)) if rest[k].key in AUDIO_KEYS), None)
        rest = rest[named + 1:] if named is not None else rest  # "in this regatta vid": the recording named
    return all(t.low in _GIST_TAIL for t in rest)


def declined_head(tokens: list[Token]) -> int | None:
    """Where the request starts after a first part that declines an output ("No summary, just the
    transcript."): the index after its comma (or dash, semicolon, colon), else None."""
    for k, tok in enumerate(tokens[:14]):
        if tok.low in (",", ";", "-", "–", "—", ":"):
            if k > 1 and asks_more(tokens[k + 1:]) and declines_output(tokens[:k], plainly=True):
                return k + 1 + (k + 2 < len(tokens) and tokens[k + 1].low in ("but", "just"))  # ("No need to ..., but
                # what ...?", "..., just tell me what she wants")
            return None
    return None


_THANKS = POLITE_WORDS | frozenset({"thank", "you", "u", "ty", "cheers", "much", "very", "a", "lot", "so"})


def asks_more(tokens: list[Token]) -> bool:
    """Words that may ask for something, not only thanks ("..., thanks!", "Thank you so much.")."""
    return any(t.is_word and t.low not in _THANKS for t in tokens)


def just_the(tokens: list[Token]) -> bool:
    """"just the gist", "only the transcript": one output named again, alone."""
    words = [t.low for t in tokens if t.is_word and t.low not in POLITE_WORDS]
    return 2 <= len(words) <= 4 and words[0] in ("just", "only") and words[1] in ("the", "a", "its", "their")


def declines_output(tokens: list[Token], *, plainly: bool = False) -> bool:
    """"No transcript in the source language is required.", "no need for a summary", "I don't need a
    transcript": an output the user does not want, not a request for it. ``plainly``: the output named with
    no word that says how ("I don't want a long summary" wants a short one)."""
    if declines_task(tokens[lead_end(tokens):]):
        return True  # "Don't translate it", "no need to summarise the clip"
    words = list(islice((t.low for t in tokens[lead_end(tokens):] if t.is_word), 13))  # 13: enough to say "too long"
    if not 2 <= len(words) <= 12 or not any(w in _OUTPUT_NOUNS for w in words) \
            or any(w in ("longer", "more", "over", "than", "exceeding", "beyond") for w in words):
        return False  # not "No summary longer than 20 words, please."
    first = tokens[lead_end(tokens):lead_end(tokens) + 2]
    if len(words) <= 3 and words[0] in ("no", "not") and words[-1] in _OUTPUT_NOUNS \
            and all(w in ("a", "an", "the", "any") for w in words[1:-1]) and all(t.is_word for t in first):
        return True  # "..., not a summary.", "..., no summary." (not "No, the summary.": a correction)
    if words[0] == "no" and (words[1] in _OUTPUT_NOUNS or words[1:3] in (["need", "for"], ["need", "of"])):
        return words[-1] in _DECLINE_ENDS or words[1] == "need"
    if words[-1] in _DECLINE_ENDS - POLITE_WORDS and len(words) <= 6 and words[-2] in ("not", "isn't", "isnt", "aren't") \
            and any(w in _OUTPUT_NOUNS for w in words[:3]) and not _option_first(tokens):
        return True  # "a transcript is not needed", "transcript not required", "The transcript itself isn't needed."
    for k in range(len(words) - 2):
        if words[k] in ("don't", "dont", "not", "no") and words[k + 1] in ("need", "want", "require"):
            # ("I not need the transcript": learners' English)
            named = words[k + 2 + (words[k + 2] in ("a", "an", "the", "any")):][:1] if plainly else words[k + 2:k + 5]
            return any(w in _OUTPUT_NOUNS for w in named) and words[0] in ("i", "we", "don't", "dont", "do")
    return False


def _option_first(tokens: list[Token]) -> bool:
    """"(B) A translation is not required.", "B. ...": an option of a multiple-choice question, not the user's words."""
    lows = [t.low for t in tokens[:3]]
    return lows[:1] == ["("] and lows[2:3] == [")"] or len(lows) > 1 and len(lows[0]) == 1 and lows[1] in (")", ".")


_LIMITING = frozenset({"keep", "limit", "cap", "restrict", "hold", "trim"})


def limits_summary(tokens: list[Token]) -> bool:
    """"Keep the summary to a dozen words.": the length of a summary asked for before, not a second summary."""
    words = [t.low for t in tokens[lead_end(tokens):] if t.is_word and t.low not in POLITE_WORDS]
    return len(words) >= 5 and words[0] in _LIMITING and words[1] in ("the", "that", "your", "this") \
        and words[2] in ("summary", "gist", "recap", "synopsis") and words[3] in ("to", "under", "below", "within", "at") \
        and all(w in _LIMIT_WORDS or w.isdigit() for w in words[4:])  # (not "... to 20 words in French")


_LIMIT_WORDS = frozenset({"a", "dozen", "words", "word", "max", "maximum", "or", "less", "fewer", "than", "most",
                           "ten", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "five", "twelve"})


def asks_what_they_are(tokens: list[Token]) -> bool:
    """"what are they?", "what was it?": the words just named, asked for again ("The tour announcements - in
    Greek, what are they?"), not a question of its own."""
    words = [t.low for t in tokens[lead_end(tokens):] if t.is_word and t.low not in POLITE_WORDS]
    return len(words) == 3 and words[0] == "what" and words[1] in ("is", "are", "was", "were") \
        and words[2] in ("it", "they", "those", "these", "that")


def asks_what_about(tokens: list[Token]) -> int | None:
    """"tell me in under 20 words what it's about": the index of "what" when the clause asks what the audio is
    about (a gist, when a length is given)."""
    lows = [t.low for t in tokens]
    for k in range(len(lows) - 3):
        if lows[k] not in _WHAT:
            continue
        verb = 2 if lows[k + 1] in ("it", "this", "that") else next(
            (n for n in range(2, 5) if lows[k + 1] in ("the", "this", "that") and k + n < len(lows)
             and lows[k + n] in ("is", "was") and all(t.is_word for t in tokens[k + 1:k + n])), None)
        if verb is not None and k + verb + 1 < len(lows) and lows[k + verb] in ("is", "was") \
                and lows[k + verb + 1] == "about" and (k + verb + 2 == len(lows) or not tokens[k + verb + 2].is_word):
            return k  # "what it's about", "what the class is about"
    return None


_CUT_VERBS = frozenset({"cut", "trim", "pare", "boil", "whittle", "slim"})


def asks_gist(tokens: list[Token]) -> int | None:
    """Where a clause with a word limit asks for a summary without a summary's word: "tell me in 10 words
    what the class is about" (:func:`asks_what_about`), "cut the transcript down to 15 words"."""
    about = asks_what_about(tokens)
    if about is not None:
        return about
    lows = [t.low for t in tokens]
    for k, low in enumerate(lows):
        if low in _CUT_VERBS and "down" in lows[k + 2:k + 5] and all(t.is_word for t in tokens[k:lows.index("down", k)]):
            return k  # "cut the transcript down to 15 words", "trim that down"
        if low in _CUT_VERBS and lows[k + 1:k + 2] in (["the"], ["this"], ["that"]) and lows[k + 2:k + 4] in (
                ["transcript", "to"], ["transcription", "to"]) and not {"first", "last"} & set(lows[k + 4:k + 6]):
            return k  # "cut the transcript to 20 words" (not "... to the first 20 words", "cut the summary to 10 words")
        on = k + 1 + (lows[k + 1:k + 2] in (["max"], ["maximum"], ["tops"]))  # "Fifty words max on the dowsing talk" (alone:
        named = next((m for m in range(on + 1, min(len(tokens), on + 6)) if tokens[m].key in AUDIO_KEYS), None)  # not "Fifty
        if k == 1 and low == "words" and (lows[0].isdigit() or lows[0] in NUMBER_WORDS) and lows[on:on + 1] in (["on"], ["about"]) \
                and named is not None and all(not t.is_word or t.low in POLITE_WORDS for t in tokens[named + 1:]):
            return k  # words on the recording are in French.")
    return None


_CHATTER = frozenset({"hey", "hi", "hello", "so", "ok", "okay", "um", "uh", "well", "yo", "btw", "anyway", "right"})
_SENT_VERBS = frozenset({"left", "sent", "recorded", "forwarded", "made"})
_ASKING_STARTS = frozenset({"what", "wat", "who", "when", "where", "why", "how", "which", "whose", "did", "does", "do",
                            "is", "are", "was", "were", "can", "could", "will", "would", "has", "have", "should"})


def tells_own_story(tokens: list[Token]) -> bool:
    """"hey so my landlord left this msg??", "my landlord left this msg and i think his wife jumps in
    halfway??": the user's own story, question mark or not; it asks nothing the requests after it do not.
    Not "My landlord left this message, did he say when he's coming?" (a question after the comma)."""
    words = [t.low for t in tokens if t.is_word]
    while words and words[0] in _CHATTER:
        words = words[1:]
    if len(words) < 3 or words[0] not in ("my", "our") or not any(w in _SENT_VERBS for w in words[1:5]):
        return False  # "my landlord left this msg", "our choir leader recorded this"
    return not any(a.low in (",", ";", ":", "-") and b.low in _ASKING_STARTS for a, b in zip(tokens, tokens[1:], strict=False))


_FAVOURS = frozenset({("do", "me", "a", "favour"), ("do", "me", "a", "favor"), ("do", "me", "a", "quick", "favour"),
                      ("do", "me", "a", "quick", "favor"), ("help", "me"), ("help", "me", "out"), ("help", "out"),
                      ("help", "me", "with", "something")})


def asks_a_favour(tokens: list[Token]) -> bool:
    """"Could you do me a favour", "can u help me out": politeness before the request, and no request itself."""
    rest = tuple(t.low for t in tokens[request_start(tokens, lead_end(tokens)):] if t.is_word)
    return rest in _FAVOURS


_CORRECTIONS = (("actually",), ("on", "second", "thought"), ("on", "second", "thoughts"), ("scratch", "that"),
                ("forget", "that"), ("forget", "all", "that"), ("change", "of", "plan"), ("change", "of", "plans"),
                ("no", "wait"), ("wait", "no"), ("wait",), ("never", "mind", "that"))
_ONLY = frozenset({"just", "only", "instead"})


def corrects_earlier(tokens: list[Token]) -> bool:
    """"Actually, just transcribe it.", "Scratch that, translate it into French": the clause replaces what
    the user asked for before it. After the correction's words comes a pause or a request verb, and
    after "actually" or "wait", "just", "only" or "instead" and a request verb ("Actually, also summarise
    it" adds a request; "Forget that it's noisy, ..." and "Actually, just to check, ..." correct nothing)."""
    for phrase in _CORRECTIONS:
        if tuple(t.low for t in tokens[:len(phrase)]) != phrase:
            continue
        k = len(phrase)
        paused = k < len(tokens) and tokens[k].low in (",", "-", "–", "—", ":", "!", "...")
        k += paused
        k += k < len(tokens) and tokens[k].low in ("no", "oh")  # "Wait, no, just ..."
        k += k < len(tokens) and tokens[k].low == ","
        if len(phrase) == 1 or phrase == ("no", "wait"):
            if not (k < len(tokens) and tokens[k].low in _ONLY):
                return False
            k += 1
        elif not paused and not (k < len(tokens) and tokens[k].key in ACTION_KEYS):
            return False
        else:
            k += k < len(tokens) and tokens[k].low in _ONLY  # "On second thought, just transcribe it."
        k = request_start(tokens, k)
        return k < len(tokens) and tokens[k].key in ACTION_KEYS
    return False


def made_language(body: list[Token], start: int) -> int | None:
    """"Make the unicycle club recording Italian": "make" (or "turn") the audio, then a language last - where the
    language is, else None."""
    words = [k for k, t in enumerate(body) if t.is_word and t.low not in POLITE_WORDS]
    if start >= len(body) or body[start].low not in ("make", "turn") or len(words) < 3 or words[-1] <= start + 1:
        return None
    last = words[-1]
    named = [t for t in body[start + 1:last] if t.low not in POLITE_WORDS]
    if find_language_token(body[last]) is None or not any(t.key in AUDIO_KEYS for t in named) \
            or any(not t.is_word for t in named):
        return None
    return last
