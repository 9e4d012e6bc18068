"""Plans for wordings of the kinds the helper-written sets of round 150 found (issue 10, part 6; tuned on the misses
of heldout462 and 463), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)


def test_a_lone_speaker_or_a_group_named_with_an_article(tasks):
    assert steps_of("In the gym clip, are we hearing a single trainer or a training crew? Then transcribe it.", tasks) == [
        SV, ASR]


def test_what_people_tell_each_other_then_a_language(tasks):
    assert steps_of("What are the paddlers telling each other at the gate — Italian, please.", tasks) == [
        ("st", {"target_lang": "it"}, None, False)]


def test_finish_by_telling_me(tasks):
    assert steps_of("Transcribe it. Finish by telling me how the skier sounds.", tasks) == [ASR, ER]


def test_a_hint_then_please_then_a_dash(tasks):
    assert steps_of("No outside knowledge, please — at what time does the lift close?", tasks) == [
        ("sqa", {"question": "At what time does the lift close?"}, None, False)]


def test_things_counted_that_someone_picked_up(tasks):
    assert steps_of("Going only by this clip, how many medals did the swimmer pick up?", tasks) == [
        ("sqa", {"question": "How many medals did the swimmer pick up?"}, None, False)]


def test_dont_look_beyond_the_recording(tasks):
    assert steps_of("How steep is the final climb? Don't look beyond the recording.", tasks) == [
        ("sqa", {"question": "How steep is the final climb?"}, None, False)]


def test_how_someone_describes_something_in_a_language(tasks):
    assert steps_of("How the referee describes the foul, in Polish.", tasks) == [("st", {"target_lang": "pl"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_how_does_someone_describe_stays_a_question(tasks):
    assert steps_of("How does the referee describe the foul?", tasks)[0][0] == "sqa"


def test_a_second_guide_picking_up_is_still_a_speaker_check(tasks):
    assert steps_of("Does a second guide pick up halfway?", tasks) == [SV]


def test_a_language_inside_the_topic_is_no_target(tasks):  # from this round's review
    assert steps_of("How the guide describes the French quarter.", tasks)[0][0] == "sqa"


def test_talking_about_one_or_a_group_is_no_speaker_count(tasks):  # from this round's review
    assert steps_of("Is the commentator talking about one cyclist or a Dutch team?", tasks)[0][0] == "sqa"


def test_people_who_pick_up_are_still_counted(tasks):  # from this round's review
    assert steps_of("How many of the hosts pick up the commentary later on?", tasks) == [SV]
    assert steps_of("How many new guides pick up the tour after the first one leaves?", tasks) == [SV]
