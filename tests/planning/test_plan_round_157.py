"""Plans for wordings of the kinds the helper-written sets of round 157 found (issue 10, part 6; tuned on the misses
of heldout490 and 491), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_someones_tone_as_they_talk(tasks):
    assert steps_of("What is the auctioneer's tone as she talks?", tasks) == [("er", {}, None, False)]


def test_a_list_numbered_with_dashes(tasks):
    assert steps_of("1 - a short summary of the talk, 2 - who opens the meeting? (a) Ann (b) Bo (c) Cy, "
                    "3 - a German translation of the summary.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Who opens the meeting? (a) Ann (b) Bo (c) Cy"}, None, False),
        ("translate", {"target_lang": "de"}, 1, False)]


def test_how_many_people_did_something_is_a_question(tasks):
    text = "how many ppl bought tickets for the raffle??"
    assert steps_of(text, tasks) == [("sqa", {"question": "How many ppl bought tickets for the raffle??"}, None, False)]


def test_the_end_of_the_tale_in_a_question_is_no_continuation(tasks):
    text = "What does the fox steal at the end of the fable?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_question_labelled_this_q(tasks):
    assert steps_of("Summary first, then this q: loudest bird they heard? a. owl b. crow c. jay", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Loudest bird they heard? a. owl b. crow c. jay"}, None, False)]


def test_a_length_with_the_translation_of_a_summary_sizes_the_summary(tasks):
    assert steps_of("Make summary of the audio and then translate summary to Korean, not more than thirty word.",
                    tasks) == [("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False),
                               ("translate", {"target_lang": "ko"}, 1, False)]


# Guards: what the rules above must leave as it was.


def test_how_many_ppl_talk_stays_a_speaker_count(tasks):
    for text in ("how many ppl r talking", "how many ppl are on the call?"):
        assert steps_of(text, tasks) == [("sv", {}, None, False)], text


def test_ending_the_story_stays_a_continuation(tasks):
    assert steps_of("End the story for me.", tasks) == [("continue", {}, None, False)]


def test_a_label_naming_the_recording_stays_out_of_the_question(tasks):
    assert steps_of("Mahjong parlour: who won the last hand?", tasks) == [
        ("sqa", {"question": "Who won the last hand?"}, None, False)]


def test_a_summary_with_its_own_length_keeps_it(tasks):
    assert steps_of("Summarise it in 10 words and translate the summary to Thai, not more than twenty words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 10}, 0, False), ("translate", {"target_lang": "th"}, 1, False)]


# Guards from this round's review (a helper's wordings; each went wrong in a first version of the rules above).


def test_writing_the_end_of_the_story_stays_a_continuation(tasks):
    for text in ("Write the end of the story", "Write the complete story"):
        assert steps_of(text, tasks) == [("continue", {}, None, False)], text


def test_numbered_questions_with_dashes_stay_apart(tasks):
    assert steps_of("1 - who is the speaker? 2 - what language?", tasks) == [
        ("sqa", {"question": "Who is the speaker?"}, None, False), ("sqa", {"question": "What language?"}, None, False)]


def test_a_numbered_part_inside_a_sentence_is_no_list(tasks):
    text = "In round 1 - the quiz round, and round 2 - the music round, who scored most?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_how_many_people_sing_in_a_group_told_of_stays_a_question(tasks):
    text = "how many people sing in his band?"
    assert steps_of(text, tasks) == [("sqa", {"question": "How many people sing in his band?"}, None, False)]


def test_a_length_per_line_does_not_size_the_summary(tasks):
    assert steps_of("Summarize it in detail and translate the summary to German, 10 words per line", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "de"}, 1, False)]
