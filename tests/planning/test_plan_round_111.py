"""Plans for wordings of the kinds the helper-written sets of round 111 found (issue 10, part 6; tuned on the misses
of heldout306 and 307), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_how_do_the_instructions_go_in_a_language(tasks):
    assert steps_of("How do the lifeguard's rules go in Swedish?", tasks) == [("st", {"target_lang": "sv"}, None, False)]


def test_a_language_wording_of_what_is_said(tasks):
    assert steps_of("Turkish wording of what the ranger says, and does she sound worried?", tasks) == [
        ("st", {"target_lang": "tr"}, None, False), ("er", {}, None, False)]


def test_could_i_have_it_in_a_language_after_a_dash(tasks):
    assert steps_of("What the caddie explains — can I get it in Korean?", tasks) == [
        ("st", {"target_lang": "ko"}, None, False)]


def test_a_bare_noun_phrase_in_a_language_then_summarised(tasks):
    assert steps_of("Skittle alley chatter in Italian, summarised to ten words afterwards.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("summarize", {"max_words": 10}, 0, False)]


def test_as_a_language_then_a_summary_on_top(tasks):
    assert steps_of("The keeper's commentary as Greek, and under 15 words of summary on top of that.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("summarize", {"max_words": 15}, 0, False)]


def test_the_language_i_need_before_what_is_said(tasks):
    assert steps_of("Romanian is the language I need: what the umpire tells the players.", tasks) == [
        ("st", {"target_lang": "ro"}, None, False)]
    assert steps_of("I only read Polish — what did the driver tell the shopkeeper?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_in_one_language_first_then_in_another(tasks):
    assert steps_of("Skipper: his words in Czech first, then in Danish.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False), ("st", {"target_lang": "da"}, None, False)]
    assert steps_of("What's said in the clip, in Thai, then in Arabic.", tasks) == [
        ("st", {"target_lang": "th"}, None, False), ("st", {"target_lang": "ar"}, None, False)]


def test_dashed_options_after_a_question(tasks):
    assert steps_of("Transcribe it. Which colour is the winning ball? — red — yellow — blue. Then the referee's tone.",
                    tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which colour is the winning ball? — red — yellow — blue."},
                                   None, False), ("er", {}, None, False)]


def test_from_the_clip_not_from_guessing(tasks):
    assert steps_of("who won the pairs final - from the recording, not from memory", tasks) == [
        ("sqa", {"question": "Who won the pairs final"}, None, False)]


def test_let_the_audio_be_the_judge(tasks):
    assert steps_of("What time does the lake close? Let the recording be the judge.", tasks) == [
        ("sqa", {"question": "What time does the lake close?"}, None, False)]


def test_i_only_want_what_the_speakers_say(tasks):
    assert steps_of("How much is a day ticket? I only want what the speakers say, not general advice.", tasks) == [
        ("sqa", {"question": "How much is a day ticket?"}, None, False)]


def test_how_many_people_said_it(tasks):
    assert steps_of("What was said at the kiosk, in Dutch — and how many people said it?", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), ("sv", {}, None, False)]
    assert steps_of("How many people said they would come back?", tasks) == [
        ("sqa", {"question": "How many people said they would come back?"}, None, False)]


def test_guard_a_label_before_a_language_lead(tasks):
    assert steps_of("Bowls captain's pep talk: in Greek, what does he tell the team?", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]
