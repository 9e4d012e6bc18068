"""Plans for wordings of the kinds the helper-written sets of round 189 found (issue 10, part 6; tuned on the misses
of heldout618 and 619), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ASR_IMPLICIT, ER, SV, sqa, st, steps_of


def test_a_transcript_in_a_language_then_translated(tasks):
    assert steps_of("I want the hinge transcript in Greek (transcribe it first, then translate that transcript).",
                    tasks) == [ASR, ("translate", {"target_lang": "el"}, 0, False)]


def test_a_transcript_in_the_speech_language_stays(tasks):
    assert steps_of("The talk is in Polish; give me a transcript in the original language.", tasks) == [
        ("asr", {"language": "pl"}, None, False)]


def test_answer_this_then_a_count_of_voices(tasks):
    assert steps_of("Translate the hinge clip into Dutch and also answer this: one voice, or several?", tasks) == [
        st("nl"), SV]


def test_answer_in_one_word_stays_a_question(tasks):
    assert steps_of("Answer in one word: yes or no?", tasks)[0][0] == "sqa"


def test_the_other_language_beside_a_transcript_in_the_original(tasks):
    assert steps_of("Hinge clip: the instructions in Czech, plus a transcript in the original language.", tasks) == [
        st("cs"), ASR]


def test_a_label_with_no_mark_before_what_is_said(tasks):
    assert steps_of("door hinge clip what is the woman saying in italian", tasks) == [st("it")]


def test_txt_is_text(tasks):
    assert steps_of("hinge clip → txt pls", tasks) == [ASR]


def test_start_by_describing_the_tone(tasks):
    assert steps_of("Start by describing the tone of the skylight recording; then transcribe it.", tasks) == [ER, ASR]
    assert steps_of("Begin by describing her tone.", tasks) == [ER]


def test_a_named_question_then_a_hint_before_the_colon(tasks):
    assert steps_of("Fuse box question, audio-only answer please: why did he replace the fuse?", tasks) == [
        sqa("Why did he replace the fuse?")]


def test_sum_it_up_after_a_speech_translation_sums_up_the_recording(tasks):
    assert steps_of("Put the skylight audio into Greek, then sum it up in 15 words.", tasks) == [
        st("el"), ASR_IMPLICIT, ("summarize", {"max_words": 15}, 1, False)]


def test_a_speaker_of_a_language_on_the_audio(tasks):
    assert steps_of("Greek speaker on the fuse box audio. Transcript please, and a short summary in English.",
                    tasks) == [("asr", {"language": "el"}, None, False), ("summarize", {}, 0, False),
                               ("translate", {"target_lang": "en"}, 1, False)]


def test_explain_me_please_after_a_question(tasks):
    assert steps_of("This skylight speaker, which emotion he is having? Explain me please.", tasks) == [ER]


def test_speaking_a_language_in_the_clip_then_i_need_it_written_down(tasks):
    assert steps_of("He's speaking Dutch in this loft hatch clip — I only need it written down.", tasks) == [
        ("asr", {"language": "nl"}, None, False)]


# Review of round 189: wordings the first version planned worse, each guarded.

def test_a_transcript_in_the_stated_language_then_translated(tasks):
    assert steps_of("He talks in Greek. Transcript in Greek, then translate it.", tasks) == [
        ("asr", {"language": "el"}, None, False), ("translate", {}, 0, False)]


def test_a_language_and_the_audio_before_what_is_said_name_the_speech(tasks):
    assert steps_of("italian audio what is she saying", tasks) == [("asr", {"language": "it"}, None, False)]


def test_someone_said_what_stays_the_question(tasks):
    assert steps_of("grandpa said what about the roof", tasks) == [sqa("Grandpa said what about the roof")]
