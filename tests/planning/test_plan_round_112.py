"""Plans for wordings of the kinds the helper-written sets of round 112 found (issue 10, part 6; tuned on the misses
of heldout310 and 311), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_language_is_what_is_spoken(tasks):
    assert steps_of("Czech is what's spoken on the tape; transcribe it and tell me how many voices.", tasks) == [
        ("asr", {"language": "cs"}, None, False), ("sv", {}, None, False)]


def test_chatter_then_a_language_after_a_colon(tasks):
    assert steps_of("Bus stop chatter: Greek, please — and is it just one person?", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("sv", {}, None, False)]


def test_what_they_sing_after_a_label(tasks):
    assert steps_of("Choir practice: tell me what they sing, in Spanish.", tasks) == [
        ("st", {"target_lang": "es"}, None, False)]


def test_choose_one_before_a_question_of_its_own(tasks):
    assert steps_of("How does the MC sound? Choose one — which prize is the biggest: 1. a bike 2. a hamper.", tasks) == [
        ("er", {}, None, False), ("sqa", {"question": "Which prize is the biggest: 1. a bike 2. a hamper."}, None, False)]


def test_learners_statements_of_the_event_and_its_language(tasks):
    assert steps_of("Transcribe recording. Is dog show. Language of speaking is Romanian.", tasks) == [
        ("asr", {"language": "ro"}, None, False)]


def test_a_synopsis_in_a_language_of_a_length(tasks):
    assert steps_of("Kindly supply a transcript of the meeting and a synopsis in Italian of no more than thirty words.",
                    tasks) == [
        ("asr", {}, None, False), ("summarize", {"max_words": 30}, 0, False),
        ("translate", {"target_lang": "it"}, 1, False)]


def test_singing_in_a_language_then_a_request_after_a_dash(tasks):
    assert steps_of("The choir is singing in Swedish — just write out the words.", tasks) == [
        ("asr", {"language": "sv"}, None, False)]


def test_work_that_out_after_a_question(tasks):
    assert steps_of("One presenter or two? Work that out for the radio clip, then translate it into German.", tasks) == [
        ("sv", {}, None, False), ("st", {"target_lang": "de"}, None, False)]


def test_a_hyphenated_talk_in_a_language_and_a_mood(tasks):
    assert steps_of("The referee's pre-match talk in Dutch, and the referee's mood while giving it.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), ("er", {}, None, False)]


def test_instructions_in_a_language_then_a_speaker_check(tasks):
    assert steps_of("bonfire safety instructions in polish, and is there only one speaker?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("sv", {}, None, False)]


def test_options_of_another_style_inside_a_numbered_list(tasks):
    assert steps_of("1. Transcribe. 2. Which team won? 1) red 2) blue 3) green. 3. Summarise it in 10 words.",
                    tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which team won? 1) red 2) blue 3) green."}, None, False),
        ("summarize", {"max_words": 10}, 0, False)]


def test_continuing_from_the_translated_text_is_one_continuation(tasks):
    assert steps_of("Put the fable into Italian, then tell me what happens next, continuing from the Italian text.",
                    tasks) == [("st", {"target_lang": "it"}, None, False), ("continue", {}, 0, False)]


def test_the_transcript_itself_as_well(tasks):
    assert steps_of("Polish translation of the coconut shy transcript, please; I want the transcript itself too.",
                    tasks) == [("asr", {}, None, False), ("translate", {"target_lang": "pl"}, 0, False)]


def test_one_or_a_crowd(tasks):
    assert steps_of("Find out whether one steward or a crowd is doing the talking, then summarise it in 8 words.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {"max_words": 8}, 1, False)]
