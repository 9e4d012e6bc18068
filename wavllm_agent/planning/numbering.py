"""Numbered and lettered lists in an instruction: "1. a 2. b", "(1) a (2) b", "Step 1: a", "(a) ... and
(b) ..." - requests to cut into clauses, unless the numbers follow a question as its options
("What sport is it? 1. tennis 2. cricket").
"""

from __future__ import annotations

from wavllm_agent.planning import cues
from wavllm_agent.planning.leads import COUNTED
from wavllm_agent.planning.lexicon import CHOICE_VERBS, REQUEST_VERBS, WH_RUN_ON
from wavllm_agent.planning.text import ARROWS, DASHES, Token
from wavllm_agent.planning.vocab import Vocabulary
from wavllm_agent.tasks.traits import PlanRole

SENTENCE_END = frozenset({".", "!", "?", "。", "！", "？"})
"""Marks that end a sentence."""
_NEXT_REQUEST = frozenset({"and", "then", "also", "finally", "lastly", "plus", "next", "afterwards", "after",
                           "thereafter"})
_OPTION_ENDS = SENTENCE_END | ARROWS | {")", ";", "-", "–", "—"}


def newline_before(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` starts a line (or the text)."""
    return i == 0 or "\n" in text[tokens[i - 1].end:tokens[i].start] or "\r" in text[tokens[i - 1].end:tokens[i].start]


def inline_star(text: str, tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """"* summary ..., max eighty words * that same summary in Polish": after a leading "*", a star set off by spaces
    before a task's words is a bullet (not "what is 3 * x", "the *key* point")."""
    return 0 < i < len(tokens) - 1 and tokens[i].low == "*" and tokens[0].low == "*" \
        and text[tokens[i].start - 1:tokens[i].start].isspace() and text[tokens[i].end:tokens[i].end + 1].isspace() \
        and any(vocab.starts_phrase(tokens, k) for k in range(i + 1, min(len(tokens), i + 5)))


def _options_before_question(tokens: list[Token], chain: list[tuple[int, int, bool]]) -> bool:
    """"1) happy 2) sad 3) angry — which fits?": three or more short items that ask for nothing, opening the
    instruction, then a dash and a question."""
    if len(chain) < 3 or chain[0][0] != 0:
        return False
    last, size, _ = chain[-1]
    dash = next((k for k in range(last + size, min(len(tokens) - 1, last + size + 5)) if tokens[k].low in DASHES), None)
    if dash is None:
        return False
    end = next((k for k in range(dash, len(tokens)) if tokens[k].low in ("?", ".", "!", ";")), len(tokens))
    return tokens[dash + 1].low in cues.WH and end < len(tokens) and tokens[end].low == "?" and not any(t.key in cues.ACTION_KEYS for t in tokens[:dash]) \
        and all(cues.word_count(tokens[a + n:b]) <= 4 for (a, n, _), (b, _, _) in zip(chain, [*chain[1:], (dash, 0, 0)], strict=True))


def _options_after_question(text: str, tokens: list[Token], chain: list[tuple[int, int, bool]],
                            vocab: Vocabulary) -> bool:
    """A chain of numbers right after a question mark whose items ask for nothing: options."""
    if len(chain) < 2 or chain[0][0] == 0:
        return False
    inside = asked_with_options(tokens, chain[0][0], chain[-1][0])
    chosen = chosen_after_colon(tokens, chain[0][0])
    if tokens[chain[0][0] - 1].low not in ("?", "—", "–", "-", ":", "(") and not _question_just_before(tokens, chain[0][0]) \
            and not inside and not chosen:
        return False  # "Who took the final wicket — 1. Patel 2. Khan": after a question, or a dash
    if tokens[chain[0][0] - 1].low != "?" and not chosen and not any(
            t.low in cues.WH or (t.low in cues.AUX and (k == 0 or not tokens[k - 1].is_word
                                                        or tokens[k - 1].low in ("and", "then")))  # ", and was he (1) ..."
            for k, t in enumerate(tokens[:chain[0][0]]) if k >= chain[0][0] - 16):
        return False  # ("Is the customer booking for: 1) a bath 2) ...?": a yes/no question's options too)
    ends = [first for first, _, _ in chain[1:]]
    last = chain[-1][0] + chain[-1][1]
    ends.append(next((k for k in range(last, len(tokens)) if tokens[k].low in _OPTION_ENDS
                      or (tokens[k].low in ("and", ",", "+", "&") and k + 1 < len(tokens)
                          and (tokens[k + 1].key in cues.ACTION_KEYS or tokens[k + 1].low in _NEXT_REQUEST
                               or [t.low for t in tokens[k + 1:k + 3]] in (["to", "finish"], ["to", "end"])))
                      or (tokens[k].low in _NEXT_REQUEST and tokens[k].text[:1].isupper())
                      or (k > last and _lettered_request(tokens, k))  # "... 3. enamel c) sum up under forty words"
                      or (k > last and newline_before(text, tokens, k))),
                     len(tokens)))  # "... 3) nine, and then sum it up": the last option ends at the next request
    return all(not _item_asks(tokens[first + size:end], vocab, inside) and cues.word_count(tokens[first + size:end]) <= 8
               for (first, size, _), end in zip(chain, ends, strict=True))


def _lettered_request(tokens: list[Token], k: int) -> bool:
    """"c) sum it up": a lettered item at ``k`` that asks for a task (the next of a lettered list of requests)."""
    return len(tokens[k].low) == 1 and "a" <= tokens[k].low <= "h" and k + 2 < len(tokens) and tokens[k + 1].low == ")" \
        and tokens[k + 2].key in cues.ACTION_KEYS


def chosen_after_colon(tokens: list[Token], first: int) -> bool:
    """"then pick one: the marathon ended because of 1. rain 2. a broken spring": numbers in the sentence after a
    lead-in that asks to choose ("pick one:", "choose:") or names a quiz ("a quiz: the jumper stopped because of 1) ...")."""
    colon = next((k for k in range(first - 1, max(0, first - 12), -1) if tokens[k].low == ":" or (
        tokens[k].low in DASHES and tokens[k].start > tokens[k - 1].end)), None)  # (or "pick the right answer — ...")
    if colon is None or not all(t.is_word or t.low in ("'", "-", "(") for t in tokens[colon + 1:first]):
        return False
    start = max((k for k in range(colon) if tokens[k].low in (",", ".", ";", "?", "!")), default=-1) + 1
    lead = [t.low for t in tokens[start:colon] if t.is_word]
    return 1 <= len(lead) <= 5 and (any(w in CHOICE_VERBS for w in lead)
                                    or first > colon + 1 and any(w in _QUIZ_WORDS for w in lead))


_QUIZ_WORDS = frozenset({"quiz", "mcq", "choice"})
"""Lead-ins that name a multiple-choice question, before the words its options complete ("second, a quiz: the jumper
stopped because of 1) cramps 2) ..."; not "Quiz: 1. Who won? 2. ...", numbered questions)."""


def _item_asks(item: list[Token], vocab: Vocabulary, inside: bool = False) -> bool:
    """An item names a task - not a mood word alone ("1. calm 2. panicked", the options of "what does he sound like?"),
    nor, inside a question, a mood with more words ("was he (1) happy with the catch (2) worried about the ice?")."""
    found = vocab.matches(item)
    mood = vocab.role(PlanRole.HOW_IT_SOUNDS)
    return bool(found) and not ((inside or cues.word_count(item) <= 2) and all(m.task == mood for m in found)
                                and not any(t.key in cues.ACTION_KEYS for t in item))


def opens_question(words: list[str]) -> bool:
    """``words`` (lower case) start a question: "which animal ...", "whats the first weave ...", not the user's own
    wish ("what I want — i) a transcript ii) a summary")."""
    return bool(words) and (words[0] in cues.WH - {"whether"} or words[0] in WH_RUN_ON) \
        and words[1:2] not in (["i"], ["we"], ["i'd"], ["id"], ["i'm"], ["im"])


def _question_just_before(tokens: list[Token], first: int) -> bool:
    """"..., then which animal do they start with 1) owl 2) fox", "is the beer described as 1) hoppy 2) malty": a question
    with no mark, right before the numbers."""
    start = max((k for k in range(first) if tokens[k].low in (",", ".", ";", "?", "!", ":")), default=-1) + 1
    words = [t.low for t in tokens[start:first] if t.is_word]
    if words[:1] == ["then"] or words[:1] == ["and"]:
        words = words[1:]
    if words[:2] in (["tell", "me"], ["tell", "us"]):
        words = words[2:]  # "tell me which team won (1) the Red Lion (2) the Plough"
    return 2 <= len(words) <= 12 and (opens_question(words) or words[0] in cues.AUX and words[-1] in (
        "as", "like")) and all(t.is_word for t in tokens[start:first])  # "is the beer described as 1) hoppy 2) malty"


_QUESTION_STARTS = frozenset({",", ".", ";", "?", "!", ":", "—", "–"})
"""Marks before the start of a question whose options stand inside it."""


_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "your", "'s", "s"})
"""Words before a verb's form that make it a noun: "the dummy's name", "the last report"."""


def completes_statement(before: list[Token], items: list[Token]) -> bool:
    """``before`` ends with a statement its options complete, right before them: "the steward is (a) excited (b)
    calm", "the puddings are thrown (1) underarm (2) overarm". Not a sentence before requests ("The clip is attached.
    1. Transcribe it.", "The following is requested: (1) a transcript ..."): ``items``, the options, ask for nothing."""
    while len(before) > 1 and before[-1].low == "." and before[-2].low == ".":
        before = before[:-1]  # "The umpire sounds... (a) stern (b) cheerful": a pause
    before = before[:-1] if len(before) > 1 and before[-1].low == "." else before
    words = [t.low for t in before if t.is_word]
    if words[:1] == ["then"]:
        words = words[1:]
    stated = 3 <= len(words) <= 8 and words[0] in _OWNERS and "following" not in words and (
        words[-1] in _COPULAS | {"sounds"}
        or len(words) >= 4 and words[-2] in _COPULAS and words[-1].endswith(("ed", "wn", "en"))
        and words[-1] not in _WANTED)
    firsts = [t for k, t in enumerate(items) if t.is_word and (k == 0 or not items[k - 1].is_word)]
    return stated and before[-1].is_word and not any(t.key in cues.ACTION_KEYS for t in firsts) \
        and not any(t.low in _OUTPUT_WORDS for t in items)


_OWNERS = frozenset({"the", "his", "her", "their"})
_COPULAS = frozenset({"is", "was", "are", "were"})
_OUTPUT_WORDS = frozenset({"transcript", "transcription", "summary", "translation", "version", "count", "tone", "mood",
                           "recap", "gist", "words"})


_CHOOSING = frozenset({"choose", "pick", "prefer", "select", "better", "rather"})
_WANTED = frozenset({"requested", "required", "needed", "wanted", "asked", "listed", "attached", "given", "expected"})


def asked_with_options(tokens: list[Token], first: int, last: int) -> bool:
    """"Does the driver sound (a) calm (b) irritated (c) frightened?", "Was the wig fitting (1) rushed (2) relaxed
    (3) cancelled?": a question that asks for nothing to be done, its options inside it (markers from ``first`` to
    ``last``), then its question mark."""
    lead = first - 1 if first > 0 and tokens[first - 1].low in (",", ":", "—", "–") else first  # "sound, (a) ..."
    start = next((k for k in range(lead - 1, max(-1, lead - 16), -1) if tokens[k].low in _QUESTION_STARTS), None)
    start = (start + 1) if start is not None else (0 if lead < 16 else None)
    if start is None:
        return False
    words = [t for t in tokens[start:lead] if t.is_word]
    if words[:1] and words[0].low in ("then", "and"):
        words = words[1:]
    sentence_end = next((k for k in range(first, len(tokens)) if tokens[k].low in SENTENCE_END
                         and not (tokens[k].low == "." and tokens[k - 1].low.isdigit())), len(tokens))  # (not "1.")
    if lead == first and completes_statement(tokens[start:first], tokens[first:sentence_end]):
        return True  # "Then: the puddings are thrown (1) underarm (2) overarm (3) either way."
    if not 2 <= len(words) <= 12 or words[0].low not in cues.WH | cues.AUX or any(
            t.key in cues.ACTION_KEYS and not (words[k - 1].low in _NOUN_BEFORE or words[k - 1].low.endswith(("'s", "’s")))
            and not (k == 1 and t.low in cues.AUX)  # "how do the hosts sound": "do" asks, it is no request
            for k, t in enumerate(words) if k):
        return False  # not "Can you transcribe (a) the intro (b) the outro?"; but "is the dummy's name 1. ... 2. ...?"
    begin = last + 2 if last + 1 < len(tokens) and tokens[last + 1].low == "." else last  # (past "3." itself)
    end = next((k for k in range(begin, min(len(tokens), last + 40)) if tokens[k].low in SENTENCE_END), None)
    return end is not None and tokens[end].low == "?" and not any(
        t.key in cues.ACTION_KEYS and not t.low.endswith("ed") for t in tokens[first:end])  # ("(3) not mentioned")


_OPENERS = frozenset({".", ",", ";", ":", "!", "?", "-", "–", "—", "(", "then"})
"""What a step counted in words follows when it opens a clause (not "is", "and", "than", "as")."""


def _ascii_number(text: str) -> bool:
    """"12", not "²" or "٣" (digits ``int`` cannot read, or reads as another number)."""
    return text.isascii() and text.isdigit()


_STEP_OUTPUTS = frozenset({"summary", "transcript", "transcription", "translation", "text", "output", "result", "answer"})


def _step_named(tokens: list[Token], i: int) -> bool:
    """"step 1" at ``i`` names a step's output, not a list's marker: "translate the step 1 summary", "the text from
    step 2." (not "Do the step 1 transcribe, the step 2 summarize")."""
    after = tokens[i + 2].low if i + 2 < len(tokens) else ""
    return i > 0 and (tokens[i - 1].low in ("the", "your", "my", "that") and after in _STEP_OUTPUTS
                      or tokens[i - 1].low in ("from", "of") and after in ("", ".", ",", ";", "?", "!", "into", "to"))


def cut_numbered(text: str, tokens: list[Token], hard: set[int], drop: set[int], vocab: Vocabulary) -> None:
    """Numbered lists: "1. a 2. b", "1) a\n2) b", "(1) a (2) b", "Step 1: a Step 2: b"."""
    n = len(tokens)
    found: list[tuple[int, int, int, bool]] = []  # (first token, number, tokens in marker, "step")
    for i, tok in enumerate(tokens):
        # Markers may stand anywhere ("give me 1) a transcript 2) a summary"); only a chain
        # 1, 2, ... of them counts, so "in 20. words" or "option 2)" alone cut nothing.
        at_start = i == 0 or tokens[i].start > tokens[i - 1].end or tokens[i - 1].low == "("  # "(1. The Bell 2. ...)"
        if _ascii_number(tok.low) and len(tok.low) <= 2 and i + 1 < n and tokens[i + 1].low in (".", ")") and at_start:
            if i + 2 >= n or tokens[i + 2].start > tokens[i + 1].end:
                found.append((i, int(tok.low), 2, False))
        elif _ascii_number(tok.low) and len(tok.low) <= 2 and i + 2 < n and tokens[i + 1].low == "-" \
                and (i == 0 or tokens[i - 1].low in (",", ":", ";", "?", ".") and not newline_before(text, tokens, i)) \
                and tokens[i + 1].start > tok.end and tokens[i + 2].start > tokens[i + 1].end and tokens[i + 2].is_word \
                and not tokens[i + 2].low.isdigit():
            found.append((i, int(tok.low), 2, False))  # "1 - short summary of the talk, 2 - how long ...?, 3 - ..."
        elif tok.low == "(" and i + 2 < n and _ascii_number(tokens[i + 1].low) and tokens[i + 2].low == ")" and at_start:
            found.append((i, int(tokens[i + 1].low), 3, False))
        elif tok.low == "step" and i + 1 < n and (_ascii_number(tokens[i + 1].low) and len(tokens[i + 1].low) <= 2
                                                   or tokens[i + 1].low in COUNTED) \
                and not _step_named(tokens, i):  # (not "translate the step 1 summary")
            size = 3 if i + 2 < n and tokens[i + 2].low in (":", ".", ")", "-", ",") else 2
            number = COUNTED.index(tokens[i + 1].low) + 1 if tokens[i + 1].low in COUNTED else int(tokens[i + 1].low)
            found.append((i, number, size, True))
    worded = [m for m in found if m[3] and tokens[m[0] + 1].low in COUNTED]
    opening = [m for m in worded if m[0] == 0 or tokens[m[0] - 1].low in _OPENERS]
    if len(opening) < 2:  # "What does the instructor say in step three?", "Is step one the same as step two?": steps
        opening = []  # named, no list
    found = [m for m in found if m not in worded or m in opening]
    styles = sorted({_style(tokens, m) for m in found})  # one chain per style ("1." and "1)" are two styles):
    chains = [_chain([m for m in found if _style(tokens, m) == style]) for style in styles]
    if not any(len(chain) >= 2 for chain in chains):  # "1. ... 2. Which line? (1) four (2) nine (3) twelve 3. ..."
        chains = [_chain(found)]  # "1) transcribe it (2) summarise it": styles mixed
    for chain in chains:
        if _options_before_question(tokens, chain):  # "1) happy 2) sad 3) angry — which fits?": the options of the
            hard.difference_update(first + size for first, size, _ in chain)  # question after them ("1." ends no sentence)
            continue
        if _options_after_question(text, tokens, chain, vocab):
            # "What sport is it? 1. tennis 2. cricket": the question's options, not a list of requests,
            # and the full stop of "1." ends no sentence.
            hard.difference_update(first + size for first, size, _ in chain)
        elif len(chain) >= 2 or any(step for _, _, step in chain):
            for first, size, _ in chain:
                hard.add(first)
                drop.update(range(first, first + size))


def _style(tokens: list[Token], marker: tuple[int, int, int, bool]) -> tuple[int, str]:
    """How a list marker is written: its length and its last mark ("1." and "2." alike, "1)" another style)."""
    first, _, size, step = marker
    return (size, "step") if step else (size, tokens[first + size - 1].low)  # ("step 2": no mark of its own)


def _chain(found: list[tuple[int, int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The markers numbered 1, 2, 3, ... in order (first token, tokens in marker, "step")."""
    chain: list[tuple[int, int, bool]] = []
    for first, number, size, step in found:
        if number == len(chain) + 1:
            chain.append((first, size, step))
    return chain


_ROMANS = ("i", "ii", "iii", "iv", "v", "vi")


def cut_lettered(tokens: list[Token], hard: set[int], drop: set[int], vocab: Vocabulary) -> None:
    """"please produce (a) a transcript ... and (b) a summary thereof": bracketed letters a, b, ... that
    number requests (each item names a task) cut the clause, with the "and" or comma before a letter."""
    def letter(k: int) -> bool:
        return (len(tokens[k].low) == 1 and tokens[k].low.isalpha()) or tokens[k].low in _ROMANS

    marks = [k for k in range(len(tokens) - 2) if tokens[k].low == "(" and tokens[k + 2].low == ")" and letter(k + 1)]
    size = 3
    stopped = False  # "i. transcribe it ii. translate it into German": letters with a full stop, each before its verb
    for mark in (")", "."):  # "a) transcribe the panel b) translate the transcript to Korean": a closing bracket
        if not marks:
            size, stopped = 2, mark == "."
            marks = [k - 1 for k in range(1, len(tokens) - 1) if tokens[k].low == mark and letter(k - 1)
                     and (k == 1 or tokens[k - 1].start > tokens[k - 2].end)]
    at = size - 2  # the letter's place in its mark
    order = _ROMANS if marks and tokens[marks[0] + at].low == "i" else tuple("abcdefgh")  # "(i) ... (ii) ..." too
    if order == _ROMANS:  # ("(i) ..., (ii) answer this: ...? (A) a shop (B) online, and (iii) ...": options lettered inside)
        marks = [k for k in marks if tokens[k + at].low in _ROMANS]
    chain = [k for n, k in enumerate(marks) if n < len(order) and tokens[k + at].low == order[n]]
    ends = [*chain[1:], len(tokens)]
    after = tokens[chain[0] - 1].low if chain and chain[0] > 0 else ""
    labelled = after == ":" and _listed_tasks(tokens, chain[0] - 1, list(zip(chain, ends, strict=True)), size, vocab)
    if len(chain) < 2 or len(chain) != len(marks) or after == "?" \
            or (after == ":" and not labelled and (tokens[-1].low == "?" or not all(
                k + size < end and tokens[k + size].key in cues.ACTION_KEYS for k, end in zip(chain, ends, strict=True)))) \
            or asked_with_options(tokens, chain[0], chain[-1]):
        return  # options after a question, or inside one; after a colon, unless each item starts with its verb
    starts = {k + size for k in chain}
    asking = {m for k, end in zip(chain, [*chain[1:], len(tokens)], strict=True) if tokens[k + size].low in cues.WH
              or tokens[k + size].low in cues.AUX and tokens[end - 1].low == "?" for m in range(k, end)}
    # ("a) transcript b) which board did they buy? c) summary", "A) transcription B) is the voice the same ...? C) ...":
    # a question item)
    opening = chain[0] == 0 and not any((t.low == "?" or t.low in cues.WH and m not in starts or t.low in _CHOOSING)
                                        and m not in asking for m, t in enumerate(tokens))
    # "a) transcript b) speaker count c) ...", "a) how many ppl talk b) full text" (not "a) a summary b) a
    # translation, choose one", "a) x b) y, which one?")

    def verb_first(k: int) -> bool:  # "b) summarise it", "c) tell me how the coach sounds"
        return k + size < len(tokens) and (tokens[k + size].key in cues.ACTION_KEYS or tokens[k + size].low in REQUEST_VERBS)

    def asked(k: int, end: int) -> bool:  # "... c) what does the coach want?": a question of its own, among requests
        numbered = sum(tokens[m].low.isdigit() and tokens[m + 1].low in (".", ")") for m in range(k + size, end - 1)) >= 2
        start = k + size + 2 * (k + size + 1 < end and tokens[k + size].low in ("q", "question") and tokens[k + size + 1].low == ":")
        return start < end and tokens[start].low in cues.WH | cues.AUX and (tokens[end - 1].low == "?" or numbered) \
            and any(verb_first(j) for j in chain if j != k) or opening and start < end and (tokens[start].low in cues.WH or (
                tokens[start].low in cues.AUX and tokens[end - 1].low == "?"))  # (or its options numbered: "b) which ...: 1. oil 2. ...")
    items = list(zip(chain, ends, strict=True))
    if not all(vocab.matches(tokens[k + size:end]) or asked(k, end) or (k + size < end and tokens[k + size].low in REQUEST_VERBS)
               for k, end in items) \
            and not labelled or (size == 2 and (not opening or stopped) and not labelled
                                 and not all(verb_first(k) or asked(k, end) for k, end in items)):
        return  # options of a question ("(a) nervous (b) calm"), not requests (unless the list opens the instruction)
    for k in chain:
        hard.add(k)
        drop.update(range(k, k + size))
        if k > 0 and tokens[k - 1].low in ("and", ","):
            drop.add(k - 1)


def _listed_tasks(tokens: list[Token], colon: int, items: list[tuple[int, int]], size: int, vocab: Vocabulary) -> bool:
    """"Steps for the colander memo: a) transcription b) whether I'm the only one talking c) emotion of the speaker": a
    label (no question, no choice) before the colon, and lettered items that each name a task."""
    start = max((k + 1 for k in range(colon) if tokens[k].low in (".", "?", "!", ";", ",")), default=0)
    lead = [t.low for t in tokens[start:colon] if t.is_word]
    if not 1 <= len(lead) <= 8 or lead[0] in cues.WH or lead[0] in cues.AUX or any(t.low == "?" for t in tokens) \
            or any(w in CHOICE_VERBS or w in _CHOOSING or w in _QUIZ_WORDS or w in ("option", "options") for w in lead):
        return False
    mood = vocab.role(PlanRole.HOW_IT_SOUNDS)
    plain = [k for k, end in items if any(m.task != mood for m in vocab.matches(tokens[k + size:end]))]
    return bool(plain) and all(k + size < end and (k in plain or tokens[k + size].low in ("whether", "if")
                                                   or _mood_item(tokens[k + size:end]))
                               for k, end in items)  # (a task that is no mood among them: not "a) tone in writing")


def _mood_item(item: list[Token]) -> bool:
    """"c) emotion", "c) emotion of the speaker", "c) the speaker's mood": the emotion task's noun, named alone."""
    words = [t.low for t in item if t.is_word and t.low not in ("the", "her", "his", "their", "speaker's", "speakers")]
    return bool(words) and words[0] in _MOOD_NOUNS and (len(words) == 1 or words[1] == "of" and len(words) <= 4)


_MOOD_NOUNS = frozenset({"emotion", "emotions", "mood", "tone", "feelings", "sentiment"})
"""The noun of the emotion task in a listed item ("c) emotion"), not an option's mood word ("c) angry")."""


_LATER_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})


def spelled_ordinal(tokens: list[Token], i: int) -> bool:
    """", second you answer ..." after a "first ...": the next item of a list counted in words."""
    if tokens[i].low not in _LATER_ORDINALS or i < 2 or tokens[i - 1].low != "," or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.low == "or" or (nxt.low == "," and i + 2 < len(tokens) and tokens[i + 2].low == "or"):
        return False  # "did she finish first, fourth, or sixth?": options
    return any(t.low in ("first", "firstly") for t in tokens[:i - 1]) and (
        nxt.low in ("you", "u", "please", ",", ":") or nxt.key in cues.ACTION_KEYS or nxt.low in cues.WH)


def after_ordinal_tail(tokens: list[Token], i: int) -> bool:
    """"transcript first, speaker check second, short summary third": ``i`` starts the item after one that names an
    output and ends in its ordinal ("second,"), in a list whose first item named one and ended in "first,"."""
    if not (i >= 3 and tokens[i - 1].low == "," and tokens[i - 2].low in _LATER_ORDINALS and tokens[i].is_word):
        return False
    first = next((k for k in range(1, i - 2) if tokens[k].low == "first" and tokens[k + 1].low == ","), None)
    if first is None:
        return False
    start = max((k for k in range(first) if tokens[k].low in (".", "?", "!", ";", ":")), default=-1) + 1
    before = max(k for k in range(first, i - 2) if tokens[k].low == ",")
    return tokens[start].low not in cues.WH | cues.AUX and _names_output(tokens[start:first]) \
        and _names_output(tokens[before + 1:i - 2])


def _names_output(item: list[Token]) -> bool:
    return any(t.low in _OUTPUT_WORDS | {"speaker", "speakers", "voices", "check"} for t in item)


def cut_counted(tokens: list[Token], hard: set[int], drop: set[int]) -> None:
    """"Three tasks. One, is it a single speaker? Two, Which day is it? ... Three, summarise it.": items counted with
    capitalised number words, each opening a sentence, cut the clause and drop their marks."""
    marks = [k for k in range(len(tokens) - 1) if tokens[k].text[:1].isupper() and tokens[k].low in COUNTED
             and tokens[k + 1].low in (",", ":") and (k == 0 or tokens[k - 1].low in (".", "?", "!", ":"))]
    chain = [k for n, k in enumerate(marks) if tokens[k].low == COUNTED[min(n, len(COUNTED) - 1)]]
    if len(chain) >= 2 and len(chain) == len(marks):
        for k in chain:
            hard.add(k)
            drop.update((k, k + 1))


def cut_dashed(text: str, tokens: list[Token], hard: set[int], drop: set[int], vocab: Vocabulary) -> None:
    """"Tasks: - summarise it in 50 words - which cause is the money for? - put the summary into Japanese": a list
    of requests on one line, each after a spaced dash, the first dash right after a colon (or opening the line).
    Every item must ask for something (a task's words, or a question), else the dashes are left as they are."""
    n = len(tokens)
    for c in range(-1, n - 1):  # (-1: the dash opens the instruction)
        if tokens[c + 1].low not in DASHES \
                or not (c < 0 or tokens[c].low == ":" or newline_before(text, tokens, c + 1)):
            continue
        marks = [c + 1]
        for k in range(c + 2, n):
            if k > c + 2 and newline_before(text, tokens, k):
                break
            if tokens[k].low in DASHES and tokens[k].start > tokens[k - 1].end and k + 1 < n \
                    and tokens[k + 1].start > tokens[k].end:
                marks.append(k)
        if len(marks) < 2:
            continue
        ends = [*marks[1:], next((k for k in range(marks[-1] + 1, n) if newline_before(text, tokens, k)), n)]
        if all(end - mark >= 2 and (vocab.matches(tokens[mark + 1:end]) or cues.is_question(tokens[mark + 1:end]))
               for mark, end in zip(marks, ends, strict=True)):
            for mark in marks:
                hard.add(mark)
                drop.add(mark)
        if c >= 0 or hard.issuperset(marks):
            return  # (a dash opening "- For the ferry clip: - transcribe it - ...": the list after the colon)
