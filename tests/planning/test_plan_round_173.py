"""Plans for wordings of the kinds the helper-written sets of round 173 found (issue 10, part 6; tuned on the misses
of heldout554 and 555), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_transcript_and_its_version_in_a_language(tasks):
    assert steps_of("First tell me how many voices there are; then I want a transcript and its Korean version.",
                    tasks) == [("sv", {}, None, False), ("asr", {}, None, False),
                               ("translate", {"target_lang": "ko"}, 1, False)]


def test_a_language_then_the_entire_talk(tasks):
    assert steps_of("Korean, the entire talk.", tasks) == [("st", {"target_lang": "ko"}, None, False)]


def test_options_in_square_brackets(tasks):
    assert steps_of("Transcribe it and answer Where was the lamp? [shed] [cellar] [attic]", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Where was the lamp? [shed] [cellar] [attic]"}, None, False)]


def test_pay_attention_to_the_recording_alone_is_a_hint(tasks):
    assert steps_of("Pay attention to the recording alone and tell me: where was the key?", tasks) == [
        ("sqa", {"question": "Where was the key?"}, None, False)]


def test_a_written_copy_plus_that_copy_in_a_language(tasks):
    assert steps_of("I want a written copy of the sermon plus that copy in Dutch.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "nl"}, 0, False)]


def test_a_capitalised_then_after_bracketed_options_starts_a_request(tasks):
    assert steps_of("Which season is it? [winter] [spring] [autumn] Then translate the answer into German.", tasks) == [
        ("sqa", {"question": "Which season is it? [winter] [spring] [autumn]"}, None, False),
        ("translate", {"target_lang": "de"}, 0, False)]


# Guards: what must stay as it was.

def test_a_language_then_the_talk_is_not_read_as_a_request(tasks):
    assert steps_of("Korean, the talk.", tasks) == [("sqa", {"question": "Korean, the talk."}, None, False)]


def test_a_bracketed_remark_after_a_question_is_no_option(tasks):
    assert steps_of("Who is speaking? (the host) Then summarise it.", tasks) == [
        ("sqa", {"question": "Who is speaking?"}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_pay_attention_to_the_tone_asks_how_she_sounds(tasks):
    assert steps_of("Pay attention to the tone: is she angry?", tasks) == [("er", {}, None, False)]


def test_a_copy_of_the_recording_in_a_language_translates_the_speech(tasks):
    assert steps_of("Give me a copy of the recording in French.", tasks) == [("st", {"target_lang": "fr"}, None, False)]


def test_a_copy_named_in_a_question_is_no_reference(tasks):
    assert steps_of("Is there a copy of the letter in the recording?", tasks) == [
        ("sqa", {"question": "Is there a copy of the letter in the recording?"}, None, False)]


# Guards from this round's review (wordings of the reviewing helper's own; the first version planned them worse).

def test_its_version_after_a_translation_is_its_language(tasks):
    assert steps_of("Translate the clip, its Spanish version please.", tasks) == [
        ("st", {"target_lang": "es"}, None, False)]


def test_its_version_said_to_exist_is_no_request(tasks):
    assert steps_of("Summarize the talk, its English version already exists.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]


def test_a_copy_of_the_recording_names_the_audio(tasks):
    assert steps_of("Summarize the talk, then translate the copy of the recording into German.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("st", {"target_lang": "de"}, None, False)]


def test_plus_that_translation_with_a_verb_is_a_remark(tasks):
    assert steps_of("Translate the lecture into Spanish plus that translation should be formal.", tasks) == [
        ("st", {"target_lang": "es"}, None, False)]


def test_paying_attention_to_the_tone_asks_how_he_sounds(tasks):
    assert steps_of("Pay attention to the tone of the recording, is the man upset?", tasks) == [("er", {}, None, False)]


def test_a_language_and_the_whole_recording_after_a_transcript_adds_nothing(tasks):
    assert steps_of("Transcribe it. Spanish, the whole recording.", tasks) == [("asr", {}, None, False)]


def test_a_request_in_brackets_is_no_option(tasks):
    assert steps_of("Where is she going? (in French) (please)", tasks) == [
        ("sqa", {"question": "Where is she going?"}, None, False), ("translate", {"target_lang": "fr"}, 0, False)]


def test_yes_and_no_in_brackets_are_no_options(tasks):
    assert steps_of("Is the speaker angry? (yes) (no)", tasks) == [("er", {}, None, False)]
