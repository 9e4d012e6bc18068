"""Plans for wordings of the kinds the helper-written sets of round 170 found (issue 10, part 6; tuned on the misses
of heldout542 and 543), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_along_with_a_note_on_something_is_a_request(tasks):
    assert steps_of("I want the talk in Polish along with a note on how many voices there are.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("sv", {}, None, False)]


def test_someones_account_in_a_language(tasks):
    assert steps_of("The ranger's account, in Greek, and the number of speakers.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("sv", {}, None, False)]


def test_second_this_question_after_first(tasks):
    assert steps_of("First how many speakers, second this question: where is the kiln? Third a summary.", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "Where is the kiln?"}, None, False),
        ("asr", {}, None, True), ("summarize", {}, 2, False)]


def test_a_question_named_in_a_list_of_requests(tasks):
    assert steps_of("Transcript in Spanish, a quick question — is the mill open on Sundays? — and a summary.",
                    tasks) == [
        ("asr", {"language": "es"}, None, False), ("sqa", {"question": "Is the mill open on Sundays?"}, None, False),
        ("summarize", {}, 0, False)]


# Guards: what must stay as it was.

def test_one_question_along_with_a_note_on_another_thing(tasks):
    assert steps_of("Tell me who won, along with a note on the weather.", tasks) == [
        ("sqa", {"question": "Who won, along with a note on the weather."}, None, False)]


def test_someones_account_number_is_a_question(tasks):
    assert steps_of("What's the caller's account number?", tasks) == [
        ("sqa", {"question": "What's the caller's account number?"}, None, False)]




# Guards from this round's review (its regressions, mended or their rule withdrawn).

def test_a_note_on_the_translation_itself_is_no_request(tasks):
    assert steps_of("Translate it into Italian along with a note on idioms that were hard to translate", tasks) == [
        ("st", {"target_lang": "it"}, None, False)]


def test_a_question_named_after_answer_this(tasks):
    assert steps_of("Answer this, a quick question: is the speaker male?", tasks) == [
        ("sqa", {"question": "Is the speaker male?"}, None, False)]


def test_a_question_named_after_a_question(tasks):
    assert steps_of("What does the host ask, the trivia question: which year did it happen?", tasks)[0][0] == "sqa"
    assert len(steps_of("What does the host ask, the trivia question: which year did it happen?", tasks)) == 1
