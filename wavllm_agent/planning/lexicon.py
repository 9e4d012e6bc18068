"""Word classes and phrase look-up shared by the planner's cue finders (:mod:`wavllm_agent.planning.cues`,
:mod:`wavllm_agent.planning.leads` and the modules after them)."""

from __future__ import annotations

from collections.abc import Iterable

from wavllm_agent.planning.text import Token, stem

WH = frozenset({"what", "who", "whom", "whose", "which", "where", "when", "why", "how", "whether"})
WH_RUN_ON = frozenset({"whats", "wats", "whos", "hows", "wheres", "whens", "whys"})
"""Question words run on into "is" as users type them ("whats the price"): the tokenizer keeps them whole."""
ASKING_AUX = frozenset({"does", "do", "did", "is", "are", "was", "were"})
"""First words of a yes/no question about the recording ("does the baker sound ...?"), not of a request ("can you
..."): the auxiliaries that ask."""
AUX = frozenset({"is", "are", "was", "were", "does", "do", "did", "can", "could", "will", "would",
                 "should", "has", "have", "had", "am", "isn't", "aren't", "doesn't", "don't", "didn't"})
INFO_VERBS = frozenset({
    "tell", "explain", "describe", "list", "name", "identify", "say", "give", "find", "determine",
    "count", "classify", "detect", "estimate", "guess", "answer", "respond", "reply", "provide", "extract", "check",
    "state", "specify", "report", "show", "decide", "judge", "infer", "predict", "compare",
    "evaluate", "assess", "rate", "outline", "mention", "note", "point", "spell", "let", "indicate", "confirm",
    "figure", "gauge", "discern", "establish", "ascertain", "flag", "work", "choose", "select", "advise", "characterise", "characterize",
})
ACTION_VERBS = INFO_VERBS | frozenset({
    "transcribe", "translate", "summarise", "summarize", "condense", "continue", "render", "generate",
    "recognise", "recognize", "verify", "convert", "turn", "write", "produce", "create", "output",
    "make", "do", "put", "type", "sum", "analyse", "analyze", "finish", "complete", "carry", "furnish", "supply",
    "keep", "shrink",
    "prepare", "deliver",
})
ACTION_KEYS = frozenset(stem(v) for v in ACTION_VERBS)
REQUEST_VERBS = frozenset({"tell", "give", "let", "say", "check", "count", "answer", "list", "state", "indicate", "identify"})
"""Verbs that open a request besides the task verbs, after an ordering lead or a list's letter ("once that's done
tell me how she sounds", "c) tell me how the coach sounds")."""

AUDIO_KEYS = frozenset(stem(w) for w in (
    "audio", "clip", "recording", "speech", "sound", "file", "voice", "conversation", "dialogue",
    "dialog", "lecture", "talk", "podcast", "interview", "meeting", "story", "narrative", "memo",
    "message", "utterance", "track", "tape", "video", "broadcast", "discussion", "monologue",
    "presentation", "passage", "episode", "said", "says", "saying", "spoken", "heard",
    "tale", "voicemail", "sermon", "announcement", "newscast", "snippet", "excerpt", "segment", "commentary",
    "call", "calls", "deposition", "hearing", "testimony", "auction", "induction", "briefing", "lesson", "tour",
    "workshop", "demo", "rehearsal", "ceremony", "toast", "bulletin", "phone-in", "attachment", "narration", "chatter",
    "vid", "convo", "demonstration", "reel",
))

COPULAS = frozenset({"is", "are", "was", "were", "it's", "'s", "speaks", "speak", "talks", "talk", "speaking",
                     "talking"})
"""Verbs that state what something is or speaks ("is in Korean", "speaks Portuguese")."""


def starts_with(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    """True when the words of ``phrase`` (lower case) begin at ``tokens[i]``."""
    return len(phrase) <= len(tokens) - i and all(tokens[i + k].low == w for k, w in enumerate(phrase))


def by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases grouped by their first word, longest first (so each position costs one lookup)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(set(phrases), key=len, reverse=True):
        table.setdefault(p[0], []).append(p)
    return table


def phrase_at(tokens: list[Token], i: int, table: dict[str, list[tuple[str, ...]]]) -> tuple[str, ...] | None:
    """The longest phrase of ``table`` that begins at ``tokens[i]``, if any."""
    return next((p for p in table.get(tokens[i].low, ()) if starts_with(tokens, i, p)), None)

CHOICE_VERBS = frozenset({"pick", "choose", "select", "decide", "settle"})
"""Verbs of a lead-in that asks to choose among options after it ("pick one:", "settle this:")."""


STORY_WORDS = frozenset({"story", "tale", "narrative", "fable", "saga", "yarn", "anecdote", "legend"})
"""Nouns for a story told, as written ("finish the ghost story", "Finish with the tale")."""


MADE_TEXTS = frozenset({"transcript", "transcription", "summary", "translation", "gist", "recap"})
"""Texts the user asks the assistant to make ("that transcript in Indonesian and Catalan", "a transcript, then ...")."""
TALK_KINDS = frozenset(stem(w) for w in (
    "chat", "natter", "gossip", "banter", "exchange", "q&a", "debate", "class", "session", "briefing", "pitch", "rant",
    "vlog", "ad", "advert", "advertisement", "commercial", "review", "tale", "anecdote", "programme", "program", "show"))
"""Kinds of talk that, besides :data:`AUDIO_KEYS`, name the recording after "the" or "this" ("the flower pot ad", "For
the noticeboard chat, ...", "in the laptop stand review")."""
HOW_MUCH = frozenset({"many", "much", "often", "long", "far", "old", "big", "soon", "tall", "early", "late"})
"""After "how": a quantity or a time asked ("How long should it be chilled?"), not how someone sounds."""
