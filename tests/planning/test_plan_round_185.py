"""Plans for wordings of the kinds the helper-written sets of round 185 found (issue 10, part 6; tuned on the misses
of heldout602 and 603), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ASR_IMPLICIT, ER, SV, st, steps_of


def test_a_narrator_swap_is_a_speaker_check(tasks):
    assert steps_of("Tell me whether the kettle demo has a presenter swap partway, then transcribe it.", tasks) == [
        SV, ASR]
    assert steps_of("Is there a change of speaker in the pump video?", tasks) == [SV]


def test_together_with_a_statement_of_how_many_speak(tasks):
    assert steps_of("I would like a transcript of the lecture together with a statement of how many lecturers speak.",
                    tasks) == [ASR, SV]


def test_numbers_with_dashes_after_question_marks(tasks):
    assert steps_of("Please: 1 - is there more than one voice? 2 - what colour is the pot? 3 - a transcript.", tasks) == [
        SV, ("sqa", {"question": "What colour is the pot?"}, None, False), ASR]


def test_the_one_it_is_for_reads_only_one_language(tasks):
    assert steps_of("For my uncle, who only reads Greek: the gardener's advice on roses.", tasks) == [st("el")]
    assert steps_of("For my Greek-speaking uncle: the gardener's advice.", tasks) == [st("el")]


def test_bulleted_options_in_brackets(tasks):
    assert steps_of("Transcribe it and tell me which is true (• the pot is clay • the pot is plastic).", tasks) == [
        ASR, ("sqa", {"question": "Which is true (• the pot is clay • the pot is plastic)."}, None, False)]


def test_put_that_between_two_requests(tasks):
    assert steps_of("Where is the shed? Put that between a transcript and a speaker count.", tasks) == [
        ASR, ("sqa", {"question": "Where is the shed?"}, None, False), SV]


def test_tell_me_short_what_is_said(tasks):
    assert steps_of("Please tell me short what is say, maximum 20 words.", tasks) == [
        ASR_IMPLICIT, ("summarize", {"max_words": 20}, 0, False)]


def test_a_language_asked_then_which_recording(tasks):
    assert steps_of("what does she say? in greek pls, it's the kettle one", tasks) == [st("el")]


# --- guards: wordings these changes must leave as they were -----------------------------------------------------------

def test_a_change_of_tone_is_no_speaker_check(tasks):
    assert steps_of("Is there a change of tone halfway?", tasks)[0][0] != "sv"


def test_a_statement_of_how_many_votes_stays_in_the_question(tasks):
    assert steps_of("Tell me who won together with a statement of how many votes there were.", tasks) == [
        ("sqa", {"question": "Who won together with a statement of how many votes there were."}, None, False)]


def test_a_language_stated_before_which_recording(tasks):
    assert steps_of("Transcribe it. In Czech, it's the pump recording.", tasks) == [
        ("asr", {"language": "cs"}, None, False)]


# --- guards from this round's review: wordings the first version planned worse than `6486a7f` -------------------------

def test_a_host_change_in_the_content_stays_a_question(tasks):
    for wording in ("Did any host change the rules of the game?", "Is there a voice change effect on the track?",
                    "Is there a change of presenter announced for next week?"):
        assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]


def test_bracketed_bullets_without_a_question_are_requests(tasks):
    assert steps_of("I want two things (• a transcript • a summary in 20 words)", tasks) == [
        ASR, ("summarize", {"max_words": 20}, 0, False)]
    assert steps_of("Tell me (• how many speakers • the mood)", tasks) == [SV, ER]


def test_put_it_between_a_transcript_and_its_translation_keeps_the_order(tasks):
    steps = steps_of("What time is the party? Put it between a transcript and a translation into French.", tasks)
    assert steps[-1] == ("translate", {"target_lang": "fr"}, 1, False) and steps[1] == ASR


def test_do_this_between_two_lengths_moves_nothing(tasks):
    assert steps_of("Summarize it. Do this between 50 and 80 words.", tasks)[:2] == [
        ASR_IMPLICIT, ("summarize", {}, 0, False)]
