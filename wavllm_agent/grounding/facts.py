"""Numbers, names and content words of a text, and which of them a source text lacks.

A summary or a translation may rephrase its source but must not bring in a number, a name or a
claim the source does not make. These helpers find the numbers (digits and, in English, German,
French and Spanish, number words up to twenty and the tens), the names (capitalised words that
do not start a sentence) and the content words of a text, so that a check can list what is new.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from typing import TypeVar

K = TypeVar("K", int, str)

NUMBER_WORDS: dict[str, int] = {}
"""Number words (en, de, fr, es) -> value, for matching "three" in a source with "3" or "drei"."""

_TABLES = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
          "sechzehn siebzehn achtzehn neunzehn zwanzig",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
          "dix-sept dix-huit dix-neuf vingt",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
          "dieciséis diecisiete dieciocho diecinueve veinte",
}
for _words in _TABLES.values():
    for _value, _word in enumerate(_words.split()):
        NUMBER_WORDS.setdefault(_word, _value)
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "hundred": 100, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
         "achtzig": 80, "neunzig": 90, "hundert": 100, "trente": 30, "quarante": 40, "cinquante": 50,
         "soixante": 60, "cent": 100, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
         "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100}
NUMBER_WORDS.update(_TENS)
# Words that are number words in one language and everyday words in another ("un", "une" in
# French, "elf" in English text) are not treated as numbers.
for _ambiguous in ("un", "uno", "one", "eins", "null", "elf", "six", "cent", "dix", "sept", "neuf"):
    NUMBER_WORDS.pop(_ambiguous, None)

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")

STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for from with without about into over under after before "
    "during between through as is are was were be been being has have had do does did will would can could "
    "may might must shall should this that these those it its they them their there here he she his her "
    "him we our you your i me my not no nor so than then too very also just only more most less least "
    "some any all each every both other such what which who whom whose when where why how while up down "
    "out off again further once said says say according new one due despite because although though "
    "since until among amid via per around nearly about almost approximately several many much few "
    "total including".split()
)
"""English function words (and a few near-empty ones) left out of content-word comparisons."""


def fold(word: str) -> str:
    """``word`` lower-cased without accents ("Zürich" -> "zurich")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def _number_value(token: str) -> str:
    """A number token as a canonical string: thousands separators dropped, decimal commas as points."""
    groups = re.split(r"[.,]", token)
    if len(groups) == 1:
        return str(int(token)) if len(token) < 30 else token
    if all(len(g) == 3 for g in groups[1:]):  # 12,000 / 12.000: thousands
        return str(int("".join(groups))) if len(token) < 30 else token
    if len(groups) == 2:  # 1.5 / 1,5: a decimal
        return f"{int(groups[0])}.{groups[1]}"
    return token


def numbers(text: str) -> set[str]:
    """The numbers in ``text``, as canonical strings: "12,000" and "12.000" give "12000", "1,5" gives
    "1.5", and number words ("three", "drei", "trois", "tres") give their digits."""
    found = {_number_value(m.group()) for m in _NUMBER.finditer(text)}
    for word in _WORD.findall(text):
        value = NUMBER_WORDS.get(word.lower())
        if value is not None:
            found.add(str(value))
    return found


def _sentence_starts(text: str) -> set[int]:
    """Offsets of the words that begin a sentence, a line or a clause after a colon."""
    starts = set()
    previous_end = 0
    for match in _WORD.finditer(text):
        before = text[previous_end:match.start()]
        if previous_end == 0 or _SENTENCE_END.search(before) or "\n" in before or '"' in before.strip()[-1:]:
            starts.add(match.start())
        previous_end = match.end()
    return starts


def names(text: str) -> set[str]:
    """Capitalised words that do not begin a sentence (names of people, places, films, ...), as written.

    A text written in title case ("Three Asian Films To Win") would make every word a name, so
    when more than half of a text's words are capitalised only words in capitals or with inner
    capitals count.
    """
    words = list(_WORD.finditer(text))
    if not words:
        return set()
    capitalised = [m for m in words if m.group()[0].isupper()]
    title_case = len(words) >= 4 and len(capitalised) > 0.6 * len(words)
    starts = _sentence_starts(text)
    found = set()
    for match in capitalised:
        word = match.group()
        if title_case and not (word.isupper() and len(word) > 1 or any(c.isupper() for c in word[1:])):
            continue
        if match.start() in starts and not (word.isupper() and len(word) > 1):
            continue
        if word.lower() in NUMBER_WORDS:
            continue
        found.add(word)
    return found


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, with inner hyphens and apostrophes), as written."""
    return _WORD.findall(text)


def content_words(text: str) -> set[str]:
    """Folded words of three letters or more that are not English function words."""
    return {fold(w) for w in _WORD.findall(text) if len(w) >= 3 and fold(w) not in STOPWORDS}


def stem_key(word: str, size: int = 5) -> str:
    """A crude stem: the first ``size`` folded letters ("running", "runner" -> "runni"/"runne")."""
    return fold(word)[:size]


_ENDINGS = ("ing", "ed", "es", "s", "er")


def _stem(word: str) -> str:
    """``word`` without one English inflectional ending (at least 3 letters kept)."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def supported(word: str, source_words: Iterable[str], *, size: int = 5) -> bool:
    """Whether ``word`` (or a word sharing its first ``size`` letters, or its own short form) is in the source.

    Prefix matching accepts inflections ("films" / "film", "Palms" / "Palme", "Hamburger" / "Hamburg"),
    and English endings are dropped first ("votes" / "voted").
    """
    key = fold(word)
    for other in source_words:
        other = fold(other)
        if other == key or (len(key) > 4 and len(other) > 4 and _stem(key) == _stem(other)):
            return True
        shorter, longer = sorted((key, other), key=len)
        n = min(size, len(shorter))
        if len(shorter) >= 4 and longer[:n] == shorter[:n]:
            return True
    return False


def new_numbers(output: str, source: str) -> list[str]:
    """Numbers in ``output`` that ``source`` lacks (in either's digits or number words)."""
    have = numbers(source)
    return sorted(n for n in numbers(output) if n not in have)


def missing_numbers(output: str, source: str) -> list[str]:
    """Numbers in ``source`` that ``output`` lacks."""
    return new_numbers(source, output)


def new_names(output: str, source: str) -> list[str]:
    """Names in ``output`` that appear nowhere in ``source`` (in any case, any inflection)."""
    source_words = set(_WORD.findall(source))
    found = []
    for name in sorted(names(output)):
        bare = re.sub(r"['’]s?$", "", name)  # "Peru's" -> "Peru"
        parts = [p for p in re.split(r"[-'’]", bare) if p]
        if not all(supported(p, source_words) for p in parts):
            found.append(name)
    return found


def _close(name: str, word: str) -> bool:
    """Whether ``word`` is ``name`` in another inflection, spelling or compound ("Cairo" / "Kairo",
    "Lisbon" / "Lissabon", "Italy" / "Norditalien")."""
    a, b = fold(name), fold(word)
    if supported(name, (word,)) or (len(a) >= 4 and a[:4] in b):
        return True
    return len(a) >= 4 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.6


def name_groups(text: str) -> list[list[str]]:
    """The names of ``text`` (:func:`names`) with their neighbouring capitalised words, one list per name
    ("Real Sociedad", "University of Oslo" -> ["University"], ["Oslo"])."""
    named = names(text)
    groups: list[list[str]] = []
    run: list[str] = []
    previous_end = -1
    for match in _WORD.finditer(text):
        word = match.group()
        joined = previous_end >= 0 and text[previous_end:match.start()] in (" ", "-")
        if word[0].isupper() and (joined or not run):
            run.append(word)
        else:
            if any(w in named for w in run):
                groups.append(run)
            run = [word] if word[0].isupper() else []
        previous_end = match.end()
    if any(w in named for w in run):
        groups.append(run)
    return groups


def missing_names(output: str, source: str, *, ignore: Iterable[str] = ()) -> list[str]:
    """Names of ``source`` of which ``output`` keeps no trace, for a translation: a name of several words
    needs one of them (in any inflection, a close spelling or inside a compound); words in ``ignore``
    (folded: days, months) are not names here."""
    skip = {fold(w) for w in ignore}
    out_words = _WORD.findall(output)
    lost = []
    for group in name_groups(source):
        kept = [w for w in group if len(w) >= 3 and fold(w) not in skip]
        if kept and not any(_close(w, o) for w in kept for o in out_words):
            lost.append(" ".join(group))
    return lost


def keyed_changes(mine: dict[K, str], theirs: dict[K, str]) -> tuple[list[str], list[str]]:
    """Words of ``mine`` whose key ``theirs`` lacks, and words of ``theirs`` whose key ``mine`` lacks
    (facts read as language-free keys: a power of ten, "day 1"), each in key order."""
    return ([w for k, w in sorted(mine.items()) if k not in theirs],
            [w for k, w in sorted(theirs.items()) if k not in mine])


def new_content_words(output: str, source: str) -> list[str]:
    """Content words of ``output`` with no word in ``source`` sharing their stem (claims the source may lack)."""
    source_words = set(_WORD.findall(source))
    return sorted(w for w in content_words(output) if not supported(w, source_words))


CURRENCIES: dict[str, tuple[str, ...]] = {
    "dollar": ("dollar", "dollars", "dólar", "dólares", "dolar", "dollaro", "dollari"),
    "euro": ("euro", "euros", "eur"),
    "pound": ("pound", "pounds", "pfund", "livre", "livres", "libra", "libras", "sterling"),
    "yen": ("yen",),
    "franc": ("franc", "francs", "franken", "franco", "francos"),
    "crown": ("krone", "kronen", "kroner", "kronor", "couronne", "couronnes", "corona", "coronas"),
}
"""Currency words (en, de, fr, es, it) by currency: a translation must not change one into another."""

_CURRENCY_OF = {fold(word): currency for currency, forms in CURRENCIES.items() for word in forms}
_CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}


_AMOUNT_PARTS = {"hundred", "thousand", "million", "billion", "trillion"}
"""Words before a hyphen that make the word after it an amount's currency ("million-dollar")."""


def _currency_word(word: str) -> str:
    """The part of ``word`` that may name a currency: "euros" of "d'euros" (an elided article), "dollar"
    of "million-dollar" or "ten-euro" (an amount word before the hyphen); not "Corona" of "Corona-Pandemie"
    or "franc" of "franco-alemana"."""
    parts = re.split(r"[-'’]", word)
    if len(parts) == 2 and re.fullmatch(r"[^\W\d_]{1,2}", parts[0]) and word[len(parts[0])] in "'’":
        return parts[1]
    if "-" in word and len(parts) >= 2 and (fold(parts[-2]) in _AMOUNT_PARTS or fold(parts[-2]) in NUMBER_WORDS):
        return parts[-1]
    return word


def currencies(text: str) -> set[str]:
    """The currencies ``text`` names (by word in en/de/fr/es/it, or by sign)."""
    # ("10-euro": the word pattern starts at "euro" already)
    found = {_CURRENCY_OF[fold(w)] for w in map(_currency_word, _WORD.findall(text)) if fold(w) in _CURRENCY_OF}
    return found | {c for sign, c in _CURRENCY_SIGNS.items() if sign in text}


def new_currencies(output: str, source: str) -> list[str]:
    """Currencies ``output`` names that ``source`` does not (dollars turned into euros)."""
    return sorted(currencies(output) - currencies(source))
