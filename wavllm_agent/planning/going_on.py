"""Asked to keep a story going: "Keep the fairy tale in this clip going", "carry the ghost story on", "Pick up the
tale where the narrator stops", "...; pick up where she left off" (split from :mod:`~wavllm_agent.planning.cues`)."""

from __future__ import annotations

from collections.abc import Iterable

from wavllm_agent.planning.cues import STORY_NOUNS, request_start
from wavllm_agent.planning.leads import lead_end
from wavllm_agent.planning.lexicon import ASKING_AUX as _ASKING_AUX
from wavllm_agent.planning.lexicon import WH
from wavllm_agent.planning.text import Token, find_language_token


def _right_before_going(tokens: list[Token], word: Token) -> bool:
    """``word`` comes right before "going" ("the German version going"; not "the English version, going forward")."""
    at = next((k for k, t in enumerate(tokens) if t is word), None)
    return at is not None and at + 1 < len(tokens) and tokens[at + 1].low in ("going", "goin", "rolling")


def _opens_request(tokens: list[Token], word: Token) -> bool:
    """``word`` opens a request: first in its sentence or after a comma or a polite word, in a sentence that asks no
    question ("...; pick up where she left off", not "Does the narrator pick up where she left off?")."""
    at = next(k for k, t in enumerate(tokens) if t is word)
    end = next((k for k in range(at, len(tokens)) if tokens[k].low in (".", "?", "!", ";")), len(tokens))
    return (at == 0 or not tokens[at - 1].is_word or tokens[at - 1].low in ("please", "pls", "then", "now", "just", "so")) \
        and not (end < len(tokens) and tokens[end].low == "?")


def _asks_who_carries(tokens: list[Token], words: list[Token], k: int) -> bool:
    """"Who carries the story on?", "Does the narrator carry the story on?": a question about the story, not a request
    (not "Why don't you carry the story on?", "What if you carry it on?")."""
    return any(t.low == "?" for t in tokens) and bool(words) and (words[0].low in WH or words[0].low in _ASKING_AUX) \
        and not any(t.low in ("you", "u", "if") for t in words[:k])


def keeps_going(tokens: list[Token], before: Iterable[Token] = (), earlier: Iterable[Token] = ()) -> bool:
    """"Keep the fairy tale in this clip going": keep ... going around a story, however many words between;
    "carry it on" after the story is named (in the clause, or in the words ``before`` it; "carry it on" also after
    a story named in an ``earlier`` clause: "Transcribe the laser tag story, then carry it on")."""
    words = [t for t in tokens if t.is_word]
    starts = [k for k, t in enumerate(words) if t.low == "keep"]
    if any(any(t.low in ("going", "goin", "rolling") for t in words[k + 2:k + 9])
           and any(t.key in STORY_NOUNS or (t.low == "version" and find_language_token(words[m - 1]) is not None
                                             and _right_before_going(tokens, t))
                   for m, t in enumerate(words[k + 1:k + 8], start=k + 1)) for k in starts):
        return True  # (also "keep the German version going": the story, as translated)
    picked = [k for k, t in enumerate(words) if t.low == "pick" and k + 1 < len(words) and words[k + 1].low == "up"]
    if any(any(t.key in STORY_NOUNS for t in words[k + 2:k + 7]) for k in picked):
        return True  # "Pick up the ghost story where the narrator stops", "... the egg-hunt bedtime story ..."
    if any(_tells_how_it_goes_on(words, k) for k, t in enumerate(words) if t.low in ("tell", "show")):
        return True  # "Tell me how the story about the flood at the mill goes on"
    before, earlier = list(before), list(earlier)
    if any(k + 2 < len(words) and words[k + 2].low == "where" and _opens_request(tokens, words[k])
           and any(t.key in STORY_NOUNS for t in [*earlier, *before, *words[:k]]) for k in picked):
        return True  # "The weaver's folk tale stops mid-sentence; pick up where she left off."
    # "Listen to how the bedtime story begins and carry it on": carry ... on, the story named before
    asked = request_start(words, lead_end(words)) > lead_end(words) or any(  # "I'd like the story ... carried on",
        t.low in ("imagine", "pretend", "if", "write") for t in words)  # "Imagine the tale ... carried on. Write it."
    carried = [k for k, t in enumerate(words) if (t.low in ("carry", "carries") or (t.low == "carried" and asked))
               and not _asks_who_carries(tokens, words, k) and any(
        w.low == "on" or (w.low in ("forward", "forwards") and any(v.key in STORY_NOUNS or v.low == "it" for v in words[k + 1:m]))
        for m, w in enumerate(words[k + 1:k + 8], start=k + 1))]  # "carry the ghost story (in this clip) on / forward"
    return any(any(t.key in STORY_NOUNS for t in [*before, *words[:k + 5]])
               or (([t.low for t in words[k + 1:k + 3]] in (["it", "on"], ["it", "forward"], ["it", "forwards"])
                    or _version_carried(words, k))
                   and any(t.key in STORY_NOUNS for t in earlier))
               for k in carried)


def _version_carried(words: list[Token], k: int) -> bool:
    """"carry the Spanish version on": the story as translated, carried on (``k``: "carry")."""
    return any(t.low == "version" and find_language_token(words[m - 1]) is not None and words[m + 1:m + 2] != []
               and words[m + 1].low == "on" for m, t in enumerate(words[k + 2:k + 5], start=k + 2))


_GOES_ON = (("goes", "on"), ("would", "go", "on"), ("might", "go", "on"), ("continues",), ("would", "carry", "on"),
            ("carries", "on"))


def _tells_how_it_goes_on(words: list[Token], k: int) -> bool:
    """"tell me how the story (about the flood at the mill) goes on": at ``k`` "tell me how", a story named next, and
    its going on a few words later (the story's continuation asked for, however long the story's name)."""
    if [t.low for t in words[k + 1:k + 3]] not in (["me", "how"], ["us", "how"]) \
            or words[k + 3:k + 4] and words[k + 3].low in ("long", "much", "many", "far", "often", "come"):
        return False  # (not "tell me how long the story about the mill goes on")
    noun = next((m for m in range(k + 3, min(len(words), k + 6)) if words[m].key in STORY_NOUNS), None)
    lows = [t.low for t in words]
    at = None if noun is None else next((m for m in range(noun + 1, min(len(words), noun + 10))
                                         if any(tuple(lows[m:m + len(p)]) == p for p in _GOES_ON)), None)
    return at is not None and not any(w in _NOT_ITS_OWN_VERB for w in lows[noun + 1:at]) \
        and lows[at + 1 + (lows[at] != "continues"):][:1] != ["after"]  # (its own verb: not "... about a man who goes
    # on holiday ends", "how the story changes as it goes on", "... goes on after the wolf arrives in the recording")


_NOT_ITS_OWN_VERB = frozenset({"who", "that", "which", "whose", "where", "as", "when", "while", "ends", "begins", "starts",
                             "changes", "sounds", "is", "was"})
