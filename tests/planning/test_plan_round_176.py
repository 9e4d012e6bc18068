"""Plans for wordings of the kinds the helper-written sets of round 176 found (issue 10, part 6; tuned on the misses
of heldout566 and 567), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of


def test_three_listed_feelings_are_a_multiple_choice_question(tasks):
    assert steps_of("Transcribe it, then tell me: is the keeper calm, cross or weary?", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Is the keeper calm, cross or weary?"}, None, False)]


def test_plus_a_headcount_of_the_voices(tasks):
    assert steps_of("Summarise the lecture plus a headcount of the voices.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("sv", {}, None, False)]


def test_a_brief_language_summary(tasks):
    assert steps_of("A brief Greek summary of the talk.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "el"}, 1, False)]


def test_the_next_bit_of_the_tale(tasks):
    assert steps_of("Dream up the next bit of the tale.", tasks) == [("continue", {}, None, False)]


def test_a_voice_consistent_from_beginning_to_end(tasks):
    assert steps_of("Is the voice consistent from beginning to end, and what is the hat made of?", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "What is the hat made of?"}, None, False)]


def test_four_listed_feelings_stayone_question(tasks):
    assert one_question("Is the speaker happy, sad, angry, or neutral?", tasks)


# Guards: what must stay as it was (most from the review of this round).

def test_two_feelings_asked_about_stay_an_emotion_question(tasks):
    assert steps_of("Does the keeper sound calm or cross?", tasks) == [("er", {}, None, False)]


def test_two_feelings_after_a_word_that_is_none_stay_an_emotion_question(tasks):
    assert steps_of("How does she sound to you, calm, or cross?", tasks) == [("er", {}, None, False)]


def test_the_next_bit_of_a_recording_is_no_continuation(tasks):
    assert steps_of("I only need the next bit transcribed.", tasks) == [("asr", {}, None, False)]


def test_a_headcount_of_staff_inside_a_question(tasks):
    assert one_question("Did the manager promise a bonus plus a headcount of extra staff?", tasks)


def test_a_voice_consistent_in_pitch_is_a_question(tasks):
    assert one_question("Is the singer's voice consistent in pitch?", tasks)
    assert one_question("Is the speaker consistent throughout his argument?", tasks)
