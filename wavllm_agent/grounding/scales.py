"""Scale words of amounts ("thousand", "million", "billion", ...) and the powers of ten they mean.

"40 million dollars" keeps its number 40 in "40 Milliarden Dollar", yet the amount is a thousand
times larger: a number check alone passes it. These helpers read the scale words of English,
German, French and Spanish by language (an English "billion" is 10^9, a German "Billion" and a
French "billion" are 10^12, a Spanish "mil millones" is 10^9), so that a check can compare the
amounts' scales of a translation or a summary with its source's.
"""

from __future__ import annotations

import re

from wavllm_agent.grounding.facts import fold, keyed_changes

SCALE_WORDS: dict[str, dict[str, int]] = {
    "en": {"thousand": 3, "thousands": 3, "million": 6, "millions": 6, "mln": 6, "billion": 9, "billions": 9,
           "bn": 9, "trillion": 12, "trillions": 12},
    "de": {"tausend": 3, "tausende": 3, "tausenden": 3, "million": 6, "millionen": 6, "mio": 6,
           "milliarde": 9, "milliarden": 9, "mrd": 9, "billion": 12, "billionen": 12},
    "fr": {"mille": 3, "millier": 3, "milliers": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9,
           "billion": 12, "billions": 12},
    "es": {"mil": 3, "miles": 3, "millon": 6, "millones": 6, "millardo": 9, "millardos": 9, "billon": 12,
           "billones": 12},
}
"""Folded scale words (no accents) by language -> the power of ten they mean."""

_WORD = re.compile(r"[^\W\d_]+")
_EVERYDAY = frozenset({"miles", "mil"})  # English words too: read as scales only in Spanish text
_SPANISH_THOUSAND_MILLION = ("mil", ("millon", "millones"))  # "mil millones": 10^9


_ANY_LANGUAGE: dict[str, int] = {}
"""Unknown language: the first reading of each word (everyday English words left out)."""
for _table in SCALE_WORDS.values():
    for _word, _power in _table.items():
        if _word not in _EVERYDAY:
            _ANY_LANGUAGE.setdefault(_word, _power)


def scales(text: str, lang: str | None = None) -> dict[int, str]:
    """The scales of amounts in ``text`` (written in ``lang``; None: any of en/de/fr/es): power of ten -> the
    word as written (its first occurrence)."""
    table = SCALE_WORDS.get(lang or "", _ANY_LANGUAGE)
    tokens = _WORD.findall(text)
    found: dict[int, str] = {}
    skip = False
    for i, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        word = fold(token)
        following = fold(tokens[i + 1]) if i + 1 < len(tokens) else ""
        if lang in (None, "es") and word == _SPANISH_THOUSAND_MILLION[0] and following in _SPANISH_THOUSAND_MILLION[1]:
            found.setdefault(9, f"{token} {tokens[i + 1]}")
            skip = True
            continue
        power = table.get(word)
        if power is None:  # a compound or derived word: "millionenschwer", "millonarias", "Milliardär"
            power = next((p for stem, p in table.items() if len(stem) >= 6 and word.startswith(stem)), None)
        if power is not None:
            found.setdefault(power, token)
    return found


def changed_scales(output: str, source: str, *, output_lang: str | None = None,
                   source_lang: str | None = None) -> tuple[list[str], list[str]]:
    """Scale words of ``output`` whose power ``source`` lacks, and those of ``source`` that ``output`` lacks.

    Example: ``changed_scales("40 Milliarden Dollar", "40 million dollars", output_lang="de",
    source_lang="en")`` gives ``(["Milliarden"], ["million"])``.
    """
    return keyed_changes(scales(output, output_lang), scales(source, source_lang))


SCALE_NAMES: dict[str, dict[int, tuple[str, str]]] = {
    "en": {3: ("thousand", "thousand"), 6: ("million", "million"), 9: ("billion", "billion"),
           12: ("trillion", "trillion")},
    "de": {3: ("tausend", "tausend"), 6: ("Million", "Millionen"), 9: ("Milliarde", "Milliarden"),
           12: ("Billion", "Billionen")},
    "fr": {3: ("mille", "mille"), 6: ("million", "millions"), 9: ("milliard", "milliards"),
           12: ("billion", "billions")},
    "es": {3: ("mil", "mil"), 6: ("millón", "millones"), 9: ("mil millones", "mil millones"),
           12: ("billón", "billones")},
}
"""The word for each power of ten by language: (after one, after more than one)."""

_ONE = frozenset({"1", "one", "ein", "eine", "un", "une", "una"})


def repair_scales(translation: str, source: str, *, target_lang: str, source_lang: str | None = "en") -> str | None:
    """``translation`` with its one wrong scale word replaced by the target language's word for the
    source's scale ("2 billones de euros" for "2 billion euros" -> "2 mil millones de euros"), or None
    when there is not exactly one wrong and one missing scale, or no word for the target language.

    A deterministic fix of a mistake small models make often (an English "billion" is neither a
    German "Billion" nor a Spanish "billón"); the caller checks the result again.
    """
    mine, theirs = scales(translation, target_lang), scales(source, source_lang)
    new = [(p, w) for p, w in mine.items() if p not in theirs]
    lost = [p for p in theirs if p not in mine]
    names = SCALE_NAMES.get(target_lang)
    if len(new) != 1 or len(lost) != 1 or names is None or lost[0] not in names:
        return None
    wrong = new[0][1]
    if fold(wrong) not in SCALE_WORDS.get(target_lang, {}) and " " not in wrong:
        return None  # a derived word ("milliardaires", "millionenschwer"): no word-for-word fix
    match = re.search(rf"(\S+\s+)?\b{re.escape(wrong)}\b", translation)
    if match is None:
        return None
    before = (match.group(1) or "").strip().lower()
    word = names[lost[0]][0] if before in _ONE else names[lost[0]][1]
    start = match.start() + len(match.group(1) or "")
    return translation[:start] + word + translation[match.end():]
