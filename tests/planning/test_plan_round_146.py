"""Plans for wordings of the kinds the helper-written sets of round 146 found (issue 10, part 6; tuned on the misses
of heldout446 and 447), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)
GO_ON = ("continue", {}, None, False)


def test_a_courtesy_set_off_by_commas_inside_a_request(tasks):
    assert steps_of("Kindly establish, for the record, whether more than one trainer speaks in this clip.", tasks) == [SV]


def test_when_you_have_a_moment_before_a_request(tasks):
    assert steps_of("When you have a moment, a transcript of the squash coach's pep talk would be lovely.", tasks) == [ASR]


def test_a_language_for_the_audio_then_a_question(tasks):
    assert steps_of("Greek for the yoga class audio, and which pose do they end on?", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("sqa", {"question": "Which pose do they end on?"}, None, False)]


def test_typos_of_writing_and_written(tasks):
    assert steps_of("i need the spin class audio in writting, then the wrtten text put into greek", tasks) == [
        ASR, ("translate", {"target_lang": "el"}, 0, False)]


def test_finish_it_after_a_dash_and_a_story(tasks):
    assert steps_of("The old boatman begins a legend about the river — finish it for me.", tasks) == [GO_ON]


def test_keep_the_anecdote_going_then_the_mood(tasks):
    assert steps_of("Keep the coach's anecdote going, and tell me how he sounds.", tasks) == [GO_ON, ER]


def test_an_explanation_from_someone_then_a_language(tasks):
    assert steps_of("Warm-up explanation from the trainer — Danish, please.", tasks) == [
        ("st", {"target_lang": "da"}, None, False)]


def test_a_sized_summary_in_words_after_a_plus(tasks):
    assert steps_of("Transcript + thirty-word summary", tasks) == [
        ASR, ("summarize", {"max_words": 30}, 0, False)]


def test_a_language_label_then_a_semicolon(tasks):
    assert steps_of("Italian-language spin class briefing; write it down.", tasks) == [("asr", {"language": "it"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_a_courtesy_at_the_end_or_alone_is_kept_out(tasks):
    assert steps_of("Transcribe it, please, and summarise it.", tasks) == [ASR, ("summarize", {}, 0, False)]
    assert steps_of("Finish it.", tasks)[0][0] == "sqa"


def test_a_statement_with_a_dash_and_a_language_stays_a_question(tasks):
    assert steps_of("Hills rise from the sea — Greek, please.", tasks)[0][0] == "sqa"


def test_a_courtesy_between_two_requests_keeps_them_apart(tasks):  # from this round's review
    assert steps_of("Transcribe the audio, if you can, summarize it afterwards.", tasks) == [ASR, ("summarize", {}, 0, False)]
    assert steps_of("Count the speakers, by the way, transcribe the whole thing.", tasks) == [SV, ASR]


def test_a_story_word_going_somewhere_else_is_no_continuation(tasks):  # from this round's review
    assert steps_of("Is the legend going on tour this year, according to the radio host?", tasks)[0][0] == "sqa"
    assert steps_of("How is the anecdote going to end, according to the narrator?", tasks)[0][0] == "sqa"


def test_a_language_for_part_of_the_audio_is_no_request(tasks):  # from this round's review
    assert steps_of("English for the first half, and is the host excited?", tasks) == [ER]


def test_a_story_before_a_dash_then_finish_it(tasks):  # from this round's review
    assert steps_of("Grandpa begins a story about the harbour – finish it.", tasks) == [GO_ON]
