"""Plans for wordings of the kinds the helper-written sets of round 116 found (issue 10, part 6; tuned on the misses
of heldout326 and 327), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_lettered_requests_without_opening_brackets(tasks):
    assert steps_of("a) transcribe the lecture b) put the transcript into Greek", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "el"}, 0, False)]
    assert steps_of("What does she order? a) tea b) coffee", tasks) == [
        ("sqa", {"question": "What does she order? a) tea b) coffee"}, None, False)]


def test_an_ampersand_inside_a_noun(tasks):
    assert steps_of("Translate the Q&A into Italian, and tell me whether the host is the only speaker.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("sv", {}, None, False)]


def test_hints_with_actually_and_only_source(tasks):
    assert steps_of("When does the ferry leave? Answer from what the captain actually says.", tasks) == [
        ("sqa", {"question": "When does the ferry leave?"}, None, False)]
    assert steps_of("Taking the guide's account as the only source, why was the cave closed?", tasks) == [
        ("sqa", {"question": "Why was the cave closed?"}, None, False)]


def test_how_many_of_them_after_people_named(tasks):
    assert steps_of("What the rowers shout to each other, in Polish, and how many of them there are.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("sv", {}, None, False)]


def test_tone_of_someones_voice_as_a_bullet(tasks):
    assert steps_of("Quiz audio. • Summary, max 20 words • Tone of the quizmaster's voice", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 20}, 0, False), ("er", {}, None, False)]


def test_items_counted_with_capitalised_number_words(tasks):
    assert steps_of("Two jobs. One, is it one voice? Two, Which port is it? i) Dover ii) Calais.", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "Which port is it? i) Dover ii) Calais."}, None, False)]


def test_numbered_options_after_described_as(tasks):
    assert steps_of("first the mood, then pick one: is the cheese described as 1) mild 2) sharp 3) smoky, then a summary",
                    tasks) == [
        ("er", {}, None, False), ("sqa", {"question": "Is the cheese described as 1) mild 2) sharp 3) smoky"}, None, False),
        ("asr", {}, None, True), ("summarize", {}, 2, False)]


def test_language_lead_then_a_monologue_or_a_briefing(tasks):
    assert steps_of("Spanish, please — the villain's monologue from the pantomime.", tasks) == [
        ("st", {"target_lang": "es"}, None, False)]
    assert steps_of("Ferry safety briefing in Turkish. How calm does the purser sound?", tasks) == [
        ("st", {"target_lang": "tr"}, None, False), ("er", {}, None, False)]
    assert steps_of("Summarise the safety briefing in Turkish.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "tr"}, 1, False)]


def test_after_the_question_before_a_request(tasks):
    assert steps_of("Transcribe it, and after the question say if its one speaker.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_before_that_opening_a_request(tasks):
    assert steps_of("Who took the keys? (a) the porter (b) the guest. Before that, tell me how he sounds, and after it "
                    "translate the recording into Dutch.", tasks) == [
        ("er", {}, None, False), ("sqa", {"question": "Who took the keys? (a) the porter (b) the guest."}, None, False),
        ("st", {"target_lang": "nl"}, None, False)]
    assert steps_of("Does the guide sound (a) bored (b) keen? Before that question, transcribe; after it, continue the "
                    "story.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Does the guide sound (a) bored (b) keen?"}, None, False),
        ("continue", {}, None, False)]


def test_a_relative_which_clause_inside_a_question(tasks):
    """Found in review of rounds 114-115: ", which ...?" splits only after a request, not inside a question."""
    assert steps_of("Who won the regatta, which took place in Cowes?", tasks) == [
        ("sqa", {"question": "Who won the regatta, which took place in Cowes?"}, None, False)]


def test_when_that_is_done_is_no_question(tasks):
    """Found in review: "— when that's done," is not cut off as a question of its own."""
    assert steps_of("Transcribe it — when that's done, summarise it.", tasks) == [
        ("asr", {}, None, False), ("summarize", {}, 0, False)]


def test_just_a_person_only_when_asked_who_is_on_the_recording(tasks):
    """Found in review: "just/only the X ..." is a speaker check only after "is it" (or alone after a dash)."""
    assert steps_of("Did the critic praise only the chef throughout the review?", tasks) == [
        ("sqa", {"question": "Did the critic praise only the chef throughout the review?"}, None, False)]
    assert steps_of("Did she thank just the waiter or the chef?", tasks) == [
        ("sqa", {"question": "Did she thank just the waiter or the chef?"}, None, False)]


def test_yes_no_and_answers_are_no_options(tasks):
    """Found in review: "Yes, no problem." and "The answers are ..." are not options of the question before."""
    assert steps_of("Is the shop open? Yes, no problem. Then transcribe it.", tasks) == [
        ("sqa", {"question": "Is the shop open?"}, None, False), ("asr", {}, None, False)]
    assert steps_of("What does the quizmaster ask? The answers are read out at the end.", tasks) == [
        ("sqa", {"question": "What does the quizmaster ask?"}, None, False)]
