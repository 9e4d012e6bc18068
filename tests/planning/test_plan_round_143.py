"""Plans for wordings of the kinds the helper-written sets of round 143 found (issue 10, part 6; tuned on the misses
of heldout434 and 435), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)


def test_continue_with_a_transcript_is_a_lead_in(tasks):
    assert steps_of("Start with the mood, continue with a transcript, end with a Dutch translation of it.", tasks) == [
        ER, ASR, ("translate", {"target_lang": "nl"}, 1, False)]


def test_again_in_another_language(tasks):
    assert steps_of("The words of this clip in Greek, and again in Polish.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("st", {"target_lang": "pl"}, None, False)]


def test_a_plus_before_a_question(tasks):
    assert steps_of("mood of the lifter? + who spots her (a) Ann (b) Bea", tasks) == [
        ER, ("sqa", {"question": "Who spots her (a) Ann (b) Bea"}, None, False)]


def test_respond_to_a_question(tasks):
    assert steps_of("Count the speakers; respond to How heavy is the bar? 1. 80 kg 2. 100 kg; then transcribe it.",
                    tasks) == [SV, ("sqa", {"question": "How heavy is the bar? 1. 80 kg 2. 100 kg"}, None, False), ASR]


def test_bulleted_options_that_sound_like_going_on(tasks):
    assert steps_of("Transcribe it. Then: what does the lifter do?\n- the lifter drops the bar\n- the lifter keeps going\n"
                    "Lastly, describe the mood.", tasks) == [
        ASR, ("sqa", {"question": "What does the lifter do? - the lifter drops the bar - the lifter keeps going"}, None, False),
        ER]


def test_end_with_after_a_comma(tasks):
    assert steps_of("Count the speakers, transcribe it, end with a summary under 30 words.", tasks) == [
        SV, ASR, ("summarize", {"max_words": 30}, 1, False)]


# Guards from this round's review: wordings the first version of the round planned worse.

def test_continue_with_the_rest_is_a_continuation(tasks):
    assert steps_of("Continue with the rest.", tasks) == [("continue", {}, None, False)]
    assert steps_of("Transcribe it, then continue with the plot.", tasks) == [ASR, ("continue", {}, None, False)]


def test_end_with_a_summary_already_asked_is_its_form(tasks):
    assert steps_of("Summarise the talk, end with a one-line summary.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]
    assert steps_of("Transcribe it, end with an angry tone.", tasks) == [ASR]


def test_again_and_again_is_no_second_language(tasks):
    assert steps_of("Why does he repeat it again and again in French?", tasks) == [
        ("sqa", {"question": "Why does he repeat it again and again in French?"}, None, False)]
