"""Checks for a translation: in the target language, and the given text translated, nothing added.

A translation passes when

* language identification (:mod:`wavllm_agent.grounding.langid`) finds the whole text in the
  target language and at most 1 - :data:`MIN_TARGET_SHARE` of its words in runs of the source's
  language, and no more
  than :data:`MAX_COPIED_SHARE` of its words are the source's own lower-case words (a text that
  leaves part of the English as it was fails);
* it carries every number of the source and no other (digits or number words), and names no
  currency the source does not (dollars do not become euros);
* it keeps the scale of every amount ("million" does not become "Milliarden": :mod:`.scales`) and
  every day and month (:mod:`.dates`), and adds none;
* it keeps a trace of every name of the source (the name itself, an inflection, a close spelling
  or a compound holding it: "Cairo" / "Kairo", "Italy" / "Norditalien"; of a name of several
  words one is enough: "Golden Palms" / "Palme d'or");
* it says nothing twice (:func:`~wavllm_agent.grounding.summary.repeated_sentences`: a beam
  search may end by repeating its sentence);
* its length is within :data:`LENGTH_RATIO` of the source's, in words (much longer: something
  was added; much shorter: something was dropped).

Names the translation brings in are not checked: nouns are capitalised in German, and names
change form across languages ("Asia Pacific", "Asien-Pazifik").
"""

from __future__ import annotations

from wavllm_agent.errors import UnsupportedLanguageError
from wavllm_agent.grounding.check import Verdict
from wavllm_agent.grounding.dates import ALL_CALENDAR_WORDS, changed_dates
from wavllm_agent.grounding.facts import missing_names, missing_numbers, new_currencies, new_numbers, words
from wavllm_agent.grounding.langid import identifiable, language_shares
from wavllm_agent.grounding.scales import changed_scales
from wavllm_agent.grounding.summary import opening, repeated_sentences, sentences, word_count
from wavllm_agent.languages import LANGUAGES, language_name

MIN_TARGET_SHARE = 0.75
"""Least share of a translation's words that must not be in the source's language."""

LENGTH_RATIO = (0.4, 2.5)
"""Bounds of (translation words / source words) for sources of 6 words or more."""

MAX_COPIED_SHARE = 0.2
"""Most share of a translation's words that may be the source's own lower-case words, copied as they were."""

TEXT_LANGUAGES = frozenset(
    "en de fr es it pt nl ru pl cs uk tr ar zh ja ko vi th id ro hu sv da fi el he fa hi ca".split()
)
"""Languages a translation may go into by default: those the language check can identify and the
default chat models (Qwen2.5, SmolLM2's family) are documented to write. An engine can declare its
own with a ``text_languages`` attribute."""


def supported_targets(engine: object | None = None) -> frozenset[str]:
    """The target languages a text translation on ``engine`` may use."""
    declared = getattr(engine, "text_languages", None)
    targets = frozenset(declared) if declared else TEXT_LANGUAGES
    return frozenset(code for code in targets if identifiable(code))


def require_supported(target_lang: str, engine: object | None = None) -> None:
    """Raise unless text can be translated into ``target_lang`` (and the result checked).

    Raises:
        UnsupportedLanguageError: the language is known but not one the text model writes.
    """
    targets = supported_targets(engine)
    if target_lang not in targets:
        name = language_name(target_lang)
        listed = ", ".join(sorted(LANGUAGES[c] for c in targets if c in LANGUAGES))
        raise UnsupportedLanguageError(f"translation into {name} is not supported",
                                       hint=f"translate into one of: {listed}")


def untranslated_words(translation: str, source: str) -> list[str]:
    """Words of 3+ letters in ``translation`` that the source has in lower case (not names), as they were.

    A whole-text language check misses a German sentence with "council" and "lanes" left in it;
    this finds them. (A few words are the same in both languages - "million", "village" in
    French - which is why a share of them is allowed.)
    """
    source_lower = {w for w in words(source) if w.islower()}
    # Compared in lower case: German capitalises nouns ("Lanes" left from "lanes").
    return [w for w in words(translation) if len(w) >= 3 and w.lower() in source_lower]


def check_translation(translation: str, source: str, target_lang: str, *,
                      source_lang: str | None = "en") -> Verdict:
    """Check that ``translation`` is ``source`` rendered in ``target_lang``."""
    if not translation.strip():
        return Verdict(("empty translation",))
    problems = []
    expected = tuple(c for c in (target_lang, source_lang) if c)
    found = language_shares(translation, expected=expected)
    name = language_name(target_lang)
    if found.language != target_lang:
        problems.append(f"not {name}: reads as {language_name(found.language or 'unknown')}")
    elif source_lang and source_lang != target_lang and found.share(source_lang) > 1 - MIN_TARGET_SHARE:
        # Only the source's language counts against it: names read as another language's words
        # ("Volta Motors", "Leipzig" as German inside French) are no failure.
        problems.append(f"partly untranslated: {round(100 * found.share(source_lang))} % of the words are "
                        f"{language_name(source_lang)}")
    if source_lang and target_lang != source_lang:
        copied = untranslated_words(translation, source)
        if " ".join(translation.split()) == " ".join(source.split()):
            problems.append("the text was left as it was")
        elif len(copied) >= 2 and len(copied) > MAX_COPIED_SHARE * max(1, word_count(translation)):
            problems.append(f"words left untranslated: {', '.join(copied)}")
    if len(sentences(translation)) > len(sentences(source)):  # a sentence more than the source has
        problems += [f"repeated sentence: {opening(r)}" for r in repeated_sentences(translation, source)]
    problems += [f"invented number: {n}" for n in new_numbers(translation, source)]
    problems += [f"number left out: {n}" for n in missing_numbers(translation, source)]
    problems += [f"currency changed: {c} is not in the text" for c in new_currencies(translation, source)]
    problems += _changed_facts(translation, source, target_lang, source_lang)
    n_source, n_out = word_count(source), word_count(translation)
    if n_source >= 6:
        ratio = n_out / n_source
        if ratio > LENGTH_RATIO[1]:
            problems.append(f"too long for a translation: {n_out} words for {n_source}")
        elif ratio < LENGTH_RATIO[0]:
            problems.append(f"too short for a translation: {n_out} words for {n_source}")
    return Verdict(tuple(problems))


def _changed_facts(translation: str, source: str, target_lang: str, source_lang: str | None) -> list[str]:
    """Amount scales, days, months and names the translation changed or lost."""
    langs = {"output_lang": target_lang, "source_lang": source_lang}
    new, lost = changed_scales(translation, source, **langs)
    problems = [f"amount changed: {w} is not in the text" for w in new] + [f"amount left out: {w}" for w in lost]
    new, lost = changed_dates(translation, source, **langs)
    problems += [f"day or month changed: {w} is not in the text" for w in new]
    problems += [f"day or month left out: {w}" for w in lost]
    problems += [f"name left out: {n}" for n in missing_names(translation, source, ignore=ALL_CALENDAR_WORDS)]
    return problems
