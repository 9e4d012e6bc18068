"""Plans for wordings of the kinds the helper-written sets of round 159 found (issue 10, part 6; tuned on the misses
of heldout498 and 499), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_but_first_a_yes_no_speaker_question(tasks):
    assert steps_of("Write out the whole talk, but first, is the potter on her own or is someone with her?", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False)]


def test_was_it_one_person_or_several(tasks):
    assert steps_of("Was it one guide describing the caves, or a few? Then summarise it.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_two_outputs_named_by_participles(tasks):
    assert steps_of("Harbour tape: the mood noted and everything transcribed.", tasks) == [
        ("er", {}, None, False), ("asr", {}, None, False)]


def test_a_headline_version_is_a_summary(tasks):
    assert steps_of("Headline version, twelve words at most.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 12}, 0, False)]


def test_the_one_language_the_user_reads(tasks):
    assert steps_of("Greek is all I read. What is the ferryman telling the tourists?", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]
    assert steps_of("What's the baker saying? I can only understand Polish.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_what_is_muttered_while_something_happens_then_a_language(tasks):
    assert steps_of("What does the ferryman mutter while the engine starts? In Danish.", tasks) == [
        ("st", {"target_lang": "da"}, None, False)]


def test_a_language_then_the_recording_named(tasks):
    assert steps_of("greek pls, the fishermen convo", tasks) == [("st", {"target_lang": "el"}, None, False)]


def test_a_length_on_the_recording_is_a_summary(tasks):
    assert steps_of("Forty words max on the ferry announcement, then tell me how the captain sounds.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 40}, 0, False), ("er", {}, None, False)]


def test_the_written_words_are_the_transcript(tasks):
    assert steps_of("Transcribe it, say who wins, and give me a Czech version of the written words.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Who wins"}, None, False),
        ("translate", {"target_lang": "cs"}, 0, False)]


def test_the_translation_of_summary_without_an_article(tasks):
    assert steps_of("Please make summary of this talk and the translation of summary in Italian language.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "it"}, 1, False)]


def test_next_chapter_of_the_story_is_a_continuation(tasks):
    assert steps_of("Next chapter of the tale, please.", tasks) == [("continue", {}, None, False)]


def test_what_she_says_after_a_comma_restates_the_translation(tasks):
    assert steps_of("Give me the ferry announcement in Greek, what the captain actually says.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_but_first_a_question_about_the_story_stays_a_question(tasks):
    text = "He bought bread, but first, is the shop open?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_was_it_one_thing_or_several_keeps_its_question(tasks):
    assert steps_of("Was it a single car, or several?", tasks) == [
        ("sqa", {"question": "Was it a single car"}, None, False), ("sv", {}, None, False)]


def test_the_user_speaking_a_language_sets_no_target(tasks):
    assert steps_of("I speak Spanish. What is the guide saying?", tasks) == [("asr", {}, None, False)]


def test_a_language_the_user_does_not_read_sets_no_target(tasks):
    assert steps_of("I don't read Spanish. What's he saying?", tasks) == [("asr", {}, None, False)]


def test_a_transcript_asked_for_stays_a_transcript(tasks):
    assert steps_of("I only read Spanish. Transcribe it.", tasks) == [("asr", {}, None, False)]


def test_next_as_an_ordering_word_stays_one(tasks):
    assert steps_of("Transcribe it. Next, summarize it.", tasks) == [("asr", {}, None, False), ("summarize", {}, 0, False)]


def test_a_question_about_words_said_stays_a_question(tasks):
    text = "Does she say fifty words about the talk?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_said_question_with_a_topic_after_a_translation_stays(tasks):
    assert steps_of("Translate it into German, what does the chef say about salt?", tasks) == [
        ("st", {"target_lang": "de"}, None, False), ("sqa", {"question": "What does the chef say about salt?"}, None, False)]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_words_on_the_recording_in_a_statement_are_no_summary(tasks):
    assert steps_of("About 300 words on the tape are in Welsh. Translate them to English.", tasks) == [
        ("st", {"target_lang": "en"}, None, False)]
    assert steps_of("Students must write 300 words about the talk. When is it due?", tasks) == [
        ("sqa", {"question": "When is it due?"}, None, False)]


def test_the_users_language_quoted_or_qualified_is_no_target(tasks):
    for text in ("The cobbler says: I only read Spanish. What does he say next?",
                 "I read Arabic, but not well. What's she explaining?",
                 "I read Spanish, so no translation needed. What's he saying?",
                 "I read Spanish. I also read French. What's he saying?",
                 "I only read Spanish. Give me what the agent says in the original language."):
        assert steps_of(text, tasks) == [("asr", {}, None, False)], text


def test_next_part_of_a_task_is_an_ordering_word(tasks):
    assert steps_of("Next part of the task: summarize it", tasks) == [("asr", {}, None, True), ("summarize", {}, 0, False)]
    assert steps_of("Next part of the conversation, please, in German", tasks) == [
        ("st", {"target_lang": "de"}, None, False)]


def test_participles_in_a_question_are_its_topic(tasks):
    text = "What did the secretary say about minutes typed and letters translated?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_headline_version_in_a_question_is_the_question(tasks):
    text = "Is there a headline version of this song?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_was_it_one_person_doing_something_else_keeps_its_question(tasks):
    assert steps_of("Was it a single farmer he met, or several?", tasks) == [
        ("sqa", {"question": "Was it a single farmer he met"}, None, False), ("sv", {}, None, False)]


def test_a_bare_language_then_the_recording_states_its_language(tasks):
    assert steps_of("Spanish, the recording. Transcribe it.", tasks) == [("asr", {}, None, False)]


def test_but_first_tell_me_keeps_its_order(tasks):
    assert steps_of("Translate this into German, but first tell me, is the dowser alone?", tasks) == [
        ("sv", {}, None, False), ("st", {"target_lang": "de"}, None, False)]


def test_alone_in_a_story_is_no_speaker_check(tasks):
    assert steps_of("Continue the story: the knight rides out, but first, is the dragon alone?", tasks) == [
        ("continue", {}, None, False)]


def test_while_another_person_talks_is_no_setting(tasks):
    text = "What does the dowser say while the farmer speaks?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]
