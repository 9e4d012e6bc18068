"""Summary and translation checks on real text written for these tests (fast; no model)."""

from __future__ import annotations

import pytest

from wavllm_agent.errors import UnsupportedLanguageError, UsageError
from wavllm_agent.grounding import (
    check_summary,
    check_translation,
    detect_language,
    extractive_summary,
    language_shares,
    require_supported,
    word_count,
)

COT = ("Three films from Asia Pacific are in the running for the coveted Golden Palms at this U.S. can film "
       "festival, competing in a field dominated by European productions, organizers announced Monday.")
NEWS = ("The city council of Leeds approved 12 million pounds for new cycle lanes on Tuesday. Work starts in "
        "May and should take two years. Mayor Ellen Shaw said the lanes would connect five schools.")


def test_word_count_counts_what_a_reader_counts() -> None:
    assert word_count("Three films - from Asia, in 2024 ... really?") == 7


def test_a_faithful_summary_within_the_limit_passes() -> None:
    verdict = check_summary("Leeds approved 12 million pounds for new cycle lanes, starting in May.", NEWS,
                            max_words=20)
    assert verdict.ok, verdict.problems


def test_the_issue_summary_fails_and_says_why() -> None:
    verdict = check_summary("Golden Palms: Three Asian Films to Win the Golden Palms Award", COT, max_words=20)
    assert not verdict.ok
    assert any("award" in p and "win" in p for p in verdict.problems)


@pytest.mark.parametrize(("summary", "expected"), [
    ("Leeds approved 15 million pounds for cycle lanes.", "invented number: 15"),
    ("Mayor Ellen Shaw and Tom Baker approved the lanes in Leeds.", "invented name: Baker"),
    ("The city council of Leeds approved 12 million pounds for new cycle lanes on Tuesday, and the work starts "
     "in May.", "too long: 21 words, at most 20 asked"),
])
def test_each_problem_is_named(summary: str, expected: str) -> None:
    assert expected in check_summary(summary, NEWS, max_words=20).problems


def test_extractive_fallback_uses_only_source_sentences_within_the_limit() -> None:
    out = extractive_summary(NEWS, 20)
    assert out == "The city council of Leeds approved 12 million pounds for new cycle lanes on Tuesday."
    assert check_summary(out, NEWS, max_words=20).ok
    cut = extractive_summary(COT, 20)  # one 29-word sentence: cut at the last clause that fits
    assert word_count(cut) <= 20 and cut.endswith("...") and COT.startswith(cut.removesuffix("...")[:60])
    assert check_summary(cut, COT, max_words=20).ok


@pytest.mark.parametrize(("text", "lang"), [
    ("Drei Filme aus dem asiatisch-pazifischen Raum sind in Cannes im Rennen um die Goldene Palme.", "de"),
    ("Trois films d'Asie-Pacifique sont en lice pour la Palme d'or au festival de Cannes.", "fr"),
    ("Tres películas de Asia-Pacífico compiten por la Palma de Oro en el festival de Cannes.", "es"),
    ("Three films from Asia Pacific are in the running for the Golden Palm in Cannes.", "en"),
])
def test_language_identification_on_short_sentences(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_good_translations_pass() -> None:
    source = "Leeds approved 12 million pounds for new cycle lanes; work starts in May."
    assert check_translation("Leeds hat 12 Millionen Pfund für neue Radwege bewilligt; die Arbeiten beginnen "
                             "im Mai.", source, "de").ok
    assert check_translation("Leeds a approuvé 12 millions de livres pour de nouvelles pistes cyclables ; les "
                             "travaux commencent en mai.", source, "fr").ok
    assert check_translation("Leeds aprobó 12 millones de libras para nuevos carriles bici; las obras empiezan "
                             "en mayo.", source, "es").ok


def test_the_issue_translation_is_caught_as_partly_english() -> None:
    source = "Golden Palms: Three Asian Films to Win the Golden Palms Award"
    shares = language_shares("Die Golden Palms: Three Asian Films zu Bestimmeinen Wiekeilen werden",
                             expected=("de",))
    assert shares.language == "de" and shares.share("en") > 0.25  # German as a whole, a third English
    verdict = check_translation("Die Golden Palms: Three Asian Films zu Bestimmeinen Wiekeilen werden", source, "de")
    assert any(p.startswith("partly untranslated") for p in verdict.problems)


@pytest.mark.parametrize(("translation", "expected"), [
    ("Leeds approved 12 million pounds for new cycle lanes; work starts in May.", "not German: reads as English"),
    ("Leeds hat 15 Millionen Pfund für neue Radwege bewilligt; die Arbeiten beginnen im Mai.",
     "invented number: 15"),
    ("Leeds hat Millionen Pfund für neue Radwege bewilligt; die Arbeiten beginnen im Mai.", "number left out: 12"),
    ("Leeds hat 12 Millionen Pfund für neue Radwege bewilligt; die Arbeiten beginnen im Mai. Der Bürgermeister "
     "sagte, die Stadt werde damit die sichersten Straßen im ganzen Land haben, und alle Kinder könnten bald mit "
     "dem Rad zur Schule fahren.", "too long for a translation: 39 words for 13"),
])
def test_translation_problems_are_named(translation: str, expected: str) -> None:
    source = "Leeds approved 12 million pounds for new cycle lanes; work starts in May."
    assert expected in check_translation(translation, source, "de").problems


def test_an_unsupported_target_language_is_a_typed_usage_error() -> None:
    require_supported("de")
    with pytest.raises(UnsupportedLanguageError, match="translation into Welsh is not supported") as info:
        require_supported("cy")
    assert isinstance(info.value, UsageError) and info.value.exit_code == 2 and "German" in (info.value.hint or "")


def test_a_currency_changed_in_translation_is_caught_and_possessives_are_not_new_names() -> None:
    source = "Denver will spend 40 million dollars on new bus lanes."
    assert "currency changed: euro is not in the text" in check_translation(
        "Denver wird 40 Millionen Euro für neue Busspuren ausgeben.", source, "de").problems
    assert check_translation("Denver wird 40 Millionen Dollar für neue Busspuren ausgeben.", source, "de").ok
    assert check_summary("Scientists found a new frog in Peru's rainforest.",
                         "Scientists found a new frog in the rainforest of Peru.", max_words=20).ok


def test_english_words_left_in_a_translation_are_caught_but_foreign_names_are_not() -> None:
    source = "The city council voted on Tuesday to stand for the million dollars on numerous lanes."
    verdict = check_translation("La ciudad council votó a Tuesday para stand for el millón de dólares en varias lanes.",
                                source, "es")
    assert "words left untranslated: council, stand, for, lanes" in verdict.problems
    french = ("Volta Motors va construire près de Leipzig une usine de batteries coûtant 2 milliards d'euros et "
              "créant 1500 emplois d'ici 2028.")
    assert check_translation(french, "Volta Motors will build a battery factory near Leipzig costing 2 billion "
                             "euros and creating 1500 jobs by 2028.", "fr").ok


def test_an_initial_does_not_end_a_sentence() -> None:
    from wavllm_agent.grounding.summary import sentences

    # A summary the default model wrote (2026-12-01): cut at "U." it kept "Three Asian films compete in U."
    assert sentences("Three Asian films compete in U. S. can film festival for Golden Palms.") == [
        "Three Asian films compete in U. S. can film festival for Golden Palms."]
    assert sentences("He met J. Smith. Then he left.") == ["He met J. Smith.", "Then he left."]


def test_a_currency_inside_a_hyphenated_amount_is_read() -> None:
    # "million-dollar" names dollars: a translation that speaks of euros changed the currency.
    source = "Denver city council votes to build million-dollar lanes."
    assert check_translation("Le conseil municipal de Denver vote la construction de voies à un million de "
                             "dollars.", source, "fr", source_lang="en").ok
    assert "currency changed: euro is not in the text" in check_translation(
        "Le conseil municipal de Denver vote à construire des routes de millions d'euros.", source, "fr").problems


def test_a_sentence_said_twice_is_caught_unless_the_source_says_it_twice() -> None:
    source = "The airline Nordic Air will cancel 300 flights next week because of a pilots' strike."
    once = "La aerolínea Nordic Air cancelará 300 vuelos la próxima semana por una huelga de pilotos."
    assert check_translation(once, source, "es").ok
    nearly_twice = once + " " + once.replace("por una huelga", "por la huelga")
    assert check_translation(nearly_twice, source, "es").problems == (
        "repeated sentence: La aerolínea Nordic Air cancelará 300 ...",)
    assert "repeated sentence: Leeds approved 12 million pounds for ..." in check_summary(
        "Leeds approved 12 million pounds for cycle lanes. Leeds approved 12 million pounds for lanes.",
        NEWS, max_words=30).problems
    chant = "Vote now. The polls close at eight. Vote now."
    assert check_translation("Votez maintenant. Les bureaux ferment à huit heures. Votez maintenant.",
                             chant, "fr").problems == ()


def test_hyphenated_words_that_are_no_amounts_name_no_currency() -> None:
    assert check_translation("Die Corona-Pandemie traf die Stadt im März schwer.",
                             "The coronavirus pandemic hit the city hard in March.", "de").ok
    assert check_translation("La cumbre franco-alemana terminó el martes.",
                             "The French-German summit ended on Tuesday.", "es").ok
    assert "currency changed: euro is not in the text" in check_translation(
        "Chaque passager a reçu un bon de 10-euro.", "Every passenger got a 10-dollar voucher.", "fr").problems


def test_two_sentences_that_differ_in_one_fact_are_not_a_repeat() -> None:
    source = "The library is closed on Monday. The swimming pool is closed on Monday."
    assert check_translation("La bibliothèque est fermée le lundi. La piscine est fermée le lundi.", source, "fr").ok
    assert check_summary("The meeting is on Monday. The vote is on Tuesday.",
                         "The meeting is on Monday and the vote is on Tuesday, the council said.", max_words=20).ok
