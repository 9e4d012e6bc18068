"""Plans for wordings of the kinds the helper-written sets of round 100 found (issue 10, part 6; tuned on the misses
of heldout261 and 263), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_second_language_after_and_too(tasks):
    assert steps_of("The usher's announcement in Polish, please, and in Czech too.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("st", {"target_lang": "cs"}, None, False)]


def test_someones_remarks_then_a_colon_and_a_language(tasks):
    assert steps_of("Ferry captain remarks: Finnish.", tasks) == [("st", {"target_lang": "fi"}, None, False)]
    assert steps_of("The bosun's remarks: Danish, thanks.", tasks) == [("st", {"target_lang": "da"}, None, False)]
    assert steps_of("Transcribe the remarks: Danish.", tasks)[0][0] == "asr"


def test_the_number_of_callers_is_a_speaker_count(tasks):
    assert steps_of("Give me the number of callers, and then translate it into Italian.", tasks) == [
        ("sv", {}, None, False), ("st", {"target_lang": "it"}, None, False)]
    assert steps_of("Give me the number of callers who won a prize.", tasks)[0][0] == "sqa"


def test_someones_lines_in_a_language_then_a_speaker_question(tasks):
    assert steps_of("The narrator's lines, in Hindi, and is it one narrator or two?", tasks) == [
        ("st", {"target_lang": "hi"}, None, False), ("sv", {}, None, False)]


def test_a_version_in_a_language_of_someones_words_then_a_question(tasks):
    assert steps_of("Polish version of the conductor's announcements, and how does she sound?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("er", {}, None, False)]


def test_someones_message_asked_then_wanted_in_a_language(tasks):
    assert steps_of("What's the coach's message to the team? I want it in Greek.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_pick_one_set_off_by_a_comma(tasks):
    assert steps_of("Transcribe it, then pick one, which gate do they use? Options: north, south.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which gate do they use? Options: north, south."}, None, False)]


def test_only_what_is_said_matters_is_a_hint(tasks):
    assert steps_of("Which gate closes first? Only what's said in the clip matters.", tasks) == [
        ("sqa", {"question": "Which gate closes first?"}, None, False)]


def test_texting_for_the_text_of_a_vid(tasks):
    assert steps_of("can u gimme the txt of this vid pls lol", tasks) == [("asr", {}, None, False)]
