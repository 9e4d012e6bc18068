"""Plans for wordings of the kinds the helper-written sets of round 181 found (issue 10, part 6; tuned on the misses
of heldout586 and 587), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of


def test_a_note_on_how_many_are_narrating(tasks):
    assert steps_of("Play-by-play of the teapot demo as text, with a note on how many are narrating.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_a_language_before_the_audio_noun_states_the_speech(tasks):
    assert steps_of("Dutch audio about a teapot. Write it out.", tasks) == [("asr", {"language": "nl"}, None, False)]


def test_in_a_language_tell_me_what_the_instructions_are(tasks):
    assert steps_of("In Polish, tell me what the teapot instructions are.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_what_they_talk_about_for_a_reader_of_one_language(tasks):
    assert steps_of("What are they chatting about over the teapot? I read only Ukrainian.", tasks) == [
        ("st", {"target_lang": "uk"}, None, False)]


def test_whatever_she_mutters_id_need_it_in_a_language(tasks):
    assert steps_of("Whatever she mutters while filling the big teapot, I'd need it in Romanian, along with how she's "
                    "feeling.", tasks) == [("st", {"target_lang": "ro"}, None, False), ("er", {}, None, False)]


def test_a_setting_of_three_words_after_while(tasks):
    assert steps_of("What does Dad say while rinsing the tea cosy lid? In Greek.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_a_count_of_voices_after_what_someone_says(tasks):
    assert steps_of("Japanese for everything the teapot lady says, and a count of voices.", tasks) == [
        ("st", {"target_lang": "ja"}, None, False), ("sv", {}, None, False)]


def test_true_or_false_then_its_statement(tasks):
    assert steps_of("Summarise it. True or false? The teapot is electric. Then how does he feel?", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "True or false? The teapot is electric."}, None, False), ("er", {}, None, False)]


def test_options_written_as_arrows_after_a_question(tasks):
    assert steps_of("Which drink is being made: → tea → coffee → cocoa. Then keep the story going.", tasks) == [
        ("sqa", {"question": "Which drink is being made: → tea → coffee → cocoa."}, None, False),
        ("continue", {}, None, False)]


def test_a_quiz_item_label_is_not_in_the_question(tasks):
    assert steps_of("Find her mood; then a quiz item: the teapot is I. red II. blue III. green; then a transcript.",
                    tasks) == [("er", {}, None, False),
                               ("sqa", {"question": "The teapot is I. red II. blue III. green"}, None, False),
                               ("asr", {}, None, False)]


def test_write_the_sequel(tasks):
    assert steps_of("Translate the story into Greek, then write the sequel.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("continue", {}, None, False)]


def test_per_the_recording_is_a_hint(tasks):
    assert steps_of("Why does the teapot leak, per the recording?", tasks) == [
        ("sqa", {"question": "Why does the teapot leak"}, None, False)]


def test_write_all_what_she_say(tasks):
    assert steps_of("This audio is in French language. I want you write all what she say.", tasks) == [
        ("asr", {"language": "fr"}, None, False)]


def test_that_record_after_a_written_record(tasks):
    assert steps_of("We ask for a full written record of the teapot briefing, together with a Dutch rendering of that "
                    "record.", tasks) == [("asr", {}, None, False), ("translate", {"target_lang": "nl"}, 0, False)]


def test_unrelated_to_the_file_as_a_label(tasks):
    assert steps_of("Unrelated to the file: list five teas.", tasks) == [
        ("instruct", {"instruction": "List five teas."}, None, False)]


def test_what_is_said_about_a_topic_in_the_named_clip_in_a_language(tasks):
    assert steps_of("What is said about brewing times in the teapot clip, in Hindi, and what's the mood of the speaker?",
                    tasks) == [("st", {"target_lang": "hi"}, None, False), ("er", {}, None, False)]


# Guards: what must stay as it was.

def test_a_sequel_asked_about_is_a_question(tasks):
    assert one_question("Is there a sequel to the film she mentions?", tasks)


def test_the_record_alone_is_the_recording(tasks):
    assert steps_of("Translate the record into German.", tasks) == [("st", {"target_lang": "de"}, None, False)]


def test_reported_speech_before_a_count_stays_one_question(tasks):
    assert one_question("The guide says, how many people came?", tasks)


def test_per_day_is_no_hint(tasks):
    assert one_question("How many cups per day does she drink?", tasks)


def test_true_or_false_before_a_request_ends_there(tasks):
    steps = steps_of("True or false? Transcribe it.", tasks)
    assert [s[0] for s in steps] == ["sqa", "asr"]


def test_arrows_between_requests_still_cut(tasks):
    assert steps_of("Transcribe it: → then summarise it → then translate to German", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False), ("translate", {"target_lang": "de"}, 1, False)]


def test_while_cooking_the_pasta_is_key_stays_a_question(tasks):
    steps = steps_of("What does Mum say while cooking the pasta is key? In Greek.", tasks)
    assert [s[0] for s in steps] == ["sqa", "translate"]


# Guards from the review of this round (the helper's wordings).

def test_requests_listed_after_arrows_stay_requests(tasks):
    assert steps_of("What I want: → a transcript → a short summary", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False)]


def test_a_sequel_mentioned_is_a_question(tasks):
    assert one_question("Does she mention writing a sequel?", tasks)


def test_a_language_lesson_is_no_speech_language(tasks):
    assert steps_of("French lesson from my tutor. Transcribe it.", tasks) == [("asr", {}, None, False)]


def test_a_count_of_things_after_what_someone_says_is_not_split_off(tasks):
    steps = steps_of("Tell me what the pilot says, and the number of passengers.", tasks)
    assert "sv" not in [s[0] for s in steps]
    steps = steps_of("Give me a summary, with how many minutes the talk lasts.", tasks)
    assert "sv" not in [s[0] for s in steps]


def test_the_record_after_an_implicit_transcript_is_the_recording(tasks):
    assert steps_of("Summarize it, then translate the record into German.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("st", {"target_lang": "de"}, None, False)]


def test_the_recording_is_no_record_referred_back(tasks):
    steps = steps_of("Transcribe the kettle clip. Who speaks first? Then translate the recording into Danish.", tasks)
    assert steps[-1] == ("st", {"target_lang": "da"}, None, False)
