"""Plans for wordings of the kinds the helper-written sets of round 90 found (issue 10, part 6; tuned on the misses
of heldout221 and 223), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_multiple_choice_as_a_lead_in_is_not_part_of_the_question(tasks):
    assert steps_of("Transcribe it, then multiple choice: the ferry left at A) 9 B) 10 C) 11.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "The ferry left at A) 9 B) 10 C) 11."}, None, False)]
    assert steps_of("Quick quiz: which horse won? A) Bolt B) Comet", tasks) == [
        ("sqa", {"question": "Which horse won? A) Bolt B) Comet"}, None, False)]


def test_requests_split_by_slashes(tasks):
    assert steps_of("transcribe the lecture / translate to Polish / summarise in 15 words", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "pl"}, 0, False),
        ("summarize", {"max_words": 15}, 1, False)]
    assert steps_of("Bakery clip: give me a 30-word summary / how many people talk / put the summary into Greek",
                    tasks) == [("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False),
                               ("sv", {}, None, False), ("translate", {"target_lang": "el"}, 1, False)]
    # alternatives split by slashes stay one question
    assert steps_of("Does the baker sound calm / rushed / annoyed?", tasks) == [
        ("sqa", {"question": "Does the baker sound calm / rushed / annoyed?"}, None, False)]  # (er until round 155)


def test_numbered_options_inside_a_yes_no_question(tasks):
    assert steps_of("Summarise it; is the parrot's name 1. Kiwi 2. Mango 3. Pepper?; then how does the owner feel?",
                    tasks) == [("asr", {}, None, True), ("summarize", {}, 0, False),
                               ("sqa", {"question": "Is the parrot's name 1. Kiwi 2. Mango 3. Pepper?"}, None, False),
                               ("er", {}, None, False)]


def test_plus_a_note_on_is_a_request(tasks):
    assert steps_of("Transcribe the auction plus a word on whether a second bidder speaks.", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False)]


def test_someones_talk_in_a_language_is_the_speech_translated(tasks):
    assert steps_of("the lifeguard's safety talk in polish pls", tasks) == [("st", {"target_lang": "pl"}, None, False)]


def test_the_recording_named_by_its_owner_is_translated_as_speech(tasks):
    assert steps_of("Summarise the magician's routine, then answer this: what card does he pick? A) ace B) king. "
                    "Also translate the routine into Greek.", tasks)[-1] == ("st", {"target_lang": "el"}, None, False)


def test_but_first_puts_a_request_before_the_one_before(tasks):
    assert steps_of("Continue the fairy tale, but first tell me how many people speak in it.", tasks) == [
        ("sv", {}, None, False), ("continue", {}, None, False)]
    assert steps_of("Summarise the talk, but before that, what mood is the host in?", tasks) == [
        ("er", {}, None, False), ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_two_people_or_just_one_of_them(tasks):
    assert steps_of("the lifeguard n his mate?? or just him. and whats the mood", tasks) == [
        ("sv", {}, None, False), ("er", {}, None, False)]
    assert steps_of("Is it the chef and her sous-chef on the tape, or just her?", tasks) == [("sv", {}, None, False)]


def test_a_story_carried_on_from_its_translation(tasks):
    assert steps_of("Translate the bedtime story into Italian and then continue the story from there.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("continue", {}, 0, False)]
    assert steps_of("The tale stops halfway, so carry on the story from there.", tasks) == [("continue", {}, None, False)]
