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
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
"""Day and month names as each language writes them (capitals and accents kept, for repairs)."""
_AMBIGUOUS = {"en": {"may", "march"}}
"""English month names that are everyday words: read as months only when capitalised mid-sentence."""

CALENDAR_WORDS: dict[str, dict[str, str]] = {}
"""Folded day and month names by language -> a language-free key ("day 1" .. "day 7", "month 1" .. "month 12")."""
WRITTEN: dict[str, dict[str, str]] = {}
"""By language, a key ("day 1", "month 3") -> its name as the language writes it ("Montag", "März")."""
for _lang in _DAYS:
    WRITTEN[_lang] = {f"day {i}": w for i, w in enumerate(_DAYS[_lang].split(), 1)}
    WRITTEN[_lang].update({f"month {i}": w for i, w in enumerate(_MONTHS[_lang].split(), 1)})
    CALENDAR_WORDS[_lang] = {fold(w): k for k, w in WRITTEN[_lang].items()}
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


def repair_dates(translation: str, source: str, *, target_lang: str, source_lang: str | None = "en") -> str | None:
    """``translation`` with its one wrong day (or month) replaced, wherever it stands, by the target language's name
    of the source's ("la réunion a lieu mardi" for "the meeting is on Monday" -> "... lundi"), or None when there
    is not exactly one wrong and one missing name of the same kind, the translation keeps another of the source's
    names of that kind (a shifted range: "von Montag bis Dienstag" for "from Tuesday to Wednesday"), the wrong one
    is part of a longer word ("Freitagabend"), or the target language has no names here (en, de, fr, es have).

    A deterministic fix of a mistake small models make and repeat on every retry; the caller checks
    the result again (as :func:`~wavllm_agent.grounding.scales.repair_scales`).
    """
    names = WRITTEN.get(target_lang)
    if names is None:
        return None
    mine, theirs = calendar_words(translation, target_lang), calendar_words(source, source_lang)
    new = [(k, w) for k, w in mine.items() if k not in theirs]
    lost = [k for k in theirs if k not in mine]
    if len(new) != 1 or len(lost) != 1 or new[0][0].split()[0] != lost[0].split()[0]:
        return None
    kind = lost[0].split()[0]
    if any(k.split()[0] == kind for k in mine if k in theirs):
        return None  # "von Montag bis Dienstag" for "from Tuesday to Wednesday": a shifted range, not one slip
    wrong = new[0][1]
    folded = fold(wrong)
    if CALENDAR_WORDS[target_lang].get(folded) is None:
        return None  # a compound or an adverb ("Freitagabend", "montags"): no word-for-word fix
    right = names[lost[0]]
    if folded == fold(names[new[0][0]]) + "s":
        right += "s"  # "on Tuesdays" for "los lunes": "on Mondays"
    if wrong[0].isupper():
        right = right[0].upper() + right[1:]
    return re.sub(rf"\b{re.escape(wrong)}\b", right, translation)
