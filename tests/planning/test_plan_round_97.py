"""Plans for wordings of the kinds the helper-written sets of round 97 found (issue 10, part 6; tuned on the misses
of heldout249 and 251), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_just_one_person_or_that_person_and_another(tasks):
    assert steps_of("Is the podcast just the captain or the captain plus a guest?", tasks) == [("sv", {}, None, False)]
    assert steps_of("Is the cake just the sponge or the sponge plus a filling?", tasks) == [
        ("sqa", {"question": "Is the cake just the sponge or the sponge plus a filling?"}, None, False)]


def test_a_scene_named_before_what_someone_announces_in_a_language(tasks):
    assert steps_of("Tug of war: what the referee announces, in Polish, and does he sound tired?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("er", {}, None, False)]


def test_pick_one_before_a_dash_is_a_lead_in(tasks):
    assert steps_of("Summarise the lesson, then pick one — the class meets on (i) Monday (ii) Friday — then put the "
                    "summary into Greek.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "The class meets on (i) Monday (ii) Friday"}, None, False),
        ("translate", {"target_lang": "el"}, 1, False)]


def test_work_it_out_from_the_recording_is_a_hint(tasks):
    assert steps_of("Which stall sells honey? Figure it out from what the vendor says.", tasks) == [
        ("sqa", {"question": "Which stall sells honey?"}, None, False)]


def test_what_someone_says_to_do_if_you_feel_something_is_a_question(tasks):
    assert steps_of("What does the nurse say to do if you feel dizzy?", tasks) == [
        ("sqa", {"question": "What does the nurse say to do if you feel dizzy?"}, None, False)]
    assert steps_of("What does the nurse sound like?", tasks) == [("er", {}, None, False)]


def test_rendering_as_text_is_a_transcript(tasks):
    assert steps_of("Kindly render the harbour talk as text.", tasks) == [("asr", {}, None, False)]


def test_plus_a_yes_no_on_whether_starts_a_request(tasks):
    assert steps_of("A transcript of the drill plus a yes/no on whether one instructor speaks throughout.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_lyrics_patter_and_remarks_to_someone_in_a_language_are_the_words_translated(tasks):
    assert steps_of("the busker's lyrics in italian", tasks) == [("st", {"target_lang": "it"}, None, False)]
    assert steps_of("The stallholder's patter in Greek, then tell me how she feels.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("er", {}, None, False)]
    assert steps_of("The captain's remarks to the crew in Finnish.", tasks) == [
        ("st", {"target_lang": "fi"}, None, False)]


def test_a_second_version_as_well_is_the_speech_again(tasks):
    assert steps_of("The ranger's words, in Czech, and then a Polish version as well.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False), ("st", {"target_lang": "pl"}, None, False)]


def test_what_someone_sounds_like_without_does(tasks):
    assert steps_of("Tell me what the ferryman sounds like, then summarise it.", tasks) == [
        ("er", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]
    assert steps_of("Tell me what the foghorn sounds like.", tasks) == [
        ("sqa", {"question": "What the foghorn sounds like."}, None, False)]


def test_writing_down_in_the_stated_language_is_the_transcript(tasks):
    assert steps_of("The lecture is in Korean. Write it down in Korean, then an English translation of it.", tasks) == [
        ("asr", {"language": "ko"}, None, False), ("translate", {"target_lang": "en"}, 0, False)]


def test_disregarding_the_named_clip(tasks):
    assert steps_of("Disregard the harbour clip. Explain how tides work.", tasks) == [
        ("instruct", {"instruction": "Explain how tides work."}, None, False)]
    assert steps_of("Ignore the second clip and transcribe it.", tasks) == [("asr", {}, None, False)]
