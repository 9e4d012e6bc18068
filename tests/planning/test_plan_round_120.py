"""Plans for wordings of the kinds the helper-written sets of round 120 found (issue 10, part 6; tuned on the misses
of heldout342 and 343), with wordings of their own, not the sets'; and the faults a review of round 119 found. The
rules alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_talks_the_whole_time_or_others_take_over(tasks):
    assert steps_of("is it the vet talking the whole time or do others swap in?", tasks) == [("sv", {}, None, False)]


def test_a_role_that_changes_is_a_speaker_change(tasks):
    assert steps_of("Summarise it, then tell me if the auctioneer changes.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("sv", {}, None, False)]
    assert steps_of("Does the auctioneer change his price?", tasks) == [
        ("sqa", {"question": "Does the auctioneer change his price?"}, None, False)]


def test_note_that_states_the_language(tasks):
    assert steps_of("Transcribe the call; note that it's spoken in Czech.", tasks) == [
        ("asr", {"language": "cs"}, None, False)]
    assert steps_of("Note that down.", tasks) == [("asr", {}, None, False)]


def test_a_curious_question_then_check_that(tasks):
    assert steps_of("I am curious whether the parish vicar gets interrupted by anyone else — check that, then summarise it.",
                    tasks) == [("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_a_judges_verdict_in_a_language(tasks):
    assert steps_of("The cheese judge's verdict in Dutch?", tasks) == [("st", {"target_lang": "nl"}, None, False)]


def test_her_hyphenated_explanation_in_a_language(tasks):
    assert steps_of("His bee-keeping explanation in Swedish.", tasks) == [("st", {"target_lang": "sv"}, None, False)]


def test_the_sum_up(tasks):
    assert steps_of("Sum up the fair in 30 words. Which stall won? (a) jam (b) cake. Then put the sum-up into Greek.",
                    tasks)[-1] == ("translate", {"target_lang": "el"}, 1, False)


# --- found in review of round 119 ---

def test_you_really_hear_is_still_the_listener(tasks):
    assert steps_of("How many women do you really hear?", tasks) == [("sv", {}, None, False)]


def test_and_to_know_after_a_request(tasks):
    assert steps_of("I need the transcript and to know the caller's mood.", tasks) == [
        ("asr", {}, None, False), ("er", {}, None, False)]


def test_translating_the_answer_to_a_question_about_an_answer(tasks):
    assert steps_of("What is the pupil's answer? Translate the answer into Spanish.", tasks) == [
        ("sqa", {"question": "What is the pupil's answer?"}, None, False), ("translate", {"target_lang": "es"}, 0, False)]


def test_a_language_version_too_keeps_the_words(tasks):
    assert steps_of("What does the porter say? Czech version too please.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "cs"}, 0, False)]


def test_as_it_would_read_after_a_thing_named(tasks):
    assert steps_of("Tell me the name of the lecture as it would read in German.", tasks) == [
        ("sqa", {"question": "Tell me the name of the lecture as it would read in German."}, None, False)]


def test_a_resume_that_is_a_cv(tasks):
    assert steps_of("Is his resume short or long?", tasks) == [
        ("sqa", {"question": "Is his resume short or long?"}, None, False)]


def test_one_child_or_two_is_no_speaker_count(tasks):
    assert steps_of("Tickets booked: one adult or two?", tasks) == [
        ("sqa", {"question": "Tickets booked: one adult or two?"}, None, False)]
    assert steps_of("People at the stall: one or two?", tasks) == [
        ("sqa", {"question": "People at the stall: one or two?"}, None, False)]


def test_how_many_there_are_after_what_people_say(tasks):
    assert steps_of("Tell me what the presenters discuss and how many there are.", tasks)[-1] == (
        "sv", {}, None, False)


def test_can_you_do_the_briefing_in_a_language(tasks):
    assert steps_of("Can you do the briefing in Romanian?", tasks) == [("st", {"target_lang": "ro"}, None, False)]
