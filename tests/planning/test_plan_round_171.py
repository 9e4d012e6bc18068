"""Plans for wordings of the kinds the helper-written sets of round 171 found (issue 10, part 6; tuned on the misses
of heldout546 and 547), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_how_bout_someones_words_in_a_language(tasks):
    assert steps_of("how bout the boat guys words in swedish", tasks) == [("st", {"target_lang": "sv"}, None, False)]


def test_write_exactly_what_someone_says(tasks):
    assert steps_of("Type exactly what the farrier says.", tasks) == [("asr", {}, None, False)]


def test_a_speaking_language_then_btw_before_a_dash(tasks):
    assert steps_of("The guide speaks Czech btw — write it all out", tasks) == [("asr", {"language": "cs"}, None, False)]


def test_indicate_the_correct_option_is_a_lead_in(tasks):
    assert steps_of("Transcribe it; then indicate the correct option: The oven burns (A) wood, (B) coal.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "The oven burns (A) wood, (B) coal."}, None, False)]


def test_along_with_a_sense_of_how_the_speaker_feels(tasks):
    assert steps_of("A German version of the talk, along with a sense of how the speaker is feeling.", tasks) == [
        ("st", {"target_lang": "de"}, None, False), ("er", {}, None, False)]


# Guards: what must stay as it was.

def test_exactly_what_someone_wants_is_a_question(tasks):
    assert steps_of("Tell me exactly what the farrier wants.", tasks) == [
        ("sqa", {"question": "Tell me exactly what the farrier wants."}, None, False)]


def test_along_with_a_sense_of_a_place_stays_in_the_question(tasks):
    assert steps_of("Tell me what she said, along with a sense of where she was.", tasks) == [
        ("sqa", {"question": "What she said, along with a sense of where she was."}, None, False)]


def test_how_about_something_else_is_a_question(tasks):
    assert steps_of("How about the weather in Spain?", tasks) == [
        ("sqa", {"question": "How about the weather in Spain?"}, None, False)]


# Guards from this round's review (its regressions, mended).

def test_the_readers_language_before_btw_and_a_dash(tasks):
    assert steps_of("My grandma speaks Polish btw — translate it for her", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_roughly_what_someone_says_is_no_verbatim_transcript(tasks):
    assert steps_of("Tell me roughly what she says.", tasks) == [
        ("sqa", {"question": "Tell me roughly what she says."}, None, False)]


def test_a_sense_of_how_a_character_feels_is_no_emotion(tasks):
    assert steps_of("Continue the story, along with a sense of how the hero feels.", tasks) == [
        ("continue", {}, None, False)]


# After the round: a wording left from session 44's sets (its base plan was wrong too).

def test_who_all_is_talking_is_a_speaker_check(tasks):
    assert steps_of("Who all are speaking on this tape?", tasks) == [("sv", {}, None, False)]


def test_who_all_is_talking_about_something_is_a_question(tasks):
    assert steps_of("Who all is talking about the flood?", tasks) == [
        ("sqa", {"question": "Who all is talking about the flood?"}, None, False)]
