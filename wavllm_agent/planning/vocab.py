"""What the rule planner knows about the registered tasks: the words that select each one.

A task joins plans through what it declares: its ``phrases`` (and its name), matched against the
user's instruction token by token after spellings and suffixes are unified; a task that declares
no phrases is found through the distinctive words of its ``description`` instead.

Some tasks have parts the planner relies on, which they declare (``Task.planning.role``, a
:class:`~wavllm_agent.tasks.traits.PlanRole`): the question task (any question or request no other
task claims: ``sqa``), the no-audio task (what "ignore the audio" introduces: ``instruct``), the
transcript task (the prerequisite of summaries: ``asr``) and the task "how does he sound?" asks for
(``er``). The question and no-audio tasks' generic phrases ("what", "ignore the audio") never
compete with the specific tasks. A task's ``PlanningTraits.fallback_phrases`` count only where no
declared phrase of any task matches. No task is known here by its name.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wavllm_agent.planning.lexicon import AUDIO_KEYS
from wavllm_agent.planning.text import Token, find_language, keys_of, stem, tokenize
from wavllm_agent.tasks.traits import PlanningTraits, PlanRole

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

SPEECH_TRANSLATION_PARAM = "target_lang"
"""A speech task with this parameter translates the speech ("what is said, in German?" -> ``st``)."""


def traits_of(task: object) -> PlanningTraits:
    """What ``task`` declares for planning (nothing for an object that is no ``Task``)."""
    traits = getattr(task, "planning", None)
    return traits if isinstance(traits, PlanningTraits) else PlanningTraits()


def roles_of(tasks: Mapping[str, object]) -> dict[PlanRole, str]:
    """Each planning role and the first task that declares it."""
    roles: dict[PlanRole, str] = {}
    for name, task in tasks.items():
        role = traits_of(task).role
        if role is not None:
            roles.setdefault(role, name)
    return roles


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
    roles: dict[PlanRole, str] = field(default_factory=dict)
    """Each planning role and the task that has it (see :class:`~wavllm_agent.tasks.traits.PlanRole`)."""
    _strong: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, repr=False)
    _fallback: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, repr=False)
    _weak: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, repr=False)
    _scanned: tuple[list[Token], list[str], tuple[_Occurrences, ...]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def build(cls, tasks: Mapping[str, Task]) -> Vocabulary:
        """Index ``tasks``' phrases (and names), and description words for tasks without phrases."""
        vocab = cls(tasks, roles=roles_of(tasks))
        general = vocab.general()
        for name, task in tasks.items():
            keys = {keys_of(p) for p in getattr(task, "phrases", ()) if isinstance(p, str)}
            if any(keys):
                vocab.declared.add(name)
            if len(name) >= 4:  # short names ("st", "er") are too easily found inside other text
                keys.add(keys_of(name.replace("_", " ").replace("-", " ")))
            vocab.phrases[name] = sorted(k for k in keys if k)
            if name not in general:
                vocab.starts.update(k[0] for k in vocab.phrases[name])
        vocab._describe()
        vocab._strong = _index(vocab.phrases, skip=general)
        vocab._weak = _index(vocab.described)
        vocab._fallback = _index({name: sorted({keys_of(p) for p in traits_of(task).fallback_phrases})
                                  for name, task in tasks.items()})
        return vocab

    def _describe(self) -> None:
        words: dict[str, set[str]] = {}
        for name, task in self.tasks.items():
            words[name] = {t.key for t in tokenize(str(getattr(task, "description", "") or ""))
                           if t.is_word and len(t.low) >= 4 and t.key not in _GENERIC and not t.low.isdigit()}
        for name, own in words.items():
            if name in self.declared or name in self.general():
                continue  # declared phrases say it better than the description
            others = set().union(*(w for n, w in words.items() if n != name))
            self.described[name] = [(k,) for k in sorted(own - others)]

    def matches(self, tokens: list[Token], *, masked: frozenset[int] = frozenset()) -> list[Match]:
        """Every specific task's phrases found in ``tokens`` (not the question or no-audio task's).

        Tokens whose index is in ``masked`` cannot be part of a match. Declared fallback phrases,
        then description words, count only where no declared phrase matched (``weak`` matches).
        """
        keys = [t.key for t in tokens]
        found = _find(self._strong, keys, masked, weak=False) or _find(self._fallback, keys, masked, weak=True)
        return found or _find(self._weak, keys, masked, weak=True)

    def first_match(self, tokens: list[Token], start: int, end: int) -> Match | None:
        """The match of :meth:`matches` on ``tokens[start:end]`` that starts first (at positions of
        ``tokens``), or None: the same answer, from a table of the whole list's phrases built once per
        token list, so that asking at every comma of a long instruction stays linear."""
        scanned = self._scanned
        if scanned is None or scanned[0] is not tokens:
            keys = [t.key for t in tokens]
            scanned = (tokens, keys, tuple(_occurrences(table, keys) for table in (self._strong, self._fallback, self._weak)))
            self._scanned = scanned
        _, keys, tiers = scanned
        for (starts, found), weak in zip(tiers, (False, True, True), strict=True):
            for k in range(bisect_left(starts, start), len(starts)):
                i, name, phrase = found[k]
                if i >= end:
                    break
                if i + len(phrase) <= end and _allowed(keys, i, phrase, start, end):
                    return Match(name, i, i + len(phrase), weak)
        return None

    def ignore_phrases(self) -> list[tuple[str, ...]]:
        """The no-audio task's phrases ("ignore the audio"), if that task is registered."""
        name = self.role(PlanRole.NO_AUDIO)
        return self.phrases.get(name, []) if name else []

    def starts_phrase(self, tokens: list[Token], index: int) -> bool:
        """True when a specific task's phrase begins at ``tokens[index]``."""
        if tokens[index].key not in self.starts:
            return False
        keys = [t.key for t in tokens[index:index + 8]]
        return any(keys[:len(p)] == list(p) for _, p in self._strong.get(keys[0], ()))

    def role(self, role: PlanRole) -> str | None:
        """The task that has ``role``, if one is registered."""
        return self.roles.get(role)

    def general(self) -> tuple[str, ...]:
        """The question and no-audio tasks: their generic phrases ("what", "ignore the audio") never
        compete with the specific tasks'."""
        return tuple(n for n in (self.role(PlanRole.QUESTION), self.role(PlanRole.NO_AUDIO)) if n)

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


_VERB_TOO = frozenset({stem("change"), stem("changes")})
_POSSESSIVES = frozenset(stem(w) for w in ("her", "his", "their", "its", "my", "your", "our"))
"""A phrase ending in a word that is also a verb, before its object: "does the speaker change her tone?" is not
"speaker change"."""
_ORDINALS = frozenset(stem(w) for w in ("second", "third", "2nd", "3rd"))
_DEFINITE = frozenset(stem(w) for w in ("the", "her", "his", "their", "its", "this", "that"))
"""An ordinal after a definite word names one person, not a count: "what the second guest orders"."""
_COMPOUNDS = frozenset((stem(a), stem(b)) for a, b in (("dim", "sum"), ("lump", "sum"), ("zero", "sum")))
"""Nouns whose second word is a task word: "the dim sum chef" asks for no summary."""
_REQUEST_ONLY = frozenset(tuple(stem(w) for w in p.split()) for p in (
    "full text", "whole text", "complete text", "entire text", "lesson text", "headline version", "on paper", "into words", "words on page",
    "words on the page", "headcount of the voices", "headcount of voices", "headcount of the speakers",
    "headcount of speakers", "head count of the voices", "head count of the speakers", "get the text", "need the text",
    "want the text", "pick the story up", "pick the tale up", "pick the narrative up", "pick her story up",
    "pick his story up"))
"""Phrases that ask for their task only in a request ("Put it on paper"), not in a question about the recording ("Did
anyone write the speech on paper?", "Is the entire text in Latin?") nor before a language ("on paper in French")."""
_ASKING_FIRST = frozenset(stem(w) for w in ("what", "who", "whom", "whose", "which", "where", "when", "why", "how",
                                            "is", "are", "was", "were", "does", "do", "did", "has", "have", "had"))


_JOB_TALKERS = frozenset(stem(w) for w in ("emcee", "compere", "compère", "auctioneer", "moderator", "quizmaster"))
_AFTER_PERSON = frozenset(stem(w) for w in ("on", "in", "at", "throughout", "speaking", "talking", "or", "and", "here",
                                            "there", "the", "this", "that", "who", "for", "all", "from", "during",
                                            "calls", "speaks", "talks", "says", "announces", "reads", "leads", "runs",
                                            "is", "was", "are", "were", "does", "did"))
"""After a talker counted ("only one emcee on the tape"), not a noun the talker names ("one moderator question")."""


def _names_the_talker(keys: list[str], after: int, phrase: tuple[str, ...], hi: int) -> bool:
    """A phrase ending in a job that talks ("only one emcee") is not a noun's modifier ("one moderator question")."""
    return phrase[-1] not in _JOB_TALKERS or after >= hi or not keys[after][:1].isalnum() or keys[after] in _AFTER_PERSON


_TALLY = stem("tally")
_TALLIED_THINGS = frozenset({"'", "'s", "of", "for", "and"})
"""After "tally the speakers": the speakers' votes or points counted, not the speakers ("Tally the voices of support")."""
_REQUEST_OPENERS = frozenset(stem(w) for w in ("can", "could", "would", "will", "please", "pls", "plz", "kindly"))
"""A request put as a question: "Can you give me a headcount of the voices?"."""


def _asked_as_request(keys: list[str], i: int, phrase: tuple[str, ...], lo: int, hi: int) -> bool:
    """A :data:`_REQUEST_ONLY` phrase at ``keys[i]``: no question word first, no question mark, no language after."""
    if phrase not in _REQUEST_ONLY:
        return True
    rest = keys[i + len(phrase):hi]
    asked = keys[lo] in _ASKING_FIRST or ("?" in keys[lo:hi] and keys[lo] not in _REQUEST_OPENERS)
    return not asked and not any(find_language(k) or find_language(k + "e") for k in rest[:3])


def _find(table: dict[str, list[tuple[str, tuple[str, ...]]]], keys: list[str], masked: frozenset[int], *,
          weak: bool) -> list[Match]:
    """Every occurrence of the table's phrases in ``keys``, away from ``masked`` positions."""
    out = []
    n = len(keys)
    for i, key in enumerate(keys):
        for name, phrase in table.get(key, ()):
            size = len(phrase)
            if i + size <= n and tuple(keys[i:i + size]) == phrase and not any(j in masked for j in range(i, i + size)) \
                    and _allowed(keys, i, phrase, 0, n):
                out.append(Match(name, i, i + size, weak))
    return out


def _allowed(keys: list[str], i: int, phrase: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether the phrase found at ``keys[i]`` counts, in the window ``keys[lo:hi]``: not a verb before its
    object ("change her tone"), not "the second guest", not "dim sum"."""
    after = i + len(phrase)
    return not (after < hi and phrase[-1] in _VERB_TOO and keys[after] in _POSSESSIVES) \
        and not (i > lo and phrase[0] in _ORDINALS and keys[i - 1] in _DEFINITE) \
        and not (i > lo and (keys[i - 1], keys[i]) in _COMPOUNDS) and _asked_as_request(keys, i, phrase, lo, hi) \
        and _names_the_talker(keys, after, phrase, hi) \
        and not (phrase[0] == _TALLY and after < hi and keys[after] in _TALLIED_THINGS) \
        and not (phrase[-1] == _GOING and after < hi and keys[after] in _GOING_ELSEWHERE) \
        and not (phrase == _RENDER and _rendered_thing(keys, i, lo, hi)) \
        and not (phrase == _BOIL and not _BOILED_TO & set(keys[i + 1:hi])) \
        and not (phrase == _RECAP and keys[lo] in _YES_NO_FIRST and "?" in keys[lo:hi] and i - lo <= 5
                 and any(k in _DEFINITE_KEYS for k in keys[lo:i])) \
        and not _asks_if_summed_up(keys, i, phrase, lo, hi)
    # ("Eggs boiled for 6 minutes?": cooking, not "boil it down"; "Does the pommel horse recap feature several
    # speakers?": the recording, named as a recap)


def _rendered_thing(keys: list[str], i: int, lo: int, hi: int) -> bool:
    """"At what temperature is the tallow rendered?", "Is the lard rendered slowly?": a thing (not the audio, nor "it")
    rendered after "is", in a question with no language after it - fat melted down, not a translation."""
    copula = next((k for k in range(i - 1, max(lo, i - 6) - 1, -1) if keys[k] in _BEING), None)
    return copula is not None and "?" in keys[lo:hi] and keys[lo] not in _POLITE_OPENERS \
        and not any(k in _NOT_A_THING or k in AUDIO_KEYS for k in keys[copula + 1:i]) \
        and not any(find_language(k) or find_language(k + "e") for k in keys[i + 1:hi])


_BEING = frozenset(stem(w) for w in ("is", "was", "are", "were", "be", "being", "been"))
_NOT_A_THING = frozenset(stem(w) for w in ("it", "this", "that", "they", "them", "what", "speech", "words", "possible",
                                           "you", "everything"))
_POLITE_OPENERS = frozenset(stem(w) for w in ("can", "could", "would", "will", "please", "have", "do"))


def _asks_if_summed_up(keys: list[str], i: int, phrase: tuple[str, ...], lo: int, hi: int) -> bool:
    """"Does the podcast end with a summary?", "Did the lecture include a summary?": a yes/no question about the
    recording, its subject named, that names "a summary" after it, not a request for one (not "Is there a summary you
    could give me?")."""
    return phrase[0] == _SUMMARY and i - 1 > lo and keys[i - 1] in _INDEFINITE and keys[lo] in _YES_NO_FIRST \
        and "?" in keys[i:hi] and i - lo <= 7 and keys[lo + 1] in _DEFINITE_KEYS


_RECAP = (stem("recap"),)
_RENDER = (stem("render"),)
_BOIL = (stem("boil"),)
_BOILED_TO = frozenset(stem(w) for w in ("down", "to", "into"))
_SUMMARY = stem("summary")
_INDEFINITE = frozenset(stem(w) for w in ("a", "an", "any"))
_GOING = stem("going")
_GOING_ELSEWHERE = frozenset(stem(w) for w in ("to", "on", "through", "into", "out"))
"""After "the legend going": not a story to go on with ("Is the legend going on tour?", "... going to end")."""
_DEFINITE_KEYS = frozenset(stem(w) for w in ("the", "this", "that"))
_YES_NO_FIRST = frozenset(stem(w) for w in ("is", "are", "was", "were", "does", "do", "did", "has", "have", "had"))


_Occurrences = tuple[list[int], list[tuple[int, str, tuple[str, ...]]]]
"""Where a table's phrases occur in a token list: their start positions, and (start, task, phrase) in order."""


def _occurrences(table: dict[str, list[tuple[str, tuple[str, ...]]]], keys: list[str]) -> _Occurrences:
    found = [(i, name, phrase) for i, key in enumerate(keys) for name, phrase in table.get(key, ())
             if tuple(keys[i:i + len(phrase)]) == phrase]
    return [i for i, _, _ in found], found
