"""The words of one clause that make its request: after the ordering words ("First,", "Then"), without
an output the user declines first or at the end ("No summary, ...", ", no transcript needed"), and, when the user's story comes
first, only the polite request after its comma ("she's worried it's too long, so could you please boil
it down to 40 words?": "worried" is no emotion to recognise)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning import cues, phrasings, said, speech_language
from wavllm_agent.planning.declined_verbs import worry_aside
from wavllm_agent.planning.text import POLITE_WORDS, Token

if TYPE_CHECKING:
    from wavllm_agent.planning.vocab import Vocabulary


def request_body(tokens: list[Token], vocab: Vocabulary) -> list[Token]:
    """The clause ``tokens`` cut to its request (see the module's docstring)."""
    body = tokens[cues.lead_end(tokens):]
    body = _pauses_as_commas(body)  # "the kid's speech... in turkish?" as "the kid's speech, in turkish?"
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
    written = _write_it_tail(body)
    if written is not None:
        body = body[:written]  # "what they say, write it please": the words, written
    tag = _opinion_tag(body)
    if tag is not None:
        body = body[:tag]  # "How does the auctioneer sound, would you say?"
    asked = cues.request_after_comma(body)
    if asked is not None and not cues.is_request(body[:asked]) and vocab.matches(body[:asked]) \
            and vocab.matches(body[asked:]) and speech_language.stated_speech_language(body[:asked]) is None:
        body = body[asked:]  # the story before it states no language ("this podcast is in russian, can u ...")
    return body


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


_TAG_VERBS = frozenset({"say", "think", "reckon", "guess"})


def _opinion_tag(body: list[Token]) -> int | None:
    """Where a closing ", would you say?" / ", do you think?" starts (the question before it is the request), else
    None."""
    words = [t.low for t in body[-5:] if t.is_word]
    if len(body) < 6 or words[-3:-1] not in (["would", "you"], ["do", "you"]) or words[-1] not in _TAG_VERBS:
        return None
    comma = next((k for k in range(len(body) - 1, max(0, len(body) - 6), -1) if body[k].low == ","), None)
    return comma if comma is not None and comma >= 3 else None


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
