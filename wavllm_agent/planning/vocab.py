"""What the rule planner knows about the registered tasks: the words that select each one.

A task joins plans through what it declares: its ``phrases`` (and its name), matched against the
user's instruction token by token after spellings and suffixes are unified; a task that declares
no phrases is found through the distinctive words of its ``description`` instead.

Three tasks have roles the planner relies on when they are registered: the question task
(``sqa``: any question or request no other task claims), the no-audio task (``instruct``: what
"ignore the audio" introduces) and the transcript task (``asr``: the prerequisite of summaries).
Their generic phrases ("what", "ignore the audio") never compete with the specific tasks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wavllm_agent.planning.text import Token, keys_of, stem, tokenize

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

QUESTION_TASK = "sqa"
NO_AUDIO_TASK = "instruct"
TRANSCRIPT_TASK = "asr"
EMOTION_TASK = "er"
"""What "how does the man sound?" asks for."""

SPEECH_TRANSLATION_PARAM = "target_lang"
"""A speech task with this parameter translates the speech ("what is said, in German?" -> ``st``)."""

_COUNTS = ("one", "single", "only one", "just one", "a single", "several", "multiple", "more than one",
           "many different", "a few different", "several different", "multiple different", "one or two",
           "two or more", "one or more")
_PEOPLE = ("person", "people", "speaker", "speakers", "voice", "voices", "individual", "individuals",
           "narrator", "narrators")

EXTRA_PHRASES: dict[str, tuple[str, ...]] = {
    # Asking how many people speak: a count next to a word for people ("a single person",
    # "several people", "just one voice"), in any of the ways users combine them.
    "sv": tuple(f"{c} {p}" for c in _COUNTS for p in _PEOPLE) + (
        "different people", "different voices", "different individuals", "does all the talking",
        "one or more", "one or several", "one or many", "number of people", "number of voices",
        "same person", "same speaker", "or just one", "or only one", "or several", "or multiple",
        "or more than one", "or a single one", "there is a second speaker", "there is another speaker",
        "there is another voice", "there is a second voice", "there are other speakers", "any other speakers",
        "anyone else speaking", "anyone else talking", "someone else speaking", "someone else talking"),
    # Emotions users ask about beyond the task's own list ("does he sound disappointed?").
    "er": ("disappointed", "worried", "surprised", "bored", "confident", "relaxed", "joyful", "disgusted",
           "irritated", "furious", "gloomy", "depressed", "enthusiastic", "hopeful", "proud",
           "embarrassed", "ashamed", "jealous", "lonely", "confused", "amused", "terrified", "frightened",
           "distressed", "upbeat", "impatient", "delighted", "unhappy", "miserable", "grumpy",
           "agitated", "panicked", "tense", "satisfied", "irritable", "emotions"),
}
"""Phrases the planner adds to the built-in tasks' own (by task name), for requests their lists miss.

Task knowledge kept in one table so that it can move into the task plugins as declared phrases.
"""

FALLBACK_PHRASES: dict[str, tuple[str, ...]] = {
    "asr": ("note down", "jot down", "take down", "scribble down", "write up", "write out", "get down",
            "in writing", "into writing", "written version", "text version", "written form", "written record",
            "words spoken", "written copy", "words of"),
    "summarize": ("sum", "highlights", "takeaways", "main ideas", "key ideas", "main idea", "boil down",
                  "in a nutshell", "essence", "synopsis", "digest", "short version", "main message",
                  "key messages", "bullet points", "brief account"),
    "continue": ("story go", "story goes", "story going", "tale go", "narrative go", "ending for", "ending to",
                 "end the story", "happens afterwards", "happens after", "happens later", "after the story",
                 "comes after", "rest of the story", "story forward", "tale forward", "narrative forward"),
    "sv": ("both recordings", "both files", "both clips", "both samples", "two recordings", "two files",
           "two clips", "two samples", "two voices", "same narrator"),
}
"""Phrases that select a task only when no declared or extra phrase matches the clause: words
too common to win over a specific request ("write out the summary" is a summary, "write out the
conversation" a transcript)."""

LABEL_NOUNS = frozenset({"emotion", "speaker verdict", "verdict", "label", "score"})
"""Outputs too short to work on further: "summarise it" after an emotion means the audio."""

# Words too common in descriptions to tell tasks apart.
_GENERIC = frozenset(stem(w) for w in """
    a an the of in on at to into from for with without by or and as is are be its it this that
    what which who text audio speech file files recording clip speaker speakers said spoken say
    language languages default optionally another way answer question questions task tasks give
    tell make find return produce generate output input whether with one two some any all each
    does do not no yes other given more less most least only also than then when where how
""".split())


@dataclass(frozen=True)
class Match:
    """Where a task's phrase occurs in a clause (token indices, end exclusive)."""

    task: str
    start: int
    end: int
    weak: bool = False
    """From a description word, not a declared phrase."""

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Vocabulary:
    """The phrases of the registered tasks, indexed for matching against clauses."""

    tasks: Mapping[str, Task]
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    declared: set[str] = field(default_factory=set)
    described: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    starts: set[str] = field(default_factory=set)
    _strong: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, repr=False)
    _fallback: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, repr=False)
    _weak: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, tasks: Mapping[str, Task]) -> Vocabulary:
        """Index ``tasks``' phrases (and names), and description words for tasks without phrases."""
        vocab = cls(tasks)
        for name, task in tasks.items():
            keys = {keys_of(p) for p in getattr(task, "phrases", ()) if isinstance(p, str)}
            if any(keys):
                vocab.declared.add(name)
            keys.update(keys_of(p) for p in EXTRA_PHRASES.get(name, ()))
            if len(name) >= 4:  # short names ("st", "er") are too easily found inside other text
                keys.add(keys_of(name.replace("_", " ").replace("-", " ")))
            vocab.phrases[name] = sorted(k for k in keys if k)
            if name not in (QUESTION_TASK, NO_AUDIO_TASK):
                vocab.starts.update(k[0] for k in vocab.phrases[name])
        vocab._describe()
        vocab._strong = _index(vocab.phrases, skip=(QUESTION_TASK, NO_AUDIO_TASK))
        vocab._weak = _index(vocab.described)
        vocab._fallback = _index({name: sorted({keys_of(p) for p in FALLBACK_PHRASES.get(name, ())})
                                  for name in tasks})
        return vocab

    def _describe(self) -> None:
        words: dict[str, set[str]] = {}
        for name, task in self.tasks.items():
            words[name] = {t.key for t in tokenize(str(getattr(task, "description", "") or ""))
                           if t.is_word and len(t.low) >= 4 and t.key not in _GENERIC and not t.low.isdigit()}
        for name, own in words.items():
            if name in self.declared or name in (QUESTION_TASK, NO_AUDIO_TASK):
                continue  # declared phrases say it better than the description
            others = set().union(*(w for n, w in words.items() if n != name))
            self.described[name] = [(k,) for k in sorted(own - others)]

    def matches(self, tokens: list[Token], *, masked: frozenset[int] = frozenset()) -> list[Match]:
        """Every specific task's phrases found in ``tokens`` (not the question or no-audio task's).

        Tokens whose index is in ``masked`` cannot be part of a match. :data:`FALLBACK_PHRASES`,
        then description words, count only where no declared phrase matched (``weak`` matches).
        """
        keys = [t.key for t in tokens]
        found = _find(self._strong, keys, masked, weak=False) or _find(self._fallback, keys, masked, weak=True)
        return found or _find(self._weak, keys, masked, weak=True)

    def ignore_phrases(self) -> list[tuple[str, ...]]:
        """The no-audio task's phrases ("ignore the audio"), if that task is registered."""
        return self.phrases.get(NO_AUDIO_TASK, [])

    def starts_phrase(self, tokens: list[Token], index: int) -> bool:
        """True when a specific task's phrase begins at ``tokens[index]``."""
        if tokens[index].key not in self.starts:
            return False
        keys = [t.key for t in tokens[index:index + 8]]
        return any(keys[:len(p)] == list(p) for _, p in self._strong.get(keys[0], ()))

    def kind(self, name: str) -> str:
        """"speech" or "text"."""
        kind = getattr(self.tasks[name], "kind", "speech")
        return str(getattr(kind, "value", kind))


def _index(phrases: Mapping[str, list[tuple[str, ...]]], skip: tuple[str, ...] = ()) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """(task, phrase) pairs by the phrase's first key."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name, keys in phrases.items():
        if name not in skip:
            for phrase in keys:
                table.setdefault(phrase[0], []).append((name, phrase))
    return table


def _find(table: dict[str, list[tuple[str, tuple[str, ...]]]], keys: list[str], masked: frozenset[int], *,
          weak: bool) -> list[Match]:
    """Every occurrence of the table's phrases in ``keys``, away from ``masked`` positions."""
    out = []
    n = len(keys)
    for i, key in enumerate(keys):
        for name, phrase in table.get(key, ()):
            size = len(phrase)
            if i + size <= n and tuple(keys[i:i + size]) == phrase and not any(j in masked for j in range(i, i + size)):
                out.append(Match(name, i, i + size, weak))
    return out
