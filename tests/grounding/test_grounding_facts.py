"""Numbers, names and new words found in real sentences (fast; no model)."""

from __future__ import annotations

from wavllm_agent.grounding.facts import new_content_words, new_names, new_numbers, numbers

COT = ("Three films from Asia Pacific are in the running for the coveted Golden Palms at this U.S. can film "
       "festival, competing in a field dominated by European productions, organizers announced Monday.")


def test_numbers_are_canonical_across_languages_and_separators() -> None:
    assert numbers("The council gave 12,000 euros and 1.5 million more on 3 March 2024.") == {
        "12000", "1.5", "3", "2024"}
    assert numbers("Der Rat gab 12.000 Euro und 1,5 Millionen am 3. März 2024.") == {"12000", "1.5", "3", "2024"}
    assert numbers("three films") == numbers("drei Filme") == numbers("trois films") == numbers("tres películas")


def test_a_number_the_source_lacks_is_reported() -> None:
    assert new_numbers("Four films from Asia are in the running.", COT) == ["4"]
    assert new_numbers("3 films from Asia are in the running.", COT) == []  # "Three" in the source


def test_names_the_source_lacks_are_reported_inflections_are_not() -> None:
    assert new_names("Three Asia Pacific films compete for the Golden Palm, Reuters said on Monday.", COT) == [
        "Reuters"]
    assert new_names("Organizers said on Monday that three films from Asia compete.", COT) == []


def test_the_invented_claim_of_the_issue_is_reported() -> None:
    # The summary from issue 10: the films are "in the running", "to win ... award" is invented.
    novel = new_content_words("Golden Palms: Three Asian Films to Win the Golden Palms Award", COT)
    assert novel == ["award", "win"]
    assert new_content_words("Three Asia Pacific films are competing for the Golden Palms.", COT) == []


def test_english_endings_are_dropped_before_comparing() -> None:
    assert new_content_words("The council votes on new lanes.", "The council voted on new lanes.") == []
