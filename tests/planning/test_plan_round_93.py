"""Plans for wordings of the kinds the helper-written sets of round 93 found (issue 10, part 6; tuned on the misses
of heldout233 and 235), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_lemme_know_is_let_me_know(tasks):
    assert steps_of("type up the ferry call and lemme know if a second voice joins", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_finish_with_someones_tone(tasks):
    assert steps_of("Which pie wins? • apple • cherry. And finish with the judge's tone.", tasks) == [
        ("sqa", {"question": "Which pie wins? • apple • cherry."}, None, False), ("er", {}, None, False)]


def test_and_without_outside_knowledge_is_part_of_the_hint(tasks):
    assert steps_of("Going by the recording, and without outside knowledge, who baked the cake?", tasks) == [
        ("sqa", {"question": "Who baked the cake?"}, None, False)]


def test_pick_up_a_story_named_with_several_words(tasks):
    assert steps_of("Pick up the farm-stay bedtime story where the grandad stops.", tasks) == [
        ("continue", {}, None, False)]


def test_how_someone_at_a_place_sounds(tasks):
    assert steps_of("Tell me how the guide in the museum hall sounds.", tasks) == [("er", {}, None, False)]
    # how loud a thing at a place sounds stays a question
    assert steps_of("how loud the siren on the truck sounds", tasks)[0][0] == "sqa"


def test_a_question_quoted_whole_loses_its_quotes(tasks):
    assert steps_of("Transcribe it; then 'Which bus is late? a) the 12 b) the 40'; finally the driver's mood.",
                    tasks) == [("asr", {}, None, False),
                               ("sqa", {"question": "Which bus is late? a) the 12 b) the 40"}, None, False),
                               ("er", {}, None, False)]


def test_whether_someone_speaks_throughout(tasks):
    assert steps_of("say whether the chef speaks throughout", tasks) == [("sv", {}, None, False)]
    assert steps_of("does the chef speak about the soup throughout?", tasks) == [
        ("sqa", {"question": "Does the chef speak about the soup throughout?"}, None, False)]


def test_and_last_after_options_starts_a_request(tasks):
    assert steps_of("Which ride? (a) ferris wheel (b) carousel — and last, summarise it.", tasks) == [
        ("sqa", {"question": "Which ride? (a) ferris wheel (b) carousel"}, None, False),
        ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_someones_remarks_as_a_label_before_the_words_in_a_language(tasks):
    assert steps_of("Bakery closing remarks: the words in Persian", tasks) == [("st", {"target_lang": "fa"}, None, False)]
