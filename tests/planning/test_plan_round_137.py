"""Plans for wordings of the kinds the helper-written sets of round 137 found (issue 10, part 6; tuned on the misses
of heldout410 and 411), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
ASR_IMPLICIT = ("asr", {}, None, True)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)


def test_a_plural_owners_tone(tasks):
    assert steps_of("Summarise it and describe the referees' tone.", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False), ER]


def test_items_counted_first_second_third(tasks):
    assert steps_of("First a transcript, second a Dutch translation of it, third: is it one voice?", tasks) == [
        ASR, ("translate", {"target_lang": "nl"}, 0, False), SV]


def test_a_label_then_i_want(tasks):
    assert steps_of("Kite festival: I want the marshal's words in Greek.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_spoken_in_a_language_is_the_speechs_language(tasks):
    assert steps_of("Raffle recording, spoken in English: a transcript, please.", tasks) == [
        ("asr", {"language": "en"}, None, False)]
    assert steps_of("Raffle recording, spoken in English: transcribe it.", tasks) == [
        ("asr", {"language": "en"}, None, False)]


def test_a_language_and_speech_named_first(tasks):
    assert steps_of("Polish speech in this raffle recording; type it up for me.", tasks) == [
        ("asr", {"language": "pl"}, None, False)]


def test_whatever_the_answer(tasks):
    assert steps_of("Is the host alone on the tape? Either way, tell me how she sounds.", tasks) == [SV, ER]


def test_tally_the_speakers(tasks):
    assert steps_of("Tally up the voices in this clip.", tasks) == [SV]


def test_plus_confirmation_that_one_person_speaks(tasks):
    assert steps_of("A summary plus confirmation that the same announcer reads every result.", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False), SV]


def test_the_answer_must_come_from_a_named_clip(tasks):
    assert steps_of("The answer must come from the pie contest clip: who won?", tasks) == [
        ("sqa", {"question": "Who won?"}, None, False)]


def test_the_speakers_statements_as_a_hint(tasks):
    assert steps_of("Purely on the basis of the guide's statements, when does the tour end?", tasks) == [
        ("sqa", {"question": "When does the tour end?"}, None, False)]


def test_what_happens_in_a_number_of_words(tasks):
    assert steps_of("In fifty words or fewer, what happens in the raffle clip?", tasks) == [
        ASR_IMPLICIT, ("summarize", {"max_words": 50}, 0, False)]


def test_true_or_false_before_a_question(tasks):
    assert steps_of("True or false: the raffle was drawn twice? (a) true (b) false", tasks) == [
        ("sqa", {"question": "True or false: the raffle was drawn twice? (a) true (b) false"}, None, False)]
    assert steps_of("True or false, the raffle was drawn twice (a) true (b) false", tasks) == [
        ("sqa", {"question": "The raffle was drawn twice (a) true (b) false"}, None, False)]


# --- guards from this round's review: wordings the first version planned worse than `28cdd1d` ---------------------

def test_spoken_in_a_language_before_a_colon_without_the_recording(tasks):
    assert steps_of("The words spoken in German: translate them into English", tasks) == [
        ("st", {"target_lang": "en"}, None, False)]
    assert steps_of("Everything spoken in Spanish: how many speakers?", tasks) == [SV]


def test_a_language_and_speech_then_a_target(tasks):
    assert steps_of("French speech in English, please", tasks) == [("st", {"target_lang": "en"}, None, False)]


def test_tallies_of_other_things(tasks):
    for wording in ("Tally the speakers' votes", "Tally the voices of support for the bill"):
        assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]


def test_an_owners_words_without_a_source_marker(tasks):
    for wording in ("The guide's account, how long was it?", "Contrary to the witness's testimony, where was the car?"):
        assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]


def test_first_second_third_inside_a_question(tasks):
    wording = "Who came first, second and third in the race?"
    assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]


def test_a_label_then_i_want_to_know_it(tasks):
    assert steps_of("Mood: I want to know it", tasks) == [ER]


def test_true_or_false_without_options_keeps_its_lead(tasks):
    assert steps_of("True or false: the boat is launched by tractor?", tasks) == [
        ("sqa", {"question": "True or false: the boat is launched by tractor?"}, None, False)]
