"""Plans for wordings of the kinds the helper-written sets of round 192 found (issue 10, part 6; tuned on the misses
of heldout630 and 631), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, SV, sqa, steps_of


def test_a_label_then_who_speaks_one_or_more(tasks):
    assert steps_of("Teapot fable: who narrates it — one voice or several?", tasks) == [SV]
    assert steps_of("Kiln clip: who speaks — one person or more?", tasks) == [SV]


def test_a_label_then_who_speaks_first_stays_a_question(tasks):
    assert steps_of("Kiln clip: who speaks first?", tasks) == [sqa("Who speaks first?")]


def test_spaced_angle_brackets_between_requests(tasks):
    assert steps_of("Teapot clip. Transcribe > sum it up in 12 words > translate the summary to Dutch.", tasks) == [
        ASR, ("summarize", {"max_words": 12}, 0, False), ("translate", {"target_lang": "nl"}, 1, False)]


def test_a_greater_than_before_a_number_is_no_arrow(tasks):
    assert steps_of("Is the teapot > 2 litres?", tasks)[0][0] == "sqa"


def test_just_from_what_people_say_in_the_audio_is_a_hint(tasks):
    assert steps_of("when does the market open, just from what ppl say in the audio", tasks) == [
        sqa("When does the market open")]
    assert steps_of("When does the market open, based on what the stallholder says in the clip?", tasks) == [
        sqa("When does the market open")]


def test_greater_than_between_words_is_a_comparison(tasks):
    assert steps_of("Does the cook think tea > coffee?", tasks) == [sqa("Does the cook think tea > coffee?")]
    assert steps_of("Does she say the pot was > twenty litres?", tasks) == [
        sqa("Does she say the pot was > twenty litres?")]
