"""Plans for wordings of the kinds the helper-written sets of round 198 found (issue 10, part 6; tuned on the misses
of heldout654 and 655), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ER, SV, sqa, st, steps_of


def test_a_count_and_the_full_text(tasks):
    assert steps_of("Two jobs for the lamp clip: the speaker count and the whole text.", tasks) == [SV, ASR]


def test_a_bare_language_please_then_word_for_word(tasks):
    assert steps_of("What the baker says on the bread tape, Greek please, word for word.", tasks) == [st("el")]


def test_slashed_requests_after_a_label(tasks):
    assert steps_of("lamp clip: how many people talk / which bulb is the lamp for? 1. glass 2. plastic 3. metal / and transcript",
                    tasks) == [SV, sqa("Which bulb is the lamp for? 1. glass 2. plastic 3. metal"), ASR]


def test_between_two_outputs_named_before_a_question(tasks):
    text = ("Transcribe the fable. Between the transcript and the continuation, answer this: who lost the race? "
            "Options: the hare, the fox. Then continue the transcript's story.")
    assert steps_of(text, tasks) == [
        ASR, sqa("Who lost the race? Options: the hare, the fox."), ("continue", {}, 0, False)]


def test_roman_numbered_requests_with_lettered_options_inside(tasks):
    text = ("Please (i) describe the speaker's tone, (ii) answer this: where was the lamp bought? (A) a market "
            "(B) online (C) a friend, and (iii) write out a transcript.")
    assert steps_of(text, tasks) == [ER, sqa("Where was the lamp bought? (A) a market (B) online (C) a friend"), ASR]


def test_single_letter_options_then_a_new_sentence(tasks):
    assert steps_of("Which size is ordered? S, M or L. Summarise the call in ten words.", tasks) == [
        sqa("Which size is ordered? S, M or L."), ("asr", {}, None, True), ("summarize", {"max_words": 10}, 1, False)]


def test_an_initial_stays_inside_its_sentence(tasks):
    assert steps_of("What does J. Smith say about the lamp?", tasks) == [sqa("What does J. Smith say about the lamp?")]


def test_the_language_of_what_is_said(tasks):
    assert steps_of("Tell me the mood, and give me the Greek of what's said.", tasks) == [ER, st("el")]


def test_how_someone_who_talks_about_something_feels(tasks):
    assert steps_of("How is feeling the man who talk about the lamp?", tasks) == [ER]
    assert steps_of("Who talks about the lamp?", tasks) == [sqa("Who talks about the lamp?")]


def test_review_guards_carry_it_forward_in_a_question(tasks):
    assert [s[0] for s in steps_of("Does the manager say they will carry it forward to next year?", tasks)] == ["sqa"]


def test_review_guards_the_full_text_inside_a_question(tasks):
    assert steps_of("Does the narrator read both the title and the full text?", tasks) == [
        sqa("Does the narrator read both the title and the full text?")]


def test_review_guards_between_two_things_asked_about(tasks):
    assert [s[0] for s in steps_of("Between the count and the check, which does the cashier do first?", tasks)] == ["sqa"]
    assert [s[0] for s in steps_of("Between the transcript and the summary, answer: how many people call?", tasks)] == [
        "asr", "summarize", "sqa"]


def test_review_guards_the_language_of_what_is_said_in_a_question(tasks):
    assert [s[0] for s in steps_of("Is the French of what's said formal?", tasks)] != ["st"]
