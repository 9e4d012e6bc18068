"""Plans for wordings of the kinds the helper-written sets of round 164 found (issue 10, part 6; tuned on the misses
of heldout518 and 519), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_chat_named_then_a_language(tasks):
    assert steps_of("chess club chat in german pls", tasks) == [("st", {"target_lang": "de"}, None, False)]


def test_a_labelled_question_after_a_plus(tasks):
    assert steps_of("summarise + q: which bus does she take, the 12/the 40? + how many speakers", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Which bus does she take, the 12/the 40?"}, None, False), ("sv", {}, None, False)]


def test_in_between_puts_a_question_before_the_last_request(tasks):
    assert steps_of("I want a transcript and a summary, but in between answer 'Who rings first? a) Tom b) Ann'.",
                    tasks) == [("asr", {}, None, False), ("sqa", {"question": "Who rings first? a) Tom b) Ann"}, None, False),
                               ("summarize", {}, 0, False)]


def test_continue_the_story_from_that_text(tasks):
    assert steps_of("Type up what the grandfather says, then continue his tale from that text.", tasks) == [
        ("asr", {}, None, False), ("continue", {}, 0, False)]


def test_tell_me_that_after_a_question_asks_nothing_more(tasks):
    assert steps_of("Is it the same speaker all along? Tell me that, then summarise it.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_question_marks_inside_brackets_are_choices(tasks):
    assert steps_of("Quick check on the voices (one? two?) and then a transcript.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False)]


def test_abt_is_about(tasks):
    assert steps_of("what does the ferryman say abt the tides? in polish", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_what_she_tells_someone_about_a_hyphenated_thing_in_a_language(tasks):
    assert steps_of("What he tells the apprentice about hand-stitching the leather saddle, in Czech.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]


def test_would_you_be_so_kind_as_to(tasks):
    assert steps_of("Would you be so kind as to tell me how the auctioneer sounds?", tasks) == [("er", {}, None, False)]


def test_the_tone_of_a_person_named_by_three_words(tasks):
    assert steps_of("Describe the tone of the old clock mender's voice.", tasks) == [("er", {}, None, False)]


def test_after_writing_something_down_is_a_transcript(tasks):
    assert steps_of("After writing the whole sermon down, give me a summary of it.", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False)]


# Guards: what the rules above must leave as it was.


def test_chat_as_a_verb_is_no_translation(tasks):
    assert [s[0] for s in steps_of("Let's chat in French.", tasks)] != ["st"]


def test_in_between_as_a_time_in_the_recording_stays_in_the_question(tasks):
    text = "What happens in between the two songs?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_continue_it_after_a_transcript_goes_on_from_the_audio(tasks):
    assert steps_of("Transcribe it, then continue it.", tasks) == [("asr", {}, None, False), ("continue", {}, None, False)]


def test_someone_writing_something_down_is_a_question(tasks):
    text = "Is she writing the recipe down?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_question_marks_outside_brackets_still_end_sentences(tasks):
    assert [s[0] for s in steps_of("Who won? How does she feel?", tasks)] == ["sqa", "er"]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_people_who_chat_in_a_language_state_the_speech_language(tasks):
    for text in ("They chat in French, transcribe it", "It's a chat in French, write it down"):
        assert steps_of(text, tasks) == [("asr", {"language": "fr"}, None, False)]


def test_a_chat_in_a_language_then_a_question_adds_no_translation(tasks):
    assert [s[0] for s in steps_of("Group chat in Spanish, how many speakers?", tasks)] == ["sv"]


def test_in_between_with_one_step_before_keeps_the_order(tasks):
    assert [s[0] for s in steps_of("Transcribe it, but in between, answer who the caller is", tasks)] == ["asr", "sqa"]


def test_but_inside_a_leading_hint_stays_out_of_the_question(tasks):
    assert steps_of("Based only on the recording, but without guessing, who won?", tasks) == [
        ("sqa", {"question": "Who won?"}, None, False)]


def test_a_real_question_in_brackets_still_ends_its_sentence(tasks):
    assert [s[0] for s in steps_of("Transcribe it. (Who is speaking? Tell me.) Then summarize.", tasks)] == [
        "asr", "sqa", "summarize"]


def test_choices_in_brackets_then_a_request(tasks):
    assert [s[0] for s in steps_of("Count speakers (1? 2? more?) then summarize", tasks)] == ["sv", "asr", "summarize"]


def test_declining_to_type_it_up_asks_for_no_transcript(tasks):
    assert steps_of("Skip typing it up and translate it into German", tasks) == [("st", {"target_lang": "de"}, None, False)]
