"""Plans for wordings of the kinds the helper-written sets of round 108 found (issue 10, part 6; tuned on the misses
of heldout294 and 295), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_how_many_of_them_after_the_speakers_are_named(tasks):
    assert steps_of("What mood are the voices in, and how many of them are there?", tasks) == [
        ("er", {}, None, False), ("sv", {}, None, False)]


def test_a_multiple_choice_lead_between_other_requests(tasks):
    assert steps_of("Transcribe it; then, multiple choice, which stall sold out — cakes / jam / honey; then summarise "
                    "the transcript.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which stall sold out — cakes / jam / honey"}, None, False),
        ("summarize", {}, 0, False)]


def test_write_the_named_clip_down(tasks):
    assert steps_of("Write the lighthouse tour clip down, please.", tasks) == [("asr", {}, None, False)]


def test_what_the_audio_supports_is_a_hint(tasks):
    assert steps_of("Answer only with what the recording supports. Who rang the bell?", tasks) == [
        ("sqa", {"question": "Who rang the bell?"}, None, False)]
