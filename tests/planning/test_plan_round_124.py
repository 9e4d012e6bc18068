"""Plans for wordings of the kinds the helper-written sets of round 124 found (issue 10, part 6; tuned on the misses
of heldout358 and 359), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
IMPLICIT_ASR = ("asr", {}, None, True)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)


def test_a_speaker_check_named_in_a_list(tasks):
    assert steps_of("Transcript + speaker check for the conker final.", tasks) == [ASR, SV]
    assert steps_of("A speaker check on the regatta clip, please.", tasks) == [SV]


def test_what_was_read_out_in_a_language_and_a_tone(tasks):
    assert steps_of("The raffle numbers as read out, in Polish, and the caller's tone.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ER]
    assert steps_of("The flower show results as announced, in Dutch.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False)]
    # results made by an earlier step stay that step's output
    assert steps_of("Summarise it, then the results in Japanese.", tasks)[-1] == ("translate", {"target_lang": "ja"},
                                                                                  1, False)


def test_without_using_outside_knowledge_before_a_what_question(tasks):
    assert steps_of("Without using outside knowledge, what does the compere say the prize is?", tasks) == [
        ("sqa", {"question": "What does the compere say the prize is?"}, None, False)]


def test_no_need_to_listen_to_anything_then_a_colon(tasks):
    assert steps_of("No need to listen to anything: what rhymes with silver?", tasks) == [
        ("instruct", {"instruction": "What rhymes with silver?"}, None, False)]


def test_what_happens_next_in_the_story_about_something(tasks):
    assert steps_of("What happens next in the tale about the lost goat? Keep it going.", tasks) == [
        ("continue", {}, None, False)]
    assert steps_of("What does the tale about the goat say about rivers?", tasks)[0][0] == "sqa"


def test_is_someone_enjoying_themselves(tasks):
    assert steps_of("Is the compere enjoying herself, would you say? What's her mood?", tasks) == [ER]
    assert steps_of("Did the crowd enjoy the pies?", tasks)[0][0] == "sqa"


def test_those_words_in_a_language_cut_down_to_a_number(tasks):
    assert steps_of("The caller's words, in Danish, then those Danish words cut down to 15.", tasks) == [
        ("st", {"target_lang": "da"}, None, False), ("summarize", {"max_words": 15}, 0, False)]
    assert steps_of("Transcribe it, then cut it down to 20.", tasks) == [ASR, ("summarize", {"max_words": 20}, 0, False)]
    assert steps_of("Cut the clip down to 20 seconds and transcribe it.", tasks) == [ASR]


def test_a_dashed_list_that_opens_the_instruction(tasks):
    assert steps_of("- transcript of the regatta - translation of that transcript into Polish - how the starter "
                    "sounds", tasks) == [ASR, ("translate", {"target_lang": "pl"}, 0, False), ER]


def test_a_rundown_after_and(tasks):
    assert steps_of("Do two referees speak or just one, and a 30-word rundown would be handy too.", tasks) == [
        SV, IMPLICIT_ASR, ("summarize", {"max_words": 30}, 1, False)]


# Faults a review of this round found in its first version (and in the mends of round 122), each right on 741b9da.

def test_a_tone_after_a_voice_note_or_before_one_question(tasks):
    assert steps_of("Transcribe this voice note, the caller's tone.", tasks) == [ASR, ER]
    assert steps_of("The guide's tone, which museum do they visit?", tasks) == [
        ER, ("sqa", {"question": "Which museum do they visit?"}, None, False)]


def test_cutting_down_inside_a_question_is_no_word_limit(tasks):
    assert steps_of("Does the seller cut the price down to 20?", tasks)[0][0] == "sqa"
    assert len(steps_of("Tell me whether the manager cut the staff down to 12", tasks)) == 1


def test_results_read_out_in_a_language_without_a_comma(tasks):
    assert steps_of("Transcribe it, then the results as read out in Japanese.", tasks) == [
        ASR, ("translate", {"target_lang": "ja"}, 0, False)]


def test_how_about_someones_words_in_a_language(tasks):
    assert steps_of("How about the referee's words, in Spanish?", tasks) == [("st", {"target_lang": "es"}, None, False)]


def test_what_someone_says_about_others_enjoying_themselves(tasks):
    assert steps_of("Does the host say the guests enjoyed themselves?", tasks)[0][0] == "sqa"
    assert steps_of("Do they say they enjoyed themselves?", tasks)[0][0] == "sqa"


def test_a_dash_before_a_label_and_its_dashed_list(tasks):
    assert steps_of("- For the ferry clip: - transcribe it - summarise it in 20 words", tasks) == [
        ASR, ("summarize", {"max_words": 20}, 0, False)]


def test_options_that_start_with_a_verb(tasks):
    question = "What does the boss ask him to do? • translate the menu • summarise the report"
    assert steps_of(question, tasks) == [("sqa", {"question": question}, None, False)]


def test_well_is_not_as_well(tasks):
    assert steps_of("What is the guide saying? Well, just put the answer in Czech.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]
