"""Plans for wordings of the kinds the helper-written sets of round 128 found (issue 10, part 6; tuned on the misses
of heldout374 and 375), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)


def test_a_purpose_before_a_colon_then_someones_words(tasks):
    assert steps_of("For my uncle: the cheese show judge's words in Greek.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]
    # a time is no such colon (from the review of this round)
    assert steps_of("From 2:30, give me his words in German.", tasks) == [("st", {"target_lang": "de"}, None, False)]


def test_a_q_label_after_a_comma_starts_a_question(tasks):
    assert steps_of("Transcribe it, q: which boat came second?", tasks) == [
        ASR, ("sqa", {"question": "Which boat came second?"}, None, False)]


def test_a_speaker_count_then_a_q_label_with_options(tasks):
    assert steps_of("crab contest audio: who's talking (1 or more?), q: which crab won - a) Big Red b) Nipper, and "
                    "translate it to Greek", tasks) == [
        SV, ("sqa", {"question": "Which crab won - a) Big Red b) Nipper"}, None, False),
        ("st", {"target_lang": "el"}, None, False)]


def test_a_remark_then_can_you_write_what_he_says(tasks):
    assert steps_of("I no understand this farmer, can you write what he say and then put it in French language?",
                    tasks) == [ASR, ("translate", {"target_lang": "fr"}, 0, False)]
    # ", can you" with no writing verb after it asks nothing in writing
    assert steps_of("I no understand this farmer, can you tell me what he say in French?", tasks) == [
        ("st", {"target_lang": "fr"}, None, False)]
