"""Splitting an instruction into clauses, one request each.

Hard boundaries: line breaks, bullets, numbered lists ("1. ... 2. ..."), semicolons, sentence
ends, and ordering words after a comma or "and" (", then", "and finally", ", also"). Soft
boundaries: a comma or "and" before a new request (", summarise it", "and tell me ..."); a soft
piece that asks for nothing on its own ("Based on the attached audio", "and be concise") is
joined back to its neighbour. Multiple-choice options ("A. ...; B. ...") stay with their
question, and "ignore the audio" stays with the request it introduces.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wavllm_agent.planning import (
    before_that,
    brevity,
    connectors,
    cues,
    language_pairs,
    numbering,
    options,
    questions,
    request_starts,
    said,
    sentence_ends,
    setoff,
    speech_language,
)
from wavllm_agent.planning.arrow_options import arrow_option
from wavllm_agent.planning.asking import asks_for_something, choice_after_check, mood_item
from wavllm_agent.planning.bullet_options import bullet_options
from wavllm_agent.planning.leads import between_outputs_end
from wavllm_agent.planning.option_merge import BULLETS, merge_options
from wavllm_agent.planning.preambles import merge_preambles
from wavllm_agent.planning.said_forms import WHAT
from wavllm_agent.planning.text import (
    ARROWS,
    DASHES,
    POLITE_WORDS,
    Token,
    ascii_arrow,
    find_language_token,
    target_cue,
    tokenize,
)
from wavllm_agent.planning.verbatim import HEDGES, ONLY_SAID, VERBATIM
from wavllm_agent.planning.vocab import Vocabulary
from wavllm_agent.planning.word_limits import limit_before_question

_HANDING = frozenset({"get", "have", "give", "see"})
_SOFT_ADVERBS = frozenset({"please", "separately", "also", "additionally", "kindly", "briefly", "quickly", "then", "again",
                           "further", "furthermore", "moreover"})
_ANSWERING = frozenset({"answer", "reply", "respond", "question"})
_ONE_MORE_THING = (("one", "more", "thing"), ("one", "last", "thing"), ("another", "thing"), ("last", "thing"), ("one", "other", "thing"))


@dataclass
class Clause:
    """A span of the instruction holding one request.

    Attributes:
        start, end: character offsets in the instruction.
        tokens: the tokens of that span.
        soft: True when it was split from the previous clause at a soft boundary.
    """

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    soft: bool = False

    def text(self, source: str) -> str:
        return source[self.start:self.end]


_CLOSING_QUOTES = frozenset({"'", '"', "’", "”"})
_NEXT_REQUESTS = frozenset({"then", "next", "also", "finally", "lastly", "afterwards", "plus", "now", "and"})
_TOLD = frozenset({"tell", "say", "answer", "state", "explain", "describe"})


def _double_arrow(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """"translate it >> which needle ...? >> then a summary": the second ">" of a ">>" set off by spaces, before a
    request (a task's words, a question word, "then"; not "x >> 2", "press >> to skip", "growth >> inflation")."""
    if not (0 < i < len(tokens) - 1 and tokens[i].low == ">" and tokens[i - 1].low == ">"
            and tokens[i - 1].end == tokens[i].start and tokens[i + 1].start > tokens[i].end):
        return False
    nxt = tokens[i + 1]
    return nxt.low in cues.WH or nxt.low in ("then", "and", "also") or vocab.starts_phrase(tokens, i + 1)


def _ends_inside_quotes(tokens: list[Token], i: int, hard: set[int]) -> bool:
    """"... 3. 'Ready!' Then summarize it": a closing quote after a sentence's end, then a new request (not "When he
    says 'Go!' Does the crowd cheer?", "Who said 'Now!' Tell me in French.", a question still open)."""
    n = len(tokens)
    if not (tokens[i].low in _CLOSING_QUOTES and i > 1 and tokens[i - 1].low in numbering.SENTENCE_END
            and tokens[i - 1].end == tokens[i].start and i + 1 < n and tokens[i + 1].start > tokens[i].end
            and tokens[i + 1].text[:1].isupper() and not sentence_ends.no_sentence_end(tokens, i - 1)):
        return False
    nxt = tokens[i + 1]
    if nxt.low not in _NEXT_REQUESTS and (nxt.key not in cues.ACTION_KEYS or nxt.low in _TOLD):
        return False
    start = max((k for k in hard if k <= i), default=0)
    opened = tokens[start].low in cues.WH or tokens[start].low in cues.AUX
    return not opened or any(t.low == "?" for t in tokens[start:i - 1])


def split_clauses(text: str, vocab: Vocabulary) -> list[Clause]:
    """The clauses of ``text`` in order (none for an instruction without words)."""
    tokens = connectors.without_asides(tokenize(text))  # ("Please determine, for the record, whether ...")
    hard, soft, drop = _boundaries(text, tokens, vocab)
    pieces = _merge_soft(tokens, merge_options(tokens, _segments(tokens, hard, soft, drop), vocab), vocab)
    pieces = _language_first(tokens, merge_preambles(tokens, pieces, vocab))
    return [Clause(tokens[a].start, tokens[b - 1].end, tokens[a:b], is_soft) for a, b, is_soft in pieces]


def _language_first(tokens: list[Token], pieces: list[_Piece]) -> list[_Piece]:
    """"Thai please. What's the narrator saying? ...": a first sentence that is only a language (and "please") belongs
    to the question after it, when that asks what is said."""
    if len(pieces) < 2:
        return pieces
    (a, b, soft), (c, d, _) = pieces[0], pieces[1]
    words = [t for t in tokens[a:b] if t.is_word and t.low not in POLITE_WORDS]
    alone = len(words) == 1 and find_language_token(words[0]) is not None and tokens[b - 1].low == "."
    if not alone or tokens[c].low not in WHAT or not said.asks_what_is_said(tokens[c:d]) \
            or any(find_language_token(t) == find_language_token(words[0]) for t in tokens[c:d]):
        return pieces  # (not "Hindi. What does this Hindi speaker say?": the speech's language)
    return [(a, d, soft), *pieces[2:]]


def _boundaries(text: str, tokens: list[Token], vocab: Vocabulary) -> tuple[set[int], set[int], set[int]]:
    n = len(tokens)
    hard: set[int] = set()
    soft: set[int] = set()
    drop: set[int] = set()
    arrowed: set[int] = set()
    for i, tok in enumerate(tokens):
        if i and numbering.newline_before(text, tokens, i):
            hard.add(i)
        if (tok.low in BULLETS and numbering.newline_before(text, tokens, i)) or (
                (tok.low in options.INLINE_BULLETS or numbering.inline_star(text, tokens, i, vocab))
                and not bullet_options(tokens, i)):
            hard.add(i)
            drop.add(i)
        elif (tok.low in ARROWS or ascii_arrow(tokens, i) or _double_arrow(tokens, i, vocab)) \
                and not arrow_option(tokens, i):  # (before a language,
            # tokenize reads one as "into"; not "which drink is it: → tea → coffee": a question's options)
            hard.add(i + 1)  # "transcript -> summary -> German": one request after another
            arrowed.add(i + 1)  # (at an opening quotation mark too: "transcript → 'Who is ...? – A – B' → summary")
            drop.update((i - 1, i) if tok.low == ">" else (i,))
        elif tok.low == ";" and not (0 < i < n - 1 and tokens[i - 1].low == "tl" and tokens[i + 1].low == "dr") \
                and not options.in_listed_options(tokens, i) and not setoff.reader_before(tokens, i):
            hard.add(i)
            drop.add(i)
        elif setoff.slash_between_requests(tokens, i):  # "summarise in 50 words / which price ...? / translate it"
            hard.add(i)
            drop.add(i)
        elif setoff.request_after_language(tokens, i) or setoff.language_aside(tokens, i) \
                or setoff.it_in_language(tokens, i) or setoff.question_after_dash(tokens, i, vocab) \
                or setoff.sized_after_dash(tokens, i) or setoff.words_in_language(tokens, i) \
                or before_that.done_first_after_dash(tokens, i):  # "... — keep the summary to 25 words"
            # "What the attendant explains — could I have it in Chinese?", "... on paper — do two commentators ...?"
            hard.add(i)  # "... is in Ukrainian - write it out for me.", "Transcribe it — she speaks Hungarian — and ..."
            drop.add(i)
        elif tok.low in numbering.SENTENCE_END and i + 1 < n and tokens[i + 1].start > tok.end and not sentence_ends.no_sentence_end(tokens, i) \
                and not (tok.low == "?" and (sentence_ends.or_just(tokens, i + 1) or sentence_ends.bracketed_options(tokens, i + 1)
                                             or sentence_ends.dashed_options(tokens, i)
                                             or sentence_ends.true_or_false(tokens, i)
                                             or sentence_ends.in_brackets(tokens, i))):
            # "guy n his coworker?? or just him", "which is hardest? (feather, red button, bottle cap)": one question
            hard.add(i + 1)
        elif tok.low == ")" and i > 0 and tokens[i - 1].low == "?" and i + 1 < n and tokens[i + 1].start > tok.end \
                and any(tokens[k].low == "?" and sentence_ends.in_brackets(tokens, k) for k in range(max(0, i - 8), i - 1)):
            hard.add(i + 1)  # "Count speakers (1? 2? more?) then summarize": the choices end there
        elif _ends_inside_quotes(tokens, i, hard):
            hard.add(i + 1)  # "... 3. 'Ready!' Then summarize it": the sentence ends inside the quote
    for i in setoff.barred_requests(tokens, vocab):  # "conga clip | speakers? | why did ...? | mood of the MC"
        hard.add(i)
        drop.add(i)
    numbering.cut_numbered(text, tokens, hard, drop, vocab)
    numbering.cut_lettered(tokens, hard, drop, vocab)
    numbering.cut_dashed(text, tokens, hard, drop, vocab)
    numbering.cut_counted(tokens, hard, drop)
    for i, tok in enumerate(tokens[:-1]):
        if tok.low != ":":
            continue
        start = max((k for k in hard if k <= i), default=0)
        if cues.introduces_list(tokens[start:i + 1]) or (
                tokens[i + 1].key in cues.ACTION_KEYS and not cues.is_request(tokens[start:i])
                and speech_language.stated_speech_language(tokens[start:i]) is not None):
            hard.add(i + 1)  # "I need three things from the demo clip: how ..., whether ..., and ..."; "It's a
            # Greek-language recording of our AGM: write it down, ...": the speech's language, stated first
    for i in range(1, n):
        connectors.connector(tokens, i, hard, drop)
    for i, tok in enumerate(tokens):
        if (tok.low in (",", "and", "+", "&") or tok.text == "n") and i not in drop and i + 1 < n and i not in hard \
                and not (tok.low == "&" and 0 < i and tokens[i - 1].end == tok.start and tok.end == tokens[i + 1].start
                         and tokens[i - 1].is_word and len(tokens[i - 1].low) <= 2 and tokens[i + 1].is_word
                         and len(tokens[i + 1].low) <= 3 and tokens[i - 1].low not in ("it", "me", "us")):
            # "the Q&A", "R&B": a noun; not "Transcribe it&summarize it"
            _soft(tokens, i, vocab, soft, drop, hard)
        elif language_pairs.as_well_as(tokens, i) and i not in drop:
            soft.add(i)
            drop.update(range(i, i + 3))
    quoted = _quoted(tokens)  # "translate 'then, summarise it' into French": one request
    return hard - (quoted - arrowed), soft - quoted, drop - quoted


_QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“"}
_MAX_QUOTE_TOKENS = 80


def _quoted(tokens: list[Token]) -> set[int]:
    """Indices of tokens inside quotation marks (the marks included), for short quotations."""
    inside: set[int] = set()
    n = len(tokens)
    i = 0
    while i < n - 1:
        close = _QUOTE_PAIRS.get(tokens[i].text)
        opens = close is not None and tokens[i + 1].start == tokens[i].end and (i == 0 or tokens[i - 1].end < tokens[i].start
                                                                              or not tokens[i - 1].is_word)
        if opens:
            for j in range(i + 1, min(n, i + _MAX_QUOTE_TOKENS)):
                if tokens[j].text == close and j > i + 1 and tokens[j - 1].end == tokens[j].start:
                    inside.update(range(i, j + 1))
                    i = j
                    break
        i += 1
    return inside



def _in_parentheses(tokens: list[Token], i: int) -> bool:
    """True inside a short parenthesis: "two people (the milliner and a customer) or one"."""
    opened = next((k for k in range(i - 1, max(-1, i - 12), -1) if tokens[k].low in ("(", ")")), None)
    if opened is None or tokens[opened].low != "(":
        return False
    return any(t.low == ")" for t in tokens[i + 1:i + 12])


def _soft(tokens: list[Token], i: int, vocab: Vocabulary, soft: set[int], drop: set[int], hard: set[int]) -> None:
    """", VERB ..." / "and VERB ..." / "and is ..." / ", a 20-word summary": a new request may start."""
    start = setoff.sentence_start(tokens, i)
    if (i - 1 in hard and not tokens[i - 1].is_word) or _in_parentheses(tokens, i) or options.inside_options(tokens, i) \
            or options.in_colon_list(tokens, i) or (tokens[i].low == "," and options.in_listed_options(tokens, i)) \
            or 0 < start and start + between_outputs_end(tokens[start:]) > i:
        return  # "...; and finish by ...": a clause already; "(the milliner and a customer)"; "b) x and y c) z";
        # "Transcribe it. Between the transcript and the continuation, answer ...": one lead (after the requests)
    n = len(tokens)
    j = i + 1
    if tokens[i].low in (",", "+", "&") and j < n and (tokens[j].low == "and" or tokens[j].low == "but" and j + 1 < n
                                                        and tokens[j + 1].low in ("also", "additionally")):
        j += 1  # (", but also answer ...": one more request)
    while j < n and (tokens[j].low in _SOFT_ADVERBS or (j == i + 1 and tokens[j].low == "just" and i > 1
                                                        and tokens[i - 2].low in ("speaking", "speaks", "in", "is", "its")
                                                        and find_language_token(tokens[i - 1]) is not None)):
        j += 1  # "and separately summarise ...", "the guy is speaking english, just type up what he says"
    if j < n and (j > i + 1 and tokens[j - 1].low in _SOFT_ADVERBS or tokens[j - 1].low == "and") and tokens[j].low == ":":
        if tokens[j - 1].low == "and" and any(t.low in _ANSWERING for t in tokens[setoff.sentence_start(tokens, i):i]):
            return  # "Reply in German, and: where are they?": how to answer the question after it
        j += 1  # "..., and separately: what does she say?", "Transcribe it, and: how long ...?"
    if tokens[i].low == "and" and j + 4 < n and tokens[j].low == "," and tokens[j + 3].low == "," \
            and tokens[j + 1].low == "from" and tokens[j + 2].low in ("that", "this", "it"):
        j += 4  # "... and, from that, a 45-word digest."
    elif tokens[i].low == "and" and j + 4 < n and tokens[j].low == "," and tokens[j + 1].low == "in" \
            and find_language_token(tokens[j + 2]) and tokens[j + 3].low == "," and tokens[j + 4].low in ("what", "whatever"):
        soft.add(i)  # "Give me a transcript and, in Japanese, what the coach says.": a second request, its
        drop.update((i, j))  # language first
        return
    shut = setoff.dashed_label_end(tokens, j)  # ", and — multiple choice — what does she burnish ...?"
    labelled = shut is not None and tokens[j - 1].low == "and"
    j = shut if shut is not None else j
    thing = next((len(p) for p in _ONE_MORE_THING if tuple(t.low for t in tokens[j:j + len(p)]) == p), 0)
    if thing and j + thing < n - 1 and tokens[j + thing].low in ("—", "–", "-", ":", ","):
        j += thing + 1  # "..., and one more thing — what tone does he take?"
    if [t.low for t in tokens[j:j + 3]] in (["at", "the", "end"], ["in", "the", "end"]) and j + 3 < n \
            and tokens[j + 3].key in cues.ACTION_KEYS:
        j += 3  # "..., and at the end convert that transcript to Dutch"
    if j >= n or j in hard or connectors.working_from(tokens, i, j):
        return  # (", working from the transcript": what the request before works on)
    if tokens[i].low == "," and i > 0 and any(limit_before_question(tokens, k) == i for k in range(max(0, i - 7), i)):
        return  # "..., and in under twenty words, what is it about?": the limit belongs to the question after it
    if tokens[j].low == "in" and j + 1 < n and find_language_token(tokens[j + 1]):
        opened = max((k for k in hard if k <= i), default=0)
        separately = tokens[j - 1].low == "separately" and (
            not any(t.low == "?" for t in tokens[j:]) and tokens[opened].low not in cues.WH | cues.AUX
            or said.asks_what_is_said(tokens[opened:i]) and (j + 2 == n or tokens[j + 2].low in ("?", ".", "!")))
        # ("What does she say in French, and separately in German?"; not "..., and separately in German, about ...?")
        if tokens[j - 1].low == "again" != tokens[i - 1].low or (tokens[j - 1].low == "and" or separately) and (j + 2 < n and tokens[j + 2].low in ("too", "also", "as") or (
                i >= 2 and tokens[i - 2].low == "in" and find_language_token(tokens[i - 1])
                and (j + 2 == n or not tokens[j + 2].is_word)
                and (tokens[opened].low not in cues.AUX or tokens[opened].low in ("can", "could")
                     and tokens[opened + 1].low in ("i", "you", "u", "we") and tokens[opened + 2].low in _HANDING
                     and not any(find_language_token(t) for t in tokens[opened:i - 1])))):
            # ("Can I get what she says in ...", not "Can you tell if the speaker talks in Thai and in Persian?")
            soft.add(i)  # "The croupier's announcement in Greek, please, and in Turkish too.", "... verdict in
            drop.update(range(i, j))  # Ukrainian and in Hebrew.": a second language
        return  # "what is said, in German?": the answer's language, not a new request
    upto = next((k for k in range(j, min(n, j + 5)) if tokens[k].low == ","), n)  # ("Everything she says, word for word,
    bare = upto == n or upto + 2 < n and tokens[upto + 1].low == "in" and find_language_token(tokens[upto + 2]) and not any(
        t.low in ("transcribe", "transcript", "transcription", "write", "type") for t in tokens[:i])  # in Hindi.")
    if bare and upto - j <= 5 and (tuple(t.low for t in tokens[j:upto] if t.is_word and t.low not in HEDGES) in VERBATIM
                                   or tuple(t.low for t in tokens[i + 1:upto] if t.is_word) in ONLY_SAID):
        return  # "The hut conversation, in Turkish, word for word.", "..., just what's said": how, not another request
    if tokens[i].low == "," and tokens[j].low in ("this", "it") and j + 3 < n and tokens[j + 1].low in ("is", "'s") \
            and (tokens[j + 2].low == "in" and find_language_token(tokens[j + 3])
                 or find_language_token(tokens[j + 2]) and tokens[j + 3].low == "language"):
        soft.add(i)  # "write what he is speaking, this is in Hindi language": the speech's language, stated
        drop.add(i)
        return
    if tokens[i].low == "," and tokens[j].low == "so" and j + 1 < n and (tokens[j + 1].key in cues.ACTION_KEYS or tokens[
            j + 1].low in ("give", "please") or tokens[j + 1].low == "i" and _wanting(tokens[j + 2:j + 4], or_not=False)) \
            and any(find_language_token(t) for t in tokens[max(0, i - 3):i]) \
            and tokens[max((k + 1 for k in hard if k < i), default=0)].low not in ("i", "we"):  # (not "I speak only English, so")
        soft.add(i)  # "The clip is in Italian, so translate it into English.": the speech's language, then the request
        drop.update(range(i, j + 1))
        return
    if tokens[i].low == "," and j + 1 < n and (tokens[j].low == "i" and _wanting(tokens[j + 1:j + 3]) or tokens[j].low in (
            "i'd", "id") and tokens[j + 1].low in ("need", "want", "like", "love")):  # (", I'd need it in Romanian")
        soft.add(i)  # "This is recording of the wedding speech, I want it in Greek language please."
        drop.add(i)
        return
    if tokens[i].low == "," and tokens[j].low in ("the", "this", "it", "he", "she", "they") and setoff.states_language(tokens, j):
        soft.add(i)  # "you make the transcription of this audio, the speaker talk in Italian, and ..."
        drop.add(i)
        return
    if tokens[i].low == "," and i >= 3 and tokens[i - 2].low == "in" and find_language_token(tokens[i - 1]) \
            and tokens[i - 3].low == "," and tokens[j].low == "what":
        return  # "tell me, in Greek, what she says": one request with its language set off
    if tokens[i].low == "," and tokens[j].low == "translated" and find_language_token(tokens[i - 1]) is not None \
            and all(not t.is_word or t.low in _HOW_TRANSLATED or t.key in cues.AUDIO_KEYS for t in tokens[j + 1:]):
        return  # "that summary in Italian, translated.", "..., translated straight from the audio.": how, not a request
    after_and = tokens[j - 1].low in ("and", "n", "+", "&") or labelled  # "n": texting for "and"
    if request_starts.starts_request(tokens, i, j, hard, vocab, after_and=after_and):
        dashed = tokens[i].low == "and" and i > 1 and tokens[i - 1].low in DASHES and tokens[i - 1].start > tokens[i - 2].end
        soft.add(i - dashed)  # ("The safety talk in Ukrainian — and the instructor's mood.": the dash goes too)
        drop.update(range(i - dashed, j))


_HOW_TRANSLATED = frozenset({"straight", "directly", "right", "from", "off", "the", "this", "that"})


# A piece is (first token, end token exclusive, soft): merging two pieces keeps the separators between them, so a
# merged clause reads exactly as written. Merges work on index ranges and on flags computed once per piece (linear).
_Piece = tuple[int, int, bool]


def _segments(tokens: list[Token], hard: set[int], soft: set[int], drop: set[int]) -> list[_Piece]:
    cuts = sorted(hard | soft)
    bounds = [0, *cuts, len(tokens)]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        kept = [k for k in range(a, b) if k not in drop]
        if not any(tokens[k].is_word for k in kept):
            continue
        out.append((kept[0], kept[-1] + 1, a in soft and a not in hard))
    return out


def _merge_soft(tokens: list[Token], pieces: list[_Piece], vocab: Vocabulary) -> list[_Piece]:
    """Join soft pieces that ask for nothing on their own to their neighbour."""
    out: list[tuple[int, int, bool, bool]] = []
    for n, (a, b, is_soft) in enumerate(pieces):
        piece = tokens[a:b]
        hint = questions.hint_prefix_end(tokens, a) >= b  # "From what is said in the recording, what ...?"
        said_in = [t for t in piece if t.is_word and t.low not in POLITE_WORDS]  # ("in Ukrainian pls")
        said_in = said_in[1:] if len(said_in) == 2 and said_in[0].low == "in" else said_in
        anded = b < len(tokens) and (tokens[b].low == "and" or tokens[b].low == "," and tokens[b + 1:b + 2]
                                     and tokens[b + 1].low == "and")
        second = (is_soft or (len(piece) > len(said_in) and anded)) and len(said_in) == 1 \
            and find_language_token(said_in[0]) is not None
        # ("into Portuguese and Spanish", "in Ukrainian and in Hebrew": the second language, split off; "What is he
        # saying? In Romanian, and add a summary": the language of the question before, then a request of its own)
        lead = cues.lead_end(piece)  # ("ok so the guide is speaking english")
        so = b + 1 < len(tokens) and tokens[b].low == "," and tokens[b + 1].low == "so"  # "Nonna speaks only Italian, so ..."
        asks = not hint and not brevity.brevity_tail(tokens, a, b) and (second or asks_for_something(piece, vocab) or mood_item(tokens, a, b, vocab) or (
            bool(out) and choice_after_check(tokens, out[-1][0], a, b)) or (
            (so or lead < len(piece) and (piece[lead].low in ("this", "it", "the", "he", "she", "they")
                                           or piece[lead].key in cues.AUDIO_KEYS and piece[lead].low != "said"))
            and speech_language.stated_speech_language(piece) is not None))  # ", this is in Hindi language"
        wants = len(piece) > 1 and piece[0].low == "i" and _wanting(piece[1:3], or_not=False) and (asks or target_cue(piece) is not None)
        wants = wants or (len(piece) > 2 and piece[0].low in ("you", "u") and asks and a > 0 and tokens[a - 1].low == ",")
        # "audio is french, you write what they say please": a request in learner's English
        if not asks and lead < len(piece) and piece[lead].low in ("want", "need") and target_cue(piece) is not None \
                and n + 1 < len(pieces) and _a_question(tokens[pieces[n + 1][0]:pieces[n + 1][1]]):
            asks = True  # "Want it in Chinese, and is it two people?": the language, asked (not "..., and summarize it")
        listed = asks and bool(out) and lead < len(piece) and piece[lead].low not in cues.WH and bool(vocab.matches(piece)) \
            and options.has_options(tokens[out[-1][0]:out[-1][1]])  # "pick one: it is for a) x b) y, and continue it"
        if out and is_soft and not ((out[-1][3] or listed) and asks) and not wants:  # (", I want it in Greek": a request)
            la, _, lsoft, lasks = out[-1]
            out[-1] = (la, b, lsoft, lasks or asks)
        else:
            out.append((a, b, is_soft, asks))
    return [(a, b, is_soft) for a, b, is_soft, _ in out]


def _a_question(piece: list[Token]) -> bool:
    """"and is it two people?": a question (its first word after the link a question word, a question mark last)."""
    words = [t for t in piece[cues.lead_end(piece):] if t.is_word]
    return bool(words) and piece[-1].low == "?" and (words[0].low in cues.WH or words[0].low in cues.AUX)


def _wanting(after: list[Token], *, or_not: bool = True) -> bool:
    """What follows "I" in "..., I want it in Greek", "..., and I also need a transcript" (and, with ``or_not``,
    "..., I don't need ...")."""
    lows = [t.low for t in after]
    if lows[:1] and lows[0] in ("also", "really", "still"):
        lows = lows[1:]
    return bool(lows) and (lows[0] in ("want", "need", "'d", "would") or (or_not and lows[0] in ("don't", "dont", "not", "no")))
