"""Plans for wordings of the kinds the helper-written sets of round 89 found (issue 10, part 6; tuned on the misses
of heldout217 and 219, and on older sets' misses), with wordings of their own, not the sets'. The rules alone are
checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_recording_label_before_someones_words_in_a_language(tasks):
    assert steps_of("Quarry blast audio: the foreman's commentary in Polish, and tell me how he sounds.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("er", {}, None, False)]


def test_one_more_thing_starts_a_request(tasks):
    assert steps_of("The warden's remarks in Dutch, and one last thing: what mood is she in?", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), ("er", {}, None, False)]


def test_a_named_recording_in_a_language_then_a_request_states_the_speech(tasks):
    assert steps_of("Ferry deck recording in Danish. Transcribe it, then summarise it.", tasks) == [
        ("asr", {"language": "da"}, None, False), ("summarize", {}, 0, False)]
    # alone, it still asks for the speech in that language
    assert steps_of("Ferry deck recording in Danish.", tasks) == [("st", {"target_lang": "da"}, None, False)]


def test_a_language_stated_after_the_steps_reaches_the_transcript(tasks):
    assert steps_of("Transcribe the hearing and translate the transcript into English. The exhibit is in Greek.",
                    tasks) == [("asr", {"language": "el"}, None, False), ("translate", {"target_lang": "en"}, 0, False)]


def test_someones_explanation_in_text_is_the_transcript(tasks):
    assert steps_of("I need the pharmacist's explanation in text.", tasks) == [("asr", {}, None, False)]


def test_word_for_word_is_how_not_another_request(tasks):
    assert steps_of("The kiosk conversation, in Romanian, word for word.", tasks) == [
        ("st", {"target_lang": "ro"}, None, False)]


def test_options_of_scores_and_after_a_plus(tasks):
    assert steps_of("Transcribe it. Then: what was the final score? • 2-1 • 3-0 • 1-1. Also summarise it.", tasks)[1] == (
        "sqa", {"question": "What was the final score? • 2-1 • 3-0 • 1-1."}, None, False)
    assert [s[0] for s in steps_of("transcribe it + Which dish is served first? 1. soup 2. salad 3. bread + "
                                   "tell me if the chef sounds calm", tasks)] == ["asr", "sqa", "er"]


def test_options_of_a_yes_no_question_after_and(tasks):
    assert steps_of("how does the coach sound, and was she (1) pleased with the result (2) worried about the "
                    "weather (3) tired?", tasks) == [
        ("er", {}, None, False),
        ("sqa", {"question": "Was she (1) pleased with the result (2) worried about the weather (3) tired?"}, None, False)]


def test_tel_is_tell(tasks):
    assert [s[0] for s in steps_of("transcribe it and tel me the mood", tasks)] == ["asr", "er"]
