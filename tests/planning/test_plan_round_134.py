"""Plans for wordings of the kinds the helper-written sets of round 134 found (issue 10, part 6; tuned on the misses
of heldout398 and 399), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

SV = ("sv", {}, None, False)


def test_a_recap_in_a_language_before_a_request_is_the_speech(tasks):
    assert steps_of("The fair recap is in Italian. Write it down and count the voices.", tasks) == [
        ("asr", {"language": "it"}, None, False), SV]


def test_what_someone_announces_then_a_language_after_a_colon(tasks):
    assert steps_of("What the ringmaster announces: Czech, please.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]


def test_a_pause_before_lettered_options(tasks):
    assert steps_of("Multiple choice: the cake was baked by... a. the vicar b. the mayor c. nobody knows.", tasks) == [
        ("sqa", {"question": "The cake was baked by... a. the vicar b. the mayor c. nobody knows."}, None, False)]


def test_a_hint_before_a_yes_or_no_question(tasks):
    assert steps_of("Going solely by the audio, is the bridge closed?", tasks) == [
        ("sqa", {"question": "Is the bridge closed?"}, None, False)]


def test_to_be_summarized_after_a_comma_is_a_request(tasks):
    assert steps_of("I need a word-for-word transcript, to be summarised afterwards in under 40 words.", tasks) == [
        ("asr", {}, None, False), ("summarize", {"max_words": 40}, 0, False)]


def test_guards_from_the_review_of_round_134(tasks):
    """Wordings the round's review found planned wrongly by its first version (each as on the commit before)."""
    assert steps_of("Who won? Stick to the audio, does that make sense?", tasks) == [
        ("sqa", {"question": "Who won?"}, None, False)]
    assert steps_of("What the speaker is speaking: Korean. Give me a transcript.", tasks) == [("asr", {}, None, False)]
    assert steps_of("What is spoken: Dutch. Write it down.", tasks) == [("asr", {}, None, False)]
    assert steps_of("I'd like a translation into French, to be typed up neatly.", tasks) == [
        ("st", {"target_lang": "fr"}, None, False)]
    assert steps_of("Please give me the gist, to be summarized in one line.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]
    assert [s[0] for s in steps_of("Make sure the recap is in French. Summarize the clip.", tasks)][:3] == [
        "asr", "summarize", "translate"]


def test_what_someone_says_about_a_topic_then_a_language_set_off(tasks):
    assert steps_of("What the farrier says about the hooves, in Swedish, and how many people talk.", tasks) == [
        ("st", {"target_lang": "sv"}, None, False), SV]
    assert steps_of("What does she say about it in French?", tasks) == [
        ("sqa", {"question": "What does she say about it in French?"}, None, False)]
