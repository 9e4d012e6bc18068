"""Plans for wordings of the kinds the helper-written sets of round 160 found (issue 10, part 6; tuned on the misses
of heldout502 and 503), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_what_someone_says_a_thing_needs_is_a_question(tasks):
    text = "What does he say the seedlings need in winter?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_what_is_said_may_come_out_in_a_language(tasks):
    assert steps_of("Could the ranger's briefing come out in Norwegian?", tasks) == [
        ("st", {"target_lang": "no"}, None, False)]


def test_speech_in_a_language_please_then_what_is_said(tasks):
    assert steps_of("Speech in Czech, please: whatever the ranger is telling the volunteers.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]


def test_just_one_person_or_that_person_plus_another(tasks):
    assert steps_of("Who's speaking: just the ranger, or the ranger plus a volunteer?", tasks) == [
        ("sv", {}, None, False)]


def test_mention_if_the_voice_changes(tasks):
    assert steps_of("Write it down and mention if the voice changes halfway.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_after_you_answer_is_an_ordering_lead(tasks):
    assert steps_of("Is more than one person talking? Once you've answered, who planted the oak?", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "Who planted the oak?"}, None, False)]


def test_word_for_word_set_off_before_a_language(tasks):
    assert steps_of("Everything the ranger says, word for word, in Finnish.", tasks) == [("st", {"target_lang": "fi"}, None, False)]


def test_a_quiz_label_after_a_request(tasks):
    assert steps_of("Summarise it, quiz time: which tree is oldest? (a) oak (b) yew (c) ash", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Which tree is oldest? (a) oak (b) yew (c) ash"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_what_someone_says_the_whole_time_stays_the_words(tasks):
    assert steps_of("What does she say the whole time?", tasks) == [("asr", {}, None, False)]


def test_something_coming_out_in_a_month_is_a_question(tasks):
    text = "Could the results come out in June?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_speech_in_a_language_states_it(tasks):
    assert steps_of("Speech in Thai: transcribe it.", tasks) == [("asr", {"language": "th"}, None, False)]


def test_whether_someone_mentions_a_change_is_a_question(tasks):
    for text in ("Does she mention if the voice changes?", "Does anyone mention that the voices change?"):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)], text


def test_word_for_word_as_a_request_of_its_own_stays(tasks):
    assert steps_of("Transcribe it, word for word, then summarize it.", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False)]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_those_in_a_language_adjective_is_no_target(tasks):
    text = "The dishes he lists — can I get those in Thai restaurants?"
    assert steps_of(text, tasks)[-1][0] == "sqa"


def test_who_someone_talks_to_by_count_is_a_question(tasks):
    for text in ("Who is the speaker talking to: just the nurse, or the nurse and a doctor?",
                 "Who's speaking here: just the forager, or the forager plus a dog?"):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)], text


def test_someone_mentioning_a_change_is_a_question(tasks):
    for text in ("She mentions if the voice changes.", "Tell me whether she mentions if the voice changes."):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)], text


def test_after_answering_without_you_is_the_story(tasks):
    text = "After answering, what does the receptionist say?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_transcript_word_for_word_then_a_language_keeps_the_transcript(tasks):
    assert steps_of("Transcribe it, word for word, in Hindi.", tasks) == [
        ("asr", {}, None, False), ("st", {"target_lang": "hi"}, None, False)]


def test_see_those_after_a_comma_keeps_the_translation(tasks):
    assert steps_of("The warnings the ranger gives, could I see those in Polish?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]
