"""Plans for wordings of the kinds the helper-written sets of round 101 found (issue 10, part 6; tuned on the misses
of heldout265 and 267), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_someones_named_talk_in_a_language_then_a_count(tasks):
    assert steps_of("ferry company owner's safety talk in polish + how many ppl talk", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("sv", {}, None, False)]
    assert steps_of("the guide's closing remarks, in Czech, and is it one guide or two?", tasks) == [
        ("st", {"target_lang": "cs"}, None, False), ("sv", {}, None, False)]


def test_the_words_of_someone_then_a_bare_language_after_a_comma(tasks):
    assert steps_of("Words of the lock keeper, Finnish.", tasks) == [("st", {"target_lang": "fi"}, None, False)]
    assert steps_of("Transcribe the lock keeper, Finnish.", tasks)[0][0] == "asr"


def test_listening_to_a_labelled_clip_only_is_a_hint(tasks):
    assert steps_of("Listening to the canal boat clip only, which lock do they reach first?", tasks) == [
        ("sqa", {"question": "Which lock do they reach first?"}, None, False)]
    assert steps_of("Transcribe the canal boat clip, which lock do they reach first?", tasks)[0][0] == "asr"


def test_carry_it_on_after_a_story_named_before_a_lead(tasks):
    assert steps_of("Listen to the fable and carry it on.", tasks) == [("continue", {}, None, False)]
    assert steps_of("The fable the ferryman tells - carry it on, then put your continuation into Dutch.", tasks) == [
        ("continue", {}, None, False), ("translate", {"target_lang": "nl"}, 0, False)]
