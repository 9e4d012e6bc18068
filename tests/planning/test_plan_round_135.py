"""Plans for wordings of the kinds the helper-written sets of round 135 found (issue 10, part 6; tuned on the misses
of heldout402 and 403), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)


def test_thats_texted_without_its_apostrophe(tasks):
    assert steps_of("thats 2 ppl or 1 on the clip?", tasks) == [SV]


def test_a_play_by_play_is_what_someone_says(tasks):
    assert steps_of("Kart final: the marshal's play-by-play, in Greek and in Hindi.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("st", {"target_lang": "hi"}, None, False)]


def test_tell_me_before_a_quoted_question(tasks):
    assert steps_of("Tell me 'Which boat capsized first? (a) the red one (b) the green one'", tasks) == [
        ("sqa", {"question": "Which boat capsized first? (a) the red one (b) the green one"}, None, False)]


def test_more_hints(tasks):
    assert steps_of("Taking the callers at their word, when did the ferry leave?", tasks) == [
        ("sqa", {"question": "When did the ferry leave?"}, None, False)]
    assert steps_of("Which float won? Check the audio for the answer, not your memory.", tasks) == [
        ("sqa", {"question": "Which float won?"}, None, False)]


def test_pick_up_where_it_leaves_off(tasks):
    assert steps_of("Write the fable down, then pick up where it left off.", tasks) == [
        ASR, ("continue", {}, None, False)]
    assert steps_of("Write the sermon down.", tasks) == [ASR]


def test_the_speechs_language_after_a_closing_dash(tasks):
    assert steps_of("Transcribe the auction — the bidders speak Swedish.", tasks) == [
        ("asr", {"language": "sv"}, None, False)]


def test_together_with_a_translation_after_a_comma(tasks):
    assert steps_of("We need a transcription of the inquiry, together with a French-language translation thereof.",
                    tasks) == [ASR, ("translate", {"target_lang": "fr"}, 0, False)]


def test_guards_from_the_review_of_round_135(tasks):
    """Wordings the round's review found planned wrongly by its first version (each as on the commit before)."""
    assert steps_of("Tell me 'How many people are talking?'", tasks) == [SV]
    assert steps_of("Check if this recording has two speakers.", tasks) == [SV]
    assert steps_of("Check this recording's emotion.", tasks) == [("er", {}, None, False)]
    assert steps_of("Translate it — my mom only speaks Korean.", tasks) == [("st", {"target_lang": "ko"}, None, False)]
    assert steps_of("Who won? — they speak Catalan.", tasks) == [("sqa", {"question": "Who won?"}, None, False)]
    assert steps_of("Transcribe it, with the parts where she sounds angry in bold.", tasks) == [ASR]
