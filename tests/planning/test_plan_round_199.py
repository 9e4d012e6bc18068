"""Plans for wordings of the kinds the helper-written sets of round 199 found (issue 10, part 6; tuned on the misses
of heldout658 and 659), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, SV, sqa, st, steps_of

CONTINUE = ("continue", {}, None, False)


def test_a_review_named_in_a_count_is_the_recording_after_a_question(tasks):
    text = ("How many voices are in the kettle review? Is the critic (a) pleased (b) annoyed? "
            "Then put the review into Polish.")
    assert steps_of(text, tasks) == [SV, sqa("Is the critic (a) pleased (b) annoyed?"), st("pl")]


def test_a_choice_lead_in_ending_in_for(tasks):
    assert steps_of("Pick the right option for: the caller wants A. a refund B. a voucher", tasks) == [
        sqa("The caller wants A. a refund B. a voucher")]


def test_what_is_said_about_something_then_a_closing_language(tasks):
    assert steps_of("what does he say about the kettle handle in polish?", tasks) == [st("pl")]
    assert steps_of("what he says abt the lid in dutch?", tasks) == [st("nl")]


def test_bare_words_in_a_language(tasks):
    assert steps_of("kettle clip -> words in greek pls", tasks) == [st("el")]


def test_word_for_word_restates_the_translation(tasks):
    assert steps_of("Kettle advert: give it to me in Czech, word for word what's said.", tasks) == [st("cs")]


def test_transcript_plus_a_version_in_a_language(tasks):
    assert steps_of("Transcript plus Korean version of the spoken words, kettle clip.", tasks) == [ASR, st("ko")]
    assert steps_of("Transcript plus summary", tasks) == [ASR, ("summarize", {}, 0, False)]


def test_write_the_next_chapter(tasks):
    assert steps_of("That was part one of a tale about a kettle that sang. Write part two.", tasks) == [CONTINUE]
    assert steps_of("write the next chapter pls", tasks) == [CONTINUE]


def test_a_speaker_of_a_language_here_is_the_user(tasks):
    assert steps_of("Polish speaker here: what does the kettle ad say? Polish please.", tasks) == [st("pl")]


def test_whom_the_words_are_for_reads_only_one_language(tasks):
    assert steps_of("My uncle only reads Finnish. What's said on this kettle clip, for him?", tasks) == [st("fi")]
    assert steps_of("Our landlord can only read Thai. What does the plumber say?", tasks) == [st("th")]


def test_roman_numbered_requests_that_state_and_indicate(tasks):
    text = ("About the kettle recording, (i) state how many persons talk, (ii) answer this: what colour is the kettle? "
            "Options: red, blue. (iii) summarise it in 20 words.")
    assert steps_of(text, tasks) == [SV, sqa("What colour is the kettle? Options: red, blue."), ("asr", {}, None, True),
                                     ("summarize", {"max_words": 20}, 2, False)]
    assert steps_of("(a) identify how many persons talk, (b) summarise it.", tasks) == [
        SV, ("asr", {}, None, True), ("summarize", {}, 1, False)]


def test_its_wording_in_a_language_is_the_speech(tasks):
    assert steps_of("First the transcript of the kettle notice, then its wording in Hungarian.", tasks) == [ASR, st("hu")]


def test_guards(tasks):
    assert steps_of("Nonna speaks only Italian in this one — transcribe her.", tasks) == [("asr", {"language": "it"}, None, False)]
    assert steps_of("Spanish speaker on the tape: transcribe it.", tasks) == [("asr", {"language": "es"}, None, False)]
    assert [s[0] for s in steps_of("What does he say about the menu in Chinese restaurants?", tasks)] == ["sqa"]
    assert [s[0] for s in steps_of("Write chapter two of the report in French.", tasks)] != ["continue"]


def test_review_guards_a_language_inside_the_topic(tasks):
    for text in ("What does he say about learning in German?", "What does she say about the menu being printed in Dutch?",
                 "What does he say about his play written in Greek?"):
        assert [s[0] for s in steps_of(text, tasks)] == ["sqa"], text


def test_review_guards_a_speaker_of_a_language_in_the_recording(tasks):
    assert steps_of("Transcribe the Polish speaker here.", tasks) == [("asr", {"language": "pl"}, None, False)]
    assert steps_of("Transcribe it, as the Polish speaker is fast.", tasks) == [("asr", {"language": "pl"}, None, False)]


def test_review_guards_the_one_who_only_speaks_a_language_is_heard(tasks):
    assert steps_of("My aunt only speaks Dutch. What does she say?", tasks) == [("asr", {"language": "nl"}, None, False)]
    assert steps_of("My aunt only speaks Dutch. Transcribe it.", tasks) == [("asr", {"language": "nl"}, None, False)]


def test_review_guards_plus_inside_a_name(tasks):
    assert steps_of("Transcribe the bit about the kettle plus summary sheet deal.", tasks) == [ASR]


def test_review_exactly_what_is_said_and_hyphens(tasks):
    assert steps_of("Put it into Hindi, word-for-word what he says.", tasks) == [st("hi")]
    assert steps_of("Now write chapter 3.", tasks) == [CONTINUE]
