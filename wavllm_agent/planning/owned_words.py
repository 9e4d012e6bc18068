"""Someone's words named by their owner: "the caller's words", "her closing remarks", "his gardening tips" (what the
speaker says, asked for as a thing, often in another language)."""

from __future__ import annotations

from wavllm_agent.planning.lexicon import ACTION_KEYS, AUX, WH
from wavllm_agent.planning.people import one_person
from wavllm_agent.planning.text import Token, find_language_token, stem

THEIR = frozenset({"its", "their", "his", "her"})
"""Possessive pronouns that own someone's words ("their remarks", "her closing remarks")."""


_MODIFIERS = frozenset({"final", "first", "last", "short", "brief", "full", "whole", "entire", "long", "little",
                        "usual", "latest", "later", "earlier"})


def said_modifier(tok: Token) -> bool:
    """A word that says which of someone's words ("closing", "yodelling", "final", "recorded"), not how good they are
    ("good advice": "Give her good advice in German" is advice for her)."""
    return tok.is_word and (tok.low in _MODIFIERS or (len(tok.low) > 5 and tok.low.endswith(("ing", "ed")))) \
        and not find_language_token(tok)


_HAVING = frozenset({"get", "have", "hear", "see", "grab"})
_ASKING = frozenset({"can", "could", "may", "let"})


def pronoun_owns(tokens: list[Token], at: int) -> bool:
    """The possessive pronoun at ``at`` owns what follows ("Her closing remarks", "tell me her words", "Can I get his
    gardening tips", "I want her ..."), where it cannot be whom something is for ("Give her good advice in German"),
    nor the user's story ("We get his closing remarks and then ...")."""
    before = tokens[at - 1].low if at else ""
    pair = [t.low for t in tokens[max(0, at - 3):at - 1]]
    return at == 0 or not tokens[at - 1].is_word or before in ("me", "us") or (
        before in ("want", "need") and pair[-1:] in (["i"], ["we"])) or (
        before in _HAVING and len(pair) == 2 and pair[0] in _ASKING and pair[1] in ("i", "we", "me", "us"))


def possessed(tokens: list[Token], k: int) -> bool:
    """Someone's name right before the noun at ``k``, or one word before it: "the caller's words", "the skipper's
    safety talk"."""
    if tokens[k - 1].low in THEIR:
        return True  # "Its contents in Ukrainian.", "Their remarks, in Dutch."
    if k >= 2 and tokens[k - 2].low in THEIR and pronoun_owns(tokens, k - 2) and said_modifier(tokens[k - 1]):
        return True  # "Her closing remarks, in Finnish.", "Her yodelling introduction, in Finnish." (opening the
        # clause: not "Give her good advice in German", where "her" is whom it is for)
    named = named_before(tokens, k, THEIR)
    if named is not None and pronoun_owns(tokens, named) and not any(t.low in AS_SPOKEN for t in tokens[k:]):
        return True  # "Can I get her curling tongs instructions in German?" (not "... in German verbatim")
    if k >= 4 and tokens[k - 4].low in THEIR and tokens[k - 2].low == "-" and tokens[k - 1].is_word \
            and tokens[k - 3].is_word:
        return True  # "Her lace-pillow explanation in Thai"
    owner = next((m for m in range(k - 1, max(-1, k - 9), -1) if tokens[m].low.endswith(("'s", "s'", "’s"))), None)
    return owner is not None and tokens[k - 1].is_word and (owner >= k - 2 or all(
        t.is_word or t.low == "-" for t in tokens[owner + 1:k]) and (owner >= k - 4 or tokens[owner + 2].low == "-"))
    # "the coach's half-time talk", "the jam maker's step-by-step instructions"


_SPOKEN_PARTS = frozenset({"bits", "parts", "lines", "passages", "sections", "portions", "part", "bit", "text"})


def spoken_part(tokens: list[Token], k: int) -> bool:
    """"the spoken bits", "its spoken parts", "the lines (in Russian)": the words said, like "words"."""
    return tokens[k].low in _SPOKEN_PARTS and k > 0 and (tokens[k - 1].low == "spoken"
                                                         or tokens[k].low == "lines" and tokens[k - 1].low == "the")


def persons_part(tokens: list[Token], k: int) -> bool:
    """"grandma's bit", "the vendor's part": what one person says, like their "remarks", named in a request (a language
    after it asks for it translated; not "What is grandma's part in the story?", "Is grandma's part in French?")."""
    after = tokens[k + 1:]
    return tokens[k].low in ("bit", "part") and k > 0 and tokens[k - 1].low.endswith(("'s", "’s")) \
        and one_person(tokens[k - 1].low[:-2]) and not any(t.low in WH or t.low in AUX for t in tokens[:k]) \
        and (not after or after[0].low in ("about", "on", "regarding") or not after[0].is_word or after[0].low == "in"
             and len(after) > 1 and find_language_token(after[1]) is not None and not any(t.is_word for t in after[2:]))
    # (not "my uncle's part in Spanish called", "the uncle's part in the robbery")


_PART_WORDS = frozenset({"last", "final", "first", "second", "third", "next", "key", "main", "most", "important",
                         "unclear", "only", "other", "few", "some", "two", "three", "four", "five", "opening", "closing",
                         "earlier", "later", "previous", "new", "remaining", "missing", "wrong", "right", "correct"})


def named_by(tokens: list[Token], k: int, nouns: frozenset[str]) -> int:
    """How many words (one to three) from ``k`` name which of what is said, before its noun ("the jump rope marathon
    instructions", "the race rules"); 0 when no noun of ``nouns`` follows them, or when a word picks out a
    part of it ("the last words", "the three main instructions": a question about that part)."""
    for m in range(1, 4):
        run = tokens[k:k + m]
        if not all(t.is_word and t.low not in nouns and t.key not in ACTION_KEYS and not find_language_token(t)
                   and not t.low.endswith(("'s", "s'", "’s")) and t.low not in WH | AUX and t.low not in _PART_WORDS
                   and not t.low.isdigit() for t in run):
            return 0
        if k + m < len(tokens) and tokens[k + m].low in nouns:
            return m
    return 0


def named_before(tokens: list[Token], k: int, owners: frozenset[str]) -> int | None:
    """Where a word of ``owners`` stands before two or three words that name which of what is said, then the noun at
    ``k`` ("her curling tongs instructions", "the ferry safety instructions"), else None."""
    return next((k - m - 1 for m in (2, 3) if k >= m + 1 and tokens[k - m - 1].low in owners
                 and named_by(tokens, k - m, frozenset({tokens[k].low})) == m), None)


_THE = frozenset({"the"})


def named_alone(body: list[Token], k: int) -> bool:
    """"(Give me) the ferry safety instructions (in Polish)": named by two or three words after "the", with no task
    asked before them (not "make transcript of the beekeeping course lecture in Portuguese language")."""
    the = named_before(body, k, _THE)
    return the is not None and not any(t.key in _MADE_KEYS or t.low in ("transcript", "transcription") for t in body[:the]) \
        and not any(t.low in AS_SPOKEN for t in body[k:])  # (not "... in Polish written down word for word")


AS_SPOKEN = frozenset({"written", "write", "writing", "typed", "type", "jotted", "transcribed", "transcript", "verbatim",
                       "spoken"})
"""After someone's words and a language, words that ask for them as spoken: the speech's language, not a translation."""


_MADE_KEYS = frozenset(stem(w) for w in ("make", "transcribe", "translating", "summarise", "write", "type",
                                         "convert", "render", "turn", "put", "produce", "create", "prepare", "generate"))
