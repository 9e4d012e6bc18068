"""Plans for wordings of the kinds the helper-written sets of round 115 found (issue 10, part 6; tuned on the misses
of heldout322 and 323), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_what_a_crowd_chants_in_a_language(tasks):
    assert steps_of("What are the rugby supporters chanting, in French?", tasks) == [
        ("st", {"target_lang": "fr"}, None, False)]
    assert steps_of("What is the crowd chanting, in Italian?", tasks) == [("st", {"target_lang": "it"}, None, False)]


def test_numbers_and_letters_with_em_dashes_are_options(tasks):
    assert steps_of("Which lane does she swim in? 1 — the first, 2 — the fourth, 3 — the sixth. Then a transcript.",
                    tasks) == [
        ("sqa", {"question": "Which lane does she swim in? 1 — the first, 2 — the fourth, 3 — the sixth."}, None, False),
        ("asr", {}, None, False)]
    assert steps_of("What delayed the bus? A — snow, B — a puncture, C — traffic. Then how the driver sounds.",
                    tasks) == [
        ("sqa", {"question": "What delayed the bus? A — snow, B — a puncture, C — traffic."}, None, False),
        ("er", {}, None, False)]


def test_next_to_inside_listed_options(tasks):
    expected = "Where is the cash machine? Options: behind the bank{0} next to the chemist{0} by the fountain."
    for mark in (";", ","):
        assert steps_of(expected.format(mark) + " Then the speaker's tone.", tasks) == [
            ("sqa", {"question": expected.format(mark)}, None, False), ("er", {}, None, False)]
    assert steps_of("Transcribe it, next to translate it into French.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "fr"}, 0, False)]


def test_yes_no_options_after_a_question(tasks):
    assert steps_of("Give me her mood; then pick one — Did the fox escape? yes, no, not said; lastly, transcribe it.",
                    tasks) == [
        ("er", {}, None, False), ("sqa", {"question": "Did the fox escape? yes, no, not said"}, None, False),
        ("asr", {}, None, False)]


def test_not_on_what_you_know_in_a_hint(tasks):
    assert steps_of("Answer from the recording, not from what you know about ferries: when does the last boat go?",
                    tasks) == [("sqa", {"question": "When does the last boat go?"}, None, False)]


def test_someone_is_using_a_language(tasks):
    assert steps_of("Please transcribe the auction. The auctioneer is using Greek.", tasks) == [
        ("asr", {"language": "el"}, None, False)]


def test_keeping_it_under_a_limit_after_a_polite_question(tasks):
    assert steps_of("Would you summarise the safety talk in Danish, keeping it under 40 words?", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 40}, 0, False),
        ("translate", {"target_lang": "da"}, 1, False)]
