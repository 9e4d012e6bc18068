"""Word limits in an instruction: "in 20 words", "no more than twenty-five words", "a 30-word summary".

Numbers are read from digits or English number words, scanning a few tokens back from "words"
(never further), so the time grows linearly with the instruction.
"""

from __future__ import annotations

from wavllm_agent.planning.text import Token, stem
from wavllm_agent.planning.typos import one_edit

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES)
"""Numbers written in words ("twenty", "a hundred")."""


def _number_before(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The number written just before ``tokens[end]`` ("20", "twenty-five", "one hundred").

    Returns (value, index of its first token), or None.
    """
    i = end - 1
    if i >= 0 and tokens[i].low == "-":  # "20-word"
        i -= 1
    if i < 0:
        return None
    if tokens[i].low.isascii() and tokens[i].low.isdigit():
        return (int(tokens[i].low[:6]), i) if len(tokens[i].low) <= 6 else None
    # Collect number words backwards (hyphens and "and" between them allowed), then read them.
    words: list[str] = []
    first = i
    stop = max(-1, i - 16)  # a number is a few words long; never walk further back
    while i > stop:
        low = tokens[i].low
        if low in ("a", "an") and words and words[-1] not in _SCALES:
            break  # "a two-dozen-word summary": "a" counts only before a scale ("a dozen", "a hundred")
        if low in _UNITS or low in _TENS or low in _SCALES:
            words.append(low)
            first = i
        elif not (low in ("-", "and") and words):
            break
        i -= 1
    words.reverse()
    if not words or words == ["a"] or words == ["an"]:
        return None
    total, current = 0, 0
    for w in words:
        if w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            current += _UNITS.get(w, 0) + _TENS.get(w, 0)
    value = total + current
    return (value, first) if value > 0 else None


_NOT_A_LIMIT = {"least", "minimum", "over", "exceed", "exceeding"}
_NEGATED = {"not", "no", "never", "don't", "doesn't", "shouldn't", "mustn't", "without"}


_WORD_UNITS = frozenset({"word", "words", "wrds", "wds", "wrd", "worda", "wordss"})
""""words" as users type it ("in fifty wrds")."""


def word_limit(tokens: list[Token]) -> int | None:
    """The most words the user allows: "in 20 words", "no more than twenty words", "a 30-word summary".

    "at least N words" and "more than N words" (without "no") are not limits.
    """
    for index, tok in enumerate(tokens):
        if tok.low not in _WORD_UNITS and not one_edit(tok.low, "words"):
            continue  # "in fifteen wrods" as well
        end = index - 3 if index >= 3 and tokens[index - 1].low == ")" and tokens[index - 3].low == "(" else index
        found = _number_before(tokens, end)  # "fifty (50) words": the number before the figure in brackets
        if found is None and end != index:
            found = _number_before(tokens, index - 1)  # "in (20) words"
        if found is None:
            continue
        value, first = found
        before = [t.low for t in tokens[max(0, first - 3):first]]
        if before and before[-1] in _NOT_A_LIMIT and not _NEGATED.intersection(before):
            continue  # "at least 20 words"; but "not exceeding fifty words" is a limit
        if before[-2:] == ["more", "than"] and "no" not in before and "not" not in before:
            continue
        return value
    return _cut_down_to(tokens) or _summed_in(tokens)


_SUMMING = frozenset(stem(w) for w in ("summarise", "summary", "summery", "sum", "tldr", "recap", "gist", "digest"))
"""Keys of the words that ask for a summary ("summarize" and "sumarise" share the first's key)."""


def _summed_in(tokens: list[Token]) -> int | None:
    """"then tldr in 10", "summarise it in 15 please", "sum up in under 40": a bare number (under a thousand: not "in
    1984") after "in", last in the clause, after a word that asks for a summary (words, then); not in a question."""
    words = [t for t in tokens if t.is_word]
    if not words or any(t.low in _ASKING for t in words) or any(t.low == "?" for t in tokens):
        return None
    while len(words) > 1 and words[-1].low in ("please", "pls", "plz", "thanks", "thx", "ty", "asap"):
        words = words[:-1]
    last = next(k for k in range(len(tokens)) if tokens[k] is words[-1])
    found = _number_before(tokens, last + 1)
    if found is None or found[0] >= 1000 or found[1] < 2:
        return None
    at = found[1] - 1 - (tokens[found[1] - 1].low in ("under", "below", "max", "about", "around"))
    if at < 1 or tokens[at].low != "in":
        return None
    before = tokens[max(0, at - 6):at]
    tldr = any(a.low == "tl" and b.low == ";" and c.low == "dr" for a, b, c in zip(before, before[1:], before[2:], strict=False))
    return found[0] if any(t.key in _SUMMING for t in before) or tldr else None


_CUTTING = frozenset(f"{verb}{ending}" for verb, endings in (
    ("cut", ("",)), ("boil", ("", "ed")), ("pare", ("", "d")), ("trim", ("", "med")), ("whittle", ("", "d")),
    ("slim", ("", "med")), ("shorten", ("", "ed")), ("shrink", ("",)), ("shrank", ("",)), ("shrunk", ("",)),
    ("condense", ("", "d")), ("distil", ("", "l", "led")), ("distill", ("", "ed"))) for ending in endings)
_ASKING = frozenset({"is", "are", "was", "were", "does", "do", "did", "can", "could", "will", "would", "should", "has",
                     "have", "had", "what", "who", "which", "how", "why", "when", "where", "whether", "if"})
"""Words that make a clause a question about the content ("Does the seller cut the price down to 20?")."""


def _cut_down_to(tokens: list[Token]) -> int | None:
    """"those Finnish words cut down to 20.", "shorten it to 15 please": a bare number, last in the clause, after a verb
    that shortens a text (words, then, whatever unit is left out); not in a question."""
    words = [t for t in tokens if t.is_word]
    if not words or any(t.low in _ASKING for t in words) or any(t.low == "?" for t in tokens):
        return None
    while len(words) > 1 and words[-1].low in ("please", "pls", "plz", "thanks"):
        words = words[:-1]
    last = next(k for k in range(len(tokens)) if tokens[k] is words[-1])
    found = _number_before(tokens, last + 1)
    if found is None or found[1] < 2 or tokens[found[1] - 1].low != "to":
        return None
    verbs = [t.low for t in tokens[max(0, found[1] - 5):found[1] - 1]]
    return found[0] if _CUTTING.intersection(verbs) else None


def limit_before_question(tokens: list[Token], j: int) -> int | None:
    """"(..., and) in under twenty words, what is it about?": a word limit set before a question on the gist, from ``j``
    (after "and", a semicolon or a full stop) to a comma; the comma's index, else None."""
    comma = next((k for k in range(j, min(len(tokens) - 1, j + 8)) if not tokens[k].is_word and tokens[k].low != "-"),
                 None)
    if comma is None or tokens[comma].low != "," or tokens[j].low != "in" \
            or not any(t.low in ("words", "word") for t in tokens[j:comma]) \
            or (j > 0 and tokens[j - 1].low not in ("and", ";", ".")):
        return None  # (not "summarise it, in under 20 words, how does she sound?": the limit of the summary before)
    end = next((k for k in range(comma + 1, len(tokens)) if tokens[k].low in (".", "?", "!", ";")), None)
    asked = [t.low for t in tokens[comma + 1:end]] if end is not None and tokens[end].low == "?" else []
    gist = 2 <= len(asked) <= 7 and asked[0] in ("what", "what's", "whats") and (
        asked[-1] == "about" or any(w in ("happens", "happened", "going") for w in asked))
    return comma if gist and word_limit(tokens[j:comma]) is not None else None  # ("why is he angry?" stays a question)
