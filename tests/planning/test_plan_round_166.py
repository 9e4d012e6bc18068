"""Plans for wordings of the kinds the helper-written sets of round 166 found (issue 10, part 6; tuned on the misses
of heldout526 and 527), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``), except where the second opinion's plumbing is tested with a hand-made guess."""

from __future__ import annotations

from plan_support import builtin_tasks, steps_of

from wavllm_agent.planning.learned import Guess
from wavllm_agent.planning.plan import Plan, Step
from wavllm_agent.planning.second_opinion import reconsider

KNOWN = {"asr", "st", "sv", "er", "sqa", "summarize", "translate", "continue", "instruct"}


def test_a_named_summary_is_not_dropped_for_an_inserted_transcript_kept():
    rules = Plan(steps=[Step(task="asr", implicit=True), Step(task="summarize", input=0),
                        Step(task="summarize", args={"max_words": 12}, input=1)], planner="rules")
    guess = Guess("asr*>summarize@0", 1.0, threshold=0.5)
    assert reconsider(rules, "Sum up the lecture, then trim that summary to 12 words.", guess, builtin_tasks(),
                      KNOWN) is rules


def test_the_talk_kinds_alone_ask_for_a_speaker_check(tasks):
    assert steps_of("Monologue or conversation? Write it down too.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False)]


def test_the_language_stated_before_a_dash(tasks):
    assert steps_of("The language is Portuguese — type it up.", tasks) == [("asr", {"language": "pt"}, None, False)]


def test_narration_of_a_named_thing_in_a_language(tasks):
    assert steps_of("The kiln demo's narration in Czech, and tell me whether he sounds tired.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False), ("er", {}, None, False)]


def test_a_star_bullet_opening_the_question_is_dropped(tasks):
    text = "Put it into German, then this one:\n* Which tool does he pick up?\n* a chisel\n* a file\n* a rasp"
    assert steps_of(text, tasks) == [
        ("st", {"target_lang": "de"}, None, False),
        ("sqa", {"question": "Which tool does he pick up? * a chisel * a file * a rasp"}, None, False)]


def test_choose_which_before_options_drops_its_verb(tasks):
    assert steps_of("Transcribe it, then choose which fits the host best: (A) calm (B) rushed (C) bored.", tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "Which fits the host best: (A) calm (B) rushed (C) bored."}, None, False)]


def test_is_it_possible_to_is_a_polite_lead_in(tasks):
    assert steps_of("Is it possible to write what the gentleman says in this tape?", tasks) == [
        ("asr", {}, None, False)]


def test_the_words_alone_are_a_transcript(tasks):
    assert steps_of("Only the words, nothing more.", tasks) == [("asr", {}, None, False)]


def test_texting_wats_before_saying(tasks):
    assert steps_of("wats the lady saying in this clip", tasks) == [("asr", {}, None, False)]


def test_a_language_then_the_audio_named_with_where_it_is_from(tasks):
    assert steps_of("Hungarian, please: the talk from the glass studio.", tasks) == [
        ("st", {"target_lang": "hu"}, None, False)]


def test_how_he_sounds_doing_something(tasks):
    assert steps_of("Translate the clip into Dutch, then how she sounds reading it.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), ("er", {}, None, False)]


def test_how_someone_feels_about_it_beside_other_requests(tasks):
    assert steps_of("Count the speakers, and then how the potter feels about the glaze.", tasks) == [
        ("sv", {}, None, False), ("er", {}, None, False)]


def test_a_hyphened_name_before_someones_words(tasks):
    assert steps_of("The jack-in-the-box maker's words in Welsh and a 30-word summary.", tasks) == [
        ("st", {"target_lang": "cy"}, None, False), ("asr", {}, None, True),
        ("summarize", {"max_words": 30}, 1, False)]


def test_the_audio_taken_up_asks_nothing(tasks):
    assert steps_of("Check the workshop recording, then translate it into Italian.", tasks) == [
        ("st", {"target_lang": "it"}, None, False)]


def test_numbered_options_after_multiple_choice(tasks):
    assert steps_of("Transcribe it first. Then, multiple choice: the frame is painted 1) red 2) black 3) gold. "
                    "Finish with the speaker count.", tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "The frame is painted 1) red 2) black 3) gold."}, None, False), ("sv", {}, None, False)]


def test_the_whole_thing_in_a_number_of_words_is_a_summary(tasks):
    assert steps_of("What's the whole thing in 15 words?", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 15}, 0, False)]


def test_a_second_voice_heard_too_set_off_by_commas(tasks):
    assert steps_of("How does the clerk sound, can a customer's voice be heard too, and what is it about?", tasks) == [
        ("er", {}, None, False), ("sv", {}, None, False), ("sqa", {"question": "What is it about?"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_an_inserted_transcript_may_still_give_way_to_a_speech_translation():
    rules = Plan(steps=[Step(task="asr", implicit=True), Step(task="translate", args={"target_lang": "es"}, input=0)],
                 planner="rules")
    changed = reconsider(rules, "The words in Spanish.", Guess("st", 1.0, threshold=0.5), builtin_tasks(), KNOWN)
    assert changed.tasks == ["st"] and changed.steps[0].args == {"target_lang": "es"}


def test_how_someone_feels_about_a_thing_alone_stays_a_question(tasks):
    text = "How does the woman feel about her new job?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_voice_heard_clearly_stays_a_question(tasks):
    text = "Can the student's voice be heard clearly?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_checking_the_clip_for_something_stays_a_question(tasks):
    assert [s[0] for s in steps_of("Check the clip for background music, then transcribe it.", tasks)] == [
        "sqa", "asr"]


def test_a_question_after_is_it_possible_that(tasks):
    text = "Is it possible that the seller is bluffing?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_just_the_words_after_a_translation_adds_no_transcript(tasks):
    assert steps_of("Translate it into French. Just the words, nothing else.", tasks) == [
        ("st", {"target_lang": "fr"}, None, False)]
