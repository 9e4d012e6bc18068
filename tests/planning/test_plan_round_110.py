"""Plans for wordings of the kinds the helper-written sets of round 110 found (issue 10, part 6; tuned on the misses
of heldout302 and 303, and on three faults named in earlier rounds), with wordings of their own, not the sets'. The
rules alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_language_alone_after_a_colon_translates_the_summary(tasks):
    assert steps_of("Gist of the match: Spanish.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "es"}, 1, False)]


def test_a_one_line_list_of_requests_after_dashes(tasks):
    assert steps_of("Jobs: - transcribe the swim club notice - is it one coach or two? - put the transcript into "
                    "Czech", tasks) == [
        ("asr", {}, None, False), ("sv", {}, None, False), ("translate", {"target_lang": "cs"}, 0, False)]
    assert steps_of("Horse fair clip: - what price did the grey mare fetch - how does the auctioneer sound", tasks) == [
        ("sqa", {"question": "What price did the grey mare fetch"}, None, False), ("er", {}, None, False)]


def test_an_arrow_before_a_named_translation_starts_a_step(tasks):
    assert steps_of("Kiln talk: transcript → question (Which glaze cracked? a) blue b) white) → Greek translation of "
                    "the transcript", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which glaze cracked? a) blue b) white"}, None, False),
        ("translate", {"target_lang": "el"}, 0, False)]


def test_a_rundown_with_a_limit_is_a_summary(tasks):
    assert steps_of("A rundown of the tennis club notice in 12 words, please.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 12}, 0, False)]


def test_shortened_after_a_speech_translation_shortens_it(tasks):
    assert steps_of("The groom's toast in Italian, then shortened to 15 words.", tasks) == [
        ("st", {"target_lang": "it"}, None, False), ("summarize", {"max_words": 15}, 0, False)]


def test_people_talk_a_language_without_in(tasks):
    assert steps_of("The children at the paddling pool talk Dutch; write it all down.", tasks) == [
        ("asr", {"language": "nl"}, None, False)]


def test_how_many_of_them_after_people_named_further_back(tasks):
    assert steps_of("The people in this bike shed clip are arguing about a lock; transcribe it, and say how many of "
                    "them there are.", tasks) == [("asr", {}, None, False), ("sv", {}, None, False)]


def test_the_words_as_an_item_of_a_list(tasks):
    assert steps_of("From the pony ride clip I need the speaker count, the words, and the mood.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False), ("er", {}, None, False)]


def test_a_convo_in_a_language(tasks):
    assert steps_of("stable yard convo in italian pls", tasks) == [("st", {"target_lang": "it"}, None, False)]


def test_a_language_then_for_whatever_is_said(tasks):
    assert steps_of("Korean, please, for whatever the coach says.", tasks) == [("st", {"target_lang": "ko"}, None, False)]


def test_follow_it_with_a_quoted_question(tasks):
    assert steps_of("Open with the transcript, follow it with 'who broke the vase — a) Sam b) Jo?', and end with how "
                    "the potter feels.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Who broke the vase — a) Sam b) Jo?"}, None, False),
        ("er", {}, None, False)]


def test_the_sized_version_is_the_summary(tasks):
    assert steps_of("Cut the notice down to 30 words. Who is the coach? Then the 30-word version in Polish.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False),
        ("sqa", {"question": "Who is the coach?"}, None, False), ("translate", {"target_lang": "pl"}, 1, False)]


def test_decide_then_a_statement_with_options(tasks):
    assert steps_of("Transcribe it, then decide: the lesson is booked for — (a) Monday (b) Friday — and close with "
                    "the instructor's mood.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "The lesson is booked for — (a) Monday (b) Friday"}, None, False),
        ("er", {}, None, False)]


def test_hints_after_a_question(tasks):
    for hint in ("Let the clip be your only source.", "Work from the recording.", "Find it in the audio."):
        assert steps_of(f"Where is the hose kept? {hint}", tasks) == [
            ("sqa", {"question": "Where is the hose kept?"}, None, False)], hint


def test_according_to_the_speaker_and_nothing_else(tasks):
    assert steps_of("According to the coach and nothing else, when does practice start?", tasks) == [
        ("sqa", {"question": "When does practice start?"}, None, False)]


def test_i_want_that_you_write(tasks):
    assert steps_of("I want that you write what is speaking in the video, the language is Turkish.", tasks) == [
        ("asr", {"language": "tr"}, None, False)]


def test_a_summary_in_a_language_after_a_summary_translates_it(tasks):
    assert steps_of("Transcribe it.\n- 20-word summary\n- summary in German", tasks) == [
        ("asr", {}, None, False), ("summarize", {"max_words": 20}, 0, False),
        ("translate", {"target_lang": "de"}, 1, False)]


def test_guards_a_rundown_of_how_many_and_salt_works(tasks):
    assert steps_of("Give me the guide's words, in Danish, and a rundown of how many guides speak.", tasks) == [
        ("st", {"target_lang": "da"}, None, False), ("sv", {}, None, False)]
    assert steps_of("What is being said at the steel works? In Hungarian, please.", tasks) == [
        ("st", {"target_lang": "hu"}, None, False)]
