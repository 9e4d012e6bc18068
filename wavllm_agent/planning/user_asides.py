"""A remark set off after a request that says why, or in what languages the user reads, and asks for nothing:
", my English is not so good", ", so my cousin can read it", ", if possible"."""

from __future__ import annotations

from wavllm_agent.planning.people import is_people, one_person
from wavllm_agent.planning.text import IF_POSSIBLE, POLITE_WORDS, Token, find_language_token

_ASIDE_LEADS = frozenset({"my", "i", "i'm", "im", "since", "as", "because", "cause", "cuz", "coz", "bc"})
_PURPOSE_VERBS = frozenset({"read", "understand", "follow", "share", "forward", "send", "show"})


def user_aside(tokens: list[Token], i: int) -> int:
    """Where a set-off remark about the user's languages or purpose begins (", my English is not so good",
    ", as I don't speak Dutch", ", so my cousin can read it", ", if possible"), else the end: it says why, and asks
    for nothing."""
    for k in range(i, len(tokens) - 2):
        if tokens[k].low != ",":
            continue
        if tokens[k + 1].low in _ASIDE_LEADS and any(
                find_language_token(t) or t.low in ("speak", "understand", "native") for t in tokens[k + 2:]):
            return k
        if tokens[k + 1].low == "so" and _purpose_to_end(tokens[k + 2:]):
            return k
        if tokens[k + 1].low == "if" and all(not t.is_word or t.low in IF_POSSIBLE | POLITE_WORDS for t in tokens[k + 2:]):
            return k  # ", if possible", ", if you can"
    return len(tokens)



def courtesy_end(tokens: list[Token]) -> int:
    """Where "if you can", "if possible" begins right after a closing language ("..., in Romanian if you can"), or a
    closing ", for her", else the end: a courtesy, nothing asked."""
    for k in range(2, len(tokens) - 1):
        if tokens[k].low == "if" and find_language_token(tokens[k - 1]) and all(
                not t.is_word or t.low in IF_POSSIBLE | POLITE_WORDS | {"it"} for t in tokens[k + 1:]):
            return k
    end = len(tokens) - (len(tokens) > 0 and not tokens[-1].is_word)  # (before a closing "?")
    if len(tokens) > 3 and tokens[end - 2].low == "for" and tokens[end - 1].low in ("her", "him", "them", "me", "us"):
        return end - 2 - (tokens[end - 3].low == ",")  # "What's said in this clip, for her?"
    return len(tokens)


def _purpose_to_end(rest: list[Token]) -> bool:
    """"my cousin can read it", "we can follow": who can then read the words, and nothing after
    (not "I can understand whether I need surgery", a question of its own)."""
    words = [t.low for t in rest if t.is_word]
    modal = next((k for k, w in enumerate(words[:5]) if w in ("can", "could", "will")), None)
    if modal is None or modal + 1 >= len(words) or words[modal + 1] not in _PURPOSE_VERBS:
        return False
    return all(w in ("it", "this", "them", "that", "too", "also", "please", "pls", "thanks", "thx")
               for w in words[modal + 2:])


_KNOWING = frozenset({"knows", "reads", "speaks", "understands", "know", "read", "speak", "understand"})
_NAMED_NEXT = frozenset({"the", "this", "that", "his", "her", "their", "what", "whatever", "everything", "who", "how",
                         "when", "where", "which", "why", "is", "are", "was", "were", "does", "do", "did", "can", "will"})


def reader_label(tokens: list[Token], i: int = 0) -> tuple[int, str] | None:
    """"For my grandmother, who only knows Polish: the neighbour's remarks", "For my Polish-speaking aunt: ...": the
    one the words are for and their language, as a label before what is said. Returns (index after the colon, code)."""
    if i + 4 >= len(tokens) or tokens[i].low != "for" or tokens[i + 1].low not in _USERS_OWN:
        return None
    colon = next((k for k in range(i + 3, min(len(tokens) - 1, i + 14)) if tokens[k].low in (":", "—", "–")), None)
    if colon is None or not (tokens[colon + 1].low in _NAMED_NEXT or tokens[colon + 1].low.endswith(("'s", "’s"))):
        return None
    code = reader_language(tokens[i:colon])
    if code is None:
        who = next((k for k in range(i + 2, colon) if tokens[k].low == "who"), None)
        lows = [t.low for t in tokens[who + 1:colon]] if who is not None else []
        lows = [w for w in lows if w not in ("only", "just", "mainly", "mostly")]
        if len(lows) != 2 or lows[0] not in _KNOWING:
            return None
        code = find_language_token(tokens[colon - 1])
    return (colon + 1, code) if code is not None else None


def reader_language(tokens: list[Token]) -> str | None:
    """"For my Catalan-speaking aunt: what does the host say?", "For my Polish grandmother: ...": the language of the one
    the words are for, else None."""
    for k in range(1, len(tokens) - 2):
        if tokens[k].low in _USERS_OWN and tokens[k - 1].low == "for" and (
                k + 3 < len(tokens) and tokens[k + 2].low == "-" and tokens[k + 3].low == "speaking"
                or (one_person(tokens[k + 2].low) or is_people(tokens[k + 2].low) or tokens[k + 2].low in _KIN)
                and tokens[k + 2].low not in _SUBJECT_TEACHERS):  # (not "For my English teacher: ...", a subject)
            code = find_language_token(tokens[k + 1])  # (and "For my Polish grandmother: ...")
            if code is not None:
                return code
    return None


_SUBJECT_TEACHERS = frozenset({"teacher", "teachers", "tutor", "tutors", "professor", "lecturer", "class", "classmates"})
_KIN = frozenset({"aunt", "uncle", "gran", "grandma", "grandpa", "nan", "nana", "cousin", "cousins", "parents",
                  "in-laws", "grandparents", "niece", "nephew"})


_USERS_OWN = frozenset({"my", "our"})
_READS = _KNOWING - {"knows", "know"}
_ONLY_WORDS = frozenset({"only", "just"})


def reads_only(body: list[Token]) -> tuple[str, bool] | None:
    """"My grandma only reads Greek.", "Our client can only read Thai.": the language of whom the words are for, stated
    in a sentence of its own ("my" or "our" and up to three words for someone, "only" and a verb of reading or speaking,
    or the verb and then "only", and a language that ends it): the language's code and whether the verb is one of
    speaking (whom the words are for may be the one who speaks: "My dad only speaks Hindi. What does he say?"); else
    None (not "Nonna speaks only Italian in this one": the speech's language)."""
    words = [t for t in body if t.is_word]
    if not 4 <= len(words) <= 8 or words[0].low not in _USERS_OWN or body[-1].low == "?":
        return None
    code = find_language_token(words[-1])
    verb = next((k for k in range(2, min(len(words) - 1, 5)) if words[k].low in _READS), None)
    if code is None or verb is None:
        return None
    only_before = words[verb - 1].low in _ONLY_WORDS or [t.low for t in words[verb - 2:verb]] == ["only", "can"]
    found = verb + 2 == len(words) and only_before or words[verb + 1].low in _ONLY_WORDS and verb + 3 == len(words)
    return (code, words[verb].low.startswith("speak")) if found else None
