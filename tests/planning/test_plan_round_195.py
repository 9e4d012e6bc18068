"""Plans for wordings of the kinds the helper-written sets of round 195 found (issue 10, part 6; tuned on the misses
of heldout642 and 643), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ASR_IMPLICIT, ER, SV, instruct, sqa, st, steps_of


def test_hints_led_by_going_by_the_speaker_or_a_tutorial(tasks):
    assert steps_of("If you go purely by the speaker, what colour is the van?", tasks) == [sqa("What colour is the van?")]
    assert steps_of("Going by this tutorial only, which glue sets fastest?", tasks) == [sqa("Which glue sets fastest?")]
    assert steps_of("from the clip & nothing else - which van does he rent", tasks) == [sqa("Which van does he rent")]


def test_going_somewhere_is_no_hint(tasks):
    assert steps_of("If you go to the market, what should you buy?", tasks)[0][0] == "sqa"
    assert "if you go" in steps_of("If you go to the market, what should you buy?", tasks)[0][1]["question"].lower()


def test_the_tone_of_someone_doing_something(tasks):
    assert steps_of("Describe the tone of the man grumbling about the parking fine.", tasks) == [ER]
    assert steps_of("How would you describe the girl's tone when she talks about the broken garden gate?", tasks) == [ER]


def test_someones_comments_themselves_in_a_language(tasks):
    assert steps_of("How cross does he sound about the fine? Also his comments themselves, in Czech.", tasks) == [
        ER, st("cs")]


def test_a_language_if_you_can_before_what_is_said(tasks):
    assert steps_of("Dutch, if you can: what's the van driver telling me?", tasks) == [st("nl")]


def test_what_someone_announces_then_i_need_that_in_a_language(tasks):
    assert steps_of("What the foreman announces about helmets — I need that in Czech.", tasks) == [st("cs")]


def test_the_language_named_first_that_something_is_needed_in(tasks):
    assert steps_of("Dutch — that's the language I need the van hire talk in.", tasks) == [st("nl")]


def test_texting_keeps_going_on_about_and_w_for_with(tasks):
    assert steps_of("dutch pls, whatever the lady w the van keeps going on about", tasks) == [st("nl")]


def test_a_recording_label_then_a_language_please(tasks):
    assert steps_of("van hire clip: dutch pls + how many ppl r talking", tasks) == [st("nl"), SV]


def test_a_recording_label_then_a_bare_language_is_no_request(tasks):
    assert steps_of("Van hire clip: Dutch.", tasks)[0][0] != "st"


def test_for_my_relative_of_a_nationality(tasks):
    assert steps_of("For my Czech grandfather: what's the man with the van saying?", tasks) == [st("cs")]


def test_quick_as_a_lead(tasks):
    assert steps_of("Quick: the warning about the wet floor, in Dutch, then the speaker's mood.", tasks) == [st("nl"), ER]


def test_after_the_transcript_asks_for_one(tasks):
    assert steps_of("After the transcript, add how many people talk and a summary in twelve words.", tasks) == [
        ASR, SV, ("summarize", {"max_words": 12}, 0, False)]


def test_but_tell_me_first(tasks):
    assert steps_of("A 20-word summary of the van clip, but tell me first if other voices join in.", tasks) == [
        SV, ASR_IMPLICIT, ("summarize", {"max_words": 20}, 1, False)]


def test_the_next_scene_continues_the_translated_story(tasks):
    assert steps_of("Put the van story into Dutch, then write its next scene from your Dutch version.", tasks) == [
        st("nl"), ("continue", {}, 0, False)]


def test_just_names_after_the_audio_set_aside(tasks):
    assert steps_of("Three silly names for a van — nothing to do with the recording, just names.", tasks) == [
        instruct("Three silly names for a van")]


def test_after_which_answer_the_following_item(tasks):
    assert steps_of("Translate the clip into Dutch, after which answer the following multiple-choice item: "
                    "'The van was hired at (A) a depot (B) a garage'.", tasks) == [
        st("nl"), sqa("The van was hired at (A) a depot (B) a garage")]


def test_question_in_between_as_a_label(tasks):
    assert steps_of("Transcribe; question in between — the van is: a. red b. blue; then a count of the speakers.",
                    tasks) == [ASR, sqa("The van is: a. red b. blue"), SV]


def test_options_with_question_marks_between_dashes(tasks):
    assert steps_of("Where was the van parked — on the street? in a garage? at the depot? — and how does he sound?",
                    tasks) == [sqa("Where was the van parked — on the street? in a garage? at the depot?"), ER]


# Review mends: a helper that read no set probed the change with its own wordings.

def test_a_constraint_after_the_audio_set_aside_stays(tasks):
    assert steps_of("Write a poem about rain, never mind the audio, only in Dutch.", tasks)[0][1]["instruction"].lower() \
        .endswith("only in dutch.")
    assert "5 words" in steps_of("Write a slogan for a deli, ignore the clip, just 5 words.", tasks)[0][1]["instruction"]


def test_a_question_about_the_next_scene_stays_a_question(tasks):
    assert steps_of("What happens in the next scene, according to the narrator?", tasks)[0][0] == "sqa"


def test_but_give_first_names_is_no_request_first(tasks):
    assert steps_of("Transcribe it, but give first names only.", tasks)[0] == ASR


def test_questions_between_dashes_are_no_options(tasks):
    assert steps_of("Two quick ones — who's talking? what's the mood? — thanks.", tasks)[-1] == ER


def test_a_subject_teacher_names_no_reader_language(tasks):
    assert steps_of("For my English teacher: what is the speaker saying?", tasks) == [ASR]
