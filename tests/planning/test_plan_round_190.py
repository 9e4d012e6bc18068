"""Plans for wordings of the kinds the helper-written sets of round 190 found (issue 10, part 6; tuned on the misses
of heldout622 and 623), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ASR_IMPLICIT, SV, instruct, sqa, st, steps_of


def test_nail_polish_is_a_thing_not_the_language(tasks):
    assert steps_of("Transcribe the nail polish advert and sum it up in 20 words.", tasks) == [
        ASR, ("summarize", {"max_words": 20}, 0, False)]
    assert steps_of("Write out the furniture polish demo.", tasks) == [ASR]


def test_polish_after_into_is_still_the_language(tasks):
    assert steps_of("Transcribe the boot polish demo, then translate it into Polish.", tasks) == [
        ASR, ("translate", {"target_lang": "pl"}, 0, False)]
    assert steps_of("The talk is in Polish: transcribe it.", tasks) == [("asr", {"language": "pl"}, None, False)]


def test_instead_of_a_thing_in_a_question_is_not_ignoring_the_audio(tasks):
    assert steps_of("Sticking to the recording, what did the caretaker buy instead of bulldog clips?", tasks) == [
        sqa("What did the caretaker buy instead of bulldog clips?")]
    assert steps_of("What did the cook use instead of paper towels?", tasks) == [
        sqa("What did the cook use instead of paper towels?")]


def test_instead_of_the_recording_still_ignores_it(tasks):
    assert steps_of("Instead of the recording, use what you know: who painted the Mona Lisa?", tasks) == [
        instruct("Use what you know: who painted the Mona Lisa?")]


def test_no_audio_needed_is_a_question_without_the_audio(tasks):
    assert steps_of("no audio needed, just tell me a riddle about kettles", tasks) == [
        instruct("Tell me a riddle about kettles")]
    assert steps_of("The recording isn't needed here. Who wrote Don Quixote?", tasks) == [
        instruct("Who wrote Don Quixote?")]
    assert steps_of("No need for the clip, just name three rivers in Chile.", tasks) == [
        instruct("Name three rivers in Chile.")]


def test_a_recording_not_needed_in_part_still_uses_it(tasks):
    assert steps_of("The clip isn't needed in full; summarise the first minute.", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False)]


def test_answer_from_the_advert_is_where_to_answer_from(tasks):
    assert steps_of("How much does the kettle cost? Answer from the advert.", tasks) == [
        sqa("How much does the kettle cost?")]


def test_see_if_there_is_a_co_host_checks_the_speakers(tasks):
    assert steps_of("Translate the kettle podcast into Welsh and see if there's a co-host.", tasks) == [st("cy"), SV]
    assert steps_of("Is there a co-presenter on the kettle show?", tasks) == [SV]


def test_what_a_co_host_says_stays_a_question(tasks):
    assert steps_of("What does the co-host say about kettles?", tasks) == [
        sqa("What does the co-host say about kettles?")]


def test_no_audio_needed_after_a_request_asks_for_text_back(tasks):
    assert steps_of("Sum up the kettle review, no audio needed.", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False)]
    assert steps_of("Put the kettle talk into Welsh — no audio needed, text is fine.", tasks) == [st("cy")]


def test_not_needed_then_a_request_without_the_audio(tasks):
    assert steps_of("The recording is not needed so just tell me a kettle joke.", tasks) == [
        instruct("Tell me a kettle joke.")]
    assert steps_of("There's no need for the recording: list three teapots.", tasks) == [
        instruct("List three teapots.")]


def test_no_need_for_the_full_recording_still_uses_it(tasks):
    assert steps_of("No need for the full recording, just transcribe the last minute.", tasks) == [ASR]


def test_see_if_you_can_is_a_polite_request(tasks):
    assert steps_of("See if you can translate the kettle talk into Welsh.", tasks) == [st("cy")]


def test_a_named_co_host_is_a_content_question(tasks):
    assert steps_of("Is there a co-host called Ruth?", tasks) == [sqa("Is there a co-host called Ruth?")]
    assert steps_of("How many co-presenters are there?", tasks) == [SV]
