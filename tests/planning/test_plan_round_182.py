"""Plans for wordings of the kinds the helper-written sets of round 182 found (issue 10, part 6; tuned on the misses
of heldout590 and 591), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of

ASR_IMPLICIT = ("asr", {}, None, True)


def test_a_length_then_a_language_before_summary(tasks):
    assert steps_of("Whatever else, I need a twelve-word Polish summary of the pressure cooker talk.", tasks) == [
        ASR_IMPLICIT, ("summarize", {"max_words": 12}, 0, False), ("translate", {"target_lang": "pl"}, 1, False)]
    assert steps_of("Send me a 30 word Dutch gist.", tasks) == [
        ASR_IMPLICIT, ("summarize", {"max_words": 30}, 0, False), ("translate", {"target_lang": "nl"}, 1, False)]


def test_a_length_before_an_english_summary_stays_a_summary(tasks):
    assert steps_of("Give me a 25-word English summary.", tasks) == [
        ASR_IMPLICIT, ("summarize", {"max_words": 25}, 0, False)]


def test_words_named_then_a_language_alone(tasks):
    assert steps_of("The grill instructions as he reads them out. Swedish, please.", tasks) == [
        ("st", {"target_lang": "sv"}, None, False)]
    assert steps_of("Pressure cooker clip. Czech, please.", tasks) == [("st", {"target_lang": "cs"}, None, False)]


def test_a_language_alone_is_the_speech_in_it(tasks):
    assert steps_of("Finnish, please.", tasks) == [("st", {"target_lang": "fi"}, None, False)]


def test_a_language_alone_before_translate(tasks):
    assert steps_of("Grill recording. Korean. Translate.", tasks) == [("st", {"target_lang": "ko"}, None, False)]
    assert steps_of("Danish. Transcribe it, then translate the transcript.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "da"}, 0, False)]


def test_a_language_after_a_step_still_changes_that_step(tasks):
    assert steps_of("What does the timer show? Greek, please.", tasks) == [
        ("sqa", {"question": "What does the timer show?"}, None, False), ("translate", {"target_lang": "el"}, 0, False)]


def test_how_someone_feels_about_something_before_another_request(tasks):
    assert steps_of("How does the chef feel about the new grill, and what are his comments in Turkish?", tasks) == [
        ("er", {}, None, False), ("st", {"target_lang": "tr"}, None, False)]
    assert steps_of("How does the chef feel about the grill? Then transcribe it.", tasks) == [
        ("er", {}, None, False), ("asr", {}, None, False)]


def test_how_someone_feels_about_something_with_a_hint_stays_a_question(tasks):
    assert steps_of("How does the chef feel about the grill? Answer only from the recording.", tasks) == [
        ("sqa", {"question": "How does the chef feel about the grill?"}, None, False)]
    assert one_question("How does the chef feel about the grill?", tasks)


def test_how_someone_feels_then_a_language_for_the_answer(tasks):
    assert steps_of("How does the chef feel about the grill? Answer in Italian.", tasks) == [
        ("sqa", {"question": "How does the chef feel about the grill?"}, None, False),
        ("translate", {"target_lang": "it"}, 0, False)]


def test_the_language_for_what_is_said(tasks):
    assert steps_of("Could I have the Hungarian for what's said in the grill video?", tasks) == [
        ("st", {"target_lang": "hu"}, None, False)]


def test_what_is_said_here_about_something_in_a_language(tasks):
    assert steps_of("What's said here about the grill pan, in Hindi?", tasks) == [
        ("st", {"target_lang": "hi"}, None, False)]
    assert steps_of("What was said there about the lid, in Thai?", tasks) == [("st", {"target_lang": "th"}, None, False)]


def test_what_is_said_here_about_something_without_a_language_stays_a_question(tasks):
    assert one_question("What is said here about the grill pan?", tasks)


def test_translate_it_after_choices_listed_after_a_colon_is_the_recording(tasks):
    assert steps_of("1) One speaker or two?\n2) Which setting is used: low, medium or high?\n3) Translate it into "
                    "Arabic.", tasks) == [
        ("sv", {}, None, False),
        ("sqa", {"question": "Which setting is used: low, medium or high?"}, None, False),
        ("st", {"target_lang": "ar"}, None, False)]


def test_translate_it_after_an_open_question_is_the_answer(tasks):
    assert steps_of("Which setting is used? Translate it into Arabic.", tasks) == [
        ("sqa", {"question": "Which setting is used?"}, None, False), ("translate", {"target_lang": "ar"}, 0, False)]


# Guards from this round's review (wordings of the reviewing helper or of the same kinds).

def test_a_request_about_the_answer_keeps_how_someone_feels_a_question(tasks):
    question = ("sqa", {"question": "How does she feel about the move?"}, None, False)
    assert steps_of("How does she feel about the move? Translate the answer into French.", tasks) == [
        question, ("translate", {"target_lang": "fr"}, 0, False)]
    assert steps_of("How does she feel about the move? Put that into Spanish.", tasks) == [
        question, ("translate", {"target_lang": "es"}, 0, False)]
    assert steps_of("How does she feel about the move? Summarize your answer in ten words.", tasks) == [
        question, ("summarize", {"max_words": 10}, 0, False)]


def test_a_hint_then_a_request_keeps_how_someone_feels_a_question(tasks):
    assert steps_of("How does he feel about the team? Answer from the recording, then transcribe it.", tasks) == [
        ("sqa", {"question": "How does he feel about the team?"}, None, False), ("asr", {}, None, False)]


def test_a_language_alone_that_the_speech_is_in_keeps_the_translation(tasks):
    assert steps_of("Japanese. Transcribe it in Japanese, then translate it.", tasks) == [
        ("asr", {"language": "ja"}, None, False), ("translate", {}, 0, False)]


def test_a_language_alone_before_the_users_story_is_not_a_target(tasks):
    text = "Polish. No idea what he's saying."
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_language_alone_then_thanks(tasks):
    assert steps_of("Turkish please. Thank you very much.", tasks) == [("st", {"target_lang": "tr"}, None, False)]


def test_in_a_language_alone_before_translate(tasks):
    assert steps_of("Into Japanese. Translate.", tasks) == [("st", {"target_lang": "ja"}, None, False)]


def test_a_language_alone_before_what_she_said(tasks):
    assert steps_of("Mandarin please. Tell me what she said.", tasks) == [("st", {"target_lang": "zh"}, None, False)]


def test_the_language_for_what_is_said_after_other_leads(tasks):
    assert steps_of("What's the Italian for what he says?", tasks) == [("st", {"target_lang": "it"}, None, False)]
    assert steps_of("Please provide the German for what is said.", tasks) == [("st", {"target_lang": "de"}, None, False)]


def test_a_length_between_an_adjective_or_after_the_language(tasks):
    summary_in = [ASR_IMPLICIT, ("summarize", {"max_words": 30}, 0, False), ("translate", {"target_lang": "es"}, 1, False)]
    assert steps_of("Give me a brief 30-word Spanish summary.", tasks) == summary_in
    assert steps_of("I want a Spanish 30-word summary.", tasks) == summary_in
    assert steps_of("Summarize it as a thirty word Spanish summary.", tasks) == summary_in
    assert steps_of("Summarize in a twenty-five word Polish summary.", tasks) == [
        ASR_IMPLICIT, ("summarize", {"max_words": 25}, 0, False), ("translate", {"target_lang": "pl"}, 1, False)]


def test_translate_it_after_two_choices_after_a_colon_is_the_recording(tasks):
    assert steps_of("Which size: small or large? Translate it into French.", tasks) == [
        ("sqa", {"question": "Which size: small or large?"}, None, False), ("st", {"target_lang": "fr"}, None, False)]
