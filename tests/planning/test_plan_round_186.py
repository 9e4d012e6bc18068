"""Plans for wordings of the kinds the helper-written sets of round 186 found (issue 10, part 6; tuned on the misses
of heldout606 and 607), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ASR_IMPLICIT, ER, SV, st, steps_of


def test_instructions_named_then_what_are_they_in_a_language(tasks):
    assert steps_of("The kettle instructions — what are they, in Greek?", tasks) == [st("el")]
    assert steps_of("Toaster warnings: what are they, in Dutch?", tasks) == [st("nl")]


def test_a_tool_name_before_talk_is_no_speaker(tasks):
    assert steps_of("The hedge cutter safety talk in Finnish.", tasks) == [st("fi")]


def test_and_after_a_dash_starts_a_request(tasks):
    assert steps_of("The safety talk in Finnish — and the trainer's mood.", tasks) == [st("fi"), ER]


def test_a_label_before_a_count_of_jobs_and_its_bullets(tasks):
    assert steps_of("Toaster clip, two jobs:\n- tell me how the chef sounds\n- summarise it in 15 words", tasks) == [
        ER, ASR_IMPLICIT, ("summarize", {"max_words": 15}, 1, False)]


def test_which_thing_do_they_after_a_comma_is_a_question(tasks):
    assert steps_of("transcribe the oven vid, which tray size do they use, summarise it in 10 words", tasks) == [
        ASR, ("sqa", {"question": "Which tray size do they use"}, None, False), ("summarize", {"max_words": 10}, 0, False)]


def test_the_speakers_are_two(tasks):
    assert steps_of("Transcribe it and say if the speakers are three.", tasks) == [ASR, SV]


def test_not_from_what_you_know_about_something(tasks):
    assert steps_of("Is the rug washable? Answer from the clip, not from what you know about rugs in general.",
                    tasks) == [("sqa", {"question": "Is the rug washable?"}, None, False)]


def test_the_statement_is_in_a_language(tasks):
    assert steps_of("Transcribe the recorded statement; the statement is in Italian.", tasks) == [
        ("asr", {"language": "it"}, None, False)]


def test_the_translation_into_a_summary(tasks):
    assert steps_of("Transcribe it, then turn the transcript into Greek and the Greek into a 30-word summary.",
                    tasks) == [ASR, ("translate", {"target_lang": "el"}, 0, False),
                               ("summarize", {"max_words": 30}, 1, False)]


# --- guards: wordings these changes must leave as they were -----------------------------------------------------------

def test_the_guide_talk_in_a_language_is_the_speech(tasks):
    assert steps_of("The tour guide talk in Russian, transcribe it.", tasks) == [("asr", {"language": "ru"}, None, False)]


def test_a_statement_to_write_is_no_speech(tasks):
    assert steps_of("Write a statement in German.", tasks)[0][0] != "asr"


def test_which_the_host_reads_is_no_question(tasks):
    assert steps_of("Summarise the letter, which the host reads aloud.", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False)]


# --- guards from this round's review: wordings the first version planned worse than `5058211` -------------------------

def test_people_before_talk_are_talking(tasks):
    assert steps_of("The grandma and grandpa talk in Polish; transcribe.", tasks) == [
        ("asr", {"language": "pl"}, None, False)]
    assert steps_of("The two men talk in Hindi; transcribe it.", tasks) == [("asr", {"language": "hi"}, None, False)]


def test_the_speakers_are_two_stated_is_no_question(tasks):
    assert steps_of("The speakers are two, tell me their emotions.", tasks) == [ER]
    assert steps_of("The speakers are two friends. What is their relationship?", tasks) == [
        ("sqa", {"question": "What is their relationship?"}, None, False)]


def test_a_question_ending_in_jobs_is_no_list_header(tasks):
    assert steps_of("Why did the speaker change jobs? Answer strictly from the audio.", tasks) == [
        ("sqa", {"question": "Why did the speaker change jobs?"}, None, False)]
