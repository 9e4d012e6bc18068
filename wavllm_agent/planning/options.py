"""Multiple-choice options in an instruction, in the ways users type them.

"A. By bus; B. By car", "a) x b) y", "(A) ... (B) ...", "[A] ... [B] ...", "A: x, B: y", "A - x; B - y",
and, right after a question: "1. x 2. y", "(1) x (2) y", "i) x ii) y", "Options: x, y, z", "- x - y - z".
Numbered and bulleted options are told from a numbered list of requests by where they stand: only
right after a question ("...? 1. tennis 2. cricket") are they options.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from wavllm_agent.planning import sounding, speakers
from wavllm_agent.planning.bracketed import CLOSERS, OPENERS, bracketed_run
from wavllm_agent.planning.cues import ACTION_KEYS, AUX, WH
from wavllm_agent.planning.lexicon import ASKING_AUX as _ASKING_AUX
from wavllm_agent.planning.numbering import asked_with_options, chosen_after_colon, opens_question
from wavllm_agent.planning.text import DASHES, Token, find_language_token

_MARKS = frozenset({".", ")", ":", "-", "–", "—", "="})
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_QUESTION_ENDS = frozenset({"?", ":"})
_ORDER_WORDS = frozenset({"also", "second", "third", "then", "next", "finally", "lastly", "plus", "and", "it"})
_DASHES = frozenset({"-", "–", "•", "·", "▪", "◦", "*", "○", "●", "■", "□", "☐"})
_LIST_WORDS = frozenset({"options", "choices", "answers", "choose", "pick"})
_LIST_LEADS = frozenset({"possible", "answer", "multiple", "candidate"})
_REQUEST_VERBS = frozenset({"answer", "reply", "respond", "say", "write", "give", "tell", "summarise", "transcribe", "in", "into"})
"""First words of a request ("Answer in French or Spanish or German?"); a language in the piece says the same."""
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"

Marker = tuple[str, int, int]
"""(kind: "letter" / "number" / "roman", ordinal from 1, tokens the marker takes)."""


def marker_at(tokens: list[Token], i: int) -> Marker | None:
    """The option marker starting at ``tokens[i]`` ("A.", "b)", "(C)", "[D]", "2.", "(3)", "ii)", "Option 2:"),
    else None."""
    if tokens[i].text in _CIRCLED:
        return ("number", _CIRCLED.index(tokens[i].text) + 1, 1)  # "① slippery banks ② nettles ③ deep water"
    if tokens[i].low in ("option", "choice") and i + 2 < len(tokens) and (tokens[i + 2].low in _MARKS
                                                                        or tokens[i + 2].is_word):
        text = tokens[i + 1].text  # "Option 1: brie, Option 2: gouda", "Option 1 dried green, Option 2 split yellow"
        size = 3 if tokens[i + 2].low in _MARKS else 2
        if len(text) == 1 and ("1" <= text <= "9" or size == 3 and "A" <= text.upper() <= "H"):
            return ("number", int(text), size) if text.isdigit() else ("letter", ord(text.upper()) - ord("A") + 1, size)
        return None
    bracketed = tokens[i].low in OPENERS
    j = i + 1 if bracketed else i
    if j >= len(tokens):
        return None
    text = tokens[j].text
    after = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if bracketed and after not in CLOSERS:
        return None
    if not bracketed and after not in _MARKS and not (after == "/" and len(text) == 1 and "A" <= text <= "H"
                                                      and j + 2 < len(tokens) and tokens[j + 2].key not in ACTION_KEYS):
        return None  # ("A/ it hit a spectator B/ it went backwards"; not "A/ transcribe it B/ translate it")
    size = j + 2 - i
    if len(text) == 1 and ("A" <= text <= "H" or "a" <= text <= "h"):
        return ("letter", ord(text.upper()) - ord("A") + 1, size)
    if len(text) == 1 and "1" <= text <= "9" and (after in (".", ")", "]") or (after in DASHES and (_spaced_after(tokens, j + 1) or j + 2 < len(tokens) and tokens[j + 2].text[:1].isupper()))):
        return ("number", int(text), size)  # "1. x", "1) x", "[1] x", "1- x", "1 — 50 yards"
    if text.lower() in _ROMAN and after in (".", ")", "]"):
        return ("roman", _ROMAN[text.lower()], size)
    return None


def _spaced_after(tokens: list[Token], k: int) -> bool:
    """A space after the mark at ``k`` ("1- Tuesday", not the range "1-5")."""
    return k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end


def bare_letter(tokens: list[Token]) -> int:
    """The ordinal of a capital letter with no mark that starts ``tokens`` before a word ("B exercising"),
    else 0. Only a run of them (A, B, ...) right after a question makes options; the caller checks."""
    if len(tokens) < 2 or len(tokens[0].text) != 1 or not "A" <= tokens[0].text <= "H" or not tokens[1].is_word:
        return 0
    return ord(tokens[0].text) - ord("A") + 1


def _after_question(tokens: list[Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1].low in _QUESTION_ENDS or tokens[i - 1].low in ("—", "–") and _asks_before(tokens, i - 1))


def _asks_before(tokens: list[Token], i: int) -> bool:
    """"whats the first weave taught — i) randing ii) ...": a question without its mark, a dash, its options (after a
    comma: "Transcribe it, then which round ended it — i. first ii. second")."""
    start = max((k + 1 for k in range(i) if tokens[k].low in (",", ";")), default=0)
    words = [t.low for t in tokens[start:i] if t.is_word]
    while words and words[0] in _ORDER_WORDS:
        words = words[1:]  # "then what's ... — 1) ..."
    return 3 <= len(words) <= 12 and opens_question(words)


def has_options(tokens: list[Token]) -> bool:
    """True when the clause lists multiple-choice options: a run of markers A, B (or, right after a
    question, 1, 2 / i, ii), "Options: ..." or a dashed list after a question."""
    seen: dict[str, int] = {}
    for i in range(len(tokens)):
        found = marker_at(tokens, i)
        if found is None:
            continue
        kind, ordinal, size = found
        if ordinal == 1 and (kind == "letter" or (kind == "roman" and size == 3) or _after_question(tokens, i)
                             or ((size == 3 or i + 1 < len(tokens) and tokens[i + 1].low == ")")
                                 and asked_with_options(tokens, i, i))
                             # "Was it (1) rushed (2) ...?", "Does the lifeguard sound 1) bored 2) worried ...?"
                             or (size == 3 and i > 0 and tokens[i - 1].low == "(")  # "the table ([1] two [2] three)"
                             or (kind == "roman" and _roman_run_asked(tokens, i))  # "Is he i. excited ii. calm ...?"
                             or (kind in ("number", "roman") and chosen_after_colon(tokens, i))):  # "pick one: ... of 1. rain 2. ..."
            seen[kind] = 1
        elif seen.get(kind) == ordinal - 1:
            seen[kind] = ordinal
    if any(last >= 2 for last in seen.values()) or _slashed_yes_no(tokens):
        return True
    if any(tokens[i - 1].low == "?" and _listed(tokens[i:]) for i in range(1, len(tokens))):
        return True
    if any(tokens[i - 1].low == ":" and tokens[i].low in _DASHES and _unfinished(tokens[:i - 1], tokens[i:]) and _listed(tokens[i:])
           for i in range(3, len(tokens))):
        return True  # "The map case is attached to: - the rucksack - the belt - the jacket."
    return any(tokens[i - 1].low == ":" and _slashed(tokens[i:]) for i in range(1, len(tokens))) \
        or _bulleted_choice(tokens) or _dashed_yes_no(tokens) or _true_or_false(tokens) \
        or (options_first(tokens) and any(t.low == "?" for t in tokens))  # "i) x ii) y iii) z — which ...?"


_UNFINISHED = frozenset({"to", "by", "in", "at", "with", "for", "from", "of", "on", "into", "uses", "needs", "means"})
_NOT_THE_SUBJECT = frozenset({"i", "i'd", "we", "you", "it", "my", "our", "your", "could", "can", "would", "please"})


def _unfinished(before: list[Token], listed: list[Token]) -> bool:
    """"The map case is attached to": a statement about the recording's things left open for an option to finish (not
    a request: "Send it to", "I need it translated into: - French - German"; nor the user's own list: "Our guests come
    from: ...", "The topics are: ...")."""
    return len(before) >= 3 and before[-1].low in _UNFINISHED and all(t.is_word for t in before) \
        and before[0].low not in _NOT_THE_SUBJECT and not any(t.key in ACTION_KEYS or t.low in OUTPUTS for t in before) \
        and not any(find_language_token(t) for t in listed)


def options_first(tokens: list[Token]) -> bool:
    """"i) happy ii) annoyed iii) tired" (before "— which best describes the owner?"): the clause opens with a run of
    at least three option markers in order."""
    first = marker_at(tokens, 0) if tokens else None
    if first is None or first[1] != 1:
        return False
    seen = 1
    for k in range(first[2], len(tokens)):
        found = marker_at(tokens, k)
        if found is not None and found[0] == first[0] and found[1] == seen + 1:
            seen += 1
    return seen >= 3


_TRUE_FALSE = (["true", "/", "false"], ["true", "or", "false"], ["t", "/", "f"])


def _true_or_false(tokens: list[Token]) -> bool:
    """"True/False — she played with her own striker", "next, true or false: ...": a statement to judge, labelled
    first (its two answers are the options)."""
    start = next((k for k in range(min(len(tokens), 3)) if [t.low for t in tokens[k:k + 3]] in _TRUE_FALSE), None)
    if start is None or any(t.is_word for t in tokens[:start] if t.low not in _LEADS) or start + 4 >= len(tokens) \
            or tokens[start + 3].low not in (":", ",", "-", "–", "—"):
        return False
    statement = tokens[start + 4:]  # (not "True or false: the speaker is happy", an emotion check, nor a speaker count)
    return not (sounding.states_feeling(statement) or speakers.asks_speaker_count(statement)
                or any(t.low in _SPEAKING for t in statement))


_SPEAKING = frozenset({"speaker", "speakers", "voice", "voices", "speaks", "speak", "talks", "talk", "speaking", "talking"})
"""Words of a statement on who speaks ("True or false: more than one person speaks": a speaker count, as before)."""


_LEADS = frozenset({"next", "then", "also", "and", "now", "finally", "lastly", "second", "third"})


def _dashed_yes_no(tokens: list[Token]) -> bool:
    """"is the coach - proud - angry - indifferent?": a yes/no question, then its alternatives, each after a dash."""
    dash = next((k for k in range(2, len(tokens)) if tokens[k].low in DASHES), None)
    words = [t.low for t in tokens[:dash] if t.is_word and t.low not in ("then", "and")] if dash is not None else []
    return bool(words) and words[0] in _ASKING_AUX and tokens[-1].low == "?" and marked_list(tokens[dash:-1]) \
        and sum(t.low in DASHES for t in tokens[dash:]) >= 3 and not any(w in _SPEAKER_ASKED for w in words) \
        and not any(t.low in _NO_ANSWER or t.low in ("yes", "no") for t in tokens[dash:])
    # (not "Is it the same speaker - yes - no - unclear?", "Are there - two - three speakers?": a speaker check)


_SPEAKER_ASKED = frozenset({"speaker", "speakers", "same", "person", "people", "voice", "voices", "there"})


def _roman_run_asked(tokens: list[Token], first: int) -> bool:
    """"Is he i. excited ii. calm iii. tired?": roman markers with a full stop ("i.", "ii.") inside a question that
    asks for nothing to be done, its question mark after the last of them; or three or more such markers whose items
    are no requests."""
    marks = [first]
    for k in range(first + 2, min(len(tokens), first + 40)):
        found = marker_at(tokens, k)
        if found is not None and found[0] == "roman" and found[1] == len(marks) + 1:
            marks.append(k)
    start = max((k for k in range(first) if not tokens[k].is_word), default=-1) + 1
    if len(marks) >= 3 and first - start >= 2 and not any(_requested_item(tokens, k + 2) for k in marks):
        return True  # "the judges favored I. the handlebar II. the horseshoe III. the chevron" (not "i. transcribe it",
        # "I. The transcript II. A summary ...")
    return len(marks) >= 2 and asked_with_options(tokens, first, marks[-1])


_ITEM_OUTPUTS = frozenset({"mood", "tone", "emotion", "speakers", "speaker", "gist", "recap", "story", "number", "what",
                           "how", "who", "whether", "if"})
"""First words of an item that is a request ("I. Transcript II. Summary III. Mood", "i. what he says ii. how he
feels"), besides :data:`OUTPUTS` and verbs."""
_ITEM_FILLER = frozenset({"the", "a", "an", "full", "please", "pls", "can", "could", "you", "u", "english", "short"})


def _requested_item(tokens: list[Token], k: int) -> bool:
    """The item from ``k`` asks for something: its first word past articles and polite words is a verb, an output or
    a question word."""
    while k < len(tokens) and (tokens[k].low in _ITEM_FILLER or find_language_token(tokens[k])):
        k += 1
    return k < len(tokens) and (tokens[k].key in ACTION_KEYS or tokens[k].low in OUTPUTS or tokens[k].low in _ITEM_OUTPUTS)


def _slashed_yes_no(tokens: list[Token]) -> bool:
    """"Is the log sawing judge pleased/disappointed/neutral?": a yes/no question whose last words are three or more
    alternatives joined by slashes."""
    if not tokens or tokens[0].low not in _ASKING_AUX or tokens[-1].low != "?":  # ("Does the baker sound calm / rushed
        # / annoyed?": a question with options since round 155, as the tuned sets write it; an emotion check before)
        return False  # (not "Can you translate it into French/German/Spanish?": a request)
    k = len(tokens) - 2
    words = 0
    while k >= 0 and tokens[k].is_word and (k == 0 or tokens[k - 1].low == "/"):
        words, k = words + 1, k - 2
    alternatives = tokens[k:len(tokens) - 1:2] if k >= 0 else []
    return words >= 2 and k >= 0 and tokens[k].is_word and tokens[k + 1].low == "/" and not any(
        t.key in ACTION_KEYS or t.low in OUTPUTS or find_language_token(t) for t in alternatives)


def _bulleted_choice(tokens: list[Token]) -> bool:
    """"multiple choice, the coracle is steered with: ○ a single paddle ○ two oars ○ a rudder": two or more bulleted
    options after a colon, in a clause that says it is a choice ("multiple choice", "choose", "pick", ...)."""
    colon = next((k for k in range(len(tokens) - 1) if tokens[k].low == ":" and tokens[k + 1].low in INLINE_BULLETS),
                 None)
    if colon is None or sum(t.low in INLINE_BULLETS for t in tokens[colon:]) < 2:
        return False
    lows = [t.low for t in tokens[:colon]]
    return any(lows[k:k + 2] == ["multiple", "choice"] for k in range(len(lows) - 1)) \
        or any(w in ("choose", "pick", "select", "choices") for w in lows)  # (not "options for the summary:")


def _slashed(tokens: list[Token]) -> bool:
    """": calm / rushed / annoyed?": alternatives split by slashes after a colon, to the question's end."""
    end = next((k for k, t in enumerate(tokens[:16]) if t.low in ("?", ".", ";", "!")), len(tokens))
    if end > 15:
        return False  # eight words at most, with the slashes between them
    piece = tokens[:end]
    return sum(t.low == "/" for t in piece) >= 2 and sum(t.is_word for t in piece) <= 8 \
        and all(t.is_word or t.low == "/" for t in piece) and not any(t.low in OUTPUTS for t in piece)


def starts_options(tokens: list[Token]) -> bool:
    """True when ``tokens`` (a piece after a question) begin a list of options: a first marker
    ("A.", "1)", "i)", "[A]"), "Options:" / "Choices:", or a dash list ("- nurse - teacher")."""
    if not tokens:
        return False
    found = marker_at(tokens, 0)
    if found is not None and found[1] == 1:
        return True
    shut = len(tokens) - (tokens[-1].low in (".", ";", "!"))
    if tokens[0].low == "(" and shut > 4 and tokens[shut - 1].low == ")" and _listed(tokens[1:shut - 1]):
        return True  # "...? (choose: oak barrel, steel tank, glass demijohn)"
    return _listed(tokens) or _bare_run(tokens)


def states_own_options(tokens: list[Token]) -> bool:
    """"Pick one: the swing is for i) a toddler ii) ...": after a lead that asks to choose, a statement of three words
    or more (a verb "is", "are", ... among them) that options complete."""
    mark = next((k for k in (1, 2) if k < len(tokens) and tokens[k].low == ":"), None)
    if mark is None or tokens[0].low not in _LIST_WORDS:
        return False
    rest = tokens[mark + 1:]
    opened = next((k for k in range(1, len(rest)) if rest[k].low in INLINE_BULLETS or marker_at(rest, k)), None)
    return opened is not None and _count(t.is_word for t in rest[:opened]) >= 3 and any(t.low in AUX for t in rest[:opened])


def _bare_run(tokens: list[Token]) -> bool:
    """"A glass B batteries C cardboard": capitals A, B, C with no marks, each before a word."""
    letters = [t.text for k, t in enumerate(tokens[:-1]) if len(t.text) == 1 and "A" <= t.text <= "H"
               and tokens[k + 1].is_word]
    if letters[:3] == ["A", "B", "C"] or letters[:2] == ["A", "B"] and len(tokens) <= 12:
        return True
    # "a gouda, b edam, c leerdammer": lower-case letters, each first after a comma
    lower = [t.text for k, t in enumerate(tokens[:-1]) if t.text in ("a", "b", "c", "d") and tokens[k + 1].is_word
             and (k == 0 or tokens[k - 1].low == ",")]
    if lower[:3] == ["a", "b", "c"]:
        return True
    # "a 2 min b 5 min c 10 min": no commas, the first at the start and "b", "c" as words of their own
    singles = [k for k, t in enumerate(tokens) if t.text in ("b", "c", "d")]
    return len(tokens) > 1 and tokens[0].text == "a" and [tokens[k].text for k in singles[:2]] == ["b", "c"] \
        and len(tokens) <= 16 and all(k + 1 < len(tokens) and tokens[k + 1].is_word
                                      and tokens[k + 1].low not in ("and", "or", "too") for k in [0, *singles[:2]])


def _listed(tokens: list[Token]) -> bool:
    """"Options: x, y, z", "Choices - x or y", "- nurse - teacher - engineer", "• x • y", "[ ] x [ ] y",
    "16th / 17th / 18th"."""
    lead = 1 if len(tokens) > 2 and tokens[0].low in _LIST_LEADS and tokens[1].low in _LIST_WORDS else 0
    # ("Possible answers: buckets, spades, spray bottles.", "Answer choices: ...")
    mark = next((k for k in (lead + 1, lead + 2) if k < len(tokens) and (tokens[k].low == ":" or tokens[k].low in DASHES)),
                None)
    named = 1 if tokens[0].low in ("the", "your") else 0  # "Options are Nordmann fir, Norway spruce, or Lodgepole pine."
    if len(tokens) > named + 3 and tokens[named].low in ("options", "choices") and tokens[named + 1].low in ("are", "include"):
        return True
    if mark is None and tokens[lead].low in ("options", "choices") and _count(t.low == "," for t in tokens) >= 2 \
            and _count(t.is_word for t in tokens) <= 10 and not any(
                t.low in WH | AUX | OUTPUTS - {"both"} or t.key in ACTION_KEYS or t.low in ("for", "of", "and", "please")
                for t in tokens[lead + 1:]):  # ("options left, right, both")
        return True  # "options 5x5, 10x10, 20x20" (not "Options trading, she says, is risky")
    if tokens[lead].low in _LIST_WORDS and mark is not None:
        # "Options: ...", "Choose one: ..." (not "Choose one — what's the collection for: 1. ...", a question of its own)
        return not (mark + 1 < len(tokens) and tokens[mark + 1].low in WH - {"or"})
    if tokens[0].low in ("pick", "choose") and len(tokens) > 3 and tokens[1].low in ("from", "among", "between") \
            and any(t.low in (",", "or", "/") for t in tokens[3:]) and _count(t.is_word for t in tokens) <= 12 \
            and not any(t.low in WH | AUX or t.key in ACTION_KEYS or find_language_token(t) for t in tokens[2:]):
        return True  # "Pick from 50 m, 80 m, 120 m."
    if tokens[0].low in _DASHES and _count((t.low in _DASHES for t in tokens), 2) >= 2:
        return True
    if _checkbox(tokens, 0) and _count((_checkbox(tokens, k) for k in range(2, len(tokens) - 1)), 1) >= 1 \
            or bracketed_run(tokens) >= 2:
        return True  # "[ ] Lincoln [ ] Victoria [ ] Chaplin", "[winter] [spring] [autumn]"
    words = _count(t.is_word for t in tokens)
    if words > 12 or len(tokens) > 64:
        return False  # too long for alternatives (and the rest of the input is not scanned for every question)
    first = next((t.low for t in tokens if t.low not in _ORDER_WORDS and t.low not in (":", ",") and t.low not in DASHES), "")
    # ("Then — what thickens the jam: pectin / lemon juice / chia seeds?": a question of its own)
    barred = any(t.low == "|" for t in tokens) and any(t.low in OUTPUTS or t.key in ACTION_KEYS for t in tokens)
    if sum(t.low in ("/", "|") for t in tokens) >= 2 and first not in WH | AUX and not barred:
        # ("cast iron | non-stick | copper"; not "transcript | summary | French translation", requests)
        return True  # not "How does she sound: calm / rushed / annoyed?" or "Then: did he ... yes / no?", questions
    # "Mars, Jupiter, or Saturn?", "Merino or Suffolk or Romney?": the alternatives, asked again
    ors = sum(t.low == "or" for t in tokens)
    commas = any(t.low == "," for t in tokens)
    if not commas and ors >= 2 and (tokens[0].low in _REQUEST_VERBS or any(find_language_token(t) for t in tokens)):
        return False  # "Answer in French or Spanish or German?": how to answer, not options
    return tokens[-1].low == "?" and (commas and ors >= 1 or ors >= 2) \
        and words <= 10 and not any(t.low in WH | AUX | _ORDER_WORDS for t in tokens)


def _checkbox(tokens: list[Token], i: int) -> bool:
    """An empty box, "[ ]" or "[]", at ``i``: a bulleted option."""
    return i + 1 < len(tokens) and tokens[i].low == "[" and tokens[i + 1].low == "]"


def _count(found: Iterable[bool], most: int = 13) -> int:
    """How many of ``found`` are true, counting no further than ``most``."""
    return sum(islice((f for f in found if f), most))


_NO_ANSWER = frozenset({"not", "mentioned", "said", "stated", "sure", "maybe", "unclear", "unknown", "can't", "cannot",
                        "tell", "don't", "know"})


def or_list(tokens: list[Token]) -> bool:
    """"10 metres, 30 metres or 50 metres.": alternatives with no marks, as a piece of their own after a question."""
    if tokens and tokens[0].low in DASHES and sum(t.low in DASHES for t in tokens) == 1:
        tokens = tokens[1:]  # "...? — chain, saddle, or wheel": the list set off by a dash
    words = [t for t in tokens if t.is_word]
    if 2 <= len(words) <= 6 and [t.low for t in words[:2]] == ["yes", "no"] \
            and all(t.is_word or t.low in (",", ".", "/") for t in tokens) and all(t.low in _NO_ANSWER for t in words[2:]):
        return True  # "Did she fall at the water jump? yes, no, not mentioned" (not "Yes, no problem.")
    return 3 <= len(words) <= 10 and any(t.low == "," for t in tokens) and any(t.low == "or" for t in words) \
        and all(t.is_word or t.low in (",", ".") for t in tokens) \
        and not any(t.low in WH | AUX | _ORDER_WORDS for t in words)


def marked_list(tokens: list[Token]) -> bool:
    """"— a note — some money — empty bottles.", "6 · 12 · 21.": short alternatives, each after a dash (or between
    bullets), as a piece of their own after a question."""
    if not tokens:
        return False
    marks = DASHES if tokens[0].low in DASHES else INLINE_BULLETS
    items: list[list[Token]] = [] if tokens[0].low in marks else [[]]
    for tok in tokens:
        if tok.low in marks:
            items.append([])
        elif tok.is_word:
            items[-1].append(tok)
        elif tok.low not in (".", ",", "?"):
            return False
    return len(items) >= 2 and all(1 <= len(item) <= 5 for item in items) \
        and not any(t.low in WH | AUX | _ORDER_WORDS for item in items for t in item)


def continues_options(tokens: list[Token], before: list[Token]) -> bool:
    """True when ``tokens`` start with the option that follows the last one in ``before``
    ("B. ..." after "...? A. ...")."""
    found = marker_at(tokens, 0) if tokens else None
    if found is None or found[1] < 2:
        return False
    kind, ordinal, _ = found
    return any(marker_at(before, i) is not None and marker_at(before, i)[:2] == (kind, ordinal - 1)  # type: ignore[index]
               for i in range(len(before)))


_OPTIONS_SPAN = 200
"""How far (in tokens) a question's options may reach after its question mark; bounds the scans on long input."""


def inside_options(tokens: list[Token], i: int) -> bool:
    """Token ``i`` lies between two options of a question's list ("a) sign a waiver b) clip in and check the
    gate c) call staff"): an option marker after the question mark before it, and the next marker of the same
    kind after it, with no sentence end between."""
    asked = next((k for k in range(i - 1, max(-1, i - _OPTIONS_SPAN), -1) if tokens[k].low == "?"), None)
    if asked is None:
        return False
    before = [m for k in range(asked + 1, i) if (m := marker_at(tokens, k)) is not None]
    if not before:
        return False
    kind, nth, _ = before[-1]
    for k in range(i + 1, len(tokens)):
        if tokens[k].low in ("?", ";", "!"):
            return False
        found = marker_at(tokens, k)
        if found is not None and found[0] == kind and found[1] == nth + 1:
            return True
    return False


OUTPUTS = frozenset({"transcript", "transcription", "summary", "translation", "both"})


_LIST_SPAN = 40
"""The most tokens alternatives after a colon may take: eight words, with the commas and "or"s between."""


def in_colon_list(tokens: list[Token], i: int) -> bool:
    """Token ``i`` lies in alternatives listed after a colon up to the question mark ("how does the customer
    feel about the jacket: pleased, disappointed, or indifferent?")."""
    colon = next((k for k in range(i - 1, max(-1, i - _LIST_SPAN), -1) if tokens[k].low in (":", "?", ";", "!")), None)
    if colon is None or tokens[colon].low != ":":
        return False  # no colon near before, or a question or a semicolon after it
    ask = next((k for k in range(i, min(len(tokens), colon + _LIST_SPAN)) if tokens[k].low in ("?", ".", ";", "!")), None)
    if ask is None or tokens[ask].low != "?":
        return False
    piece = tokens[colon + 1:ask + 1]
    return or_list(piece[:-1]) and sum(t.is_word for t in piece) <= 8 \
        and not any(t.low in OUTPUTS for t in piece)  # not "What do I need: a transcript, a summary, or both?"


def colon_choices(tokens: list[Token]) -> bool:
    """"Which loaf size is selected: small, medium or large?": alternatives after a colon that end the question."""
    ask = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].low == "?"), None)
    if ask is None:
        return False
    colon = next((k for k in range(ask - 1, max(-1, ask - 6), -1) if not tokens[k].is_word), None)
    pair = [t.low for t in tokens[colon + 1:ask]] if colon is not None and tokens[colon].low == ":" else []
    return in_colon_list(tokens, ask - 1) or (len(pair) == 3 and pair[1] == "or" and not OUTPUTS & {pair[0], pair[2]})
    # ("Which size: small or large?")


def in_listed_options(tokens: list[Token], i: int) -> bool:
    """The semicolon (or comma) at ``i`` separates options listed after "Options:" ("Options: under the seats;
    in the lockers; on the deck", "Options: replace both tyres, rotate the tyres, do nothing yet"), not requests."""
    start = next((k for k in range(i - 1, max(-1, i - _OPTIONS_SPAN), -1) if tokens[k].low in ("?", ".", "!")),
                 max(-1, i - _OPTIONS_SPAN))
    opened = next((k for k in range(start + 1, i - 1) if tokens[k].low in ("options", "choices")
                   and tokens[k + 1].low in (":", "—", "–", "-")), None)  # ("Options — a bakery; a beach; a farm")
    listed = opened is not None and not (opened > 0 and tokens[opened - 1].low == "(" and any(
        t.low == ")" for t in tokens[opened:i])) and not any(t.low in ("'", '"', "’", "”") for t in tokens[opened:i])
    # "(options: Tiger, Phoenix, Lotus); summary ...", "'Which dive ...? Options: 105B, 305C'; a summary": closed before
    if listed and tokens[i].low == ";" and any(t.low == "," for t in tokens[opened:i]) \
            and not any(t.low == ";" for t in tokens[opened:i]) and any(t.low in _NEXT_REQUESTS for t in tokens[i + 1:i + 6]):
        return False  # "Options: left, right, both; summary in 12 words after.": the list, closed by a stronger mark
        # (not "Options: 9, 10, 11; or none of them", "...; pick one and explain")
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    beside = after is not None and after.low == "next" and i + 2 < len(tokens) and tokens[i + 2].low == "to"
    return listed and after is not None and (after.key not in ACTION_KEYS or tokens[i].low == ",") \
        and (after.low not in AFTER_OPTIONS or beside)  # ("...; next to the station; by the river")


_NEXT_REQUESTS = frozenset({"summary", "summarise", "transcript", "transcription", "transcribe", "translation", "gist",
                             "recap", "mood", "tone", "emotion", "speakers"})
"""Words of a request after a list of options and a semicolon ("...; summary in 12 words after")."""
AFTER_OPTIONS = frozenset({"then", "and", "also", "finally", "lastly", "next", "afterwards", "after", "last", "plus",
                            "second", "third", "fourth", "fifth", "secondly", "thirdly", "fourthly"})


INLINE_BULLETS = frozenset({"•", "·", "▪", "◦", "○", "●", "■", "□", "☐"})
"""Never anything but a bullet, even mid-line."""
