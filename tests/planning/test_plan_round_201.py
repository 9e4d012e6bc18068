"""Plans for wordings of the kinds the helper-written sets of round 201 found (issue 10, part 6; tuned on the misses
of heldout670, 671, 674, 675, 678 and 679), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ER, SV, sqa, st, steps_of

IMPLICIT = ("asr", {}, None, True)


def test_who_all_is_in_the_recording_then_a_count(tasks):
    assert steps_of("Who all is in the kettle podcast, one voice or several? Then, what colour is the kettle?", tasks) == [
        SV, sqa("What colour is the kettle?")]
    assert steps_of("Who all is in the kettle podcast?", tasks) == [sqa("Who all is in the kettle podcast?")]


def test_a_second_request_with_its_language_first(tasks):
    assert steps_of("Transcribe the kettle advert and, in Korean, what the presenter says.", tasks) == [ASR, st("ko")]


def test_the_audio_in_a_language_please_then_what_is_said(tasks):
    assert steps_of("kettle vid in french pls, what does she say", tasks) == [st("fr")]
    assert steps_of("the kettle vid is in french, what does she say", tasks) == [("asr", {"language": "fr"}, None, False)]


def test_only_what_is_spoken_after_a_language(tasks):
    assert steps_of("Kettle descaling instructions in Greek, only what's spoken.", tasks) == [st("el")]
    assert steps_of("The descaling instructions in Greek, just what is said.", tasks) == [st("el")]
    assert steps_of("The kettle fable, in Dutch, word for word.", tasks) == [st("nl")]


def test_options_after_a_colon_closed_by_a_semicolon(tasks):
    text = "Type up the kettle clip; which setting boils fastest? Options: eco, turbo, normal; a 15-word summary after."
    assert steps_of(text, tasks) == [ASR, sqa("Which setting boils fastest? Options: eco, turbo, normal"),
                                     ("summarize", {"max_words": 15}, 0, False)]
    assert steps_of("Where is it kept? Options: by the sink; on the shelf; in the cupboard", tasks) == [
        sqa("Where is it kept? Options: by the sink; on the shelf; in the cupboard")]


def test_someones_bit_in_a_language(tasks):
    assert steps_of("uncle's bit about the whistling kettle in spanish??", tasks) == [st("es")]
    assert steps_of("What is uncle's part in the story?", tasks) == [sqa("What is uncle's part in the story?")]


def test_a_translation_of_what_is_said_is_no_hint(tasks):
    text = "Three things: an Italian translation of what's said, the answer to 'Why does the kettle click off?', and a " \
           "25-word summary."
    assert steps_of(text, tasks) == [st("it"), sqa("Why does the kettle click off?"), IMPLICIT,
                                     ("summarize", {"max_words": 25}, 2, False)]
    assert steps_of("From what is said in the clip, how hot does the kettle get?", tasks) == [
        sqa("How hot does the kettle get?")]


def test_and_after_for_afterwards(tasks):
    assert steps_of("I am need the text of this kettle audio and after a short resume of it.", tasks) == [
        ASR, ("summarize", {}, 0, False)]
    assert [s[0] for s in steps_of("Is there a beep before the boil and after a click?", tasks)] == ["sqa"]


def test_all_the_words_he_says(tasks):
    assert steps_of("Is it one man or many? And write all words he say.", tasks) == [SV, ASR]
    assert steps_of("Write all the words the seller says.", tasks) == [ASR]
    assert steps_of("Give me all the words she says in French.", tasks) == [st("fr")]


def test_a_one_line_note_on_the_tone(tasks):
    assert steps_of("The kettle demo in Polish, then a one-line note on her tone.", tasks) == [st("pl"), ER]
    assert steps_of("A two-sentence description of his mood.", tasks) == [ER]


def test_roman_options_after_a_dash_inside_a_list_of_requests(tasks):
    text = "Transcribe the kettle review, then which model wins — i. steel ii. glass iii. plastic — and describe her tone."
    assert steps_of(text, tasks) == [ASR, sqa("Which model wins — i. steel ii. glass iii. plastic"), ER]


def test_the_audios_text(tasks):
    assert steps_of("Get me the kettle podcast's text.", tasks) == [ASR]
    assert steps_of("I need the clip text.", tasks) == [ASR]
    text = "Get me the kettle podcast's text (Swedish speaker, Swedish speech), then translate that text into English."
    assert steps_of(text, tasks) == [("asr", {"language": "sv"}, None, False), ("translate", {"target_lang": "en"}, 0, False)]
    assert [s[0] for s in steps_of("Does the podcast text match the ad?", tasks)] == ["sqa"]


def test_not_common_sense_as_a_hint(tasks):
    assert steps_of("Relying on the recording and not on common sense, how long does the kettle take?", tasks) == [
        sqa("How long does the kettle take?")]


def test_heads_up_before_the_speech_language(tasks):
    assert steps_of("Heads up, the kettle review is in Turkish. I just need it written down.", tasks) == [
        ("asr", {"language": "tr"}, None, False)]
    assert steps_of("FYI, the kettle review is in Turkish. Transcribe it.", tasks) == [("asr", {"language": "tr"}, None, False)]


def test_a_step_named_by_its_number(tasks):
    text = "Step 1: summarise the kettle ad in thirty words. Step 2: translate the step 1 summary into Czech."
    assert steps_of(text, tasks) == [IMPLICIT, ("summarize", {"max_words": 30}, 0, False),
                                     ("translate", {"target_lang": "cs"}, 1, False)]


def test_the_narrator_of_a_story_stays_the_same(tasks):
    assert steps_of("Does the narrator of the kettle story stay the same all the way through? Then continue it.",
                    tasks) == [SV, ("continue", {}, None, False)]
    assert [s[0] for s in steps_of("Does the price stay the same?", tasks)] == ["sqa"]


def test_a_count_listed_after_a_colon_without_or(tasks):
    assert steps_of("Who's speaking: one person, several? Then what does the kettle cost?", tasks) == [
        SV, sqa("What does the kettle cost?")]


def test_what_someone_says_when_something_happens_in_a_language(tasks):
    assert steps_of("What the seller says when the kettle whistles, in Hindi.", tasks) == [st("hi")]
    assert steps_of("What does the seller say when the kettle whistles?", tasks) == [
        sqa("What does the seller say when the kettle whistles?")]


def test_a_speaker_check_asked_for_twice_is_one(tasks):
    text = "I want to know if the kettle memo was left by one person or by several. Transcript please, then the " \
           "speaker check."
    assert steps_of(text, tasks) == [ASR, SV]
    assert steps_of("Is it one speaker or more? Then transcribe it.", tasks) == [SV, ASR]


def test_review_mends(tasks):
    """Wordings the round's review found made worse by a first version of it, planned as before."""
    for text in ("Does the story stay the same all the way through?", "Does the same bus go through the city centre?",
                 "Is grandma's part in French?", "What is my uncle's part in Spanish called?",
                 "Assuming the speaker is the manager, what does she want?",
                 "Going by common sense rather than the clip, is the plan safe?"):
        assert [s[0] for s in steps_of(text, tasks)] == ["sqa"], text
    assert steps_of("What was the uncle's part in the robbery? Answer in German.", tasks) == [
        sqa("What was the uncle's part in the robbery?"), ("translate", {"target_lang": "de"}, 0, False)]
    assert steps_of("Which number does he pick? Options: 9, 10, 11; or none of them.", tasks) == [
        sqa("Which number does he pick? Options: 9, 10, 11; or none of them.")]
    assert steps_of("Which drink? Options: tea, coffee, water; pick one and explain.", tasks) == [
        sqa("Which drink? Options: tea, coffee, water; pick one and explain.")]
    assert steps_of("The lecture in German, just what's said.", tasks) == [st("de")]


def test_a_moment_named_before_a_language_asked_after(tasks):
    assert steps_of("What do the guests yell when the kettle boils over? In Czech, please.", tasks) == [st("cs")]
    assert [s[0] for s in steps_of("What does Dad say while boiling the kettle is best? In Czech.", tasks)] == [
        "sqa", "translate"]
