"""Plans for wordings of the kinds the helper-written sets of round 180 found (issue 10, part 6; tuned on the misses
of heldout582 and 583), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of


def test_my_aim_is_opens_a_request(tasks):
    assert steps_of("My aim is a 30-word digest of the kettle clip plus a speaker count.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False), ("sv", {}, None, False)]


def test_how_many_individuals_participate(tasks):
    assert steps_of("Let me know how many individuals participate in the kettle chat, then summarise it.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_is_the_clip_a_dialogue(tasks):
    assert steps_of("Is this kettle clip a dialogue? Then summarise it in 10 words.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {"max_words": 10}, 1, False)]


def test_a_language_is_what_i_need_before_someones_words(tasks):
    assert steps_of("Spanish is what I want: the guide's words.", tasks) == [("st", {"target_lang": "es"}, None, False)]


def test_add_her_remarks_in_a_language(tasks):
    assert steps_of("Transcribe it and add her remarks in Polish.", tasks) == [
        ("asr", {}, None, False), ("st", {"target_lang": "pl"}, None, False)]
    assert steps_of("After the transcript, add what she says in Greek.", tasks) == [
        ("asr", {}, None, False), ("st", {"target_lang": "el"}, None, False)]


def test_a_complaint_then_his_words_in_a_language(tasks):
    assert steps_of("cant understand the teapot guy at all — his words in french?? ty", tasks) == [
        ("st", {"target_lang": "fr"}, None, False)]
    assert steps_of("i dont get the baker at all, her words in greek pls", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_its_voiceover_in_a_language(tasks):
    assert steps_of("Who is the teapot ad aimed at? And its voiceover in Arabic, please.", tasks) == [
        ("sqa", {"question": "Who is the teapot ad aimed at?"}, None, False), ("st", {"target_lang": "ar"}, None, False)]


def test_a_language_edition(tasks):
    assert steps_of("What the teapot host says, Dutch edition, plus how many speakers there are.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), ("sv", {}, None, False)]


def test_tell_me_in_a_language_what_someone_says_about_a_thing(tasks):
    assert steps_of("Tell me, in Catalan, what the teapot guide says about the lid.", tasks) == [
        ("st", {"target_lang": "ca"}, None, False)]


def test_a_can_opener_is_a_noun(tasks):
    assert steps_of("can opener lady, what is she saying? italian", tasks) == [("st", {"target_lang": "it"}, None, False)]


def test_a_labelled_list_of_lettered_tasks(tasks):
    assert steps_of("Steps for the teapot memo: a) transcription b) whether I'm the only one talking c) emotion", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False), ("er", {}, None, False)]


def test_what_is_the_explanation_named_by_its_topic_in_a_language(tasks):
    assert steps_of("In Hebrew, what's the teapot explanation? Oh, and is it a single speaker?", tasks) == [
        ("st", {"target_lang": "he"}, None, False), ("sv", {}, None, False)]


def test_to_say_me_before_a_question(tasks):
    assert steps_of("Please to transcribe the teapot video and next to say me who is the man.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Who is the man."}, None, False)]


def test_keep_to_what_the_recording_says_after_a_dash(tasks):
    assert steps_of("Which lid does the teapot use — and keep to what the recording says.", tasks) == [
        ("sqa", {"question": "Which lid does the teapot use"}, None, False)]


def test_a_clause_of_time_opens_the_question(tasks):
    assert one_question("When using the teapot, what does the presenter warn against?", tasks)


def test_get_me_the_words(tasks):
    assert steps_of("can u get me the words from this teapot vid, ty", tasks) == [("asr", {}, None, False)]


def test_make_the_text_from_it(tasks):
    assert steps_of("He speak in German. Please make the text from it.", tasks) == [
        ("asr", {"language": "de"}, None, False)]


def test_put_it_into_english_after_a_transcript(tasks):
    assert steps_of("Transcribe it, then put it into English.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "en"}, 0, False)]


def test_write_the_rest_of_a_story_begun(tasks):
    assert steps_of("The tape is the start of a fairy tale about a lost spoon — please write the rest of it.", tasks) == [
        ("continue", {}, None, False)]


def test_options_after_a_dash_with_semicolons(tasks):
    assert steps_of("Where is it set? Options — a shop; a park; a school. Then continue the story.", tasks) == [
        ("sqa", {"question": "Where is it set? Options — a shop; a park; a school."}, None, False),
        ("continue", {}, None, False)]


# Guards: what must stay as it was.

def test_people_who_took_part_in_something_told_of_is_a_question(tasks):
    assert one_question("How many people participated in the survey the host mentions?", tasks)


def test_a_story_about_a_dialogue_is_a_question(tasks):
    assert one_question("Is the story about a dialogue?", tasks)


def test_a_topic_named_talk_in_a_language_stays_a_translation(tasks):
    assert steps_of("The teapot explanation in Greek.", tasks) == [("st", {"target_lang": "el"}, None, False)]
    assert steps_of("The pilots talk in Swedish. Translate what they say into English.", tasks) == [
        ("st", {"target_lang": "en"}, None, False)]


def test_a_question_of_when_stays_two_questions(tasks):
    steps = steps_of("When does the shop open, what does she buy?", tasks)
    assert [s[0] for s in steps] == ["sqa", "sqa"]


def test_mood_options_after_a_label_stay_a_question(tasks):
    assert one_question("Her mood: a) calm b) angry c) sad", tasks)


def test_put_the_recording_into_english_is_the_speech(tasks):
    assert steps_of("Transcribe it, then put the recording into English.", tasks) == [
        ("asr", {}, None, False), ("st", {"target_lang": "en"}, None, False)]


# Guards from the review of this round (the helper's wordings).

def test_a_scene_described_as_a_dialogue_is_a_question(tasks):
    assert one_question("Is the scene she reads out a dialogue?", tasks)
    assert one_question("Is the next exercise in the lesson a dialogue?", tasks)


def test_lettered_options_that_name_moods_stay_a_question(tasks):
    assert one_question("The topic of the seminar: a) tone in writing b) emotion in music c) mood disorders", tasks)
    assert one_question("Possible causes: a) whether the pump failed b) whether the valve leaked", tasks)


def test_someones_words_in_a_language_after_a_request_is_not_cut(tasks):
    assert steps_of("Translate it into English — her words in Spanish.", tasks) == [
        ("st", {"target_lang": "en"}, None, False)]


def test_people_who_participated_in_a_debate_watched_is_a_question(tasks):
    assert one_question("How many people participated in the debate she watched?", tasks)


def test_to_tell_the_truth_is_no_request(tasks):
    assert steps_of("To tell the truth, I can't hear well; how many people speak?", tasks) == [("sv", {}, None, False)]
