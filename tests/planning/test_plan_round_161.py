"""Plans for wordings of the kinds the helper-written sets of round 161 found (issue 10, part 6; tuned on the misses
of heldout506 and 507, and on wordings left from earlier rounds' tuned sets), with wordings of their own, not the
sets'. The rules alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_what_is_said_in_a_language_with_a_modifier(tasks):
    assert steps_of("Could I get what the potter says in European Portuguese?", tasks) == [
        ("st", {"target_lang": "pt"}, None, False)]


def test_someones_tone_while_they_speak(tasks):
    assert steps_of("What is his tone when he speaks to the class?", tasks) == [("er", {}, None, False)]


def test_the_short_version_in_a_language(tasks):
    assert steps_of("The short version, in Italian.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, True), ("translate", {"target_lang": "it"}, 1, False)]


def test_the_one_language_the_user_reads_takes_the_summary(tasks):
    assert steps_of("French is all I read. Summarise the lecture.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "fr"}, 1, False)]


def test_a_language_named_as_the_target(tasks):
    for text in ("Greek is the target: sum up the tour in thirty words.", "Target language: Greek. Sum up the tour in "
                 "thirty words."):
        assert steps_of(text, tasks) == [("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False),
                                         ("translate", {"target_lang": "el"}, 1, False)], text


def test_the_write_up_is_the_transcript(tasks):
    assert steps_of("Write it out, tell me who speaks, then put the write-up into Polish.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Who speaks"}, None, False),
        ("translate", {"target_lang": "pl"}, 0, False)]


def test_question_lead_ins_are_not_part_of_the_question(tasks):
    cases = {
        "Summarise it; quiz me on which gate opens first? A. north B. south": "Which gate opens first? A. north B. south",
        "Transcribe it. Question after that, why is the gate shut?": "Why is the gate shut?",
        "Transcribe it, then the right option for who opens the gate? a) Tom b) Ann": "Who opens the gate? a) Tom b) Ann",
        "As the warden puts it on the tape, why is the gate shut?": "Why is the gate shut?",
    }
    for text, question in cases.items():
        assert steps_of(text, tasks)[-1] == ("sqa", {"question": question}, None, False), text


def test_solve_this_after_a_request(tasks):
    assert steps_of("Type up what the warden says and solve this: which gate is shut? north / south / east.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which gate is shut? north / south / east."}, None, False)]


def test_rendered_in_a_question_is_no_translation(tasks):
    text = "At what heat is the lard rendered?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_language_only_before_what_is_said(tasks):
    assert steps_of("Polish only: the warden's announcements.", tasks) == [("st", {"target_lang": "pl"}, None, False)]


def test_the_clip_in_language_words_then_another_request(tasks):
    assert steps_of("The tour in Greek words, and how the guide sounds.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("er", {}, None, False)]


def test_pick_the_story_up_after_a_question(tasks):
    assert steps_of("Who opens the gate? A. Tom B. Ann. Then pick the story up.", tasks) == [
        ("sqa", {"question": "Who opens the gate? A. Tom B. Ann."}, None, False), ("continue", {}, None, False)]


def test_someone_speaks_a_language_then_a_request_after_a_dash(tasks):
    assert steps_of("The warden speaks Danish on this recording — type it up.", tasks) == [
        ("asr", {"language": "da"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_the_speech_language_with_a_modifier_stays_the_speechs(tasks):
    assert steps_of("Transcribe what is said in Brazilian Portuguese.", tasks) == [("asr", {"language": "pt"}, None, False)]


def test_a_mood_named_after_the_verb_of_saying_stays_the_words(tasks):
    assert steps_of("What does she say when her mood changes?", tasks) == [("asr", {}, None, False)]
    assert steps_of("What's her tone, and what does she say as she leaves?", tasks) == [
        ("er", {}, None, False), ("asr", {}, None, False)]


def test_render_with_a_language_stays_a_translation(tasks):
    assert steps_of("Could you render it in German?", tasks) == [("st", {"target_lang": "de"}, None, False)]


def test_the_user_speaking_a_language_is_not_the_speechs(tasks):
    assert steps_of("I speak Danish — type it up.", tasks)[0] != ("asr", {"language": "da"}, None, False)


def test_the_target_of_a_joke_is_a_question(tasks):
    text = "Who is the target of the joke?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_solve_this_one_stays_a_lead_in(tasks):
    assert steps_of("Transcribe it, then solve this one, which gate is shut? [a] north [b] south", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which gate is shut? [a] north [b] south"}, None, False)]


def test_as_someone_explains_a_thing_stays_in_the_question(tasks):
    text = "As she explains the route, who interrupts her?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_that_short_version_is_the_summary_made(tasks):
    assert steps_of("Summarise it in 20 words, then put that short version into Dutch.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 20}, 0, False), ("translate", {"target_lang": "nl"}, 1, False)]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_render_asked_politely_stays_a_translation(tasks):
    for text in ("Could you render it?", "Have it rendered, please.", "Is it possible to render the speech?"):
        assert steps_of(text, tasks) == [("st", {}, None, False)], text


def test_the_readers_language_adds_no_second_translation(tasks):
    assert steps_of("I only read Italian. Translate it and then summarize it.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("summarize", {}, 0, False)]


def test_the_readers_language_with_no_translation_wanted(tasks):
    assert steps_of("I only read Italian. Summarize it, don't translate it.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]


def test_the_write_up_after_a_summary_is_the_summary(tasks):
    assert steps_of("Summarize it and translate the write-up into Danish.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "da"}, 1, False)]


def test_quiz_me_on_with_no_question_stays_whole(tasks):
    text = "Quiz me on what the warden said."
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_as_someone_puts_a_thing_down_stays_in_the_question(tasks):
    text = "As the warden puts it down, what breaks?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_picking_the_story_up_in_a_yes_no_question_is_a_question(tasks):
    text = "Does the warden pick the story up after the break?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_language_only_before_a_transcript(tasks):
    assert steps_of("English only: the transcript, no translation.", tasks)[0][0] == "asr"
