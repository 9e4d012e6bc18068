"""Plans for wordings of the kinds the helper-written sets of round 141 found (issue 10, part 6; tuned on the misses
of heldout426 and 427), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
ASR_IMPLICIT = ("asr", {}, None, True)
SV = ("sv", {}, None, False)


def test_the_recording_doesnt_matter(tasks):
    assert steps_of("Write a riddle about kites, the audio doesnt matter for this one.", tasks) == [
        ("instruct", {"instruction": "Write a riddle about kites."}, None, False)]


def test_a_language_named_as_the_recordings(tasks):
    assert steps_of("Greek is the language of this kite festival clip. Transcribe it.", tasks) == [
        ("asr", {"language": "el"}, None, False)]


def test_a_recording_language_field(tasks):
    assert steps_of("Clip language: Dutch. A transcript, nothing else.", tasks) == [("asr", {"language": "nl"}, None, False)]


def test_oh_and_before_a_question(tasks):
    assert steps_of("Transcribe the kite clip. Oh, and which kite won? (A) the red one (B) the box kite.", tasks) == [
        ASR, ("sqa", {"question": "Which kite won? (A) the red one (B) the box kite."}, None, False)]


def test_no_empty_brackets_left_after_setting_the_audio_aside(tasks):
    assert steps_of("write a limerick about kites (ignore the recording)", tasks) == [
        ("instruct", {"instruction": "Write a limerick about kites"}, None, False)]


def test_what_gets_said_during_a_moment_in_a_language(tasks):
    assert steps_of("During the kite launch, what gets said? Greek, please.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_a_translation_of_a_transcript(tasks):
    assert steps_of("Danish translation of a transcript of the kite clip, please.", tasks) == [
        ASR_IMPLICIT, ("translate", {"target_lang": "da"}, 0, False)]


def test_what_the_talk_is_about_in_a_number_of_words(tasks):
    assert steps_of("Tell me what the kite talk is about in twenty words.", tasks) == [
        ASR_IMPLICIT, ("summarize", {"max_words": 20}, 0, False)]


def test_at_the_end_before_a_request(tasks):
    assert steps_of("Make a transcript of the kite clip, answer 'Which kite falls? (a) red (b) blue', and at the end "
                    "turn that transcript into Greek.", tasks) == [
        ASR, ("sqa", {"question": "Which kite falls? (a) red (b) blue"}, None, False),
        ("translate", {"target_lang": "el"}, 0, False)]


def test_a_yes_no_question_with_dashed_alternatives(tasks):
    assert steps_of("Transcribe it; is the flyer - calm - tense - thrilled?; then summarise it.", tasks) == [
        ASR, ("sqa", {"question": "Is the flyer - calm - tense - thrilled?"}, None, False), ("summarize", {}, 0, False)]


def test_a_language_with_please_then_another_request(tasks):
    assert steps_of("What is said in the kite clip? in Greek pls, and a transcript in the original language too", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ASR]


# Guards from this round's review: wordings the first version of the round planned worse.

def test_the_recording_doesnt_matter_much_still_uses_it(tasks):
    assert steps_of("The kite recording doesn't matter much, but transcribe it anyway.", tasks) == [ASR]
    assert steps_of("The clip doesn't matter, only the second speaker does. What does the second speaker say?",
                    tasks) == [ASR]


def test_brackets_the_user_wrote_stay(tasks):
    assert steps_of("Explain what len() does in Python, ignore the audio.", tasks) == [
        ("instruct", {"instruction": "Explain what len() does in Python."}, None, False)]


def test_dashed_alternatives_of_a_speaker_check_stay_a_speaker_check(tasks):
    assert steps_of("Is it the same kite flyer talking - yes - no - unclear?", tasks) == [SV]
