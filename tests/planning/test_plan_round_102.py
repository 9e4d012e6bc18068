"""Plans for wordings of the kinds the helper-written sets of round 102 found (issue 10, part 6; tuned on the misses
of heldout270 and 271), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_language_first_then_someones_warning_or_rules(tasks):
    assert steps_of("In Greek: the lifeguard's warning to the swimmers.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]
    assert steps_of("The warden's hut rules, in Polish; also is there one warden or two?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("sv", {}, None, False)]


def test_a_language_for_what_someone_says_after_a_label(tasks):
    assert steps_of("Harbour radio — Swedish for what the pilot says, plus whether a second voice joins.", tasks) == [
        ("st", {"target_lang": "sv"}, None, False), ("sv", {}, None, False)]


def test_a_report_named_with_no_speaker_in_a_language(tasks):
    assert steps_of("Avalanche report in Czech, thanks.", tasks) == [("st", {"target_lang": "cs"}, None, False)]


def test_the_original_language_reaches_the_transcript(tasks):
    assert steps_of("For the archive: transcript of the mill tour, word for word, in its original Catalan.", tasks) == [
        ("asr", {"language": "ca"}, None, False)]


def test_when_you_have_a_moment_is_a_lead_in(tasks):
    assert steps_of("When you get a chance, would you summarise the miller's talk in 15 words?", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 15}, 0, False)]


def test_hints_made_of_several_pieces(tasks):
    assert steps_of("clip only pls, no guessing: which gate opens at noon", tasks) == [
        ("sqa", {"question": "Which gate opens at noon"}, None, False)]
    assert steps_of("Leaving outside knowledge aside and listening to the clip, how deep is the mill pond?", tasks) == [
        ("sqa", {"question": "How deep is the mill pond?"}, None, False)]


def test_a_noun_that_is_also_a_verb_before_a_passive_verb_in_english(tasks):
    # Found by running the CLI as a user: "report" (also a verb) hid the statement of the speech's language.
    assert steps_of("The report was delivered in English. Transcribe it and say if one person or several speak.",
                    tasks) == [("asr", {"language": "en"}, None, False), ("sv", {}, None, False)]
