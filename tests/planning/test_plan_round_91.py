"""Plans for wordings of the kinds the helper-written sets of round 91 found (issue 10, part 6; tuned on the misses
of heldout225 and 227), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_options_after_a_comma_keep_a_how_question_a_question(tasks):
    assert steps_of("how do the two hosts sound, (a) cheerful (b) bored?", tasks) == [
        ("sqa", {"question": "How do the two hosts sound, (a) cheerful (b) bored?"}, None, False)]


def test_lettered_requests_after_a_colon_are_each_run(tasks):
    assert steps_of("Do this: (a) transcribe the voicemail and (b) summarise it in 10 words", tasks) == [
        ("asr", {}, None, False), ("summarize", {"max_words": 10}, 0, False)]


def test_options_as_circles_checkboxes_and_bullets_with_units(tasks):
    assert steps_of("Which flavour does she order? ○ vanilla ○ mint ○ lemon", tasks) == [
        ("sqa", {"question": "Which flavour does she order? ○ vanilla ○ mint ○ lemon"}, None, False)]
    assert steps_of("What temperature is forecast? • 12°C • 15°C • 18°C", tasks) == [
        ("sqa", {"question": "What temperature is forecast? • 12°C • 15°C • 18°C"}, None, False)]
    assert steps_of("Which day is the meeting? [ ] Monday [ ] Friday", tasks) == [
        ("sqa", {"question": "Which day is the meeting? [ ] Monday [ ] Friday"}, None, False)]


def test_respond_to_this_starts_the_request(tasks):
    assert steps_of("respond to this: whats the farmer selling", tasks) == [
        ("sqa", {"question": "Whats the farmer selling"}, None, False)]


def test_render_a_summary_or_a_transcript_is_not_a_translation(tasks):
    assert steps_of("Render a summary of the sermon in 25 words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 25}, 0, False)]
    assert steps_of("Render a transcript of the interview, then tell me the mood.", tasks) == [
        ("asr", {}, None, False), ("er", {}, None, False)]


def test_those_lines_are_the_translation_just_made(tasks):
    assert steps_of("Translate the poem into French, then summarise those lines in 10 words.", tasks) == [
        ("st", {"target_lang": "fr"}, None, False), ("summarize", {"max_words": 10}, 0, False)]


def test_not_your_own_memory_is_a_hint_not_part_of_the_question(tasks):
    assert steps_of("From the tape, not your own memory, what year was the bridge built?", tasks) == [
        ("sqa", {"question": "What year was the bridge built?"}, None, False)]


def test_a_summary_in_the_language_of_the_translation_is_not_translated_again(tasks):
    assert steps_of("Translate the speech into Dutch and then summarise it in Dutch.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), ("summarize", {}, 0, False)]


def test_a_language_asked_for_if_possible(tasks):
    assert steps_of("What's the tour guide saying? Czech, if you can.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]


def test_a_named_talk_in_a_language_is_the_talk_translated(tasks):
    assert steps_of("The volcano talk in Finnish.", tasks) == [("st", {"target_lang": "fi"}, None, False)]
    # a person talking in a language is a question about the speech
    assert steps_of("Does the speaker talk in Russian?", tasks) == [
        ("sqa", {"question": "Does the speaker talk in Russian?"}, None, False)]


def test_remarks_at_a_place_in_a_language(tasks):
    assert steps_of("the ranger's remarks at the campfire in Korean", tasks) == [
        ("st", {"target_lang": "ko"}, None, False)]


def test_a_label_and_a_language_before_what_is_said(tasks):
    assert steps_of("Ferry announcement, Greek: what does the captain say?", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]
    assert steps_of("Ferry announcement, Greek: how many people speak?", tasks) == [("sv", {}, None, False)]
