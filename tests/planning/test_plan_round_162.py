"""Plans for wordings of the kinds the helper-written sets of round 162 found (issue 10, part 6; tuned on the misses
of heldout510 and 511), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_the_text_of_what_is_said_as_the_last_item_of_a_list(tasks):
    assert steps_of("Could I have how many people talk, the host's mood, and the text of what's said?", tasks) == [
        ("sv", {}, None, False), ("er", {}, None, False), ("asr", {}, None, False)]


def test_a_second_language_said_separately(tasks):
    assert steps_of("I want the guide's words in Czech, and separately in Polish.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False), ("st", {"target_lang": "pl"}, None, False)]


def test_how_a_named_person_comes_across(tasks):
    assert steps_of("How does the apprentice come across?", tasks) == [("er", {}, None, False)]


def test_boiled_without_down_is_no_summary(tasks):
    assert steps_of("Summarize it, then: is the jam boiled for 5, 10 or 15 minutes?", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Is the jam boiled for 5, 10 or 15 minutes?"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_boil_down_stays_a_summary(tasks):
    assert steps_of("Boil the tour down to 20 words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 20}, 0, False)]


def test_separately_before_a_request_stays_a_request(tasks):
    assert steps_of("Transcribe it, and separately summarize it.", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False)]


def test_how_a_thing_comes_across_is_a_question(tasks):
    text = "How does the plan come across?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_the_text_of_something_inside_one_question_stays_one_question(tasks):
    text = "Who wrote the melody and the text of what's sung?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_separately_in_a_second_language_inside_a_question(tasks):
    assert len(steps_of("Which gate is announced in Hindi and separately in Vietnamese?", tasks)) == 1


def test_boil_to_a_size_stays_a_summary(tasks):
    for text in ("Boil it to the essentials.", "Boil the talk into one sentence."):
        assert steps_of(text, tasks) == [("asr", {}, None, True), ("summarize", {}, 0, False)], text


def test_boil_down_after_a_long_object_stays_a_summary(tasks):
    text = "Boil the rambling voicemail from my landlord about the broken heater and the rent down to 20 words."
    assert steps_of(text, tasks) == [("asr", {}, None, True), ("summarize", {"max_words": 20}, 0, False)]


def test_a_thing_named_after_a_person_word_does_not_sound_like_a_person(tasks):
    for text in ("What does a Gran Turismo engine sound like?", "What does the nan bread sizzling sound like?"):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)], text


def test_coming_across_a_thing_is_finding_it(tasks):
    text = "How did grandma come across the tape?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]
