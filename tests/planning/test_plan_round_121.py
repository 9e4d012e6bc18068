"""Plans for wordings of the kinds the helper-written sets of round 121 found (issue 10, part 6; tuned on the misses
of heldout346 and 347), with wordings of their own, not the sets'; and the faults a review of round 120 found. The
rules alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

# --- found in review of round 120 ---


def test_note_that_something_down_is_a_request(tasks):
    assert steps_of("Note that phone call down.", tasks) == [("asr", {}, None, False)]


def test_did_they_give_the_briefing_in_a_language_is_a_question(tasks):
    assert steps_of("Did they read the briefing in Welsh?", tasks)[0][0] == "sqa"
    assert steps_of("Do the briefing in Polish.", tasks) == [("st", {"target_lang": "pl"}, None, False)]


def test_switching_languages_is_no_other_speaker(tasks):
    assert steps_of("Does the host speak the whole time or switch to English?", tasks) == [
        ("sqa", {"question": "Does the host speak the whole time or switch to English?"}, None, False)]


def test_how_many_there_are_after_things_named(tasks):
    assert steps_of("What do the children build, and how many there are?", tasks)[-1] == (
        "sqa", {"question": "How many there are?"}, None, False)
    assert steps_of("Tell me what the guests chat about and how many there are.", tasks)[-1] == ("sv", {}, None, False)


def test_one_man_or_two_and_people_on_the_tape(tasks):
    assert steps_of("One man or two?", tasks) == [("sv", {}, None, False)]
    assert steps_of("People on the voicemail: one or several?", tasks) == [("sv", {}, None, False)]


def test_the_same_remarks_as_they_would_read(tasks):
    assert steps_of("Those same warnings as they would read in Italian.", tasks) == [
        ("st", {"target_lang": "it"}, None, False)]


def test_the_write_up_after_a_summary_is_the_summary(tasks):
    assert steps_of("Summarise it, then translate the write-up to Czech.", tasks)[-1] == (
        "translate", {"target_lang": "cs"}, 1, False)


def test_animals_you_really_hear_are_no_speakers(tasks):
    assert steps_of("How many geese can you really hear?", tasks) == [
        ("sqa", {"question": "How many geese can you really hear?"}, None, False)]




# --- round 121 ---

def test_whose_voices_then_a_count(tasks):
    assert steps_of("Whose voices are those, one woman's or several?", tasks) == [("sv", {}, None, False)]


def test_multiple_choice_before_a_statement_stem(tasks):
    assert steps_of("Translate it to Greek; multiple choice, the bus leaves: [a] at six [b] at nine.", tasks) == [
        ("st", {"target_lang": "el"}, None, False),
        ("sqa", {"question": "The bus leaves: [a] at six [b] at nine."}, None, False)]


def test_gimme_the_words(tasks):
    assert steps_of("gimme the words from the fete clip + is it one lady or a few?", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


# --- found in review of round 121 (in this session, before it landed) ---

def test_speaker_number_two_is_no_speaker_count(tasks):
    assert steps_of("What does speaker number three say?", tasks) == [("asr", {}, None, False)]


def test_note_that_something_slows_down(tasks):
    assert steps_of("Note that the tour guide slows down near the end; transcribe it.", tasks) == [("asr", {}, None, False)]


def test_do_their_banter_in_a_language(tasks):
    assert steps_of("Do his briefing in Czech.", tasks) == [("st", {"target_lang": "cs"}, None, False)]


def test_a_title_as_it_would_read(tasks):
    assert steps_of("The name the host gives the talk as it would read in Dutch.", tasks)[0][0] == "sqa"


def test_translate_the_answer_after_an_explicit_transcript(tasks):
    assert steps_of("What is said? Transcribe it, then translate the answer into Czech.", tasks) == [
        ("asr", {}, None, False), ("st", {"target_lang": "cs"}, None, False)]


def test_a_question_before_one_man_or_two(tasks):
    assert steps_of("Who fixes the roof: one man or two?", tasks) == [
        ("sqa", {"question": "Who fixes the roof: one man or two?"}, None, False)]


def test_people_mentioned_are_not_counted_as_voices(tasks):
    assert steps_of("Women named in the podcast: one, two, more?", tasks) == [
        ("sqa", {"question": "Women named in the podcast: one, two, more?"}, None, False)]

