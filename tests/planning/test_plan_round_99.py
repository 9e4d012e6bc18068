"""Plans for wordings of the kinds the helper-written sets of round 99 found (issue 10, part 6; tuned on the misses
of heldout257 and 259), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_something_done_in_english_states_the_speech_language(tasks):
    assert steps_of("The hearing was conducted in English. Transcribe it and say if one judge speaks or several.",
                    tasks) == [("asr", {"language": "en"}, None, False), ("sv", {}, None, False)]
    assert steps_of("The debate is argued in English. Write it out.", tasks) == [
        ("asr", {"language": "en"}, None, False)]
    assert steps_of("The summary is needed in German. Summarise it.", tasks) != [
        ("asr", {"language": "de"}, None, True), ("summarize", {}, 0, False)]


def test_a_listener_with_a_hyphen_before_a_language(tasks):
    assert steps_of("What is the coach telling the five-a-side players, in Polish?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_what_someone_argues_or_orders_in_a_language_is_the_words(tasks):
    assert steps_of("What does the prosecutor claim, in Dutch?", tasks) == [("st", {"target_lang": "nl"}, None, False)]
    assert steps_of("What did the foreman order at the depot? In Czech.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]
    assert steps_of("What does the prosecutor claim?", tasks) == [
        ("sqa", {"question": "What does the prosecutor claim?"}, None, False)]


def test_someones_complaint_then_a_bare_language_after_a_dash(tasks):
    assert steps_of("The tenant's complaint - Greek, please.", tasks) == [("st", {"target_lang": "el"}, None, False)]
    assert steps_of("The landlord's words — Danish.", tasks) == [("st", {"target_lang": "da"}, None, False)]
    assert steps_of("Transcribe the voicemail — Danish, please.", tasks)[0][0] == "asr"


def test_the_spoken_bits_in_a_language(tasks):
    assert steps_of("The workshop's spoken parts in Finnish, and is it one teacher or two?", tasks) == [
        ("st", {"target_lang": "fi"}, None, False), ("sv", {}, None, False)]


def test_a_narrator_of_something_changing_is_a_speaker_question(tasks):
    assert steps_of("Summarise it in 30 words, and does the host of the quiz change halfway?", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False), ("sv", {}, None, False)]


def test_an_answer_to_a_quoted_question_in_a_list_of_requests(tasks):
    assert steps_of("I need the words written down, an answer to 'Who rings the bell?', and the mood of the host.",
                    tasks) == [("asr", {}, None, False), ("sqa", {"question": "Who rings the bell?"}, None, False),
                               ("er", {}, None, False)]


def test_the_speech_language_set_off_by_dashes(tasks):
    assert steps_of("Transcribe the lesson — the teacher speaks Czech — translate the transcript into French.",
                    tasks) == [("asr", {"language": "cs"}, None, False), ("translate", {"target_lang": "fr"}, 0, False)]


def test_chatting_about_in_a_language_and_need_to_know(tasks):
    assert steps_of("Need to know what the campers are chatting about, in Swedish.", tasks) == [
        ("st", {"target_lang": "sv"}, None, False)]


def test_continuing_the_version_in_the_language_just_translated_into(tasks):
    assert steps_of("Render the legend in Italian, then write the next part, continuing the Italian version.",
                    tasks) == [("st", {"target_lang": "it"}, None, False), ("continue", {}, 0, False)]
