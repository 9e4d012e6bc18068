"""Plans for wordings of the kinds the helper-written sets of round 107 found (issue 10, part 6; tuned on the misses
of heldout290 and 291), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_who_is_talking_then_a_count_after_a_dash(tasks):
    assert steps_of("Who's speaking in the kiln clip — a single potter or a group? Then a transcript.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False)]


def test_options_in_parentheses_end_before_a_semicolon(tasks):
    assert steps_of("Transcript; which kite won (options: Red, Blue); summary of the transcript under 15 words.",
                    tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which kite won (options: Red, Blue)"}, None, False),
        ("summarize", {"max_words": 15}, 0, False)]


def test_someones_words_as_the_source_is_a_hint(tasks):
    assert steps_of("Taking the guide's words as your source, in what year was the mill built?", tasks) == [
        ("sqa", {"question": "In what year was the mill built?"}, None, False)]


def test_a_hint_then_and_tell_me(tasks):
    assert steps_of("Stay with what's in the clip and tell me: where does the ferry stop?", tasks) == [
        ("sqa", {"question": "Where does the ferry stop?"}, None, False)]


def test_shrink_is_a_summary(tasks):
    assert steps_of("Transcribe it, translate that into Czech, then shrink that translation to 15 words.", tasks)[-1] == \
        ("summarize", {"max_words": 15}, 1, False)


def test_how_a_conversation_would_read_in_a_language(tasks):
    assert steps_of("How would the two farmers' chat at the market read in Hungarian?", tasks) == [
        ("st", {"target_lang": "hu"}, None, False)]


def test_a_call_named_then_a_language_after_a_colon(tasks):
    assert steps_of("The last call from the lock keeper on the canal: Polish please.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_a_language_text_of_the_talk(tasks):
    assert steps_of("Korean text of the zookeeper's talk, and a transcript too.", tasks) == [
        ("st", {"target_lang": "ko"}, None, False), ("asr", {}, None, False)]


def test_texting_shes_feelin(tasks):
    assert steps_of("wat does the vet say n how hes feelin", tasks)[-1] == ("er", {}, None, False)


def test_how_many_people_am_i_hearing(tasks):
    assert steps_of("Summarise the clip and tell me how many people I'm hearing.", tasks)[-1] == ("sv", {}, None, False)


def test_a_hint_of_no_words_before_a_question_does_not_crash(tasks):
    # (a guard for a crash this round's first hint rule had, before it was committed)
    assert steps_of("Write it up; which size — i. 2 m, ii. 3 m? — and is it one speaker or more?", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which size — i. 2 m, ii. 3 m?"}, None, False),
        ("sv", {}, None, False)]
