"""Plans for wordings of the kinds the helper-written sets of round 168 found (issue 10, part 6; tuned on the misses
of heldout534 and 535), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_just_one_person_or_the_whole_group_talking(tasks):
    assert steps_of("Is it only the chair or the committee speaking?", tasks) == [("sv", {}, None, False)]


def test_a_note_label_before_the_speech_language(tasks):
    assert steps_of("Note: the guests speak Italian. Write it all down.", tasks) == [
        ("asr", {"language": "it"}, None, False)]


def test_bulleted_options_completing_a_statement(tasks):
    assert steps_of("Summarise it, then answer: the bell is cast in • bronze • iron • steel? And count the voices.",
                    tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "The bell is cast in • bronze • iron • steel?"}, None, False), ("sv", {}, None, False)]


def test_a_language_of_two_words_before_a_colon(tasks):
    assert steps_of("Mandarin Chinese, please: the collector's words.", tasks) == [
        ("st", {"target_lang": "zh"}, None, False)]


def test_pick_it_up_and_finish_it_after_a_dash(tasks):
    assert steps_of("The narrator breaks off in the middle of the fable — pick it up and finish it.", tasks) == [
        ("continue", {}, None, False)]


def test_the_multiple_choice_before_a_dash_is_a_lead_in(tasks):
    assert steps_of("Transcribe it; then the multiple choice — the bells are rung by: hand / rope / machine.",
                    tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "The bells are rung by: hand / rope / machine."}, None, False)]


def test_how_many_actors_have_lines(tasks):
    assert steps_of("Translate the play into German and tell me how many actors have lines.", tasks) == [
        ("st", {"target_lang": "de"}, None, False), ("sv", {}, None, False)]


def test_make_the_writing_of_what_someone_is_speaking(tasks):
    assert steps_of("Please, you make the writing of what the lady is speaking.", tasks) == [("asr", {}, None, False)]


def test_a_full_transcript_between_pluses(tasks):
    assert steps_of("speaker count + full transcript + the mood", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False), ("er", {}, None, False)]


def test_what_is_spoken_wins_over_what_they_are(tasks):
    assert steps_of("Note: the guests are Polish but speak English. Transcribe it.", tasks) == [
        ("asr", {"language": "en"}, None, False)]


# Guards: what the rules above must leave as it was.


def test_just_one_person_or_the_whole_team_praised_stays_a_question(tasks):
    text = "Did the coach praise just the captain or the whole team?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_note_as_a_verb_stays_a_question(tasks):
    text = "Note the time he arrives."
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_how_many_things_have_lines_stays_a_question(tasks):
    text = "How many of the boats have lines?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_bulleted_outputs_stay_requests(tasks):
    assert [s[0] for s in steps_of("I need • a transcript • a summary", tasks)] == ["asr", "summarize"]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_adjectives_after_a_comma_start_no_request(tasks):
    assert [s[0] for s in steps_of("Give me a quick, short summary of the talk.", tasks)] == ["asr", "summarize"]


def test_just_one_instrument_or_the_whole_orchestra_stays_a_question(tasks):
    text = "Is it just the violin or the whole orchestra playing?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_label_before_bulleted_questions_is_no_multiple_choice(tasks):
    assert [s[0] for s in steps_of("Two questions • how many speakers • what mood?", tasks)] == ["sv", "er"]


def test_the_writing_of_what_is_said_in_a_language_stays_a_translation(tasks):
    assert steps_of("Please, you make the writing of what the lady is speaking, in German please.", tasks) == [
        ("st", {"target_lang": "de"}, None, False)]


def test_the_mc_before_a_dash_is_a_person(tasks):
    text = "The MC — a man or a woman?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


# Found by using the CLI after the round (be-the-user on the fresh-clone CI of the reread).


def test_the_whole_thing_in_a_number_of_words_after_a_question_is_a_summary(tasks):
    assert steps_of("Monologue or dialogue? Then the whole thing in 15 words.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {"max_words": 15}, 1, False)]


def test_the_whole_thing_after_a_summary_is_its_length(tasks):
    assert steps_of("Summarise it. The whole thing in 30 words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False)]
