"""The words of one clause that make its request: after the ordering words ("First,", "Then"), without
an output the user declines first or at the end ("No summary, ...", ", no transcript needed"), and, when the user's story comes
first, only the polite request after its comma ("she's worried it's too long, so could you please boil
it down to 40 words?": "worried" is no emotion to recognise)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning import brevity, cues, phrasings, said, sentence_ends, sounding, speech_language
from wavllm_agent.planning.declined_verbs import worry_aside
from wavllm_agent.planning.leads import between_outputs_end
from wavllm_agent.planning.said_forms import reader_lead_end
from wavllm_agent.planning.text import POLITE_WORDS, Token

if TYPE_CHECKING:
    from wavllm_agent.planning.vocab import Vocabulary


def request_body(tokens: list[Token], vocab: Vocabulary) -> list[Token]:
    """The clause ``tokens`` cut to its request (see the module's docstring)."""
    body = tokens[brevity.brief_lead(tokens, cues.lead_end(tokens)):]  # (not "Briefly," before what is said)
    if [t.low for t in body[:2]] in (["how", "about"], ["how", "bout"]) and said.asks_what_is_said(body[2:]):
        body = body[2:]  # "how bout the clog guys words in portuguese": the words asked for
    body = body[cues.kindness_end(body):]  # "Would you be so kind as to describe her tone?": the request after it
    if _bulleted_header(body):
        return []  # "Give me a bulleted rundown: • speaker count • ...": the list asks, not its header
    header = next((k for k in range(2, min(len(body) - 1, 12)) if body[k].low == ":"), None)
    if header is not None and all(t.is_word or t.low == "," for t in body[:header]) and _counted_jobs(body[:header]):
        body = body[header + 1:]  # "Bread tin clip, three jobs: - tell me how the baker sounds": the first item
    body = body[reader_lead_end(body):]  # "I read Japanese best, so in Japanese."
    body = body[between_outputs_end(body):]  # "Between the transcript and the continuation, answer this: ..."
    body = _pauses_as_commas(body)  # "the kid's speech... in turkish?" as "the kid's speech, in turkish?"
    body = _bracketed_choices(body)  # "speakers (one? several?)" as "speakers (one or several)"
    aside = worry_aside(body)
    if aside is not None and vocab.matches(body[aside:]):
        body = body[aside:]  # "Don't worry about the background noise, transcribe it."
    declined = phrasings.declined_head(body)
    if declined is not None and (vocab.matches(body[declined:]) or body[declined].low in cues.WH
                                 or cues.is_request(body[declined:])):  # ("No need to summarise, just tell me ...")
        body = body[declined:]  # "no summary, just the transcript", "no need for a transcript, what is the mood?"
    declined = phrasings.declined_tail(body)
    if declined is not None:
        body = body[:declined]  # "i need the recording in chinese, no transcript needed"
    spoken = _as_spoken_tail(body)
    if spoken is not None:
        body = body[:spoken]  # "Arabic, please: the weaver's advice, as she speaks it."
    written = _write_it_tail(body)
    if written is not None:
        body = body[:written]  # "what they say, write it please": the words, written
    wanted = _wanted_tail(body)
    if wanted is not None:
        body = body[:wanted]  # "The seller's pitch in Portuguese is what I'm after.": the thing wanted
    alone = _nothing_else_tail(body)
    if alone is not None:
        body = body[:alone]  # "Hot plate instructions in Arabic, nothing else.": the request before it
    which = _which_one_tail(body)
    if which is not None:
        body = body[:which]  # "cn u gimme the words from this clip, the yoga one thx": which clip, said again
    tag = _opinion_tag(body)
    if tag is not None:
        body = body[:tag]  # "How does the auctioneer sound, would you say?"
    asked = cues.request_after_comma(body)
    if asked is not None and not cues.is_request(body[:asked]) and vocab.matches(body[:asked]) \
            and vocab.matches(body[asked:]) and speech_language.stated_speech_language(body[:asked]) is None:
        body = body[asked:]  # the story before it states no language ("this podcast is in russian, can u ...")
    comma = next((k for k, t in enumerate(body) if t.low == ","), None)
    if comma is not None and comma + 2 < len(body) and speech_language.users_own_skill(body[:comma]):
        body = body[comma + 1 + (body[comma + 1].low == "so"):]  # "I don't speak English well, (so) write what they say"
    remark = _remark_end(body)
    if remark is not None:
        body = body[remark:]  # "the guy sounds so weird, what's his tone??": the question after the remark
    return body


def _remark_end(body: list[Token]) -> int | None:
    """Where a question about how someone sounds starts after a remark and a comma ("omg the guy sounds so weird,
    what's his tone??"), else None; not when the remark asks something itself."""
    comma = next((k for k, t in enumerate(body) if t.low == ","), None)
    if comma is None or comma < 3 or comma + 2 >= len(body) or body[comma + 1].low not in cues.WH \
            or body[-1].low != "?" or cues.is_request(body[:comma]):
        return None
    return comma + 1 if sounding.asks_emotion(body[comma + 1:]) else None


_JOBS = frozenset({"jobs", "tasks", "things", "requests", "steps"})
_FEW = frozenset({"two", "three", "four", "five", "2", "3", "4", "5", "a", "few"})


def _counted_jobs(header: list[Token]) -> bool:
    """"Bread tin clip, three jobs": a header of a few words that ends with a count of the jobs listed after it."""
    words = [t.low for t in header if t.is_word]
    return 2 <= len(words) <= 7 and words[-1] in _JOBS and words[-2] in _FEW and not any(w in cues.WH for w in words)


_HEADER_FILLER = frozenset({"give", "me", "us", "a", "an", "the", "quick", "short", "brief", "please", "pls", "i", "want",
                            "need", "bulleted", "bullet", "point", "pointed", "list", "of", "in", "form", "points"})


def _bulleted_header(body: list[Token]) -> bool:
    """"Give me a bulleted rundown:": a header that names bullets before the list of what is asked."""
    words = [t.low for t in body if t.is_word]
    return bool(body) and body[-1].low == ":" and any(w in ("bulleted", "bullet", "bullets") for w in words) \
        and [w for w in words if w not in _HEADER_FILLER] in ([], ["rundown"], ["breakdown"], ["overview"], ["bullets"])


_AS_SPOKEN = frozenset({"speaks", "spoke", "says", "said", "puts", "put", "delivers", "delivered", "gives", "gave"})


def _as_spoken_tail(body: list[Token]) -> int | None:
    """Where a closing ", as she speaks it" starts (how the words are wanted: as said), else None."""
    words = [t.low for t in body if t.is_word]
    comma = next((k for k in range(len(body) - 1, max(0, len(body) - 8), -1) if body[k].low == ","), None)
    tail = [t.low for t in body[comma + 1:] if t.is_word] if comma is not None else []
    return comma if len(words) > len(tail) + 1 and len(tail) == 4 and tail[0] == "as" and body[-1].low != "?" \
        and tail[1] in ("he", "she", "they", "it") and tail[2] in _AS_SPOKEN and tail[3] in ("it", "them") else None


def _write_it_tail(body: list[Token]) -> int | None:
    """Where a closing ", write it (down) please" starts after "what they say" (the words asked for, in writing), else
    None."""
    words = [t.low for t in body[-6:] if t.is_word and t.low not in POLITE_WORDS | {"for", "me", "us"}]
    comma = next((k for k in range(len(body) - 1, max(0, len(body) - 8), -1) if body[k].low == ","), None)
    if words[-1:] and words[-1] in ("down", "out", "up"):
        words = words[:-1]  # ", write it down please"
    if comma is None or words[-2:] not in (["write", "it"], ["type", "it"]):
        return None
    return comma if said.asks_what_is_said(body[:comma]) else None


_WANTED = (["i'm", "after"], ["i", "am", "after"], ["i", "want"], ["i", "need"], ["i'd", "like"], ["i", "would", "like"],
           ["i'm", "looking", "for"], ["i", "am", "looking", "for"], ["i'm", "asking", "for"], ["we", "want"], ["we", "need"])


def _wanted_tail(body: list[Token]) -> int | None:
    """Where a closing "is what I'm after" starts after a thing named (three words or more), else None."""
    words = [t for t in body if t.is_word and t.low not in POLITE_WORDS]
    lows = [t.low for t in words]
    if not lows or not (lows[0] in _NAMING or lows[0].endswith(("'s", "’s"))):
        return None  # (not "Does she say the red one is what I need?", "Tell me if the jacket is what I want.")
    for want in _WANTED:
        k = len(lows) - len(want) - 2
        if k >= 3 and lows[k + 2:] == want and lows[k + 1] == "what" and lows[k] in ("is", "'s", "are"):
            return body.index(words[k])
    return None


_NAMING = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its", "my", "our"})


_NOTHING_ELSE = (["nothing", "else"], ["nothing", "more"], ["that", "is", "all"], ["thats", "all"], ["that", "only"],
                 *([only, "what", "is", done] for only in ("only", "just") for done in ("spoken", "said")))
"""Closing words that ask for nothing more ("..., nothing else.", "..., only what's spoken.")."""


def _nothing_else_tail(body: list[Token]) -> int | None:
    """Where a closing ", nothing else." or ", that's all." starts after a request of three words or more (not after a
    question: "Does she want coffee, nothing else?"), else None."""
    words = [t for t in body if t.is_word and t.low not in POLITE_WORDS]
    tail = next((len(e) for e in _NOTHING_ELSE if [t.low for t in words[-len(e):]] == e), 0)
    if len(words) < tail + 3 or not tail or body[-1].low == "?":
        return None
    mark = next((k for k in range(len(body) - 1, 0, -1) if body[k] is words[-tail]), 0) - 1
    mark -= mark > 0 and body[mark].low == "and"  # ", and nothing else"
    return mark if mark >= 3 and body[mark].low in (",", ";", "-", "–", "—") else None


def _which_one_tail(body: list[Token]) -> int | None:
    """Where a closing ", the yoga one" starts (up to three words between "the" and "one", courtesy words after it),
    right after "this clip" (a word for the recording) in a request, not a question, else None."""
    words = [t for t in body if t.is_word and t.low not in POLITE_WORDS]
    if len(words) < 6 or words[-1].low != "one" or any(t.low == "?" or t.low in cues.WH for t in body):
        return None
    the = next((k for k in range(len(words) - 3, max(0, len(words) - 6), -1) if words[k].low == "the"), None)
    if the is None:
        return None
    mark = next(k for k in range(len(body)) if body[k] is words[the]) - 1
    return mark if mark >= 3 and body[mark].low in (",", "-", "–", "—") and body[mark - 1].key in cues.AUDIO_KEYS \
        and body[mark - 2].low in ("this", "that") else None  # ("from this clip, the yoga one"; not "... in the audio,
    # the slow one": which song)


_TAG_VERBS = frozenset({"say", "think", "reckon", "guess"})


def _opinion_tag(body: list[Token]) -> int | None:
    """Where a closing ", would you say?" / ", do you think?" starts (the question before it is the request), else
    None."""
    words = [t.low for t in body[-5:] if t.is_word]
    if len(body) < 6 or words[-3:-1] not in (["would", "you"], ["do", "you"]) or words[-1] not in _TAG_VERBS:
        return None
    comma = next((k for k in range(len(body) - 1, max(0, len(body) - 6), -1) if body[k].low == ","), None)
    return comma if comma is not None and comma >= 3 else None


def _bracketed_choices(body: list[Token]) -> list[Token]:
    """``body`` with the question marks inside short parentheses read as choices: "(one? several?)" as "(one or
    several)" (the last one dropped)."""
    if not any(t.low == "?" and sentence_ends.in_brackets(body, k) for k, t in enumerate(body)):
        return body
    out: list[Token] = []
    for k, t in enumerate(body):
        if t.low == "?" and sentence_ends.in_brackets(body, k):
            out.append(Token("or", t.start, t.end, "or", "or"))
        elif not (t.low == "?" and k + 1 < len(body) and body[k + 1].low == ")"):
            out.append(t)  # (the last choice's "?" dropped)
    return out


def _pauses_as_commas(body: list[Token]) -> list[Token]:
    """``body`` with each "..." inside it (three dots or more after a word, a word after them: a pause, not a
    sentence's end) as the comma it stands for."""
    out: list[Token] = []
    k = 0
    while k < len(body):
        end = k
        while end < len(body) and body[end].low == ".":
            end += 1
        if end - k >= 3 and k > 0 and body[k - 1].is_word and end < len(body) and body[end].is_word:
            out.append(Token(body[end - 1].text, body[end - 1].start, body[end - 1].end, ",", ","))
            k = end
        elif end > k:
            out.extend(body[k:end])
            k = end
        else:
            out.append(body[k])
            k += 1
    return out
