"""Plans for wordings of the kinds the helper-written sets of round 118 found (issue 10, part 6; tuned on the misses
of heldout334 and 335), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_whether_the_speaker_stays_the_same(tasks):
    assert steps_of("Summarise it and finally check whether the narrator stays the same.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("sv", {}, None, False)]


def test_someones_cues_then_a_bare_language(tasks):
    assert steps_of("Yoga instructor's cues, Greek please.", tasks) == [("st", {"target_lang": "el"}, None, False)]


def test_give_her_words_in_a_language(tasks):
    assert steps_of("Describe the tutor's feelings and give her words in Czech.", tasks) == [
        ("er", {}, None, False), ("st", {"target_lang": "cs"}, None, False)]


def test_q_label_and_numbers_with_unspaced_hyphens(tasks):
    assert steps_of("Summary first, then Q which tractor won? 1-Ford 2-Massey 3-Deere, then the gist in dutch",
                    tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Which tractor won? 1-Ford 2-Massey 3-Deere"}, None, False),
        ("translate", {"target_lang": "nl"}, 1, False)]
    assert steps_of("Is it open 1-5 days a week?", tasks) == [
        ("sqa", {"question": "Is it open 1-5 days a week?"}, None, False)]


def test_circled_numbers_are_options(tasks):
    assert steps_of("What does the warden warn about? ① ice ② wind ③ fog. Then count the speakers.", tasks) == [
        ("sqa", {"question": "What does the warden warn about? ① ice ② wind ③ fog."}, None, False), ("sv", {}, None, False)]


def test_not_what_you_know_after_a_hint(tasks):
    assert steps_of("Which tractor won? Answer with what the clip says, not what you know.", tasks) == [
        ("sqa", {"question": "Which tractor won?"}, None, False)]


def test_language_summary_after_an_em_dash(tasks):
    assert steps_of("Knitting meeting — Persian summary, please.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "fa"}, 1, False)]


def test_a_label_with_a_colon_before_a_mood_and_the_following_question(tasks):
    assert steps_of("Fair audio: describe the announcer's tone, then answer the following multiple choice question. How "
                    "many stalls are there? A 12, B 20, C 35. And transcribe it.", tasks) == [
        ("er", {}, None, False), ("sqa", {"question": "How many stalls are there? A 12, B 20, C 35."}, None, False),
        ("asr", {}, None, False)]
