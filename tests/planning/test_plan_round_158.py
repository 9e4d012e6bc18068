"""Plans for wordings of the kinds the helper-written sets of round 158 found (issue 10, part 6; tuned on the misses
of heldout494 and 495), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_who_is_on_the_recording_answered_by_a_count(tasks):
    assert steps_of("Who's on the kiln podcast, just the host or a few guests? Then summarise it.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_whether_anyone_joins_the_speaker(tasks):
    assert steps_of("Type up the talk and say if anyone joins her.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_the_lesson_text_asks_for_a_transcript(tasks):
    assert steps_of("Lesson text for the glazing class first. Does the tutor sound tired?", tasks) == [
        ("asr", {}, None, False), ("er", {}, None, False)]


def test_cutting_the_transcript_to_a_length_is_a_summary(tasks):
    assert steps_of("Transcribe the recording, then cut the transcript to 25 words.", tasks) == [
        ("asr", {}, None, False), ("summarize", {"max_words": 25}, 0, False)]


def test_the_writing_is_the_transcript(tasks):
    assert steps_of("Put the talk in writing, tell me who opens it, then turn the writing into Danish.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Who opens it"}, None, False),
        ("translate", {"target_lang": "da"}, 0, False)]


def test_give_me_the_answer_after_a_speaker_question_adds_nothing(tasks):
    assert steps_of("Does more than one person speak here? Give me the answer, then a summary.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_what_someone_says_while_they_work_then_a_language(tasks):
    assert steps_of("What is the baker saying while he kneads the dough? Portuguese, if possible.", tasks) == [
        ("st", {"target_lang": "pt"}, None, False)]


def test_speaks_only_a_language_before_a_dash(tasks):
    assert steps_of("The guide speaks only Dutch on this tape — transcribe him.", tasks) == [
        ("asr", {"language": "nl"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_who_is_on_the_recording_with_two_names_stays_a_question(tasks):
    text = "Who's on the tape, the mayor or the governor?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_animals_on_the_recording_are_not_speakers(tasks):
    text = "Who's in the video, just the dog or several cats?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_joining_something_is_the_story(tasks):
    for text in ("Does anyone join the club?", "Did anyone join him on the trip?"):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)], text


def test_cutting_in_a_question_is_the_story(tasks):
    text = "Does the chef cut the cake to 20 pieces?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_the_writing_on_something_is_no_transcript(tasks):
    assert steps_of("Transcribe it; is the writing on the sign in French?", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Is the writing on the sign in French?"}, None, False)]


def test_whats_the_answer_to_a_riddle_after_a_mood_question(tasks):
    assert steps_of("Is she angry? The quizmaster asks a riddle; what's the answer?", tasks) == [
        ("er", {}, None, False), ("sqa", {}, None, False)]


def test_whether_she_speaks_only_a_language_stays_a_question(tasks):
    assert steps_of("Transcribe it; does she speak only English?", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Does she speak only English?"}, None, False)]


def test_who_is_in_a_band_by_count_keeps_its_question(tasks):
    assert steps_of("Who's in the band, one singer or several?", tasks) == [
        ("sqa", {"question": "Who's in the band"}, None, False), ("sv", {}, None, False)]


def test_what_is_said_on_a_topic_while_someone_leaves_stays_a_question(tasks):
    text = "What does he say as he leaves about the rent?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_who_is_on_the_recording_and_a_count_keeps_both(tasks):
    assert steps_of("Who's on the podcast, and how many people speak?", tasks) == [
        ("sqa", {"question": "Who's on the podcast"}, None, False), ("sv", {}, None, False)]


def test_a_group_word_inside_a_title_is_one_person(tasks):
    for text in ("Who's on the tape, just the coach or the team captain?",
                 "Who's talking, just the coach or the team captain?"):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)], text


def test_joining_asked_with_a_modal_a_condition_or_reported_is_the_story(tasks):
    for text in ("Can anyone join?", "What happens if someone joins?", "Did she say if anyone joins?",
                 "Is there a fee if anyone joins?", "In the story, does anyone join him?"):
        assert steps_of(text, tasks)[-1][0] == "sqa", text


def test_if_someone_joins_in_is_a_condition_not_a_speaker_check(tasks):
    assert steps_of("If someone joins in, translate what they say into German.", tasks) == [
        ("st", {"target_lang": "de"}, None, False)]


def test_cutting_the_summary_sizes_that_summary(tasks):
    for text in ("Summarize it, then cut that to 10 words.", "Cut the summary to 10 words."):
        assert steps_of(text, tasks) == [("asr", {}, None, True), ("summarize", {"max_words": 10}, 0, False)], text


def test_cutting_to_the_first_words_is_no_summary(tasks):
    assert steps_of("Cut the transcript to the first 20 words.", tasks) == [("asr", {}, None, False)]


def test_the_writing_after_a_summary_is_the_summary(tasks):
    assert steps_of("Summarize the recording, then translate the writing into Italian.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "it"}, 1, False)]


def test_give_me_the_answer_after_a_riddle_is_set_up_answers_it(tasks):
    for text in ("Is the speaker nervous? The caller asks a trivia question. Give me the answer.",
                 "Is the speaker excited? The puzzle at the end — give me the answer."):
        assert steps_of(text, tasks) == [("er", {}, None, False), ("sqa", {}, None, False)], text


def test_a_stated_language_then_what_is_said_then_another_language(tasks):
    for text in ("Nonna speaks only Italian. What's she saying? English please.",
                 "The recording is in Portuguese. What is the guide saying? English, please."):
        assert steps_of(text, tasks) == [("st", {"target_lang": "en"}, None, False)], text


def test_a_stated_language_then_so_and_a_request(tasks):
    assert steps_of("The clip is in Italian, so translate it into English.", tasks) == [
        ("st", {"target_lang": "en"}, None, False)]
    assert steps_of("Nonna speaks only Italian, so give me the English version.", tasks) == [
        ("asr", {"language": "it"}, None, True), ("translate", {"target_lang": "en"}, 0, False)]


def test_the_users_own_language_before_so_stays_the_target(tasks):
    assert steps_of("I speak only English, so translate it for me.", tasks) == [
        ("st", {"target_lang": "en"}, None, False)]


def test_mostly_a_language_sets_no_speech_language(tasks):
    assert steps_of("He speaks mostly English but switches to Spanish at the end. Transcribe it.", tasks) == [
        ("asr", {}, None, False)]
