"""Where a full stop ends a sentence and where it only ends an abbreviation, an initial or an option's letter."""

from __future__ import annotations

from wavllm_agent.planning import cues
from wavllm_agent.planning.text import Token, find_language_token

_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "vs", "etc", "eg", "ie", "no", "approx",
                            "prof", "sr", "jr", "e.g", "i.e", "cf", "fig", "min", "max"})
_ROMAN_MARKS = frozenset({"ii", "iii", "iv", "vi"})  # "i. basil ii. lettuce iii. tomatoes" ("i", "v": one letter)
_NEW_SENTENCE = frozenset({"finally", "then", "also", "next", "lastly", "and", "after", "afterwards", "please",
                           "subsequently", "thereafter"})
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "secondly", "thirdly"})


def no_sentence_end(tokens: list[Token], i: int) -> bool:
    """True when the full stop at ``i`` ends an abbreviation, an initial or an option's letter ("Dr.", "J.",
    "a. Lock 3"), not a sentence."""
    if tokens[i].low != "." or i == 0:
        return False
    if i >= 2 and tokens[i - 1].low == tokens[i - 2].low == "." and i + 2 < len(tokens) and (
            tokens[i + 1].low == "in" and tokens[i + 1].text.islower() and find_language_token(tokens[i + 2])
            or tokens[i + 1].low == "(" and len(tokens[i + 2].low) == 1
            or len(tokens[i + 1].text) == 1 and (tokens[i + 1].text.islower() or tokens[i + 1].text.isdigit())
            and tokens[i + 2].low in (".", ")")):
        return True  # "the kid's little speech... in turkish?", "The umpire sounds... (a) stern (b) ...", "was won
        # by... a. the red team b. ...": a pause
    prev = tokens[i - 1]
    if i >= 2 and tokens[i - 2].low == "°" and prev.low in ("c", "f") and i + 2 < len(tokens) \
            and tokens[i + 1].text[:1].isupper() and len(tokens[i + 1].low) > 1 and tokens[i + 2].is_word:
        return False  # "(c) 200°C. Finish with a summary.": a temperature's unit, then a new sentence (not "A. 180°C.
        # B. 200°C": the next option)
    ordinal = i + 2 < len(tokens) and tokens[i + 1].low in _ORDINALS and tokens[i + 2].low == ","
    if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and (tokens[i + 1].low in cues.WH | _NEW_SENTENCE
                                                                     or ordinal) \
            and (len(prev.low) == 1 or prev.low in ("max", "min")):
        return False  # "(c) low E. How does the customer sound?", "3. middle E. Third, does he ...": a new sentence
    if prev.low in ("max", "min") and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and (
            find_language_token(tokens[i + 1]) or tokens[i + 1].low == "in" and i + 2 < len(tokens)
            and find_language_token(tokens[i + 2])):
        return False  # "Summary. 30 words max. Spanish.": a language, a sentence of its own
    if len(prev.low) == 1 and i >= 2 and tokens[i - 2].low.isdigit() and i + 1 < len(tokens) \
            and tokens[i + 1].text[:1].isupper() and (tokens[i + 1].low in _NEW_SENTENCE or tokens[i + 1].low in cues.WH
                                                      or tokens[i + 1].key in cues.ACTION_KEYS):
        return False  # "... / 30 m. Finally, ...": a unit, then a new sentence (not "a. Lock 3 b. Lock 7")
    if len(prev.low) == 1 and i >= 2 and tokens[i - 2].low in ("or", ",") and i + 1 < len(tokens) \
            and tokens[i + 1].text[:1].isupper() and tokens[i + 1].key in cues.ACTION_KEYS:
        return False  # "...? S, M or L. Translate the transcript ...": the last option, then a new sentence
    return (len(prev.low) == 1 and prev.low.isalpha()) or prev.low in _ABBREVIATIONS or prev.low in _ROMAN_MARKS


_NOT_AN_OPTION = frozenset({"please", "pls", "thanks", "and", "then", "if", "too", "also", "just", "answer", "possible",
                            "only", "briefly"})


def bracketed_options(tokens: list[Token], j: int) -> bool:
    """"which item is hardest to find? (feather, red button, bottle cap)": at ``j`` after a question mark, its options
    in brackets, split by commas, to the clause's end."""
    if j >= len(tokens) or tokens[j].low != "(":
        return False
    close = next((k for k in range(j + 1, min(len(tokens), j + 24)) if tokens[k].low == ")"), None)
    if close is None or not (close + 1 == len(tokens) or tokens[close + 1].low in (".", ";", "?", "!")):
        return False
    items: list[list[Token]] = [[]]
    for t in tokens[j + 1:close]:
        if t.low == ",":
            items.append([])
        elif t.is_word or t.low in ("-", "'"):
            items[-1].append(t)
        else:
            return False
    return len(items) >= 2 and all(1 <= len(item) <= 3 and not any(
        t.key in cues.ACTION_KEYS or t.low in _NOT_AN_OPTION or find_language_token(t) for t in item) for item in items)
    # (not "(transcribe it, too)", "(names, if possible)")


def or_just(tokens: list[Token], j: int) -> bool:
    """"or just him.", "or only the host?": the other alternative of the question before."""
    return j + 2 < len(tokens) and tokens[j].low == "or" and tokens[j + 1].low in ("just", "only") \
        and tokens[j + 2].low in ("him", "her", "them", "the", "one")


def true_or_false(tokens: list[Token], i: int) -> bool:
    """"True or false? The tray is dishwasher-safe.": the question mark at ``i`` ends only the quiz's label; the
    statement after it is what is asked."""
    words = [t.low for t in tokens[max((k + 1 for k in range(i) if tokens[k].low in (".", "?", "!", ";", ":")),
                                       default=0):i] if t.is_word]
    return words[-3:] == ["true", "or", "false"] and len(words) <= 5 and i + 1 < len(tokens) and tokens[i + 1].is_word \
        and tokens[i + 1].low not in cues.WH and tokens[i + 1].key not in cues.ACTION_KEYS


def in_brackets(tokens: list[Token], i: int) -> bool:
    """The mark at ``i`` stands inside short parentheses: "Quick check on speakers (one? several?) and then ..."."""
    opened = next((k for k in range(i - 1, max(-1, i - 8), -1) if tokens[k].low in ("(", ")")), None)
    closed = next((k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k].low in ("(", ")")), None)
    if opened is None or tokens[opened].low != "(" or closed is None or tokens[closed].low != ")" \
            or i + 1 == closed or not tokens[i + 1].is_word:
        return False  # (the last "?" before ")" still ends what came before)
    inside = tokens[opened + 1:closed]
    return all(t.is_word or t.low in ("?", ",", "/") for t in inside) \
        and not any(t.low in cues.WH or t.low in cues.AUX or t.low in ("question", "answer") for t in inside)
    # (not "(Question: who called? Answer briefly.)", "(Who is speaking? Tell me.)")


_DASHES = frozenset({"—", "–", "-"})


def dashed_options(tokens: list[Token], i: int) -> bool:
    """"where was it found — in the soup? on the floor? in a locker? — and ...": the question mark at ``i`` ends one of
    the options set off by spaced dashes after a question (each option a few words, every one ending with "?")."""
    opened = next((k for k in range(i - 1, max(-1, i - 24), -1) if tokens[k].low in _DASHES
                   or not tokens[k].is_word and tokens[k].low != "?"), None)
    if opened is None or tokens[opened].low not in _DASHES or opened == 0 or tokens[opened].start == tokens[opened - 1].end:
        return False
    closed = next((k for k in range(i + 1, min(len(tokens), i + 24)) if tokens[k].low in _DASHES), None)
    if closed is None or tokens[closed - 1].low != "?":
        return False
    items = [[]]  # type: list[list[Token]]
    for t in tokens[opened + 1:closed]:
        if t.low == "?":
            items.append([])
        elif t.is_word:
            items[-1].append(t)
        else:
            return False
    items = [item for item in items if item]
    asked = next((k for k in range(opened - 1, -1, -1) if not tokens[k].is_word), -1) + 1  # the question before the dash
    return len(items) >= 2 and asked < opened and tokens[asked].low in cues.WH and all(
        len(item) <= 4 and item[0].low not in cues.WH | cues.AUX and not any(t.key in cues.ACTION_KEYS for t in item)
        for item in items)  # (not "Two quick ones — who's talking? what's the mood? — thanks.")
