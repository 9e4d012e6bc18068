"""Plans for wordings of the kinds the helper-written sets of round 149 found (issue 10, part 6; tuned on the misses
of heldout458 and 459), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)


def test_options_after_a_question_mark_and_a_dash(tasks):
    assert steps_of("(1) count the voices, (2) which wheel failed? — front, rear, or both, (3) transcribe it.", tasks) == [
        SV, ("sqa", {"question": "Which wheel failed? — front, rear, or both"}, None, False), ASR]


def test_whether_more_than_one_person_answers(tasks):
    assert steps_of("Summarise the interview and check whether more than one player replies.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), SV]


def test_work_out_before_a_question(tasks):
    assert steps_of("Transcribe it, then work out which lap was fastest: 1) lap two 2) lap five.", tasks) == [
        ASR, ("sqa", {"question": "Which lap was fastest: 1) lap two 2) lap five."}, None, False)]


def test_verify_that_the_same_person_speaks(tasks):
    assert steps_of("Verify that the same coach gives the whole talk, then summarise it.", tasks) == [
        SV, ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_what_someone_explains_then_a_language(tasks):
    assert steps_of("Scoring rules as the referee explains them — Turkish, please.", tasks) == [
        ("st", {"target_lang": "tr"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_a_question_as_someone_explains_it_stays_a_question(tasks):
    assert steps_of("Which way as the guide explains it — left or right?", tasks)[0][0] == "sqa"


def test_how_many_questions_she_answers_is_no_speaker_count(tasks):
    assert steps_of("How many questions does she answer?", tasks)[0][0] == "sqa"


def test_what_people_answer_is_no_speaker_count(tasks):  # from this round's review
    assert steps_of("Tell me how many questions the mayor answers.", tasks)[0][0] == "sqa"
    assert steps_of("Check whether the second caller answers the quiz question correctly.", tasks)[0][0] == "sqa"
    assert steps_of("Check whether more than one student answers correctly.", tasks)[0][0] == "sqa"


def test_verify_something_else_is_no_speaker_check(tasks):  # from this round's review
    assert steps_of("Verify that the same team wins every round.", tasks)[0][0] == "sqa"
