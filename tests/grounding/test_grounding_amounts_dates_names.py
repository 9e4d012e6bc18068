"""Scales of amounts, days and months, and names kept across languages (fast; no model).

The model outputs below are what Qwen2.5-Coder-1.5B wrote (2026-12-01) when asked to translate
the chain benchmark's reference summaries; the correct sentences are the benchmark's references.
"""

from __future__ import annotations

import pytest

from wavllm_agent.grounding import check_summary, check_translation
from wavllm_agent.grounding.dates import calendar_words, changed_dates
from wavllm_agent.grounding.facts import missing_names
from wavllm_agent.grounding.scales import changed_scales, scales

DENVER = "Denver will spend 40 million dollars on new bus lanes, with the first lanes opening in March."
VOLTA = "Volta Motors will build a battery factory near Leipzig costing 2 billion euros and creating 1500 jobs by 2028."


def test_scale_words_are_read_in_their_language() -> None:
    assert scales("2 billion euros", "en") == {9: "billion"}
    assert scales("2 Billionen Euro", "de") == {12: "Billionen"}
    assert scales("2 mil millones de euros", "es") == {9: "mil millones"}
    assert scales("2 milliards d'euros", "fr") == {9: "milliards"}
    assert scales("50 miles north of town") == {}  # an English word, not Spanish "miles"


@pytest.mark.parametrize(("translation", "lang"), [
    ("Denver wird 40 Millionen Dollar für neue Busspuren ausgeben, die ersten Spuren werden im März eröffnet.",
     "de"),
    ("Denver va dépenser 40 millions de dollars pour de nouvelles voies de bus, les premières ouvrant en mars.",
     "fr"),
])
def test_a_kept_scale_passes(translation: str, lang: str) -> None:
    assert changed_scales(translation, DENVER, output_lang=lang, source_lang="en") == ([], [])
    assert check_translation(translation, DENVER, lang).ok


@pytest.mark.parametrize(("translation", "lang", "new"), [
    ("Denver wird in den nächsten Jahren 40 Milliarden Dollar für neue Buslanen spenden, mit der ersten "
     "Läne im März öffnen.", "de", "Milliarden"),
    ("Volta Motors construirá un fábrica de baterías cerca de Leipzig a coste de 2 billones de euros y creará "
     "1500 empleos hasta el año 2028.", "es", "billones"),
    ("Volta Motors wird eine Batterie-Fabrik in Leipzig bauen, die 2 billion Euro kosten und bis 2028 1500 "
     "Arbeitsplätze erzeugen.", "de", "billion"),  # a German "Billion" is 10^12
])
def test_a_changed_scale_is_caught(translation: str, lang: str, new: str) -> None:
    source = DENVER if "Denver" in translation else VOLTA
    verdict = check_translation(translation, source, lang)
    assert f"amount changed: {new} is not in the text" in verdict.problems


def test_a_summary_may_not_inflate_an_amount() -> None:
    assert "amount changed: billion is not in the text" in check_summary(
        "Denver will spend 40 billion dollars on bus lanes.", DENVER, max_words=20).problems


def test_days_and_months_across_languages_and_compounds() -> None:
    assert calendar_words("am Freitagabend im März", "de") == {"day 5": "Freitagabend", "month 3": "März"}
    assert calendar_words("You may march on", "en") == {}  # the verbs, not the months
    assert changed_dates("Piloten streiken von Montag bis Freitag", "pilots strike from Monday to Thursday",
                         output_lang="de", source_lang="en") == (["Freitag"], ["Thursday"])
    assert changed_dates("du lundi au jeudi", "from Monday to Thursday", output_lang="fr",
                         source_lang="en") == ([], [])


def test_a_name_lost_in_translation_is_caught_a_changed_form_is_not() -> None:
    source = "University of Oslo scientists found a new frog species in Peru, named after the village of Santa Rosa."
    wrong = ("Les scientifiques de l'Université d'Ostrava ont découvert une nouvelle espèce de grenouille dans le "
             "Pérou, appelée après la ville de Santa Rosa.")
    assert missing_names(wrong, source) == ["Oslo"]
    assert "name left out: Oslo" in check_translation(wrong, source, "fr").problems
    assert missing_names("Das Nationalmuseum in Kairo zeigt Schmuck aus Norditalien und Lissabon.",
                         "The national museum in Cairo shows jewellery from northern Italy and Lisbon.") == []
    assert missing_names("Trois films sont en lice pour la Palme d'or.",
                         "Three films are in the running for the Golden Palms.") == []


def test_one_wrong_scale_word_is_repaired_in_the_target_language() -> None:
    from wavllm_agent.grounding.scales import repair_scales

    assert repair_scales("Volta construirá una fábrica a coste de 2 billones de euros.", VOLTA,
                         target_lang="es") == "Volta construirá una fábrica a coste de 2 mil millones de euros."
    assert repair_scales("Die Fabrik kostet 2 billion Euro.", VOLTA, target_lang="de") == \
        "Die Fabrik kostet 2 Milliarden Euro."
    assert repair_scales("Denver gibt eine Milliarde aus.", "Denver spends one million.", target_lang="de") == \
        "Denver gibt eine Million aus."
    assert repair_scales("Denver gibt 40 Dollar aus.", DENVER, target_lang="de") is None  # nothing to replace


def test_a_derived_scale_word_is_not_repaired() -> None:
    from wavllm_agent.grounding.scales import repair_scales

    # "milliardaires" (billionaires) for "million-dollar": wrong, but no word-for-word fix exists
    assert repair_scales("La ville vote des routes milliardaires.", "The city votes million-dollar lanes.",
                         target_lang="fr") is None
