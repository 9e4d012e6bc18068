"""Plans for wordings of the kinds the helper-written sets of round 117 found (issue 10, part 6; tuned on the misses
of heldout330 and 331), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_how_many_there_are_after_people_named(tasks):
    assert steps_of("The rowers are speaking Dutch. Transcribe them and say how many there are.", tasks) == [
        ("asr", {"language": "nl"}, None, False), ("sv", {}, None, False)]


def test_recite_is_a_way_of_saying(tasks):
    assert steps_of("what did the actor recite?? in greek", tasks) == [("st", {"target_lang": "el"}, None, False)]


def test_keep_the_poem_going(tasks):
    assert steps_of("Write it out. Then keep the poem going with two more lines.", tasks) == [
        ("asr", {}, None, False), ("continue", {}, None, False)]


def test_a_quoted_question_with_options_in_a_semicolon_list(tasks):
    assert steps_of("Tasks: a transcript; the answer to 'Which boat won? Options: red, blue'; a five-word summary of the "
                    "transcript.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which boat won? Options: red, blue"}, None, False),
        ("summarize", {"max_words": 5}, 0, False)]


def test_the_recital_named_in_a_hint(tasks):
    assert steps_of("Which poem is read last? Answer strictly from the recital.", tasks) == [
        ("sqa", {"question": "Which poem is read last?"}, None, False)]


def test_and_to_know_if_starts_a_request(tasks):
    assert steps_of("I need a transcript of this clip and to know if are many persons talking in it.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_everything_someone_tells_after_a_language(tasks):
    assert steps_of("Greek, please: everything the lifeguard tells them.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]
    assert steps_of("Is everything the coach says true?", tasks) == [
        ("sqa", {"question": "Is everything the coach says true?"}, None, False)]
