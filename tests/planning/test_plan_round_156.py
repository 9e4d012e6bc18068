"""Plans for wordings of the kinds the helper-written sets of round 156 found (issue 10, part 6; tuned on the misses
of heldout486 and 487), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_whether_the_one_who_explains_also_answers_or_someone_else(tasks):
    assert steps_of("Does the woman who explains the glaze also answer the questions later, or is that someone else?",
                    tasks) == [("sv", {}, None, False)]


def test_the_language_a_reader_reads_after_what_is_said(tasks):
    assert steps_of("What's being announced at the forge? I read Korean best, so in Korean.", tasks) == [
        ("st", {"target_lang": "ko"}, None, False)]


def test_everything_someone_says_in_a_language(tasks):
    assert steps_of("Everything the beekeeper says in Danish; then, how does he come across?", tasks) == [
        ("st", {"target_lang": "da"}, None, False), ("er", {}, None, False)]


def test_the_words_wanted_as_they_are_spoken(tasks):
    assert steps_of("Greek, please: the potter's advice to the apprentices, as he gives it.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_hyphenated_bulleted_options(tasks):
    question = "Which glue does the binder use? • rice-starch • wheat-paste • PVA"
    assert steps_of(question, tasks) == [("sqa", {"question": question}, None, False)]


def test_picking_up_a_story_named_before(tasks):
    assert steps_of("The fisherman's ghost story breaks off; pick up where he left off.", tasks) == [
        ("continue", {}, None, False)]


def test_this_ones_not_about_the_audio(tasks):
    assert steps_of("This one's not about the clip: write a haiku about rain.", tasks) == [
        ("instruct", {"instruction": "Write a haiku about rain."}, None, False)]


def test_a_bulleted_header_asks_for_nothing_itself(tasks):
    assert steps_of("Give me a bulleted rundown: • how many voices • the mood • a transcript", tasks) == [
        ("sv", {}, None, False), ("er", {}, None, False), ("asr", {}, None, False)]


def test_a_dashed_label_after_and_before_a_question(tasks):
    assert steps_of("Summarise the tour, and — quiz question — which tower is oldest? A) north B) south C) east",
                    tasks) == [("asr", {}, None, True), ("summarize", {}, 0, False),
                               ("sqa", {"question": "Which tower is oldest? A) north B) south C) east"}, None, False)]


def test_a_resume_short_after_and_after(tasks):
    assert steps_of("I need the text of this audio and after, a resume short of maximum 25 words.", tasks) == [
        ("asr", {}, None, False), ("summarize", {"max_words": 25}, 0, False)]


def test_the_summary_sized_after_a_dash(tasks):
    assert steps_of("Give me a Czech translation of the summary — keep the summary to 30 words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False), ("translate", {"target_lang": "cs"}, 1, False)]


# Guards: what the rules above must leave as it was.


def test_someone_else_doing_other_work_stays_a_question(tasks):
    text = "Does the man who sells the bread also bake it, or is that someone else?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_transcribing_everything_someone_says_in_a_language_is_a_transcript(tasks):
    assert steps_of("Transcribe everything the guide says in Polish.", tasks) == [
        ("asr", {"language": "pl"}, None, False)]


def test_a_plain_label_with_a_colon_stays_a_label(tasks):
    assert steps_of("Knot tying class: transcribe it.", tasks) == [("asr", {}, None, False)]


# Guards from this round's review (a helper's wordings; each went wrong in a first version of the rules above).


def test_someone_who_talks_also_doing_other_work_stays_a_question(tasks):
    for text in ("Does the chef who explains the recipe also cook it, or is it someone else?",
                 "Does the guide who explains the history also drive the bus, or is that someone else?"):
        assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_hyphenated_requests_after_a_question_stay_requests(tasks):
    got = steps_of("How many speakers are there? • a word-for-word transcript • a French translation", tasks)
    assert ("translate", {"target_lang": "fr"}, 0, False) in got


def test_a_character_picking_up_where_someone_left_off_stays_a_question(tasks):
    for text in ("The story pauses for an ad; does the narrator pick up where she left off?",
                 "Transcribe the fable. Does the fox pick up where the wolf left off?"):
        assert all(step[0] != "continue" for step in steps_of(text, tasks)), text


def test_a_short_resume_in_a_question_is_not_a_summary(tasks):
    text = "Is her resume short or long?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_before_and_after_in_a_question_stays_one_question(tasks):
    text = "Does the music play before the speech and after, a short jingle?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_as_he_puts_it_in_a_question_stays(tasks):
    text = "Is the price fair, as he puts it?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]
