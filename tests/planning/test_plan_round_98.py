"""Plans for wordings of the kinds the helper-written sets of round 98 found (issue 10, part 6; tuned on the misses
of heldout253 and 255), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_question_after_a_colon_is_asked_not_the_spoken_question(tasks):
    assert steps_of("Answer only from it: what does the coach ask the players to carry?", tasks) == [
        ("sqa", {"question": "What does the coach ask the players to carry?"}, None, False)]
    assert steps_of("Answer the question asked in the recording.", tasks) == [("sqa", {}, None, False)]


def test_multiple_choice_set_off_by_commas_is_a_lead_in(tasks):
    assert steps_of("Then, multiple choice, which boat wins? A) the red one B) the blue one", tasks) == [
        ("sqa", {"question": "Which boat wins? A) the red one B) the blue one"}, None, False)]


def test_an_ordinal_after_listed_options_starts_the_next_request(tasks):
    assert steps_of("First, how many people speak; second, which day is the fair? Options: Friday, Saturday; "
                    "third, a summary in 15 words.", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "Which day is the fair? Options: Friday, Saturday"}, None, False),
        ("asr", {}, None, True), ("summarize", {"max_words": 15}, 2, False)]


def test_disregarding_the_attached_named_recording(tasks):
    assert steps_of("Disregard the attached ferry recording. Write a haiku about rain.", tasks) == [
        ("instruct", {"instruction": "Write a haiku about rain."}, None, False)]


def test_a_label_before_someones_words_in_a_language(tasks):
    assert steps_of("Harbour tour: the skipper's words in Finnish, followed by her mood.", tasks) == [
        ("st", {"target_lang": "fi"}, None, False), ("er", {}, None, False)]
    assert steps_of("Night market host — her words in Thai, please, then a summary.", tasks)[0] == (
        "st", {"target_lang": "th"}, None, False)


def test_banter_named_without_a_speaker_in_a_language(tasks):
    assert steps_of("Pub quiz banter in Danish, then tell me how the host sounds.", tasks) == [
        ("st", {"target_lang": "da"}, None, False), ("er", {}, None, False)]
    assert steps_of("What is the banter about?", tasks) == [
        ("sqa", {"question": "What is the banter about?"}, None, False)]
