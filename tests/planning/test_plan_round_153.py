"""Plans for wordings of the kinds the helper-written sets of round 153 found (issue 10, part 6; tuned on the misses
of heldout474 and 475), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ER = ("er", {}, None, False)
SV = ("sv", {}, None, False)


def test_a_co_host_chiming_in_is_a_speaker_count(tasks):
    assert steps_of("The lecture is in Italian. Write it down and tell me whether a co-host chimes in.", tasks) == [
        ("asr", {"language": "it"}, None, False), SV]


def test_txt_is_the_transcript(tasks):
    assert steps_of("txt of the match pls, then how does the ref sound", tasks) == [("asr", {}, None, False), ER]


def test_what_someone_said_regarding_a_topic_is_a_question(tasks):
    text = "Regarding the prizes, what did the organiser say?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_who_is_talking_just_one_or_a_few(tasks):
    assert steps_of("Who's talking here, just the referee or a few players?", tasks) == [SV]


def test_a_sized_read_on_how_someone_sounds(tasks):
    assert steps_of("His words, in Polish, and a quick read on how he sounds.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ER]


def test_keep_the_translated_version_going(tasks):
    assert steps_of("Translate the fable into Italian and then keep the Italian version going for a while.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("continue", {}, 0, False)]


# Guards: what the rules above must leave as it was.


def test_a_co_host_speaking_about_a_topic_stays_a_question(tasks):
    text = "Does the co-host speak about the weather?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_context_lead_before_a_request_for_the_words_stays(tasks):
    assert steps_of("For the school fete, give me what the head teacher says.", tasks) == [("asr", {}, None, False)]


def test_who_won_just_one_team_or_both_stays_a_question(tasks):
    text = "Who won, just the red team or both?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_line_on_how_someone_sounds_stays(tasks):
    assert steps_of("Transcribe it, and a line on how she sounds.", tasks) == [("asr", {}, None, False), ER]


def test_a_version_named_in_a_question_stays_a_translation(tasks):
    assert steps_of("What is the Italian version of the menu called?", tasks) == [("st", {"target_lang": "it"}, None, False)]


# Guards from this round's review (a helper's wordings; each went wrong in a first version of the rules above).


def test_a_co_host_saying_something_stays_a_question(tasks):
    text = "Did the co-host announce the winner?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_txt_as_a_file_format_stays(tasks):
    assert steps_of("could you export the summary to txt", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]


def test_about_the_recording_what_someone_says_stays_the_words(tasks):
    assert steps_of("About the voicemail, what does my mom say?", tasks) == [("asr", {}, None, False)]


def test_who_did_something_just_one_or_a_few_stays_a_question(tasks):
    text = "Who made the cake, just the baker or a few people?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_quick_note_on_how_a_thing_sounds_is_no_emotion_check(tasks):
    assert steps_of("Transcribe it and a quick note on how the engine sounds.", tasks) == [("asr", {}, None, False)]


def test_keep_a_version_then_going_forward_is_no_story(tasks):
    assert steps_of("Keep the English version, going forward use short sentences", tasks) == [
        ("asr", {}, None, True), ("translate", {"target_lang": "en"}, 0, False)]
