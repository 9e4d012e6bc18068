"""Plans for wordings of the kinds the helper-written sets of round 147 found (issue 10, part 6; tuned on the misses
of heldout450 and 451), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)


def test_let_me_know_before_a_question(tasks):
    assert steps_of("Let me know what the farrier says about the loose shoe and whether anyone else speaks.", tasks) == [
        ("sqa", {"question": "What the farrier says about the loose shoe"}, None, False), SV]


def test_answer_this_one_before_a_statement_with_options(tasks):
    assert steps_of("Transcribe it, and answer this one: the groom's horse is (a) grey (b) bay (c) black.", tasks) == [
        ASR, ("sqa", {"question": "The groom's horse is (a) grey (b) bay (c) black."}, None, False)]


def test_a_follow_on_to_the_story(tasks):
    assert steps_of("Count the speakers, then write a short follow-on to the story.", tasks) == [
        SV, ("continue", {}, None, False)]


def test_keep_the_summary_to_a_length_after_translating_it(tasks):
    assert steps_of("Translate the summary of this clip into Dutch, and keep the summary to a dozen words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 12}, 0, False), ("translate", {"target_lang": "nl"}, 1, False)]


def test_what_people_call_to_each_other_in_a_language(tasks):
    assert steps_of("What are the rowers calling to each other? Put your answer in Greek.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_keep_the_summary_short_with_no_summary_before_asks_for_one(tasks):
    assert steps_of("Transcribe it. Keep the summary to 12 words.", tasks) == [
        ASR, ("summarize", {"max_words": 12}, 0, False)]


def test_let_me_know_what_she_says_stays_a_transcript(tasks):
    assert steps_of("Let me know what she says.", tasks) == [ASR]


def test_a_summary_limit_with_more_after_it_keeps_the_rest(tasks):  # from this round's review
    assert steps_of("Summarize the call. Keep the summary to 20 words, in Spanish.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 20}, 0, False),  # (its 20 words since round 157)
        ("translate", {"target_lang": "es"}, 1, False)]


def test_a_follow_on_named_in_a_question_is_no_continuation(tasks):  # from this round's review
    assert steps_of("Is there a follow-on to the story mentioned in the recording?", tasks)[0][0] == "sqa"
    assert steps_of("Here's the follow-on to the story I sent earlier - transcribe it please.", tasks) == [ASR]
