"""Plans for wordings of the kinds the helper-written sets of round 174 found (issue 10, part 6; tuned on the misses
of heldout558 and 559), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_plus_a_labelled_speaker_count(tasks):
    assert steps_of("summarise + voices: one or several?", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("sv", {}, None, False)]


def test_keep_it_word_for_word_after_a_translation_of_the_speech(tasks):
    assert steps_of("What is the guide telling the visitors about the sundial — in Danish, and keep it word for word.",
                    tasks) == [("st", {"target_lang": "da"}, None, False)]


def test_a_language_then_every_word_someone_says(tasks):
    assert steps_of("Portuguese, please — every word the guide says.", tasks) == [
        ("st", {"target_lang": "pt"}, None, False)]


def test_the_attitude_someone_adopts_while_talking(tasks):
    assert steps_of("What attitude does the keeper adopt while talking about the lamp?", tasks) == [
        ("er", {}, None, False)]


def test_numbered_options_after_a_dashed_choice_lead_in(tasks):
    assert steps_of("Pick the right answer — the kettle was filled 1) at dawn 2) at noon 3) at dusk — then summarise it.",
                    tasks) == [("sqa", {"question": "The kettle was filled 1) at dawn 2) at noon 3) at dusk"}, None, False),
                               ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_after_counting_the_speakers_then_a_choice(tasks):
    assert steps_of("After counting how many people speak, pick the right answer — the kettle was filled 1) at dawn "
                    "2) at noon 3) at dusk — then transcribe it.", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "The kettle was filled 1) at dawn 2) at noon 3) at dusk"}, None, False),
        ("asr", {}, None, False)]


# Guards: what must stay as it was.

def test_speakers_named_after_a_label_are_no_count(tasks):
    assert steps_of("Transcribe it, speakers: Anna and Tom.", tasks) == [("asr", {}, None, False)]


def test_every_word_inside_a_question_stays_a_question(tasks):
    assert steps_of("Does she stress every word the guide says?", tasks) == [
        ("sqa", {"question": "Does she stress every word the guide says?"}, None, False)]


def test_a_tone_someone_is_told_to_adopt_is_a_question(tasks):
    text = "What tone does the manual tell workers to adopt when lifting?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_slashed_options_before_a_question_stay_with_it(tasks):
    assert steps_of("Transcript, then: copper/brass/iron, which kettle does he prefer?", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Copper/brass/iron, which kettle does he prefer?"}, None, False)]


def test_numbered_requests_after_a_dashed_choose_one(tasks):
    assert steps_of("Choose one — 1. transcribe it 2. summarise it", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False)]


def test_after_checking_something_else_stays_in_the_question(tasks):
    assert steps_of("After checking the oven, what did she bake?", tasks) == [
        ("sqa", {"question": "After checking the oven, what did she bake?"}, None, False)]


# Guards from this round's review (wordings of the reviewing helper's own; the first version planned them worse).

def test_a_question_then_pick_with_options_stays_one_question(tasks):
    text = "Where is the bread bin kept, pick the right answer: 1) the pantry 2) the counter"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_options_that_answer_the_speaker_count_stay_one_question(tasks):
    text = "After checking how many people speak, pick the right answer: a) one b) two c) three"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_after_noting_that_one_person_speaks_is_no_speaker_check(tasks):
    text = "After noting that only one person speaks, pick the right answer: the bin is kept (a) in the pantry (b) on the counter"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_every_word_in_a_language_translates_the_speech(tasks):
    assert steps_of("Give me every word they say in French.", tasks) == [("st", {"target_lang": "fr"}, None, False)]


def test_the_tone_the_user_should_take_is_a_question(tasks):
    assert steps_of("What tone should I take when replying to her?", tasks) == [
        ("sqa", {"question": "What tone should I take when replying to her?"}, None, False)]


def test_speakers_label_without_a_question_is_no_count(tasks):
    assert steps_of("Transcribe + speakers: one or more, label each.", tasks) == [("asr", {}, None, False)]
