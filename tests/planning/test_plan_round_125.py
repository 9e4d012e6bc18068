"""Plans for wordings of the kinds the helper-written sets of round 125 found (issue 10, part 6; tuned on the misses
of heldout362 and 363), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)


def test_log_every_word_is_a_transcript(tasks):
    assert steps_of("Log every word from the compere, and is there more than one voice?", tasks) == [ASR, SV]


def test_a_lettered_list_of_requests_opening_the_instruction(tasks):
    assert steps_of("a) transcript b) speaker count c) Italian translation of the transcript", tasks) == [
        ASR, SV, ("translate", {"target_lang": "it"}, 0, False)]
    assert steps_of("a) calm b) nervous — which is the skipper?", tasks)[0][0] in ("er", "sqa")


def test_would_it_be_possible_to_have_it_in_a_language(tasks):
    assert steps_of("Would it be possible to have the regatta clip in Greek?", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]
    assert steps_of("Is it possible to get tickets on the day?", tasks)[0][0] == "sqa"
    assert steps_of("Is it possible to have the ceremony in Welsh, according to the vicar?", tasks)[0][0] == "sqa"


def test_translated_after_a_language_is_no_second_request(tasks):
    assert steps_of("(1) a summary under 25 words (2) that summary in Spanish, translated.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 25}, 0, False),
        ("translate", {"target_lang": "es"}, 1, False)]


def test_a_statement_completed_by_numbered_options(tasks):
    assert steps_of("Transcribe it. Then: the cakes are judged (1) blind (2) openly (3) by points.", tasks) == [
        ASR, ("sqa", {"question": "The cakes are judged (1) blind (2) openly (3) by points."}, None, False)]


def test_bulleted_options_of_a_multiple_choice(tasks):
    assert steps_of("Transcribe it, then multiple choice, the boat is launched from: ○ the slipway ○ the beach ○ the "
                    "pier.", tasks) == [
        ASR, ("sqa", {"question": "The boat is launched from: ○ the slipway ○ the beach ○ the pier."}, None, False)]
    assert steps_of("Tasks: • transcript • summary", tasks) == [ASR, ("summarize", {}, 0, False)]


def test_options_between_dots_after_a_question(tasks):
    assert steps_of("Transcribe it, then pick one: how many laps are there? 3 · 5 · 8. Then summarise it.", tasks) == [
        ASR, ("sqa", {"question": "How many laps are there? 3 · 5 · 8."}, None, False), ("summarize", {}, 0, False)]


def test_what_is_requested_before_numbered_requests(tasks):
    assert steps_of("The following is requested: (1) a transcript of the hearing; (2) a summary of it in 50 words.",
                    tasks) == [ASR, ("summarize", {"max_words": 50}, 0, False)]


# Faults a review of this round found in its first version, each right on 6cb8573.

def test_a_sentence_before_numbered_requests_is_no_statement_to_complete(tasks):
    assert steps_of("The clip is attached. 1. Transcribe it. 2. Summarize it.", tasks) == [
        ASR, ("summarize", {}, 0, False)]
    assert steps_of("The recording is attached (1) transcript (2) summary (3) translation into Dutch", tasks) == [
        ASR, ("summarize", {}, 0, False), ("translate", {"target_lang": "nl"}, 1, False)]
    assert steps_of("The voicemail was forwarded: 1. transcript 2. tone of the caller", tasks) == [
        ASR, ("er", {}, None, False)]


def test_a_summary_after_a_comma_is_still_a_request(tasks):
    assert steps_of("Transcribe the clip, summarized.", tasks) == [ASR, ("summarize", {}, 0, False)]


def test_logging_some_words_is_no_transcript(tasks):
    assert steps_of("Log the words that are mispronounced.", tasks)[0][0] == "sqa"


def test_lettered_things_asked_about_are_no_requests(tasks):
    assert steps_of("a) the transcript b) the summary, which one mentions the harbour", tasks)[0][0] == "sqa"


def test_options_for_the_summary_are_no_multiple_choice(tasks):
    assert steps_of("Transcribe it, then options for the summary: • short • long", tasks) == [
        ASR, ("summarize", {}, 0, False)]
