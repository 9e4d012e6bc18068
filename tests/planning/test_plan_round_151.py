"""Plans for wordings of the kinds the helper-written sets of round 151 found (issue 10, part 6; tuned on the misses
of heldout466 and 467), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)


def test_a_language_lead_before_what_someone_tells_about_a_topic(tasks):
    assert steps_of("In Korean please: what's the coach telling the team about the wind?", tasks) == [
        ("st", {"target_lang": "ko"}, None, False)]


def test_and_once_that_is_done_starts_the_next_request(tasks):
    assert steps_of("Transcribe the briefing, tell me the mood, and once that's done summarise the transcript.", tasks) == [
        ASR, ("er", {}, None, False), ("summarize", {}, 0, False)]


def test_this_one_labels_a_question(tasks):
    assert steps_of("Write it out; in between, this one: the winner's time was (a) 9 s (b) 11 s? Then summarise it.",
                    tasks) == [ASR, ("sqa", {"question": "The winner's time was (a) 9 s (b) 11 s?"}, None, False),
                               ("summarize", {}, 0, False)]


def test_typos_of_then_and_translate(tasks):
    assert steps_of("transcribe the clip and than translat it to french", tasks) == [
        ASR, ("translate", {"target_lang": "fr"}, 0, False)]


# Guards: what the rules above must leave as it was.


def test_than_in_a_comparison_stays(tasks):
    assert steps_of("Is it more than one speaker?", tasks) == [("sv", {}, None, False)]


def test_what_someone_tells_about_a_topic_without_a_language_stays_a_question(tasks):
    assert steps_of("What's the coach telling the team about the wind?", tasks)[0][0] == "sqa"


def test_once_inside_a_question_about_the_recording_stays(tasks):  # from this round's review
    assert steps_of("What does the chef do first and once that's done what does he add?", tasks) == [
        ("sqa", {"question": "What does the chef do first and once that's done what does he add?"}, None, False)]


def test_than_say_in_a_comparison_stays(tasks):  # from this round's review
    assert steps_of("Is the man taller, than say, his brother?", tasks) == [
        ("sqa", {"question": "Is the man taller, than say, his brother?"}, None, False)]
