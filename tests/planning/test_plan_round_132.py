"""Plans for wordings of the kinds the helper-written sets of round 132 found (issue 10, part 6; tuned on the misses
of heldout390 and 391), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)


def test_what_they_say_then_write_it(tasks):
    assert steps_of("How many people talk? And what they say, write it please.", tasks) == [SV, ASR]


def test_a_monologue_after_a_long_lead(tasks):
    assert steps_of("I'm trying to figure out whether the bakery clip is a monologue or a conversation.", tasks) == [SV]


def test_options_in_brackets_or_between_slashes(tasks):
    assert steps_of("which cake sold out first? (lemon, carrot, walnut)", tasks) == [
        ("sqa", {"question": "Which cake sold out first? (lemon, carrot, walnut)"}, None, False)]
    assert steps_of("Is the baker proud/annoyed/relaxed?", tasks) == [
        ("sqa", {"question": "Is the baker proud/annoyed/relaxed?"}, None, False)]


def test_lead_ins_and_hints(tasks):
    assert steps_of("Then a quiz answer please: the stall opens at (i) 8 (ii) 9 (iii) 10.", tasks) == [
        ("sqa", {"question": "The stall opens at (i) 8 (ii) 9 (iii) 10."}, None, False)]
    assert steps_of("What did the winner get? Say only what the clip supports.", tasks) == [
        ("sqa", {"question": "What did the winner get?"}, None, False)]
    assert steps_of("Listen, and answer only from what you hear: who rang the bell?", tasks) == [
        ("sqa", {"question": "Who rang the bell?"}, None, False)]
    assert steps_of("Without looking anything up, going off this tape: when did the fair open?", tasks) == [
        ("sqa", {"question": "When did the fair open?"}, None, False)]


def test_a_label_before_a_tone_or_an_ignored_audio(tasks):
    assert steps_of("Bakery fair: what's the host's tone?", tasks) == [ER]
    assert steps_of("Bakery fair: ignore the audio and write me a haiku about bread.", tasks) == [
        ("instruct", {"instruction": "Write me a haiku about bread."}, None, False)]


def test_guards_from_the_review_of_round_132(tasks):
    """Wordings the round's review found planned wrongly by its first version (each as on the commit before)."""
    assert steps_of("How many speakers? (transcribe it, too)", tasks) == [SV, ASR]
    assert steps_of("Can you translate it into French/German/Spanish?", tasks) == [
        ("st", {"target_lang": "fr"}, None, False)]
    wording = "Could you please listen carefully and tell me if the monologue the old fisherman gives mentions the storm"
    assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]
    assert steps_of("Write a limerick: ignore the audio.", tasks) == [
        ("instruct", {"instruction": "Write a limerick."}, None, False)]
    assert steps_of("In French: what's the commentator's tone?", tasks) == [
        ("sqa", {"question": "What's the commentator's tone?"}, None, False), ("translate", {"target_lang": "fr"}, 0, False)]
    assert steps_of("Sum it up based on the recording: what's the story?", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]
