"""The language a request for the spoken words wants them in ("what is said, in German?", "Their words in Japanese,
please.", "For my Catalan-speaking aunt: what does the host say?"), read from the clause that asks for them."""

from __future__ import annotations

from wavllm_agent.planning.answer_hint import SAY_KEYS
from wavllm_agent.planning.bare_asks import talk_in_language
from wavllm_agent.planning.chat_named import chat_named
from wavllm_agent.planning.cues import lead_end
from wavllm_agent.planning.owned_words import named_alone, persons_part, possessed, spoken_part
from wavllm_agent.planning.said import WRITING_KEYS, audio_label_end, language_lead, said_then_language
from wavllm_agent.planning.said_forms import CHATTER as _CHATTER
from wavllm_agent.planning.said_forms import (
    LABEL_NOUNS,
    SAID_NOUNS,
    everything_as_what,
    how_it_reads_in,
    plural_possessives,
)
from wavllm_agent.planning.said_forms import WHAT as _WHAT
from wavllm_agent.planning.speech_language import language_alone
from wavllm_agent.planning.text import (
    POLITE_WORDS,
    Token,
    answer_language,
    ends_in_language,
    find_language_token,
    target_cue,
    target_language,
)
from wavllm_agent.planning.user_asides import reader_language
from wavllm_agent.planning.verbatim import verbatim_tail

_CLAUSE_WORDS = frozenset({"who", "that", "which", "speaks", "talks", "says", "speaking", "talking"})
_FILLERS = frozenset({"please", "pls", "plz", "lol", "haha", "lmao", "thx", "thanks", "ty", "tho"})


def _writes(body: list[Token]) -> bool:
    """A word that asks for the words written ("write", "type", "note down"); not "the voice note's content"."""
    return any(t.key in WRITING_KEYS and not (k > 0 and body[k - 1].low in ("voice", "audio") or t.low.endswith(("'s", "’s")))
               for k, t in enumerate(body))


def speech_target(body: list[Token]) -> str | None:
    """The language a request for the spoken words wants them in: "what is said, in German?",
    "the Spanish version of what was said". A bare "in Spanish" names the speech's language."""
    body = plural_possessives(body)  # "the stewards' comments in Danish"
    body = body[:verbatim_tail(body)]  # "..., Turkish please, word for word."
    reader = reader_language(body)
    if reader is not None and not any(find_language_token(t) not in (None, reader) or t.low == "original" for t in body):
        return reader  # "For my Catalan-speaking aunt: what does the host say?" (not "..., in English?")
    found = answer_language(body)
    if found is not None:
        return found[1]
    if how_it_reads_in(body) or talk_in_language(body):  # "How would the talk read in Dutch?", "The tape's dialogue in
        return find_language_token([t for t in body if t.is_word and t.low not in POLITE_WORDS][-1])  # Polish."
    lead = language_lead(body, lead_end(body)) or language_lead(body, audio_label_end(body, lead_end(body)))
    if lead is not None:  # (after a label: "Satellite pass briefing — Vietnamese for what the operator says")
        return lead[1]  # "Romanian, please: what is being announced?"
    for k in range(len(body) - 2):  # "what she's saying but in Romanian"
        if body[k].low == "but" and body[k + 1].low == "in" and find_language_token(body[k + 2]):
            return find_language_token(body[k + 2])
    if said_then_language(body) is not None:
        return said_then_language(body)  # "Pit boss remarks: Dutch."
    marks = [k for k in range(len(body) - 1, max(0, len(body) - 8), -1) if body[k].low in ("-", "–", "—", ",", "(")
             or body[k].low == ":" and body[k - 1].low not in LABEL_NOUNS  # (not "the lesson topic: Spanish", nor
             and not any(t.low in ("speaking", "speaks", "speak", "spoken") for t in body[:k])]  # "... speaking: Korean")
    bare = next((language_alone(body[k + 1:]) for k in marks[:2] if language_alone(body[k + 1:]) is not None), None)
    if bare is not None and not _writes(body):
        return bare  # "The caller's complaint — Turkish, please.", "The guide's words (Polish, please)."
    label = next((k for k in range(2, min(len(body) - 2, 9)) if body[k].low in (":", "-", "–", "—")
                  and body[k - 2].low == "in" and all(t.is_word for t in body[:k])), None)
    if label is not None and body[label + 1].low in _WHAT and find_language_token(body[label - 1]) \
            and any(t.key in SAY_KEYS for t in body[label + 2:label + 6]):
        return find_language_token(body[label - 1])  # "Mead hall chatter in Hebrew: what are they saying?"
    for k in range(len(body) - 2):  # "Their words in Japanese, please.": no verb, the words wanted in Japanese
        said_noun = body[k].low in ("words", "word") or spoken_part(body, k) or persons_part(body, k) or (
            body[k].low in SAID_NOUNS and k > 0 and (possessed(body, k) or named_alone(body, k))) or (
            body[k].low in _CHATTER and 0 < k < 5 + (body[k - 1].low == "the" and body[k - 2].low == ",")
            and all(t.is_word or t.low == "," for t in body[:k])) or (
            # "Jug band banter in Polish", "Potato masher jingle, the lyrics in Catalan"
            chat_named(body, k))  # "sudoku club chat in french pls"
        if not said_noun or _writes(body):
            continue
        at = k + 1
        if at + 2 < len(body) and body[at].low in ("themselves", "itself"):
            at += 1 + (body[at + 1].low == ",")  # "her comments themselves, in Romanian"
        if body[at].low in ("of", "at", "from", "during", "to", "about", "on", "regarding"):  # "the words of the glacier guide in Czech", "... of the
            # pharmacist in this clip in Arabic", "the guide's remarks at the wax museum in Indonesian"
            stop = next((m for m in range(at + 1, len(body)) if body[m].low in _CLAUSE_WORDS), len(body))
            ins = [m for m in range(at + 1, min(stop, len(body) - 1, at + 11)) if body[m].low == "in"]
            # (not "the words of the guide in the museum who speaks in Italian": the guide's language)
            at = next((m for m in ins if find_language_token(body[m + 1])), ins[0] if ins else at)
        if body[at].low == "in" and at + 1 < len(body) and find_language_token(body[at + 1]) \
                and all((t.is_word or t.low == "-") and not find_language_token(t) for t in body[k + 2:at]):
            return find_language_token(body[at + 1])
    every = next((k for k, t in enumerate(body) if t.low in ("every", "all")), None)
    said = everything_as_what(body, every) if every is not None else body  # "all the words she says in French"
    words = [t for k, t in enumerate(said) if t.is_word and t.low not in _FILLERS
             and (k == 0 or [said[k - 1].low, t.low] != ["every", "word"])]  # ("every word she says in Arabic")
    first_what = next((k for k, t in enumerate(words) if t.low in _WHAT | {"everything", "every"}  # "... what's said in German"
                       and (k < 4 or any(w.key in SAY_KEYS for w in words[k + 1:k + 9]))), None)
    # ("can u tell me wat the man at the flea market stall said in arabic")
    if first_what is not None:
        words = words[first_what:]  # "give me what they say in Italian"
    if len(words) >= 4 and ends_in_language(words) and words[0].low in _WHAT | {"everything", "every"} \
            and not _writes(body):
        return ends_in_language(words)  # "what's the auctioneer saying here in turkish": asked for in Turkish
    at = target_cue(body)
    if at is None or (at > 0 and body[at - 1].low == "in"):
        return None
    return target_language(body[at:at + 1])
