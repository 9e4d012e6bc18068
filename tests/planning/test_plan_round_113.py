"""Plans for wordings of the kinds the helper-written sets of round 113 found (issue 10, part 6; tuned on the misses
of heldout314 and 315), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_slashed_requests_after_a_question_label(tasks):
    assert steps_of("Kiosk: summary in 10 words / question: Which key is cheapest? Options: brass, steel / then is it "
                    "one voice?", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 10}, 0, False),
        ("sqa", {"question": "Which key is cheapest? Options: brass, steel"}, None, False), ("sv", {}, None, False)]


def test_going_by_someones_words(tasks):
    assert steps_of("Going by the bailiff's words, when does the lake close?", tasks) == [
        ("sqa", {"question": "When does the lake close?"}, None, False)]


def test_a_note_of_how_someone_sounds_after_a_translation(tasks):
    assert steps_of("I'd like the messages on the club phone in Greek, and a note of how the steward sounds.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("er", {}, None, False)]


def test_remarks_about_a_topic_in_a_language(tasks):
    assert steps_of("His comments about the pitch at the cricket ground, in Swedish.", tasks) == [
        ("st", {"target_lang": "sv"}, None, False)]


def test_as_a_language_only_after_what_is_said(tasks):
    """Found in review: "as <language>" reads "in" only after what someone says, not after a person."""
    assert steps_of("Summarise the call. The caller describes himself as Italian.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]
    assert steps_of("Transcribe the interview. She introduces herself as German.", tasks) == [("asr", {}, None, False)]


def test_steps_beside_a_numbered_list_of_options(tasks):
    """Found in review: "step 2" markers are one list style, whatever number they carry."""
    assert steps_of("Step 1 transcribe the clip step 2 summarise it. What do they buy? 1. tea 2. coffee", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False),
        ("sqa", {"question": "What do they buy? 1. tea 2. coffee"}, None, False)]
