"""Plans for wordings of the kinds the helper-written sets of round 94 found (issue 10, part 6; tuned on the misses
of heldout237 and 239), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_and_end_with_after_options_starts_a_request(tasks):
    assert steps_of("Which cake wins? (a) lemon (b) carrot — and end with a summary in 15 words.", tasks) == [
        ("sqa", {"question": "Which cake wins? (a) lemon (b) carrot"}, None, False),
        ("asr", {}, None, True), ("summarize", {"max_words": 15}, 1, False)]


def test_and_last_a_request_after_options(tasks):
    assert steps_of("Transcribe the tour first, then which room is closed? A) the attic B) the cellar — and last a "
                    "Greek translation of the transcript.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which room is closed? A) the attic B) the cellar"}, None, False),
        ("translate", {"target_lang": "el"}, 0, False)]


def test_three_things_in_order_announces_the_list(tasks):
    assert steps_of("Three things, in order: the usher's tone; 'Is the show sold out? (a) yes (b) no'; and a summary.",
                    tasks) == [("er", {}, None, False),
                               ("sqa", {"question": "Is the show sold out? (a) yes (b) no"}, None, False),
                               ("asr", {}, None, True), ("summarize", {}, 2, False)]


def test_a_talk_named_with_several_words_in_a_language(tasks):
    assert steps_of("I'd like the ferry safety talk in Romanian.", tasks) == [("st", {"target_lang": "ro"}, None, False)]


def test_someones_verdict_in_a_language_is_their_words(tasks):
    assert steps_of("The pie judge's verdict in Czech — what does he say?", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]
    assert steps_of("What is the judge's verdict?", tasks) == [
        ("sqa", {"question": "What is the judge's verdict?"}, None, False)]
