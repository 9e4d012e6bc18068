"""Plans for wordings of the kinds the helper-written sets of round 165 found (issue 10, part 6; tuned on the misses
of heldout522 and 523), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_the_language_named_as_the_text_made_in_it(tasks):
    assert steps_of("Put the talk into Polish, tell me how many people speak, then cut the Polish down to 15 words.",
                    tasks) == [("st", {"target_lang": "pl"}, None, False), ("sv", {}, None, False),
                               ("summarize", {"max_words": 15}, 0, False)]


def test_the_same_cut_down_is_the_text_just_made(tasks):
    assert steps_of("The ranger's warnings in Greek, then the same shortened to 12 words.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("summarize", {"max_words": 12}, 0, False)]


def test_answer_with_the_options_letters_before_a_colon(tasks):
    assert steps_of("Transcribe it, then answer a/b/c: which bridge do they cross? a) the old one b) the new one "
                    "c) neither", tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "Which bridge do they cross? a) the old one b) the new one c) neither"}, None, False)]


def test_working_from_the_transcript_after_a_request(tasks):
    assert steps_of("Write the fable out and then tell what comes next, working from the transcript.", tasks) == [
        ("asr", {}, None, False), ("continue", {}, 0, False)]


# Guards: what the rules above must leave as it was.


def test_the_same_speaker_stays_a_speaker_check(tasks):
    assert steps_of("Is it the same speaker all the way?", tasks) == [("sv", {}, None, False)]


def test_a_language_before_a_noun_is_no_text_made(tasks):
    text = "Is the French speaker the same?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_answer_then_a_question_after_a_colon(tasks):
    assert steps_of("Answer: who wins?", tasks) == [("sqa", {"question": "Who wins?"}, None, False)]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_from_one_language_to_another_stays_a_question(tasks):
    text = "Does the speaker switch from the English to French at some point?"
    assert [s[0] for s in steps_of(text, tasks)] == ["sqa"]


def test_a_language_no_step_made_is_the_speech(tasks):
    assert steps_of("Translate it into English, then summarize the Spanish to 20 words.", tasks) == [
        ("st", {"target_lang": "en"}, None, False), ("asr", {}, None, True), ("summarize", {"max_words": 20}, 1, False)]


def test_the_same_into_another_language_is_the_speech_again(tasks):
    assert steps_of("Translate into French, and the same into German.", tasks) == [
        ("st", {"target_lang": "fr"}, None, False), ("st", {"target_lang": "de"}, None, False)]


def test_working_from_the_transcript_inside_a_question_keeps_the_question(tasks):
    assert "sqa" in [s[0] for s in steps_of("What is the main topic, working from the transcript?", tasks)]


def test_working_from_it_then_a_request_keeps_the_request(tasks):
    assert "summarize" in [s[0] for s in steps_of("Transcribe it, working from the transcript summarize it in 20 words.",
                                                  tasks)]
