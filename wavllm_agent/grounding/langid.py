"""Which language a text is written in, and how much of it is in a given language.

Built on `lingua-language-detector` (its models ship inside the wheel, so it works offline).
Chosen by measurement (docs/grounding.md): on 48 short sentences in de/fr/es/en it, py3langid
and langdetect were all right on 48/48 (py3langid 47/48 over all its languages), but only lingua
can split a mixed text into runs of each language, which is what catches a "translation" that
leaves half the English as it was ("Die Golden Palms: Three Asian Films zu ..." is German to
every whole-text detector; lingua finds 4 of its 10 words English).

Detectors are built for a small set of candidate languages (the target, the source and the
common European ones), once per set, which keeps loading fast (models load lazily per language).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from wavllm_agent.errors import TaskNotSupportedError

CANDIDATES = ("en", "de", "fr", "es", "it", "pt", "nl")
"""Languages every detector considers besides the ones asked about (the usual confusions)."""

_ALIASES = {"no": "nb"}  # Norwegian: lingua knows Bokmål and Nynorsk
_LOCK = threading.Lock()


@dataclass(frozen=True)
class LanguageShares:
    """How a text divides among languages.

    Attributes:
        language: the most likely language of the whole text (ISO 639-1), None for no words.
        shares: language -> fraction (0-1) of the text's words in runs of that language.
        words: how many words were counted.
    """

    language: str | None
    shares: dict[str, float]
    words: int

    def share(self, code: str) -> float:
        """The fraction of words in language ``code``."""
        return self.shares.get(code, 0.0)


def _lingua(code: str) -> Any:
    from lingua import IsoCode639_1, Language

    iso = getattr(IsoCode639_1, _ALIASES.get(code, code).upper(), None)
    return None if iso is None else Language.from_iso_code_639_1(iso)


def identifiable(code: str) -> bool:
    """Whether the detector can recognise language ``code``."""
    return _lingua(code) is not None


@lru_cache(maxsize=32)
def _detector(codes: frozenset[str]) -> Any:
    from lingua import LanguageDetectorBuilder

    languages = [lang for lang in (_lingua(c) for c in sorted(codes)) if lang is not None]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _code(language: Any) -> str:
    code = language.iso_code_639_1.name.lower()
    return "no" if code in ("nb", "nn") else code


def language_shares(text: str, *, expected: tuple[str, ...] = ()) -> LanguageShares:
    """Split ``text`` into runs by language and count the words of each.

    Args:
        text: any text.
        expected: languages to consider besides :data:`CANDIDATES` (e.g. a translation's target).

    Raises:
        TaskNotSupportedError: an expected language the detector does not know.
    """
    for code in expected:
        if not identifiable(code):
            raise TaskNotSupportedError(f"cannot identify text in language {code!r}")
    codes = frozenset(CANDIDATES) | frozenset(expected)
    with _LOCK:  # building a detector and its lazy model loading are not thread-safe
        detector = _detector(codes)
        runs = detector.detect_multiple_languages_of(text)
        best = detector.detect_language_of(text)
    counts: dict[str, int] = {}
    for run in runs:
        code = _code(run.language)
        counts[code] = counts.get(code, 0) + run.word_count
    total = sum(counts.values())
    shares = {code: n / total for code, n in counts.items()} if total else {}
    return LanguageShares(_code(best) if best is not None else None, shares, total)


def detect_language(text: str, *, expected: tuple[str, ...] = ()) -> str | None:
    """The most likely language of ``text`` (ISO 639-1), None when it has no words."""
    return language_shares(text, expected=expected).language
