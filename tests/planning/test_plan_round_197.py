"""Plans for wordings of the kinds the helper-written sets of round 197 found (issue 10, part 6; tuned on the misses
of heldout650 and 651), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ER, SV, sqa, st, steps_of


def test_which_recording_said_again_at_the_end(tasks):
    assert steps_of("cn u gimme the words from this clip, the kettle one thx", tasks) == [ASR]


def test_which_one_at_the_end_of_a_question_stays(tasks):
    assert steps_of("Which cake does he pick, the red one?", tasks) == [sqa("Which cake does he pick, the red one?")]


def test_what_sort_of_tone_someone_takes_with_someone(tasks):
    assert steps_of("What sort of tone does the coach take with the new swimmer?", tasks) == [ER]
    assert steps_of("What kind of tone does the caller use?", tasks) == [ER]


def test_what_tone_the_user_should_take_is_no_emotion(tasks):
    assert steps_of("What tone should I take with my landlord?", tasks)[0][0] == "sqa"


def test_how_long_something_should_be_chilled_is_a_question(tasks):
    assert steps_of("How long should the jelly be chilled?", tasks) == [sqa("How long should the jelly be chilled?")]
    assert steps_of("How many people speak on the jelly clip?", tasks) == [SV]


def test_per_the_speaker_as_a_hint(tasks):
    assert steps_of("Per the speaker only, how long does the jelly set?", tasks) == [sqa("How long does the jelly set?")]
    assert steps_of("Per hour, how much does the cleaner charge?", tasks) == [
        sqa("Per hour, how much does the cleaner charge?")]


def test_can_i_get_what_someone_says_in_two_languages(tasks):
    assert steps_of("Can I get what the jelly maker says in Welsh and in Greek?", tasks) == [st("cy"), st("el")]


def test_a_yes_no_question_about_two_languages_stays_one_question(tasks):
    assert steps_of("Is the judge's verdict in Welsh and in Greek?", tasks)[0][0] == "sqa"


def test_texted_its_and_a_language_names_the_speech(tasks):
    assert steps_of("its german, just type out wat they say", tasks) == [("asr", {"language": "de"}, None, False)]
    assert steps_of("Translate its German text into Spanish.", tasks)[0] != ("asr", {"language": "de"}, None, False)


def test_review_guards_which_one_in_a_question_or_after_another_noun(tasks):
    assert steps_of("Which mug does he pick in the clip, the red one?", tasks) == [
        sqa("Which mug does he pick in the clip, the red one?")]
    assert steps_of("Give me the name of the tune in the audio, the slow one.", tasks)[0][1]["question"].endswith(
        "the slow one.")


def test_review_guards_can_you_tell_if_in_two_languages_stays_a_question(tasks):
    assert [s[0] for s in steps_of("Can you tell if the speaker talks in Welsh and in Greek?", tasks)] == ["sqa"]
    assert [s[0] for s in steps_of("Can I get what she says in Welsh and in Greek and in German?", tasks)] == ["sqa"]


def test_review_guards_how_soon_with_a_task(tasks):
    assert steps_of("How soon can you translate this into French?", tasks) == [st("fr")]


def test_review_guards_its_a_language_then_a_dash(tasks):
    assert steps_of("its german - just write it down", tasks) == [("asr", {"language": "de"}, None, False)]
