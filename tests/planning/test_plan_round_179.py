"""Plans for wordings of the kinds the helper-written sets of round 179 found (issue 10, part 6; tuned on the misses
of heldout578 and 579), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of


def test_for_a_reader_who_speaks_a_language(tasks):
    assert steps_of("For my Greek-speaking uncle: what does the kettle host say?", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_a_language_alone_before_what_is_said(tasks):
    assert steps_of("Greek please. What's the kettle narrator saying? Also, is anyone else talking?", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("sv", {}, None, False)]


def test_a_quoted_question_with_an_apostrophe_between_arrows(tasks):
    assert steps_of("Transcript → 'Who is the shop's owner? – Ann – Bo' → 10-word summary.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Who is the shop's owner? – Ann – Bo"}, None, False),
        ("summarize", {"max_words": 10}, 0, False)]


def test_everything_thats_said_in_a_language(tasks):
    assert steps_of("Everything that's said in this kettle clip, in Turkish, then summarise that Turkish text in 20 words.",
                    tasks) == [("st", {"target_lang": "tr"}, None, False), ("summarize", {"max_words": 20}, 0, False)]


def test_what_someone_says_while_doing_a_thing_of_two_words(tasks):
    assert steps_of("What does Mum say while packing the lunch box? In Vietnamese.", tasks) == [
        ("st", {"target_lang": "vi"}, None, False)]


def test_what_someone_gives_named_then_a_language(tasks):
    assert steps_of("The advice the guide gives for the hike, in Greek.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


# Guards: what must stay as it was.

def test_what_is_key_while_cooking_stays_a_question(tasks):
    steps = steps_of("What does Mum say while cooking the pasta is key? In Greek.", tasks)
    assert [s[0] for s in steps] == ["sqa", "translate"]


def test_a_coach_who_speaks_a_language_is_the_speechs_language(tasks):
    assert steps_of("Transcribe the Greek-speaking coach.", tasks) == [("asr", {"language": "el"}, None, False)]


def test_everything_that_was_said_asked_about_is_a_question(tasks):
    assert one_question("Everything that was said about the kettle, is it true?", tasks)


# Guards from the review of this round (the helper's wordings).

def test_a_quoted_line_after_a_question_stays_in_it(tasks):
    steps = steps_of("Does the speaker say this line? 'I never lie.'", tasks)
    assert len(steps) == 1 and steps[0][0] == "sqa" and "I never lie" in steps[0][1]["question"]


def test_answer_this_then_a_quoted_question_is_one_question(tasks):
    assert steps_of("Answer it. \"Who called? A) Sam B) Kim\"", tasks) == [
        ("sqa", {"question": "Who called? A) Sam B) Kim"}, None, False)]


def test_a_named_language_wins_over_the_readers(tasks):
    assert steps_of("For my German-speaking colleague: what does the host say, in English?", tasks) == [
        ("st", {"target_lang": "en"}, None, False)]


def test_my_relative_who_speaks_a_language_is_the_speechs_language(tasks):
    assert steps_of("Transcribe my Polish-speaking grandma's story.", tasks) == [("asr", {"language": "pl"}, None, False)]


def test_a_language_then_a_speaker_of_it_is_the_speechs_language(tasks):
    assert steps_of("Hindi. What does this Hindi speaker say?", tasks) == [("asr", {"language": "hi"}, None, False)]
