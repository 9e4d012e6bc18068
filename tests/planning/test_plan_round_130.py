"""Plans for wordings of the kinds the helper-written sets of round 130 found (issue 10, part 6; tuned on the misses
of heldout382 and 383), and of the kinds left from round 129, with wordings of their own, not the sets'. The rules
alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)
IMPLICIT = ("asr", {}, None, True)


def test_a_declined_output_first(tasks):
    assert steps_of("Not a summary, a transcript please.", tasks) == [ASR]
    assert steps_of("No summary, just the transcript.", tasks) == [ASR]
    assert steps_of("No need for a transcript, what is the mood?", tasks) == [ER]


def test_taking_part_is_speaking_only_for_people_or_in_a_conversation(tasks):
    assert steps_of("How many boats take part in the regatta?", tasks) == [
        ("sqa", {"question": "How many boats take part in the regatta?"}, None, False)]
    assert steps_of("How many people take part in the call?", tasks) == [SV]
    assert steps_of("How many commentators take part?", tasks) == [SV]


def test_a_few_people_or_one(tasks):
    assert steps_of("can u check if theres a couple ppl or one on the tape", tasks) == [SV]


def test_texting_short_forms(tasks):
    assert steps_of("smry of the raffle pls, 15 words max", tasks) == [IMPLICIT, ("summarize", {"max_words": 15}, 0, False)]
    assert steps_of("yo how does the ref sound rn", tasks) == [ER]


def test_the_rest_of_the_tale(tasks):
    assert steps_of("Write the rest of the tale, then put it into Danish.", tasks) == [
        ("continue", {}, None, False), ("translate", {"target_lang": "da"}, 0, False)]


def test_a_language_asked_for_in_brackets_with_please(tasks):
    assert steps_of("What the steward says (Greek, please).", tasks) == [("st", {"target_lang": "el"}, None, False)]
    assert steps_of("Transcribe the steward (it's Greek) please.", tasks) == [("asr", {"language": "el"}, None, False)]


def test_everything_said_is_what_is_said(tasks):
    assert steps_of("Everything said at the prize-giving, Dutch please.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False)]


def test_a_read_on_their_mood(tasks):
    assert steps_of("The referee's call, in Greek, plus a read on his tone.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ER]
    assert steps_of("Give me a read on the referee's tone.", tasks) == [ER]


def test_a_speaker_tally_after_plus_and_a_confirmation_of_whether(tasks):
    assert steps_of("A transcript plus a speaker count for the raffle.", tasks) == [ASR, SV]
    assert steps_of("The gist in 15 words, and confirmation of whether one host speaks throughout, please.", tasks) == [
        IMPLICIT, ("summarize", {"max_words": 15}, 0, False), SV]


def test_and_i_also_want(tasks):
    assert steps_of("Tell me how she sounds, and I also need a transcript.", tasks) == [ER, ASR]


def test_items_that_end_in_their_ordinal(tasks):
    assert steps_of("transcript first, the mood second, short summary third.", tasks) == [
        ASR, ER, ("summarize", {}, 0, False)]


def test_both_texts_into_one_language(tasks):
    assert steps_of("Transcribe it, summarise it, then translate the transcript and the summary into Czech.", tasks) == [
        ASR, ("summarize", {}, 0, False), ("translate", {"target_lang": "cs"}, 0, False),
        ("translate", {"target_lang": "cs"}, 1, False)]


def test_settle_this_and_numbered_options_after_pick_one(tasks):
    assert steps_of("Summarise it, settle this: was the bus late or early? Then the mood.", tasks) == [
        IMPLICIT, ("summarize", {}, 0, False), ("sqa", {"question": "Was the bus late or early?"}, None, False), ER]
    assert steps_of("Pick one: the ferry stopped because of 1. fog 2. a strike 3. a leak.", tasks) == [
        ("sqa", {"question": "The ferry stopped because of 1. fog 2. a strike 3. a leak."}, None, False)]


def test_guards_from_the_review_of_round_130(tasks):
    """Wordings the round's review found planned wrongly by its first version (each as on the commit before)."""
    assert steps_of("I don't want a long summary, keep it under 20 words.", tasks) == [
        IMPLICIT, ("summarize", {"max_words": 20}, 0, False)]
    assert steps_of("No transcript, thanks.", tasks) == [ASR]
    assert steps_of("How many people take part in the meeting?", tasks) == [SV]
    assert steps_of("Is it two people or one who won the prize?", tasks) == [
        ("sqa", {"question": "Is it two people or one who won the prize?"}, None, False)]
    assert steps_of("Transcribe the steward (Greek please).", tasks) == [("asr", {"language": "el"}, None, False)]
    assert steps_of("Does the rest of the tale mention a dragon?", tasks) == [
        ("sqa", {"question": "Does the rest of the tale mention a dragon?"}, None, False)]
    assert steps_of("Does he quote the venue fee plus a head count charge?", tasks) == [
        ("sqa", {"question": "Does he quote the venue fee plus a head count charge?"}, None, False)]
    assert steps_of("Is the winner announced first, the runner-up second, or the other way round?", tasks) == [
        ("sqa", {"question": "Is the winner announced first, the runner-up second, or the other way round?"},
         None, False)]
    assert steps_of("Transcribe it, then translate it, and then translate the translation into French.", tasks) == [
        ASR, ("translate", {}, 0, False), ("translate", {"target_lang": "fr"}, 1, False)]
    assert steps_of("Yo-Yo Ma is playing, who is speaking?", tasks) == [
        ("sqa", {"question": "Yo-Yo Ma is playing, who is speaking?"}, None, False)]
