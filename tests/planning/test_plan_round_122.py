"""Plans for wordings of the kinds the helper-written sets of round 122 found (issue 10, part 6; tuned on the misses
of heldout350 and 351), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_the_answer_in_a_language_after_what_is_said(tasks):
    assert steps_of("What is the warden telling the kids? Give the answer in Czech.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]
    assert steps_of("What is the pupil's reply? Put the answer in Czech.", tasks)[0][0] == "sqa"
    assert steps_of("What is said? Write it down, then translate the answer into Czech.", tasks)[0] == (
        "asr", {}, None, False)


def test_what_someone_tells_people_in_a_language(tasks):
    assert steps_of("what does the woman at the jam stall tell people? german pls", tasks) == [
        ("st", {"target_lang": "de"}, None, False)]
    assert steps_of("What does the woman tell people about the jam?", tasks)[0][0] == "sqa"


def test_im_after_someones_remarks_in_a_language(tasks):
    assert steps_of("I'm after the stewards' comments in Danish.", tasks) == [("st", {"target_lang": "da"}, None, False)]


def test_a_ruling_is_what_someone_says(tasks):
    assert steps_of("Referee's ruling on the last throw, Swedish please.", tasks) == [
        ("st", {"target_lang": "sv"}, None, False)]
    assert steps_of("What was the referee's ruling on the last throw?", tasks)[0][0] == "sqa"


def test_how_would_you_describe_someones_tone(tasks):
    assert steps_of("How would you describe the steward's tone?", tasks) == [("er", {}, None, False)]
    assert steps_of("Is he cross? How would you describe his tone?", tasks) == [("er", {}, None, False)]
    assert steps_of("How would you describe the route?", tasks)[0][0] == "sqa"


def test_a_tone_in_a_list_of_requests(tasks):
    assert steps_of("Two things from the forge clip: the number of voices, the smith's attitude, and a Thai "
                    "translation.", tasks) == [("sv", {}, None, False), ("er", {}, None, False),
                                              ("st", {"target_lang": "th"}, None, False)]


def test_options_after_a_dash_without_a_question_mark(tasks):
    assert steps_of("write it out; whats the second knot shown — i) reef ii) bowline iii) hitch; then sum it up in "
                    "10 words", tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "Whats the second knot shown — i) reef ii) bowline iii) hitch"}, None, False),
        ("summarize", {"max_words": 10}, 0, False)]


def test_numbered_options_in_parentheses(tasks):
    assert steps_of("Count the voices, then which stall sells cider (1. The Barn 2. The Mill 3. The Yard), then "
                    "translate the recording to Thai", tasks) == [
        ("sv", {}, None, False),
        ("sqa", {"question": "Which stall sells cider (1. The Barn 2. The Mill 3. The Yard)"}, None, False),
        ("st", {"target_lang": "th"}, None, False)]
    assert steps_of("Do two things (1. transcribe it 2. summarise it).", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False)]


def test_a_hint_naming_the_recording_by_a_pronoun(tasks):
    assert steps_of("Listen to the clip and, going only by it, what time does the ferry leave?", tasks) == [
        ("sqa", {"question": "What time does the ferry leave?"}, None, False)]


def test_bulleted_prices_after_a_question(tasks):
    assert steps_of("Transcribe it, answer this: what does the map cost? • €3 • €7 • €9 — and then continue the "
                    "story.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "What does the map cost? • €3 • €7 • €9"}, None, False),
        ("continue", {}, None, False)]
