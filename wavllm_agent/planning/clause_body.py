"""The words of one clause that make its request: after the ordering words ("First,", "Then"), without
an output the user declines at the end (", no transcript needed"), and, when the user's story comes
first, only the polite request after its comma ("she's worried it's too long, so could you please boil
it down to 40 words?": "worried" is no emotion to recognise)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning import cues, phrasings, speech_language

if TYPE_CHECKING:
    from wavllm_agent.planning.text import Token
    from wavllm_agent.planning.vocab import Vocabulary


def request_body(tokens: list[Token], vocab: Vocabulary) -> list[Token]:
    """The clause ``tokens`` cut to its request (see the module's docstring)."""
    body = tokens[cues.lead_end(tokens):]
    declined = phrasings.declined_tail(body)
    if declined is not None:
        body = body[:declined]  # "i need the recording in chinese, no transcript needed"
    asked = cues.request_after_comma(body)
    if asked is not None and not cues.is_request(body[:asked]) and vocab.matches(body[:asked]) \
            and vocab.matches(body[asked:]) and speech_language.stated_speech_language(body[:asked]) is None:
        body = body[asked:]  # the story before it states no language ("this podcast is in russian, can u ...")
    return body
