"""Plans for wordings of the kinds the helper-written sets of round 109 found (issue 10, part 6; tuned on the misses
of heldout298 and 299), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_how_the_patter_would_go_in_a_language(tasks):
    assert steps_of("How would the stallholder's spiel go in Finnish?", tasks) == [
        ("st", {"target_lang": "fi"}, None, False)]


def test_a_language_lead_before_someones_shouts(tasks):
    assert steps_of("Greek, please: the coach's shouts in this clip.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_the_rules_in_a_word_limit_are_a_summary(tasks):
    assert steps_of("Give me the raffle rules in 20 words, then tell me the host's mood.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 20}, 0, False), ("er", {}, None, False)]


def test_one_judge_or_a_panel(tasks):
    assert steps_of("Transcribe the show, then work out if there's one judge or a panel.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_a_second_language_after_and(tasks):
    assert steps_of("Transcribe it, then translate the transcript into Italian and Greek.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "it"}, 0, False),
        ("translate", {"target_lang": "el"}, 0, False)]
    assert steps_of("Hindi, please: what is the porter shouting?", tasks) == [("st", {"target_lang": "hi"}, None, False)]


def test_the_people_talk_in_a_language(tasks):
    assert steps_of("Write down the words of this market clip, the people talk in Spanish.", tasks) == [
        ("asr", {"language": "es"}, None, False)]


def test_would_you_say_is_a_tag(tasks):
    assert steps_of("How does the auctioneer sound, would you say?", tasks) == [("er", {}, None, False)]


def test_a_hint_then_find_the_answer(tasks):
    assert steps_of("From this clip and nowhere else, find the answer: does the fair open on Sunday?", tasks) == [
        ("sqa", {"question": "Does the fair open on Sunday?"}, None, False)]


def test_along_with_an_indication_of_how_many_speakers(tasks):
    assert steps_of("A transcript of the clip along with an indication of how many people speak.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]
