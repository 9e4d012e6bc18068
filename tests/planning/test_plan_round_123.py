"""Plans for wordings of the kinds the helper-written sets of round 123 found (issue 10, part 6; tuned on the misses
of heldout354 and 355), with wordings of their own, not the sets'; and the faults a review of round 122 found. The
rules alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_plural_owners_words_in_a_language(tasks):
    assert steps_of("What are the carol singers' words in Dutch?", tasks) == [("st", {"target_lang": "nl"}, None, False)]
    assert steps_of("What are the carol singers' plans?", tasks)[0][0] == "sqa"


def test_what_is_read_out_named_then_a_language(tasks):
    assert steps_of("The parking announcements read out over the tannoy, in Polish.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]
    assert steps_of("Race rules as the starter reads them out, in Hungarian.", tasks) == [
        ("st", {"target_lang": "hu"}, None, False)]
    assert steps_of("Were the race rules read out in Hungarian?", tasks)[0][0] == "sqa"


def test_options_after_tell_me_and_a_question(tasks):
    assert steps_of("Transcribe the match, tell me which side scored last (1) the Anchor (2) the Bell, and say how "
                    "many people speak.", tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "Which side scored last (1) the Anchor (2) the Bell"}, None, False),
        ("sv", {}, None, False)]


def test_do_the_following_with_the_clip_is_a_lead_in(tasks):
    assert steps_of("Do the following with the ferry clip. First, transcribe it. Second, count the voices.",
                    tasks) == [("asr", {}, None, False), ("sv", {}, None, False)]
    assert steps_of("Do the following people speak Welsh?", tasks)[0][0] == "sqa"


def test_question_labels_q_comma_and_solve_this_one(tasks):
    assert steps_of("Transcribe it; Q, what colour is the boat? A/ red B/ blue", tasks)[1] == (
        "sqa", {"question": "What colour is the boat? A/ red B/ blue"}, None, False)
    assert steps_of("Transcribe it, then solve this one: who rows first? (a) Ann (b) Bo", tasks)[1] == (
        "sqa", {"question": "Who rows first? (a) Ann (b) Bo"}, None, False)


def test_a_hint_then_name_the_thing(tasks):
    assert steps_of("Going only by this clip, name the village the fair moves to.", tasks) == [
        ("sqa", {"question": "Name the village the fair moves to."}, None, False)]


# --- found in my own review of rounds 122 and 123 ---


def test_read_out_in_a_language_not_set_off_states_the_speechs_language(tasks):
    assert steps_of("The announcement read out by the porter in Italian, write it down.", tasks) == [
        ("asr", {"language": "it"}, None, False)]
