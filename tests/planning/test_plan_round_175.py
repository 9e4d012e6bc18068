"""Plans for wordings of the kinds the helper-written sets of round 175 found (issue 10, part 6; tuned on the misses
of heldout562 and 563), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of


def test_distil_asks_for_a_summary_of_that_length(tasks):
    assert steps_of("Distil the weather report to 10 words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 10}, 0, False)]


def test_a_single_instructor_is_a_speaker_count(tasks):
    assert steps_of("Transcribe the class and say whether a single instructor gives it.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_how_many_people_discuss_something_is_a_speaker_count(tasks):
    assert steps_of("Identify how many people discuss the harvest and give me a Polish translation of the recording.",
                    tasks) == [("sv", {}, None, False), ("st", {"target_lang": "pl"}, None, False)]


def test_a_hint_that_excludes_the_web_after_from(tasks):
    assert steps_of("Get the answer from the speaker, not from memory: when does the ferry leave?", tasks) == [
        ("sqa", {"question": "When does the ferry leave?"}, None, False)]


def test_plus_a_quick_check_then_a_colon(tasks):
    assert steps_of("I need a Dutch version of what the baker says plus a quick check: one voice or two?", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), ("sv", {}, None, False)]


def test_and_one_line_on_whether_after_a_set_off_language(tasks):
    assert steps_of("Everything the guide says, in Italian, and one line on whether a second person speaks.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("sv", {}, None, False)]


def test_no_need_to_listen_to_this_one(tasks):
    assert steps_of("No need to listen to this one — just tell me how a sundial works.", tasks) == [
        ("instruct", {"instruction": "Tell me how a sundial works."}, None, False)]

# Guards: what must stay as it was (most from the review of this round).

def test_distilled_in_a_question_asks_no_summary(tasks):
    assert one_question("How many times is the whisky distilled?", tasks)
    assert one_question("Does the speaker use distilled water or tap water?", tasks)


def test_topics_discussed_are_counted_as_content(tasks):
    assert one_question("How many topics does the instructor discuss?", tasks)


def test_a_second_tutor_asked_for_is_content(tasks):
    assert one_question("Does the caller ask for a second tutor?", tasks)


def test_a_count_set_off_after_who_is_talking_narrows_that_question(tasks):
    assert steps_of("Figure out who is talking in the workshop, just one instructor or a few, and how the instructor "
                    "sounds.", tasks) == [("sv", {}, None, False), ("er", {}, None, False)]


def test_a_request_set_off_after_who_is_talking_stays_a_request(tasks):
    assert steps_of("Tell me who's talking, a summary in French or Spanish, and how they sound.", tasks) == [
        ("sqa", {"question": "Who's talking"}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False),
        ("translate", {"target_lang": "fr"}, 2, False), ("er", {}, None, False)]


def test_plus_a_small_number_of_inside_a_question(tasks):
    assert one_question("What did the chef add to the soup, salt plus a small number of herbs?", tasks)


def test_no_need_to_listen_to_this_one_then_an_audio_task(tasks):
    assert steps_of("No need to listen to this one, just give me the gist.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]


def test_one_line_inside_a_wh_question(tasks):
    assert one_question("What's the first line of the song, and one line that mentions how the river flows?", tasks)
