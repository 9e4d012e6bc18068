"""Weekdays and months in English, German, French and Spanish, so that a check can see them change.

A small model translating "from Monday to Thursday" may write "von Montag bis Freitag": every
number and name survives, the fact does not. :func:`calendar_words` reads the days and months of a
text in its language (any of the four when it is not given) as language-free keys ("day 1" for
Monday, "month 3" for March); :func:`changed_dates` lists what a translation or a summary changed.
"""

from __future__ import annotations

import re

from wavllm_agent.grounding.facts import fold, keyed_changes

_DAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miercoles jueves viernes sabado domingo",
}
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar marz april mai juni juli august september oktober november dezember",
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
_AMBIGUOUS = {"en": {"may", "march"}}
"""English month names that are everyday words: read as months only when capitalised mid-sentence."""

CALENDAR_WORDS: dict[str, dict[str, str]] = {}
"""Folded day and month names by language -> a language-free key ("day 1" .. "day 7", "month 1" .. "month 12")."""
for _lang in _DAYS:
    CALENDAR_WORDS[_lang] = {w: f"day {i}" for i, w in enumerate(_DAYS[_lang].split(), 1)}
    CALENDAR_WORDS[_lang].update({w: f"month {i}" for i, w in enumerate(_MONTHS[_lang].split(), 1)})
    CALENDAR_WORDS[_lang].update({w + "s": k for w, k in list(CALENDAR_WORDS[_lang].items())
                                  if k.startswith("day") and _lang == "en"})  # "on Mondays"
CALENDAR_WORDS["de"]["sonnabend"] = "day 6"
ALL_CALENDAR_WORDS = frozenset(w for table in CALENDAR_WORDS.values() for w in table)
"""Every folded day and month name of the four languages."""

_WORD = re.compile(r"[^\W\d_]+")


def _day_compound(word: str, table: dict[str, str]) -> str | None:
    """The day a compound or adverb starts with ("Freitagabend", "montags", "Sundays"), if any."""
    for day, key in table.items():
        if key.startswith("day") and len(word) > len(day) >= 5 and word.startswith(day):
            return key
    return None


def calendar_words(text: str, lang: str | None = None) -> dict[str, str]:
    """Days and months named in ``text`` (written in ``lang``; None: any of en/de/fr/es): key -> the word as written."""
    tables = [CALENDAR_WORDS[lang]] if lang in CALENDAR_WORDS else list(CALENDAR_WORDS.values())
    ambiguous = set().union(*(_AMBIGUOUS.get(code, set()) for code in ([lang] if lang else CALENDAR_WORDS)))
    found: dict[str, str] = {}
    for match in _WORD.finditer(text):
        token = match.group()
        word = fold(token)
        if word in ambiguous and not (token[0].isupper() and match.start() > 0):
            continue  # "may" the verb, "march" the walk
        for table in tables:
            key = table.get(word) or _day_compound(word, table)
            if key:
                found.setdefault(key, token)
                break
    return found


def changed_dates(output: str, source: str, *, output_lang: str | None = None,
                  source_lang: str | None = None) -> tuple[list[str], list[str]]:
    """Days and months of ``output`` that ``source`` does not name, and those of ``source`` that ``output`` lacks.

    Example: ``changed_dates("von Montag bis Freitag", "from Monday to Thursday", output_lang="de",
    source_lang="en")`` gives ``(["Freitag"], ["Thursday"])``.
    """
    return keyed_changes(calendar_words(output, output_lang), calendar_words(source, source_lang))
