"""Plans for wordings of the kinds the helper-written sets of round 133 found (issue 10, part 6; tuned on the misses
of heldout394 and 395, and on the wordings left by session 32), with wordings of their own, not the sets'. The rules
alone are checked (``second_opinion=False``), except where the learned second opinion is the point."""

from __future__ import annotations

from plan_support import steps_of

from wavllm_agent.planning import plan_rules
from wavllm_agent.planning.learned import Guess
from wavllm_agent.planning.second_opinion import reconsider

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
CONTINUE = ("continue", {}, None, False)


def test_roman_options_with_full_stops_inside_a_question(tasks):
    assert steps_of("Was the keeper i. relieved ii. furious iii. bored?", tasks) == [
        ("sqa", {"question": "Was the keeper i. relieved ii. furious iii. bored?"}, None, False)]
    assert steps_of("Translate it into Polish, then: the crowd cheered for I. the red cart II. the blue cart "
                    "III. the green cart.", tasks)[1:] == [
        ("sqa", {"question": "The crowd cheered for I. the red cart II. the blue cart III. the green cart."}, None,
         False)]


def test_requests_numbered_by_letters_or_romans_with_full_stops(tasks):
    assert steps_of("i. transcribe the pitch ii. translate it into Czech iii. summarise it", tasks) == [
        ASR, ("translate", {"target_lang": "cs"}, 0, False), ("summarize", {}, 1, False)]
    assert steps_of("a. write out what he says b. count the speakers", tasks) == [ASR, SV]


def test_continuing_from_the_written_version(tasks):
    assert steps_of("Type up the fable, then carry on the tale from the written version.", tasks) == [
        ASR, ("continue", {}, 0, False)]


def test_a_label_then_words_in_a_language_and_a_speaker_question(tasks):
    assert steps_of("Conker final: spoken content in Hungarian, and is it one commentator or two?", tasks) == [
        ("st", {"target_lang": "hu"}, None, False), SV]


def test_a_sport_named_skipping_is_not_skipping_the_audio(tasks):
    assert steps_of("Is it one voice on the stone skipping tape? Then a summary.", tasks) == [
        SV, ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_choosing_from_a_list_after_a_question(tasks):
    assert steps_of("How long was the winning throw? Choose from 10 m, 15 m, 20 m.", tasks) == [
        ("sqa", {"question": "How long was the winning throw? Choose from 10 m, 15 m, 20 m."}, None, False)]


def test_double_dutch_is_a_rope_game(tasks):
    assert steps_of("Write down the double dutch commentary.", tasks) == [ASR]


def test_a_recap_spoken_in_a_language_is_the_speech(tasks):
    assert steps_of("The relay recap is spoken in Swedish. Transcribe it and count the voices.", tasks) == [
        ("asr", {"language": "sv"}, None, False), SV]


def test_named_instructions_in_a_language(tasks):
    assert steps_of("What are the egg toss safety instructions, in Finnish?", tasks) == [
        ("st", {"target_lang": "fi"}, None, False)]


def test_a_language_for_the_question_before_then_a_request(tasks):
    assert steps_of("What does the coach shout? In Greek, and add a 15-word summary too.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("asr", {}, None, True),
        ("summarize", {"max_words": 15}, 1, False)]


def test_a_quiz_after_a_colon(tasks):
    assert steps_of("Summarise the race; then a quiz: the leader fell because of 1) mud 2) a dog 3) cramp.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "The leader fell because of 1) mud 2) a dog 3) cramp."}, None, False)]


def test_tell_me_before_a_statement_with_options(tasks):
    assert steps_of("Tell me: the prize went to a) the twins b) the mayor.", tasks) == [
        ("sqa", {"question": "The prize went to a) the twins b) the mayor."}, None, False)]


def test_a_second_language_after_as_well_as_or_after_a_text(tasks):
    assert steps_of("Translate the speech into Thai as well as Vietnamese.", tasks) == [
        ("st", {"target_lang": "th"}, None, False), ("st", {"target_lang": "vi"}, None, False)]
    assert steps_of("Transcribe it and give me the transcript in Hindi and Arabic.", tasks) == [
        ASR, ("translate", {"target_lang": "hi"}, 0, False), ("translate", {"target_lang": "ar"}, 0, False)]


def test_the_second_opinion_keeps_the_written_order_without_a_word_of_order(tasks):
    wording = "Does the same caller speak throughout? If yes, transcribe her."
    rules = plan_rules(wording, tasks, second_opinion=False)
    assert [s.task for s in rules.steps] == ["sv", "asr"]
    reordered = Guess("asr>sv", 1.0, 0.5)  # a confident guess of the same steps in another order
    assert reconsider(rules, wording, reordered, tasks, set(tasks)) == rules
    ordered = "Does the same caller speak throughout? Transcribe her before that."
    rules = plan_rules(ordered, tasks, second_opinion=False)
    assert [s.task for s in reconsider(rules, ordered, reordered, tasks, set(tasks)).steps] == ["asr", "sv"]


def test_guards_from_the_review_of_round_133(tasks):
    """Wordings the round's review found planned wrongly by its first version (each as on the commit before)."""
    assert steps_of("I. The transcript II. A summary III. The mood", tasks)[0] != (
        "sqa", {"question": "I. The transcript II. A summary III. The mood"}, None, False)
    assert [s[0] for s in steps_of("i. please transcribe ii. please summarize iii. please count speakers", tasks)] != [
        "sqa"]
    assert steps_of("What are the last words, in Spanish?", tasks) == [
        ("sqa", {"question": "What are the last words, in Spanish?"}, None, False),
        ("translate", {"target_lang": "es"}, 0, False)]
    assert steps_of("Quiz: 1. Who won? 2. What was the time?", tasks) == [
        ("sqa", {"question": "Who won?"}, None, False), ("sqa", {"question": "What was the time?"}, None, False)]
    assert steps_of("Summarize it. The recap is for my Spanish class, so write it in Spanish.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "es"}, 1, False)]
    assert steps_of("Translate the commentary into double Dutch.", tasks) == [("st", {"target_lang": "nl"}, None, False)]
    assert steps_of("Is it one voice on the stone-skipping tape?", tasks) == [SV]


def test_the_second_opinion_may_reorder_after_other_words_of_order(tasks):
    reordered = Guess("asr>sv", 1.0, 0.5)
    for wording in ("Does the same caller speak throughout? Transcribe her beforehand.",
                    "Does the same caller speak throughout? Begin with a transcript."):
        rules = plan_rules(wording, tasks, second_opinion=False)
        assert [s.task for s in reconsider(rules, wording, reordered, tasks, set(tasks)).steps] == ["asr", "sv"], wording
