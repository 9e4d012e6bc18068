"""Plans for wordings of the kinds the helper-written sets of round 88 found (issue 10, part 6; tuned on the misses
of heldout209, 211, 213 and 215), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of, tasks_of


def rules(text: str, tasks) -> list[str]:
    return tasks_of(text, tasks, second_opinion=False)


def test_more_ways_to_set_the_audio_aside(tasks):
    assert steps_of("Skip the audio entirely. Write a haiku about rain.", tasks) == [
        ("instruct", {"instruction": "Write a haiku about rain."}, None, False)]
    assert rules("No need to listen to this. How tall is Mount Everest?", tasks) == ["instruct"]
    assert rules("Not about the recording: list three prime numbers.", tasks) == ["instruct"]
    assert rules("Don't bother listening, just name three rivers in Spain.", tasks) == ["instruct"]
    # skipping a part of the audio is not setting it aside
    assert rules("Skip the intro and transcribe the rest.", tasks) == ["asr"]
    assert rules("Listen to this. What does the guide say about the tower?", tasks) == ["sqa"]


def test_one_person_named_or_others(tasks):
    assert rules("Who's speaking here - just the vet, or others too?", tasks) == ["sv"]
    assert rules("Is that just the cashier or someone else too?", tasks) == ["sv"]
    assert rules("Tell me whether the callers are two people or more.", tasks) == ["sv"]
    # things, not people
    assert rules("Is it just the rain or something else too?", tasks) == ["sqa"]
    assert rules("Were ten people or more injured?", tasks) == ["sqa"]


def test_plus_before_a_question_or_a_count(tasks):
    assert rules("A French summary plus: one voice or several?", tasks) == ["asr", "summarize", "translate", "sv"]
    assert rules("Transcribe it plus a count of how many people talk.", tasks) == ["asr", "sv"]


def test_a_language_before_the_summary_translates_it(tasks):
    assert steps_of("Give me a Dutch summary.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "nl"}, 1, False)]
    assert steps_of("A Spanish-language gist in 20 words, please.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 20}, 0, False),
        ("translate", {"target_lang": "es"}, 1, False)]
    # the speech's language, not the summary's
    assert rules("Summarise the German speech.", tasks) == ["asr", "summarize"]
    assert rules("Give me a summary of the Italian lecture.", tasks) == ["asr", "summarize"]


def test_what_is_reported_or_read_aloud_in_a_language(tasks):
    assert steps_of("What the nurse reports, in Greek.", tasks) == [("st", {"target_lang": "el"}, None, False)]
    assert steps_of("What did the clerk read aloud? Answer in Turkish.", tasks) == [
        ("st", {"target_lang": "tr"}, None, False)]
    assert steps_of("What did she say? Reply in Polish.", tasks) == [("st", {"target_lang": "pl"}, None, False)]
    # a question about the content, and its answer in a language
    assert rules("What does the nurse report about the patient?", tasks) == ["sqa"]
    assert steps_of("Where is the shop? Answer in Dutch.", tasks) == [
        ("sqa", {"question": "Where is the shop?"}, None, False), ("translate", {"target_lang": "nl"}, 0, False)]


def test_a_transcript_named_without_its_article(tasks):
    assert steps_of("transcribe it, then who is calling?, then translate transcript to greek", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Who is calling?"}, None, False),
        ("translate", {"target_lang": "el"}, 0, False)]


def test_continuing_the_translated_story(tasks):
    assert steps_of("Translate the tale into Italian and then carry on the Italian version.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("continue", {}, 0, False)]
    # with no language named, the story goes on from the audio
    assert steps_of("Translate the story into French, then continue the story.", tasks) == [
        ("st", {"target_lang": "fr"}, None, False), ("continue", {}, None, False)]


def test_legends_and_myths_are_stories(tasks):
    assert rules("Keep the village legend going.", tasks) == ["continue"]
    assert steps_of("Carry the old harbour myth on, then put your continuation into German.", tasks) == [
        ("continue", {}, None, False), ("translate", {"target_lang": "de"}, 0, False)]


def test_options_inside_a_question(tasks):
    assert steps_of("Does the guide sound (a) bored (b) excited (c) tired?", tasks) == [
        ("sqa", {"question": "Does the guide sound (a) bored (b) excited (c) tired?"}, None, False)]
    assert steps_of("Was the delivery (1) early (2) late (3) on time?", tasks) == [
        ("sqa", {"question": "Was the delivery (1) early (2) late (3) on time?"}, None, False)]
    assert rules("How does she sound? Then: is the shop (a) open (b) closed? Finally a transcript.", tasks) == [
        "er", "sqa", "asr"]
    # numbered requests in a question are still requests
    assert rules("Could you (1) transcribe it (2) summarise it?", tasks) == ["asr", "summarize"]
    assert rules("Please produce (a) a transcript and (b) a summary thereof.", tasks) == ["asr", "summarize"]


def test_counts_and_people_in_what_is_said_are_not_the_speaker_check(tasks):
    assert rules("Were 20 people or more injured in the crash?", tasks) == ["sqa"]
    assert rules("According to the story, did the guard see only the thief or someone else as well?", tasks) == ["sqa"]
