"""Plans for wordings of the kinds the helper-written sets of round 95 found (issue 10, part 6; tuned on the misses
of heldout241 and 243), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_before_you_do_one_thing_the_next_clause_comes_first(tasks):
    assert steps_of("Before you translate the ferry talk into Dutch, tell me whether one person or several speak.",
                    tasks) == [("sv", {}, None, False), ("st", {"target_lang": "nl"}, None, False)]
    assert steps_of("Before summarising the briefing, what mood is the skipper in?", tasks) == [
        ("er", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]
    assert steps_of("Before the bell rings, what does the teacher announce?", tasks) == [
        ("sqa", {"question": "Before the bell rings, what does the teacher announce?"}, None, False)]


def test_a_recording_stated_to_be_in_english_is_transcribed_in_english(tasks):
    assert steps_of("The quarry safety talk is in English. Transcribe it, then put the transcript into Polish.",
                    tasks) == [("asr", {"language": "en"}, None, False), ("translate", {"target_lang": "pl"}, 0, False)]
    assert steps_of("The guide's words, in English.", tasks) == [("st", {"target_lang": "en"}, None, False)]


def test_an_embedded_question_of_someones_tone(tasks):
    assert steps_of("Give me what the ranger says, in Czech, and what the ranger's tone is.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False), ("er", {}, None, False)]


def test_how_someone_feels_while_talking_about_something(tasks):
    assert steps_of("How does the ranger feel when she talks about the fire?", tasks) == [("er", {}, None, False)]
    assert steps_of("How does the ranger feel about the fire?", tasks) == [
        ("sqa", {"question": "How does the ranger feel about the fire?"}, None, False)]


def test_the_last_listed_option_is_not_a_hint(tasks):
    # ("go on" has a hint's words: "go only by the clip")
    assert steps_of("What do the hikers do at the ridge? Options: stop, rest, go on. Then summarise it.", tasks) == [
        ("sqa", {"question": "What do the hikers do at the ridge? Options: stop, rest, go on."}, None, False),
        ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_im_curious_whether_starts_a_question_of_its_own(tasks):
    assert steps_of("Write out the lesson, and I'm curious whether more than one teacher talks.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]
    assert steps_of("Summarise the tour, I wonder how the guide sounds.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("er", {}, None, False)]


def test_bracketed_numbers_inside_parentheses_are_options(tasks):
    assert steps_of("Kiln firing: answer which cone they fire to ([1] six [2] eight [3] ten), then keep the story "
                    "going.", tasks) == [
        ("sqa", {"question": "Which cone they fire to ([1] six [2] eight [3] ten)"}, None, False),
        ("continue", {}, None, False)]


def test_a_label_before_tell_me(tasks):
    assert steps_of("Tram depot: tell me which line is closed.", tasks) == [
        ("sqa", {"question": "Which line is closed."}, None, False)]


def test_two_hints_set_off_by_dashes(tasks):
    assert steps_of("No outside knowledge — only the clip — what colour is the new tram?", tasks) == [
        ("sqa", {"question": "What colour is the new tram?"}, None, False)]


def test_people_at_a_place_in_the_story_are_no_speaker_count(tasks):
    assert steps_of("How many volunteers are on the early shift?", tasks) == [
        ("sqa", {"question": "How many volunteers are on the early shift?"}, None, False)]
    assert steps_of("How many marshals are on the radio?", tasks) == [("sv", {}, None, False)]
    assert steps_of("How many people are in the van?", tasks) == [("sv", {}, None, False)]
