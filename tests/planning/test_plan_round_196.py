"""Plans for wordings of the kinds the helper-written sets of round 196 found (issue 10, part 6; tuned on the misses
of heldout646 and 647), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ASR_IMPLICIT, ER, SV, sqa, st, steps_of

SUMMARY = ("summarize", {}, 0, False)


def test_whos_on_the_tape_then_a_count(tasks):
    assert steps_of("Who's on this kettle recording — a lone voice or a crowd?", tasks) == [SV]
    assert steps_of("Who's on the bike tape, one person or several?", tasks) == [SV]


def test_whos_on_the_tape_alone_is_a_question(tasks):
    assert steps_of("Who's on this kettle recording?", tasks) == [sqa("Who's on this kettle recording?")]


def test_a_request_after_you_tell_me_something(tasks):
    assert steps_of("Continue the ferry tale after you tell me whether one or two people narrate it.", tasks) == [
        SV, ("continue", {}, None, False)]
    assert steps_of("Summarise the bike clip after you check if the narrator is alone.", tasks) == [
        SV, ASR_IMPLICIT, ("summarize", {}, 1, False)]


def test_what_someone_did_after_you_told_me_stays_a_question(tasks):
    assert steps_of("What did the driver do after you told me about the crash?", tasks)[0][0] == "sqa"


def test_one_talker_or_are_there_more(tasks):
    assert steps_of("Just one mechanic on the tyre tape, or are there more?", tasks) == [SV]
    assert steps_of("One voice in this clip, or more?", tasks) == [SV]


def test_one_thing_or_more_is_no_count_of_people(tasks):
    assert steps_of("Only one cake in the oven, or more?", tasks)[0][0] == "sqa"


def test_tell_me_briefly_what_the_recording_is_about(tasks):
    assert steps_of("Tell me in a sentence what the kettle clip is about.", tasks) == [ASR_IMPLICIT, SUMMARY]
    assert steps_of("Tell me briefly what it's about, and whether one person talks.", tasks) == [
        ASR_IMPLICIT, SUMMARY, SV]


def test_what_someone_is_about_is_no_summary(tasks):
    assert steps_of("Tell me what the farmer is worried about.", tasks)[0][0] != "summarize"
    assert "summarize" not in [s[0] for s in steps_of("Tell me what the farmer is worried about.", tasks)]


def test_what_was_said_somewhere_about_something_in_a_language(tasks):
    assert steps_of("What was said at the bakery about the bread, in Danish?", tasks) == [st("da")]
    assert steps_of("What was said at the bakery about the bread?", tasks) == [
        sqa("What was said at the bakery about the bread?")]


def test_a_recording_then_a_language_wording(tasks):
    assert steps_of("The kettle advert, Greek wording please.", tasks) == [st("el")]


def test_numbered_options_inside_a_question_between_dashes(tasks):
    assert steps_of("Transcribe the tyre clip, then — is the jack 1) red 2) blue 3) not mentioned? — and sum it up "
                    "in 12 words.", tasks) == [
        ASR, sqa("Is the jack 1) red 2) blue 3) not mentioned?"), ("summarize", {"max_words": 12}, 0, False)]


def test_pick_one_then_a_statement_with_its_own_options(tasks):
    assert steps_of("How many people talk on the kettle clip? Pick one: the kettle is for i) tea ii) soup iii) a hot "
                    "water bottle.", tasks) == [SV, sqa("The kettle is for i) tea ii) soup iii) a hot water bottle.")]


def test_pick_one_after_a_question_stays_its_options(tasks):
    assert steps_of("Which colour is the kettle? Pick one: (a) red (b) blue.", tasks) == [
        sqa("Which colour is the kettle? Pick one: (a) red (b) blue.")]


def test_inline_bullets_after_a_statement_led_by_choose(tasks):
    assert steps_of("Is there one narrator? Next, choose: the kettle is • new • old • broken.", tasks) == [
        SV, sqa("The kettle is • new • old • broken.")]


def test_options_word_then_both_among_them(tasks):
    assert steps_of("Which tyre is flat? options front, back, both. Then a summary.", tasks)[0] == sqa(
        "Which tyre is flat? options front, back, both.")


def test_what_the_audio_about_something_says_word_for_word(tasks):
    assert steps_of("What does the tape about the kettle say, word for word?", tasks) == [ASR]


def test_a_language_then_a_dash_and_a_question(tasks):
    assert steps_of("The tips for descaling a kettle, in Polish — and how does the host come across?", tasks) == [
        st("pl"), ER]


def test_one_multiple_choice_item_named_before(tasks):
    text = ("Transcript, then one multiple-choice item, then a summary.\nItem: What does she pour first?\nA. milk\n"
            "B. water")
    assert steps_of(text, tasks) == [ASR, sqa("What does she pour first? A. milk B. water"), SUMMARY]


def test_what_someone_says_causes_something(tasks):
    assert steps_of("What does the host say makes kettles scale up?", tasks) == [
        sqa("What does the host say makes kettles scale up?")]
    assert steps_of("What does the host say, in Polish?", tasks) == [st("pl")]


def test_a_request_to_do_first_after_but_or_a_dash(tasks):
    assert steps_of("Put the transcript into Greek, but transcribe it first.", tasks) == [
        ASR, ("translate", {"target_lang": "el"}, 0, False)]
    assert steps_of("I just want a Greek version of the transcript — transcribe the kettle clip first, obviously.",
                    tasks) == [ASR, ("translate", {"target_lang": "el"}, 0, False)]


def test_review_guards_short_questions_after_a_dash(tasks):
    assert steps_of("Transcribe it — who speaks?", tasks) == [ASR, sqa("Who speaks?")]
    assert [s[0] for s in steps_of("In Greek please — and who's speaking?", tasks)] != ["sqa"]


def test_review_guards_an_order_inside_the_output_is_no_request(tasks):
    assert steps_of("Summarise it, but list the names first.", tasks) == [ASR_IMPLICIT, SUMMARY]
    assert steps_of("Transcribe it, but check the spelling first.", tasks) == [ASR]
    assert steps_of("Give me the gist — mention the names first.", tasks) == [ASR_IMPLICIT, SUMMARY]


def test_review_guards_one_person_in_a_story_or_more(tasks):
    assert steps_of("One doctor mentioned in the story, or more?", tasks)[0][0] == "sqa"
    assert steps_of("Just one witness in the trial, or more?", tasks)[0][0] == "sqa"


def test_review_guards_what_one_part_is_about(tasks):
    assert steps_of("Tell me what the joke in the clip is about.", tasks)[0][0] == "sqa"
    assert steps_of("Tell me what the second story is about.", tasks)[0][0] == "sqa"
    assert steps_of("Tell me what the tape's about.", tasks) == [ASR_IMPLICIT, SUMMARY]


def test_review_guards_pick_one_restating_the_question(tasks):
    assert steps_of("What is he holding? Pick one: he is holding a) a pen b) a cup", tasks) == [
        sqa("What is he holding? Pick one: he is holding a) a pen b) a cup")]
