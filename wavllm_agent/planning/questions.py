"""Cues about questions in one clause: hints where to answer from, lead-ins, spoken questions to answer
(asking for the spoken words is :mod:`~wavllm_agent.planning.said`).

Like :mod:`~wavllm_agent.planning.cues`, every function takes the clause's tokens and scans them
once.
"""

from __future__ import annotations

import re

from wavllm_agent.planning.answer_hint import ANSWER_KEYS as _ANSWER_KEYS
from wavllm_agent.planning.answer_hint import HEAR_KEYS as _HEAR_KEYS
from wavllm_agent.planning.answer_hint import HINT_KEYS as _HINT_KEYS
from wavllm_agent.planning.answer_hint import SAY_KEYS as SAY_KEYS
from wavllm_agent.planning.answer_hint import (
    SOURCE_LEADS,
    TASK_VERB_KEYS,
    names_of_audio,
    question_label_end,
    source_suffix,
)
from wavllm_agent.planning.answer_hint import answer_hint as answer_hint
from wavllm_agent.planning.answer_hint import hinted_question as hinted_question
from wavllm_agent.planning.cues import (
    AUDIO_KEYS,
    AUX,
    WH,
)
from wavllm_agent.planning.leads import between_end, named_then_asked
from wavllm_agent.planning.lexicon import CHOICE_VERBS, WH_RUN_ON
from wavllm_agent.planning.nothing_else import OUTSIDE, nothing_else_end
from wavllm_agent.planning.options import has_options, in_listed_options, marker_at
from wavllm_agent.planning.people import one_person
from wavllm_agent.planning.spoken_question import answer_prefix_end
from wavllm_agent.planning.text import (
    DASHES,
    Token,
    find_language_token,
    stem,
)
from wavllm_agent.planning.user_asides import reader_label

# --- question shapes ------------------------------------------------------------------------------

_SOURCE_FIRST = frozenset(lead[0] for lead in SOURCE_LEADS)


def source_prefix_end(tokens: list[Token], i: int) -> int:
    """Index after "According to the recording," / "Based on the audio," / "According to the
    speaker," / "Going only by the broadcast," before a question."""
    hinted = hint_prefix_end(tokens, i)
    if hinted != i or i >= len(tokens) or tokens[i].low not in _SOURCE_FIRST:
        return hinted
    for lead in SOURCE_LEADS:
        if tuple(t.low for t in tokens[i:i + len(lead)]) != lead:
            continue
        for j in range(i + len(lead), min(len(tokens), i + len(lead) + 8)):  # "Listening to the bird hide clip only,"
            if tokens[j].low == ",":
                named = any(t.key in AUDIO_KEYS or t.low in ("speaker", "speakers") for t in tokens[i:j])
                return j + 1 if named else i
            if not tokens[j].is_word:
                return i
    return i


_NO_GUESSING = (("no", "guessing"), ("no", "guesses"), ("don't", "guess"), ("dont", "guess"), ("do", "not", "guess"),
                ("without", "looking", "anything", "up"), ("without", "looking", "it", "up"))
_PAUSES = frozenset({"-", "—", "–", ",", ";", ":", "."})


_LISTENING = frozenset(stem(w) for w in ("listening", "hearing", "going", "judging", "using", "based"))


_UNMARKED_HINTS = (("based", "on"), ("going", "by"), ("according", "to"), ("judging", "by"))


def _unmarked_hint_end(tokens: list[Token], i: int) -> int | None:
    """"based on the audio only whats ...", "going by the clip who ...": a hint of a few words that names the audio,
    then a question word with no comma between; where the question starts, else None."""
    lead = next((lead for lead in _UNMARKED_HINTS if tuple(t.low for t in tokens[i:i + len(lead)]) == lead), None)
    if lead is None:
        return None
    k = i + len(lead)
    k += k < len(tokens) and tokens[k].low in ("the", "this", "that")
    if k >= len(tokens) or tokens[k].key not in AUDIO_KEYS:
        return None
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].low in ("only", "alone"))
    return k if k < len(tokens) and (tokens[k].low in WH | AUX | _WH_TYPED) else None


def hint_prefix_end(tokens: list[Token], i: int) -> int:
    """Index after a leading hint's words up to a comma, when a question follows it: every word a
    hint's word, one of them the audio or hearing ("Going only by the broadcast, when ...?"), the source named as
    the audio's ("According to the guide,", "Using the commentator's words as your source,") or by a pronoun ("from it
    alone,"); ``i`` itself when there is none."""
    start = i
    tokens = [Token("and", t.start, t.end, "and", "and") if t.low == "&" else t for t in tokens]  # "the clip & nothing else"
    for guess in _NO_GUESSING:  # "No guessing — only what the recording says: how many ...?"
        end = i + len(guess)
        if tuple(t.low for t in tokens[i:end]) == guess and end < len(tokens) and tokens[end].low in _PAUSES:
            i = end + 1
            break
    if i != start and i < len(tokens) and tokens[i].low in WH | AUX:
        return i  # "No guessing, who won?"
    if [t.low for t in tokens[i:i + 3]] in (["if", "you", "go"], ["if", "we", "go"], ["if", "you're", "going"]):
        i += 2  # "If you go purely by the speaker, where ...?": as "Going purely by the speaker,"
    bare = _unmarked_hint_end(tokens, i)
    if bare is not None:
        return bare  # "based on the audio only whats in the map case" (no comma)
    for j in range(i, min(len(tokens), i + 16)):
        if tokens[j].low == "," and j + 2 < len(tokens) and tokens[j + 1].low == "but" and between_end(tokens, j + 2) > j + 2:
            return start  # "a continuation of her story, but in between answer '...'": a request, then another
        if tokens[j].low in (",", ":", "-", "–", "—"):  # ("only from the audio pls - whats the name ...?")
            words = [t for t in tokens[i:j] if t.is_word]
            if len(words) > 4 and [t.low for t in words[-3:]] == ["and", "tell", "me"]:
                words = words[:-3]  # "Stick to what's in the recording and tell me: how much ...?"
            if len(words) > 4 and [t.low for t in words[-3:]] in (["when", "you", "answer"], ["when", "you", "reply"]):
                words = words[:-3]  # "Stay within the recording when you answer: who ...?"
            core = words[1:] if words and words[0].low in ("strictly", "only", "purely", "solely", "just") else words
            according = (len(core) <= 5 or len(core) <= 8 and (core[-1].key in AUDIO_KEYS or [
                t.low for t in core[-2:]] == ["nothing", "else"])) \
                and [t.low for t in core[:2]] in (["according", "to"], ["per", "the"], ["per", "this"])
            # "According to the narrator,", "... radio clip,", "Strictly according to the speaker,", "Per the speaker only,"
            labelled = words[:1] and words[0].key in _LISTENING  # "Listening to the bird hide clip only,": a label
            named = names_of_audio(words)  # "Nothing but the leaf blower race audio should inform this:"
            owners = {k for k in range(len(words) - 1) if words[k + 1].low in _OWN_WORDS
                      and words[k].low.endswith(("'s", "s'", "’s")) and words[0].low in _SOURCE_MARKERS}
            # "Purely on the basis of the guide's statements,": one source (not "The guide's account, how long ...?")
            unknown = [t for k, t in enumerate(words) if t.key not in _HINT_KEYS and k not in named and k not in owners
                       and not (labelled and any(w.key in AUDIO_KEYS for w in words[k + 1:k + 3]))]
            said = any(t.low == "what" for t in words) and any(t.key in SAY_KEYS for t in words)
            sourced = 3 <= len(words) <= 8 and (words[0].key in _ANSWER_KEYS or words[0].low in ("taking", "treating")) \
                and words[-1].low in ("source", "guide") \
                and "as" in (t.low for t in words[-4:-2])  # "Using the commentator's words as your source,", "... as
            # the only source,"
            solely = 2 <= len(words) <= 5 and any(t.low in ("alone", "only", "solely", "purely", "just") for t in words) \
                and any(t.low in ("it", "that") for t in words) and all(t.low in ("it", "that") for t in unknown) \
                and words[0].low in _PRONOUN_LEADS  # "from it alone,", "going only by it,": the recording named
            # by a pronoun (not "Aside from that alone, ...")
            trusted = len(words) >= 4 and words[0].low in ("taking", "take") and ([t.low for t in words[-3:]] in (
                ["at", "their", "word"], ["at", "his", "word"], ["at", "her", "word"])  # "Taking the speakers at their word,"
                or [t.low for t in words[-3:]] == ["word", "for", "it"]
                and (words[-4].low.endswith(("'s", "s'")) or words[-4].low in ("her", "his", "their")))
            # ("Taking the speaker's word for it,")
            far = len(words) <= 9 and [t.low for t in words[:3]] == ["as", "far", "as"] and any(
                t.key in AUDIO_KEYS for t in words[3:])  # "As far as the recording tells us,"
            put = 0 < len(words) <= 9 and words[0].low == "as" and any(
                words[p].low in _PUTTING and words[p + 1].low == "it" and (p + 2 == len(words) or words[p + 2].low in (
                    "in", "on") and words[-1].key in AUDIO_KEYS or [t.low for t in words[p + 2:]] == ["here"]
                    and words[p].low not in ("put", "puts"))
                for p in range(len(words) - 1))
            # "As the beekeeper explains it in the clip,", "As the mechanic explains it here," (not "As the man puts
            # it down,")
            hint = according or sourced or solely or trusted or far or put or (len(words) >= 2 and (not unknown or len(unknown) == 1 and len(words) >= 5
                                                      or said and len(unknown) <= 2 and len(words) >= 6)
                                 and any(t.key in AUDIO_KEYS or t.key in _HEAR_KEYS or t.low in OUTSIDE
                                         or t.key in _GUESS_KEYS or (t.low in _OWN_WORDS and k > 0 and words[k - 1].low
                                                                     .endswith(("'s", "s'", "’s")))  # "the guide's words"
                                         or t.low in ("speaker", "narrator", "tutorial") and words[k - 1].low in ("the", "this")
                                         and k > 1 and words[k - 2].low in ("by", "on", "from")  # "Going by the speaker,"
                                         for k, t in enumerate(words))) \
                or (said and len(unknown) <= 3 and len(words) >= 6 and words[0].low in ("only", "just", "using", "purely"))
            # "Without guessing, ...", "Only using what the bus driver says on the radio, ..."
            # one word may name who speaks: "From what the announcer says in the audio,"
            if not hint or words[0].key in TASK_VERB_KEYS or (words[0].low in ("keep", "keeps") and words[-1].low in ("going", "rolling")) \
                    or (unknown and any(t.low == "attention" for t in words)) or (words[0].low in ("a", "an") and any(
                        t.low in _OUTPUT_NOUNS for t in words[1:3])) or any(words[m].low in ("rather", "instead") and any(
                        t.key in AUDIO_KEYS for t in words[m + 1:m + 4]) for m in range(len(words))) \
                    or (words[0].low in ("content", "contents") and words[-2].low == "in"
                        and find_language_token(words[-1]) is not None):  # ("Pay attention to the tone of it, ...", "Content of the
                # announcement in Finnish, and ...": the words asked for; "a Turkish translation of what's said, ...")
                return start  # ("Keep the story going, answer ...", "Going by common sense rather than the clip, ...")
            k = tell_me_end(tokens, nothing_else_end(tokens, j + 1))  # "..., tell me: what is ...?"
            if k + 2 < len(tokens) and tokens[k].low in ("please", "pls", "plz") and tokens[k + 1].low in _PAUSES:
                k += 2  # "No outside knowledge, please — at what time ...?"
            after = [t for t in tokens[k:k + 2] if t.is_word]
            asks = bool(after) and (after[0].low in WH | AUX | _WH_TYPED  # "..., in which century ...?"
                                    or (after[0].low in _END_PREPOSITIONS | {"in"} and len(after) > 1
                                        and after[1].low in WH)
                                    or (after[0].low in ("name", "identify") and len(after) > 1
                                        and after[1].low in ("the", "which", "who", "what")))  # "..., name the charity"
            if asks and k == j + 1 and after[0].low in ("which", "who") and k + 1 < len(tokens) \
                    and tokens[k + 1].low in AUX and not any(t.low == "?" for t in tokens[k:]) \
                    and any(t.low in _OUTPUT_NOUNS for t in words):
                asks = False  # "Provide a transcript of the hearing excerpt, which was recorded in Italian."
            if not asks and k == j + 1 and (again := hint_prefix_end(tokens, k)) > k:
                return again  # "Without outside knowledge — just the recording — which dye ...?": two hints
            if not asks and question_lead_end(tokens, k) > k:
                return k  # "In this recording and nowhere else, find the answer: is there ...?"
            return k if asks else start
        if not tokens[j].is_word and tokens[j].low not in ("(", ")"):  # "In the recording (and only there): ..."
            return start
    return start


_PUTTING = frozenset({"explains", "explained", "puts", "put", "says", "said", "describes", "described", "tells", "told"})
_SOURCE_MARKERS = frozenset({"according", "based", "on", "purely", "only", "strictly", "solely", "going", "judging",
                             "using", "from", "just", "relying"})
_OWN_WORDS = frozenset({"words", "statements", "remarks", "comments", "account", "testimony", "explanation", "claims"})
"""After an owner, what someone says, as a hint's source: "Strictly on the basis of the speaker's statements,"."""
_OUTPUT_NOUNS = frozenset({"transcript", "transcription", "summary", "translation", "synopsis"})
_WH_TYPED = WH_RUN_ON | {"wat"}
"""Question words as typed: "whats", "wat" ("what's" is two tokens, "what" and "is")."""
_PRONOUN_LEADS = frozenset({"from", "by", "on", "with", "going", "based", "basing", "relying", "using", "judging",
                            "drawing", "taking", "alone", "only", "solely", "purely", "just"})
"""First words of a hint naming its source by a pronoun: "from it alone", "based solely on that", "only from it"."""

_TELL_ME = (("tell", "me"), ("tell", "us"), ("say", "me"), ("say", "us"), ("say",), ("answer",), ("state",), ("indicate",), ("mention",),
            ("advise", "me"), ("advise", "us"), ("advise",), ("let", "me", "know"), ("let", "us", "know"), ("work", "out"),
            ("figure", "out"), ("find", "out"), ("settle",), ("determine",), ("decide",))


def tell_me_end(tokens: list[Token], i: int) -> int:
    """Index after "tell me" / "tell me:" before a question ("then tell me who scored"), else ``i``."""
    for lead in _TELL_ME:
        end = i + len(lead)
        if tuple(t.low for t in tokens[i:end]) == lead:
            colon = end < len(tokens) and tokens[end].low == ":"
            if end < len(tokens) and tokens[end].low in (":", ","):
                end += 1
            asks = end < len(tokens) and (tokens[end].low in WH - {"whether"}
                                          or colon and (any(t.low == "?" for t in tokens[end:])
                                                        or has_options(tokens[end:])))
            return end if asks else i  # "tell me: the customer wants buttons for / a coat / a dress?", "tell me: the
            # judges favored I. the handlebar II. the horseshoe"
    return i


def _answer_letters_end(tokens: list[Token], i: int) -> int:
    """Index after "answer (a)/(b)/(c):" or "pick a, b or c:" (a verb, the options' letters, a colon), else ``i``."""
    if i >= len(tokens) or tokens[i].low not in ("answer", "pick", "choose", "select"):
        return i
    colon = next((k for k in range(i + 1, min(len(tokens), i + 14)) if tokens[k].low == ":"), None)
    letters = tokens[i + 1:colon] if colon is not None else []
    lettered = any(len(t.low) == 1 and t.low.isalpha() for t in letters) and all(
        t.low in ("(", ")", "/", ",", "or", "-") or len(t.low) == 1 and t.low.isalpha() for t in letters)
    return colon + 1 if colon is not None and lettered else i


def named_question_end(tokens: list[Token], i: int) -> int | None:
    """Index after "settle the glue question —" (a verb that answers, the question named in a few words, a dash or
    colon, and a question after it) at ``i``, else None."""
    if i + 3 >= len(tokens) or tokens[i].low not in ("settle", "solve", "answer") \
            or tokens[i + 1].low not in ("the", "this", "that"):
        return None
    named = next((k for k in range(i + 2, min(len(tokens) - 1, i + 6)) if tokens[k].low == "question"), None)
    if named is None or tokens[named + 1].low not in (":", "-", "—", "–") or not all(t.is_word for t in tokens[i + 2:named]):
        return None
    rest = tokens[named + 2:]
    asks = bool(rest) and (rest[0].low in WH | AUX or any(t.low == "?" for t in rest) or has_options(rest))
    return named + 2 if asks else None  # (not "Answer the final question — briefly.")


def question_lead_end(tokens: list[Token], i: int) -> int:
    """Index after a lead-in that ends with a colon before a question ("Question:", "pick the
    right option: what ...?"), else ``i``."""
    if named_then_asked(tokens, i):
        return i  # "The wheel speed he mentions — what is it?": the question needs what it names first
    lettered = _answer_letters_end(tokens, i)
    if lettered > i:
        return lettered  # "answer (a)/(b)/(c): what do they use as bait? (a) ...": the letters name the options
    if i + 1 < len(tokens) and (tokens[i].text == "Q" or re.fullmatch(r"q\d{1,2}", tokens[i].text)) and tokens[i + 1].low in WH:
        return i + 1  # "then Q which engine broke down?", "q2 which ...?": a question's label (not "Q3 which region
        # grew the most?", a quarter of the year)
    placed = i + 3 + (i < len(tokens) and tokens[i].low == "a")
    if [t.low for t in tokens[placed - 3:placed]] == ["question", "in", "between"] and placed + 1 < len(tokens) \
            and tokens[placed].low in (":", *DASHES):
        return placed + 1  # "Transcribe; question in between — the hairnet rule applies to: a. ... b. ..."
    picked = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].low == "one")
    if i + 3 < len(tokens) and tokens[i].low in ("choose", "pick", "select") and picked < len(tokens) \
            and tokens[picked].low == "," and has_options(tokens[picked + 1:]):
        return picked + 1  # "Then choose, the lounger was left: (a) ... (b) ...": the statement to complete
    if (named := named_question_end(tokens, i)) is not None:
        return named  # "settle the glue question — hide glue, epoxy or PVA?"
    if i + 2 < len(tokens) and tokens[i].low in ("choose", "pick", "select") and tokens[i + 1].low in ("which", "what") \
            and tokens[i + 2].is_word and has_options(tokens[i + 1:]):  # (not "Choose which: a) yes b) no")
        return i + 1  # "choose which word best fits the speaker: (A) ... (B) ...": the question, after its verb
    if i + 2 < len(tokens) and tokens[i].text == "Q" and tokens[i + 1].low in (",", ".") and tokens[i + 2].low in WH:
        return i + 2  # "Q, which hand goes on the top grip?"
    if [t.low for t in tokens[i:i + 3]] == ["true", "or", "false"] and i + 4 < len(tokens) \
            and tokens[i + 3].low == "," and sum(t.low in ("true", "false") for t in tokens[i + 4:]) >= 2:
        return i + 4  # "true or false, the race was cancelled halfway (a) true (b) false" (not without its options;
        # not "true or false: the pan is stirred. (a) true (b) false", where the label reads as part of the question)
    if i + 3 < len(tokens) and [t.low for t in tokens[i:i + 3]] in (["this", "one", ":"], ["this", "one", "-"],
                                                                      ["this", "one", "—"], ["this", "one", "–"]):
        return i + 3  # "in between, this one: The contestant's time was — (a) ... (b) ...?"
    if i + 3 < len(tokens) and tokens[i].low == "solve" and tokens[i + 1].low in ("this", "that") \
            and tokens[i + 2].low in ("one", "question") and tokens[i + 3].low in (",", ":", "-", "–", "—"):
        return i + 4  # "then solve this one, what is banned at the festival? [a] ... [b] ..."
    if i + 2 < len(tokens) and tokens[i].low == "solve" and tokens[i + 1].low in ("this", "that") \
            and tokens[i + 2].low in (":", "-", "–", "—"):
        return i + 3  # "solve this: what does he warn ...?"
    label = question_label_end(tokens[i:])
    if label is not None and hint_prefix_end(tokens, i + label) > i + label:
        return i + label  # "Pumpkin regatta question, answer it from the audio: What ...?": the label, then a hint
    colon = next((k for k in range(i, min(len(tokens), i + 18)) if tokens[k].low == ":"), None)
    asks = colon is not None and colon + 1 < len(tokens) and (tokens[colon + 1].low in WH | AUX or (
        colon + 2 < len(tokens) and tokens[colon + 1].low in _END_PREPOSITIONS | {"in"} and tokens[colon + 2].low in WH))
    if asks:  # "...: which hymn ...?", "...: on which day ...?"
        head = tokens[i:colon]  # "If it isn't mentioned in the recording, say so rather than guessing: which ...?"
        if (any(t.key in AUDIO_KEYS for t in head) and any(t.key in _GUESS_KEYS for t in head) or answer_hint(head)) \
                and not any(t.low in WH - {"if"} for t in head):
            return colon + 1  # (or "Take the answer from the speaker, not from the internet: ...?")
    for j in range(i, min(len(tokens), i + 9)):
        if tokens[j].low in ("-", "–", "—", ":") and j > i and {t.low for t in tokens[i:j]} & _ITEM_WORDS \
                and {t.low for t in tokens[i:j]} <= _ITEM_LEAD:
            return j + 1  # "this quiz item answered — The judge's main complaint is: a) ... b) ..."
        if j > i + 1 and [t.low for t in tokens[j - 2:j]] == ["quiz", "item"] and tokens[j].is_word \
                and tokens[j].text[0].isupper() and {t.low for t in tokens[i:j]} <= _ITEM_LEAD and has_options(tokens[j:]):
            return j  # "do the quiz item The bell rings (A) at six (B) at noon": the item, capitalised after its name
        opens = tokens[j].low in WH - {"whether"} or tokens[j].low in _END_PREPOSITIONS | {"in"} and j + 1 < len(tokens) \
            and tokens[j + 1].low in WH  # ("the answer to At what heat ...?")
        if j > i and opens and tokens[j].text[0].isupper() \
                and {t.low for t in tokens[i:j]} & _ANSWER_WORDS and not {t.low for t in tokens[i:j]} & WH:
            return j  # "pick the right answer to How many ...?": a capitalised question after its lead-in
        if tokens[j].low == ":":
            rest = [t for t in tokens[j + 1:] if t.is_word]
            head = {t.low for t in tokens[i:j] if t.low != ","}  # ("Next, multiple choice: ...")
            asks = rest and (rest[0].low in WH | AUX or (  # "Question: In which century ...?"
                len(rest) > 1 and rest[0].low in _END_PREPOSITIONS | {"in"} and rest[1].low in WH))
            if "question" in head and head <= _QUESTION_LEAD:
                return j + 1  # "Question for you: the fisherman caught how many fish?"
            if head & _CHOOSING and head <= _CHOICE_LEAD:
                return j + 1  # "pick one: The jam ended because A. ... / B. ..."
            if head & _QUIZ and head <= _QUIZ_LEAD:
                return j + 1  # "then multiple choice: the winning lap time was A) ... B) ..."
            if head & _CHOICES and head <= _QUIZ_LEAD | _CHOICES | {"this"} and has_options(tokens[j + 1:]):
                return j + 1  # "Choices for the next bit: the dish towel is A. wet B. dry"
            return j + 1 if asks and not head & WH else i
        if tokens[j].low in ("-", "–", "—") and j > i and j + 1 < len(tokens) and tokens[j + 1].low in WH \
                and not {t.low for t in tokens[i:j]} & WH:
            return j + 1  # "pick the right answer - Which century ...?"
        if j > i + 1 and tokens[j].low in WH - {"whether"} and tokens[j - 1].low in ("for", "to", "on", "about") \
                and (any(t.low == "?" for t in tokens[j:]) or has_options(tokens[j:])) \
                and ({t.low for t in tokens[i:j - 1]} & _ANSWER_WORDS and {t.low for t in tokens[i:j - 1]} <= _CHOICE_LEAD
                     or {t.low for t in tokens[i:j - 1]} & _QUIZ and {t.low for t in tokens[i:j - 1]} <= _QUIZZING):
            return j  # "the right option for how are ...?", "quiz me back on what tool ...?"
        if tokens[j].low in ("-", "–", "—") and j > i and ({t.low for t in tokens[i:j]} & _CHOOSING
                                                           and {t.low for t in tokens[i:j]} <= _CHOICE_LEAD
                                                           or {t.low for t in tokens[i:j]} & {"quiz", "mcq", "multiple"}
                                                           and {t.low for t in tokens[i:j]} <= _QUIZ_LEAD
                                                           and tokens[j].start > tokens[j - 1].end):  # (not "multiple-choice")
            return j + 1  # "pick one — the class is for (i) children (ii) ...", "the multiple choice — the play is ..."
        head = {t.low for t in tokens[i:j]}
        if tokens[j].low == "," and (head & _QUIZ and head <= _QUIZ_LEAD
                                     or head & _CHOOSING and head <= _CHOICE_LEAD
                                     or "question" in head and head <= _QUESTION_LEAD | {"after", "that"}) \
                and j + 1 < len(tokens) and (tokens[j + 1].low in WH or head & _QUIZ):
            return j + 1  # "then, multiple choice, what instrument joins ...? A) ... B) ...", "pick one, which ...?",
            # "multiple choice, the meeting is held: [a] monthly [b] yearly"
        if not tokens[j].is_word and tokens[j].low not in _LEAD_MARKS:
            return i
    return i


_QUESTION_LEAD = frozenset({"question", "for", "you", "u", "ya", "here", "is", "'s", "my", "a", "quick", "next", "then",
                            "and", "now", "the", "one", "last", "final", "another", "also", "second", "third"})
"""The words of a lead-in that only names a question ("Question for you:", "And a quick question:")."""
_CHOOSING = CHOICE_VERBS | frozenset({"indicate", "mark", "circle", "tick"})  # "indicate the correct option:"
_CHOICE_LEAD = _CHOOSING | frozenset({"one", "the", "right", "correct", "best", "option", "answer", "please", "now",
                                      "then", "and", "next", "also", "this", "for"})
"""The words of a lead-in that asks to choose among the options after it ("pick one:", "choose the right option:")."""
_ITEM_WORDS = frozenset({"item", "quiz"})
_ITEM_LEAD = _ITEM_WORDS | frozenset({"this", "the", "next", "then", "question", "answered", "answer", "please", "and",
                                      "do", "take", "try", "solve"})
"""A lead-in that names a quiz item before it: "then this quiz item answered —"."""
_QUIZ = frozenset({"choice", "mcq", "mc", "quiz"})
"""A lead-in that names a multiple-choice question ("multiple choice:", "Quick quiz:")."""
_QUIZ_LEAD = _QUESTION_LEAD | _QUIZ | frozenset({"multiple", "-", "bit", "part", "answer", "please"})
"""All the words of such a lead-in: "then the multiple-choice bit, what ...?"."""
_CHOICES = frozenset({"choices", "options"})
"""A lead-in that names the options to come ("Choices for the next bit:"), before a statement they complete."""
_QUIZZING = frozenset({"quiz", "me", "us", "back", "then", "and", "now", "next"})
"""All the words before "on" or "about" in a lead-in that asks to be quizzed: "quiz me back on what ...?"."""


_GUESS_KEYS = frozenset(stem(w) for w in ("guess", "guessing", "speculate", "speculating", "invent", "mentioned",
                                            "stated", "unsure", "unknown", "assume", "assumption", "assumptions",
                                            "rely", "relying", "stick", "knowledge", "beyond", "infer", "adding", "add", "own"))
_ANSWER_WORDS = frozenset({"answer", "question", "option", "options", "choice", "choices"})
_LEAD_MARKS = frozenset({"-", ",", "'"})
"""Marks a question's lead-in may hold: "answer this multiple-choice question:", "Using only the recording, answer:"."""


_END_PREPOSITIONS = frozenset({"of", "with", "at", "about", "for", "to", "on", "by", "from", "over", "towards"})


def named_at(tokens: list[Token], k: int) -> bool:
    """"(Transcript in Dutch, a pick-one) question — does ...?", "(..., a quick) question: ...": a question named at
    ``k`` before a colon or a dash after ", a", as one request in a list of requests (not "Answer this, a quick question:
    ...", "What does the host ask, the trivia question: ...")."""
    if not (tokens[k].low in ("question", "quiz", "mcq") and k + 1 < len(tokens) and (
            tokens[k + 1].low in (":", "—", "–") or tokens[k + 1].low == "-" and tokens[k + 1].start > tokens[k].end)):
        return False
    comma = next((m for m in range(k - 1, max(-1, k - 6), -1) if tokens[m].low == ","), None)
    start = max((m + 1 for m in range(comma or 0) if tokens[m].low in (".", "?", "!", ";", ":")), default=0)
    return comma is not None and tokens[comma + 1].low in ("a", "an") and tokens[start].low not in WH | AUX \
        and tokens[start].low not in ("answer", "tell", "say", "reply")


def ends_with_preposition(tokens: list[Token]) -> bool:
    """"What is she afraid of?": the question asks for the preposition's object."""
    words = [t for t in tokens if t.is_word]
    return bool(words) and words[-1].low in _END_PREPOSITIONS


def hint_end(body: list[Token]) -> int:
    """Where a leading hint ends ("Going only by the broadcast, ..."), else 0."""
    return hint_prefix_end(body, answer_prefix_end(body, 0))


def question_start(body: list[Token], *, labelled: bool = False) -> int:
    """Where the question itself starts: after "answer this:", "Question:", "pick the right option:" (and after one
    label before them; ``labelled``: the label was passed already)."""
    start = hint_prefix_end(body, answer_prefix_end(body, 0))
    named = next((k + 1 for k in range(1, min(len(body) - 1, 6)) if body[k].low == "," and body[k - 1].low in _ASKED
                  and all(t.is_word for t in body[:k])), None) if start == 0 else None
    inner = question_start(body[named:]) if named is not None and named < len(body) and not labelled else 0
    if inner:
        return named + inner  # "Lamp shade question, audio-only answer please: why ...?" (a hint or a lead after it)
    reader = reader_label(body, start)
    if reader is not None:  # "For my grandma who only knows Polish: what is the recipe?" (the reader, not the question)
        return reader[0] + question_start(body[reader[0]:], labelled=True)
    start += start < len(body) and body[start].low == "to" and tell_me_end(body, start + 1) > start + 1  # ("to say me")
    start = question_lead_end(body, tell_me_end(body, start))
    start = hint_prefix_end(body, start)  # "Question: using nothing but this recording, who ...?"
    label = next((k for k in range(1, min(len(body) - 1, 5)) if body[k].low in (":", "—", "–")), None) \
        if start == 0 and not labelled else None  # ("Hopscotch tournament — from the commentary, which ...?")
    if label is not None and all(t.is_word for t in body[:label]) and body[0].low not in _OPTION_WORDS and not (
            body[label].low != ":" and any(one_person(t.low) or t.low in ("he", "she", "they") for t in body[:label])):
        # (not "The mayor — from the speech, what does he promise?": the question's subject)
        inner = question_start(body[label + 1:], labelled=True)  # "Mahjong parlour: answer how many players ..."
        named = {t.low for t in body[:label]} <= _QUESTION_LABEL and bool({t.low for t in body[:label]} & _ASKED)
        return label + 1 + inner if inner or named else 0  # ("this q: biggest moth they caught? a. ... b. ...")
    return start


_ASKED = frozenset({"q", "question", "quiz", "mcq"})
_QUESTION_LABEL = _ASKED | {"this", "the", "next", "last", "final", "my", "bonus", "multiple", "choice", "a", "item"}
_OPTION_WORDS = frozenset({"options", "choices"})
"""A label that opens the options, kept in the question ("Options: red, blue, green — which team wins?")."""
_QUOTES = frozenset({"'", '"', "“", "”", "‘", "’", "«", "»"})
_TRAILING_MARKS = frozenset({"-", "–", "—", ",", ":"})


def _hint_after(body: list[Token], k: int, end: int, *, negated: bool = False) -> bool:
    """The words after the mark at ``k`` say where to answer from; ``negated``: up to a second part that says what
    not to answer from (", not from guessing")."""
    rest = body[k + 1:end]
    if negated:
        cut = next((m for m in range(1, len(rest) - 1) if rest[m].low == "," and rest[m + 1].low in ("not", "no")), None)
        if cut is None:
            return False
        rest = rest[:cut]
        words = [t for t in rest if t.is_word]
        if words and words[0].low == "from" and len(words) <= 4 and words[-1].key in AUDIO_KEYS:
            return True  # "- from the clip, not from guessing"
    return answer_hint(rest) or source_suffix(rest)


def question_span(body: list[Token]) -> tuple[int, int]:
    """The question itself, as token indices (end exclusive): after its lead-in, inside the
    parentheses or quotes that hold it, without the dash or comma before the next request."""
    start, end = question_start(body), len(body)
    while start < end - 1 and (body[start].low in DASHES or body[start].low in ("*", "•", "·")
                               and (body[start + 1].low in WH or body[start + 1].low in AUX)):  # ("* 5 stars or * 4 stars")
        start += 1  # "Horse fair clip: - how many horses were sold": a dashed item after the label
    opened = next((k for k in range(start, end - 2) if body[k].low == "("), None)
    if opened is not None and body[-1].low == ")" and body[opened + 1].low in WH | AUX:
        start, end = opened + 1, end - 1  # "answer the following (What time ...? A = 2 pm, B = 4 pm)"
    if end - 2 > start and body[-1].low in (".", "!") and body[-2].low in _QUOTES:
        end -= 1  # "... 'Who called? A: Tom B: Ann'."
    if 0 < start < end - 1 and body[start - 1].low in _QUOTES and body[end - 1].low in _QUOTES:
        end -= 1  # "answer 'Where does the story take place? a. ... c. a castle'"
    marks = [k for k in range(end - 2, start, -1) if body[k].low == "," or (
        body[k].low in DASHES and body[k].start > body[k - 1].end and marker_at(body, k - 1) is None)]
    # "... escalator - answer from the clip" (not the option "C - it was a draw"); "... guide - from the clip, not from
    # guessing": the hint starts at the dash, its second part at the comma
    comma = marks[0] if marks else None
    if len(marks) >= 2 and _hint_after(body, marks[1], end, negated=True):
        comma = marks[1]
    if comma is not None and _hint_after(body, comma, end, negated=comma != (marks[0] if marks else None)) \
            and not (in_listed_options(body, comma) and not any(t.key in _HINT_WORDS | _HEAR_KEYS | AUDIO_KEYS
                                                                  for t in body[comma + 1:end])):
        end = comma  # "How long should the dough rest, going only by what the baker says in the clip?" (not
        # "Options: the home team, the visitors, it's a draw": the last option)
    dash = next((k for k in range(end - 1, max(start, end - 6), -1) if body[k].low in DASHES), None)
    if dash is not None and {t.low for t in body[dash + 1:end] if t.is_word} & _CHOOSING \
            and all(t.low in _CHOICE_LEAD for t in body[dash + 1:end] if t.is_word):
        end = dash  # "the steward is (a) excited (b) calm (c) annoyed — pick one"
    while end > start + 1 and (body[end - 1].low in _TRAILING_MARKS
                               or (body[end - 1].low == "and" and body[end - 2].low in _TRAILING_MARKS)):
        end -= 1  # "..., and (3) summarise": the list's "and" before the next item  # "... (c) 7 - and finally tell me ...": the dash before the next request
    return start, end


_HINT_WORDS = frozenset(stem(w) for w in ("answer", "respond", "reply", "based", "according", "going", "judging",
                                           "stick"))
"""Words only a hint has, beside the audio's: "..., answer from the clip" (not "..., it's a draw")."""
