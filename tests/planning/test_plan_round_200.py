"""Plans for wordings of the kinds the helper-written sets of round 200 found (issue 10, part 6; tuned on the misses
of heldout662 and 663), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, SV, sqa, st, steps_of

IMPLICIT = ("asr", {}, None, True)


def test_a_version_in_a_language_of_a_summary_asked_for(tasks):
    text = "From the stapler demo I need a Czech version of a brief summary, and confirmation that one person talks."
    assert steps_of(text, tasks) == [IMPLICIT, ("summarize", {}, 0, False), ("translate", {"target_lang": "cs"}, 1, False),
                                     SV]


def test_wanting_to_know_whether_after_and(tasks):
    text = "I need the stapler clip typed out and want to know whether a second voice joins."
    assert steps_of(text, tasks) == [ASR, SV]


def test_double_angle_brackets_separate_requests(tasks):
    text = "stapler: translate the audio to Greek >> how many staples fit? [a] 20 [b] 50 >> then a 15-word summary"
    assert steps_of(text, tasks) == [st("el"), sqa("How many staples fit? [a] 20 [b] 50"), IMPLICIT,
                                     ("summarize", {"max_words": 15}, 2, False)]


def test_using_the_text_as_the_start_of_a_continuation(tasks):
    assert steps_of("Transcribe the stapler fable, then use that text as a springboard and continue it.", tasks) == [
        ASR, ("continue", {}, 0, False)]


def test_guards(tasks):
    assert steps_of("the German version of the lecture", tasks) == [st("de")]
    assert steps_of("Transcribe the fable, then continue it.", tasks) == [ASR, ("continue", {}, None, False)]
    assert [s[0] for s in steps_of("Does she get confirmation that it shipped and confirmation that it arrived?",
                                   tasks)] == ["sqa"]


def test_let_me_get_the_words(tasks):
    assert steps_of("lemme get the words from this stapler demo vid, thx", tasks) == [ASR]
    assert steps_of("let me get the words from the stapler clip", tasks) == [ASR]


def test_the_words_in_text_form(tasks):
    assert steps_of("give me the words in the office stapler review in text form", tasks) == [ASR]


def test_a_mood_word_about_a_story_character_in_a_statement(tasks):
    assert steps_of("This clip starts a fairy tale about a grumpy stapler. Keep it going.", tasks) == [
        ("continue", {}, None, False)]
    assert steps_of("How does the narrator sound in the tale about a grumpy stapler?", tasks) == [("er", {}, None, False)]


def test_whether_more_than_one_person_is_involved(tasks):
    assert steps_of("Check the stapler call and find out whether two people are involved.", tasks) == [SV]
    assert [s[0] for s in steps_of("Find out if two people are involved in the accident.", tasks)] == ["sqa"]


def test_the_right_option_for_a_quoted_question(tasks):
    assert steps_of("Give the right option for 'how full is the stapler? A - empty, B - full'.", tasks) == [
        sqa("How full is the stapler? A - empty, B - full")]


def test_review_guards(tasks):
    assert [s[0] for s in steps_of("What does the tutor mean when she writes y >> 3?", tasks)] == ["sqa"]
    assert steps_of("Summarise the notice: guests bring food and need to know if the hall is open.", tasks) == [
        IMPLICIT, ("summarize", {}, 0, False)]
    assert steps_of("Transcribe the fable, then continue it from the audio instead of using that text.", tasks) == [
        ASR, ("continue", {}, None, False)]
