"""Plans for wordings of the kinds the helper-written sets of round 145 found (issue 10, part 6; tuned on the misses
of heldout442 and 443), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
SUMMARY = ("summarize", {}, 0, False)


def test_a_country_in_bulleted_options_is_no_language(tasks):
    assert steps_of("Which is the diver's home country — • Bulgaria • Croatia • Estonia?", tasks) == [
        ("sqa", {"question": "Which is the diver's home country — • Bulgaria • Croatia • Estonia?"}, None, False)]


def test_a_language_alone_after_a_limit_with_max(tasks):
    assert steps_of("Summary. 20 words max. Greek.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 20}, 0, False), ("translate", {"target_lang": "el"}, 1, False)]


def test_a_courtesy_after_words_named_by_their_owner(tasks):
    assert steps_of("Diving coach's advice in Polish, if you can.", tasks) == [("st", {"target_lang": "pl"}, None, False)]


def test_what_someone_tells_listeners_before_an_event(tasks):
    assert steps_of("What the marshal tells riders before the start, in Czech.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]


def test_figure_out_a_quoted_question(tasks):
    assert steps_of("Transcribe it, figure out 'Who won the heat?', then translate the transcript into German.", tasks) == [
        ASR, ("sqa", {"question": "Who won the heat?"}, None, False), ("translate", {"target_lang": "de"}, 0, False)]


def test_get_me_the_text(tasks):
    assert steps_of("Get me the text, then turn it into Italian.", tasks) == [
        ASR, ("translate", {"target_lang": "it"}, 0, False)]


def test_the_recording_named_a_recap_in_a_yes_no_question(tasks):
    assert steps_of("Does the diving recap feature several commentators? Then sum it up in 15 words.", tasks) == [
        SV, ("asr", {}, None, True), ("summarize", {"max_words": 15}, 1, False)]


def test_whether_someone_answers_back(tasks):
    assert steps_of("Transcribe it and tell me whether the diver answers him too.", tasks) == [ASR, SV]


def test_a_note_on_whether_the_speaker_stays_the_same_in_a_list(tasks):
    assert steps_of("Give me a summary, a Greek version of it, and a note on whether the narrator stays the same.",
                    tasks) == [("asr", {}, None, True), SUMMARY, ("translate", {"target_lang": "el"}, 1, False), SV]


def test_a_version_of_it_after_and(tasks):
    assert steps_of("Give me a summary and a Greek version of it.", tasks) == [
        ("asr", {}, None, True), SUMMARY, ("translate", {"target_lang": "el"}, 1, False)]


def test_the_language_for_what_is_said(tasks):
    assert steps_of("Count the voices, then give me the Dutch for what the referee says.", tasks) == [
        SV, ("st", {"target_lang": "nl"}, None, False)]


def test_how_a_chant_goes_in_a_language(tasks):
    assert steps_of("In Hungarian, how does the warm-up chant go?", tasks) == [("st", {"target_lang": "hu"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_a_recap_asked_for_stays_a_summary(tasks):
    assert steps_of("Is a recap possible?", tasks) == [("asr", {}, None, True), SUMMARY]
    assert steps_of("Can you give me a recap?", tasks) == [("asr", {}, None, True), SUMMARY]


def test_whether_someone_answers_a_question_stays_a_question(tasks):
    assert steps_of("Tell me whether the coach answers the question about diet.", tasks)[0][0] == "sqa"


def test_how_a_match_went_stays_a_question(tasks):
    assert steps_of("How does the countdown go?", tasks)[0][0] == "sqa"


def test_a_country_before_language_or_after_bahasa_is_that_language(tasks):  # from this round's review
    assert steps_of("Translate this into Bahasa Indonesia.", tasks) == [("st", {"target_lang": "id"}, None, False)]
    assert steps_of("Please translate the whole clip into Germany language.", tasks) == [
        ("st", {"target_lang": "de"}, None, False)]


def test_the_text_in_a_question_is_no_transcript(tasks):  # from this round's review
    assert steps_of("Does she say when she'll get the text message?", tasks)[0][0] == "sqa"
    assert steps_of("What does the caller want the text to say?", tasks)[0][0] == "sqa"


def test_the_language_for_a_word_in_a_question_stays_a_question(tasks):  # from this round's review
    assert steps_of("What's the French for the word he keeps repeating?", tasks)[0][0] == "sqa"
    assert steps_of("Does the guide give the English for the statue's name?", tasks)[0][0] == "sqa"


def test_and_add_a_note_on_whether(tasks):  # from this round's review
    assert steps_of("Transcribe it, and add a note on whether there are two speakers.", tasks) == [ASR, SV]
