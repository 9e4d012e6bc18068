"""Plans for wordings of the kinds the helper-written sets of round 129 found (issue 10, part 6; tuned on the misses
of heldout378 and 379), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
IMPLICIT = ("asr", {}, None, True)


def test_someones_words_in_a_language_not_a_summary(tasks):
    assert steps_of("The ringmaster's words in Polish, not a summary.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]
    assert steps_of("Transcribe the toast. No summary.", tasks) == [ASR]


def test_options_between_bars_after_a_slash_letter_or_a_bare_options_word(tasks):
    assert steps_of("Count the voices; which cake won? lemon | carrot | walnut; transcript.", tasks) == [
        SV, ("sqa", {"question": "Which cake won? lemon | carrot | walnut"}, None, False), ASR]
    assert steps_of("Which gate opened first? A/ the north gate B/ the east gate C/ the south gate", tasks) == [
        ("sqa", {"question": "Which gate opened first? A/ the north gate B/ the east gate C/ the south gate"},
         None, False)]
    assert steps_of("How long was the course? options 5k, 10k, 21k", tasks) == [
        ("sqa", {"question": "How long was the course? options 5k, 10k, 21k"}, None, False)]


def test_a_digest_from_that_and_a_limit_before_a_colon(tasks):
    assert steps_of("A Greek translation of the transcript and, from that, a 30-word digest.", tasks) == [
        IMPLICIT, ("translate", {"target_lang": "el"}, 0, False), ("summarize", {"max_words": 30}, 1, False)]
    assert steps_of("Fifty words maximum: summarise the auction.", tasks) == [
        IMPLICIT, ("summarize", {"max_words": 50}, 0, False)]


def test_this_ones_not_about_the_audio(tasks):
    assert steps_of("This one's not about the recording: draft a notice about parking.", tasks) == [
        ("instruct", {"instruction": "Draft a notice about parking."}, None, False)]


def test_a_hint_with_strictly_before_according_to(tasks):
    assert steps_of("Strictly according to the guide, when does the gate close?", tasks) == [
        ("sqa", {"question": "When does the gate close?"}, None, False)]


def test_and_before_that_a_request(tasks):
    assert steps_of("Summarise the auction in 30 words, and before that, say how many people speak.", tasks) == [
        SV, IMPLICIT, ("summarize", {"max_words": 30}, 1, False)]


def test_guards_from_the_review_of_round_129(tasks):
    """Wordings the round's review found planned wrongly by its first version (each as on the commit before)."""
    assert steps_of("What did he buy, and before that, where did he go?", tasks) == [
        ("sqa", {"question": "What did he buy, and before that, where did he go?"}, None, False)]
    assert steps_of("Ignore the audio. It is my birthday tomorrow, write me a poem.", tasks) == [
        ("instruct", {"instruction": "It is my birthday tomorrow, write me a poem."}, None, False)]
    assert steps_of("Transcribe it? No, the summary.", tasks) == [ASR, ("summarize", {}, 0, False)]
    assert steps_of("How many speakers? transcript | summary | French translation", tasks) == [
        SV, ("st", {"target_lang": "fr"}, None, False)]
    assert steps_of("A/ transcribe it B/ translate it into French", tasks) == [("st", {"target_lang": "fr"}, None, False)]
    assert steps_of("Is it one speaker? Options trading, she says, is risky - summarise her view.", tasks) == [
        SV, IMPLICIT, ("summarize", {}, 1, False)]
