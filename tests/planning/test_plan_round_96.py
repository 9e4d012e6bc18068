"""Plans for wordings of the kinds the helper-written sets of round 96 found (issue 10, part 6; tuned on the misses
of heldout245 and 247), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_it_after_a_speaker_check_or_a_mood_is_the_recording(tasks):
    assert steps_of("Is it one auctioneer or two? Then put it into Swedish.", tasks) == [
        ("sv", {}, None, False), ("st", {"target_lang": "sv"}, None, False)]
    assert steps_of("What mood is the ferryman in? After that, turn it into Greek.", tasks) == [
        ("er", {}, None, False), ("st", {"target_lang": "el"}, None, False)]
    assert steps_of("What does the ticket cost? Then put it into Greek.", tasks) == [
        ("sqa", {"question": "What does the ticket cost?"}, None, False),
        ("translate", {"target_lang": "el"}, 0, False)]


def test_a_label_in_a_language_before_what_is_said(tasks):
    assert steps_of("Harbour gossip in Portuguese: what's being said?", tasks) == [
        ("st", {"target_lang": "pt"}, None, False)]
    assert steps_of("Harbour gossip in Portuguese: transcribe it.", tasks) == [
        ("asr", {"language": "pt"}, None, False)]


def test_the_story_in_the_language_just_translated_into_goes_on_from_the_translation(tasks):
    assert steps_of("Translate the fable into Italian and then continue the Italian tale.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("continue", {}, 0, False)]
    assert steps_of("Translate the fable into Italian and then continue the tale.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("continue", {}, None, False)]
