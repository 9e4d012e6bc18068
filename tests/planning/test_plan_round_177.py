"""Plans for wordings of the kinds the helper-written sets of round 177 found (issue 10, part 6; tuned on the misses
of heldout570 and 571), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of


def test_a_second_question_after_an_unpunctuated_also(tasks):
    assert steps_of("how many ppl r in the kitchen clip lol also wat r they saying", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False)]


def test_how_many_people_alone_is_a_speaker_count(tasks):
    assert steps_of("How many people, and how does the host sound?", tasks) == [
        ("sv", {}, None, False), ("er", {}, None, False)]


def test_someones_words_named_by_two_words_in_a_language(tasks):
    assert steps_of("Can I get his bike repair tips in Greek?", tasks) == [("st", {"target_lang": "el"}, None, False)]
    assert steps_of("Give me the ferry safety instructions in Polish.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_plus_someones_words_in_a_language(tasks):
    assert steps_of("A transcript plus the host's remarks in Dutch.", tasks) == [
        ("asr", {}, None, False), ("st", {"target_lang": "nl"}, None, False)]


def test_what_theyre_on_about_after_any_idea_in_a_language(tasks):
    assert steps_of("Any idea what she's on about in this clip? French please.", tasks) == [
        ("st", {"target_lang": "fr"}, None, False)]


def test_a_lettered_item_labelled_q(tasks):
    assert steps_of("a) summarise it b) q: which pot boiled over? c) translate the summary into Greek", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Which pot boiled over?"}, None, False), ("translate", {"target_lang": "el"}, 1, False)]


def test_and_colon_before_a_question(tasks):
    assert steps_of("Transcribe it, and: who rang the bell?", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Who rang the bell?"}, None, False)]


def test_a_description_of_her_tone(tasks):
    assert steps_of("His words in Polish, and a description of his tone.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("er", {}, None, False)]


def test_its_translation_is_the_summarys(tasks):
    assert steps_of("I'd like a summary of this talk in about fifty words, followed by its translation into Italian.",
                    tasks) == [("asr", {}, None, True), ("summarize", {"max_words": 50}, 0, False),
                               ("translate", {"target_lang": "it"}, 1, False)]


# Guards: what must stay as it was.

def test_advice_given_to_her_is_not_her_words(tasks):
    assert one_question("Give her good cooking advice in German.", tasks)


def test_a_transcript_of_a_named_lecture_in_its_language(tasks):
    assert steps_of("Please make a transcript of the beekeeping course lecture in Portuguese language.", tasks) == [
        ("asr", {"language": "pt"}, None, False)]


def test_tell_me_also_what_they_say_stays_one_request(tasks):
    assert one_question("Tell me also what they are saying about the bus", tasks)


def test_its_translation_after_a_question_is_the_recordings(tasks):
    assert steps_of("Who rang the bell? Then its translation into Italian.", tasks) == [
        ("sqa", {"question": "Who rang the bell?"}, None, False), ("asr", {}, None, True),
        ("translate", {"target_lang": "it"}, 1, False)]


def test_how_many_people_live_there_is_a_question(tasks):
    assert one_question("How many people live in the village?", tasks)


# Guards from the review of this round (the helper's wordings).

def test_also_before_a_free_relative_or_an_object_stays_one_question(tasks):
    assert one_question("Is this song also what was played at the wedding?", tasks)
    assert one_question("Does she mention also where is the hotel?", tasks)


def test_how_many_people_after_a_scene_or_beside_another_count_is_a_question(tasks):
    assert steps_of("She booked a table at the restaurant. How many people?", tasks) == [
        ("sqa", {"question": "How many people?"}, None, False)]
    assert steps_of("How many people and how many dogs?", tasks) == [
        ("sqa", {"question": "How many people"}, None, False), ("sqa", {"question": "How many dogs?"}, None, False)]


def test_named_words_in_a_language_asked_as_spoken_stay_a_transcript(tasks):
    assert steps_of("Give me the ferry safety instructions in Polish, exactly as spoken.", tasks) == [
        ("asr", {"language": "pl"}, None, False)]
    assert steps_of("I want her curling tongs instructions in German verbatim.", tasks) == [
        ("asr", {"language": "de"}, None, False)]


def test_we_get_his_remarks_is_the_users_story(tasks):
    assert steps_of("We get his closing remarks in Italian and then what happens?", tasks) == [
        ("sqa", {"question": "What happens?"}, None, False)]


def test_plus_inside_a_question_or_after_a_verb_starts_nothing(tasks):
    assert one_question("Does the clip contain music plus the singer's words in Italian?", tasks)
    assert steps_of("Transcribe the host's intro plus the guest's answers in Spanish.", tasks) == [
        ("asr", {"language": "es"}, None, False)]


def test_and_colon_after_how_to_answer_is_no_request(tasks):
    assert steps_of("Reply in German, and: where are they?", tasks) == [
        ("sqa", {"question": "Where are they?"}, None, False)]


def test_a_description_of_the_tone_of_an_article_is_a_question(tasks):
    assert one_question("Give me an assessment of the tone of the article.", tasks)


def test_its_full_translation_is_the_recordings(tasks):
    assert steps_of("Give me a summary and its full translation into Polish.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "pl"}, 0, False)]
