"""Plans for wordings of the kinds the helper-written sets of round 92 found (issue 10, part 6; tuned on the misses
of heldout229 and 231), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_what_someone_sounds_like_is_their_mood(tasks):
    assert steps_of("What did the auctioneer sound like?", tasks) == [("er", {}, None, False)]
    # what a thing sounds like is a question about the content
    assert steps_of("What does the siren sound like?", tasks) == [
        ("sqa", {"question": "What does the siren sound like?"}, None, False)]


def test_someones_tone_first(tasks):
    assert steps_of("Give me the nurse's tone first.", tasks) == [("er", {}, None, False)]


def test_options_after_a_dash(tasks):
    assert steps_of("Who scored? Options — Ana, Ben, Cal.", tasks) == [
        ("sqa", {"question": "Who scored? Options — Ana, Ben, Cal."}, None, False)]


def test_what_is_said_in_a_language_if_possible(tasks):
    assert steps_of("What does the porter tell the guests — in Swedish, if possible.", tasks) == [
        ("st", {"target_lang": "sv"}, None, False)]


def test_what_are_they_after_words_in_a_language_asks_nothing_more(tasks):
    assert steps_of("The harbour announcements — in Turkish, what are they?", tasks) == [
        ("st", {"target_lang": "tr"}, None, False)]


def test_commands_and_warnings_are_someones_words(tasks):
    assert steps_of("Tell me the drill sergeant's commands in Polish.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]
    assert steps_of("Tell me the ranger's warnings in Hindi.", tasks) == [("st", {"target_lang": "hi"}, None, False)]


def test_a_question_with_slashed_options_after_then(tasks):
    assert steps_of("How many speakers are there? Next: is the parcel late — yes / no / unclear?", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "Is the parcel late — yes / no / unclear?"}, None, False)]


def test_it_after_a_multiple_choice_question_is_the_recording(tasks):
    assert steps_of("Which gate does the plane leave from? (a) 4 (b) 7. Then translate it into Italian.", tasks) == [
        ("sqa", {"question": "Which gate does the plane leave from? (a) 4 (b) 7."}, None, False),
        ("st", {"target_lang": "it"}, None, False)]
    # the answer, named, is still the answer
    assert steps_of("Which gate does the plane leave from? (a) 4 (b) 7. Then translate your answer into Italian.",
                    tasks)[-1] == ("translate", {"target_lang": "it"}, 0, False)
