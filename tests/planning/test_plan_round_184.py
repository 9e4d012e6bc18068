"""Plans for wordings of the kinds the helper-written sets of round 184 found (issue 10, part 6; tuned on the misses
of heldout598 and 599), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ASR_IMPLICIT, ER, SV, st, steps_of


def test_one_talker_or_a_conversation(tasks):
    assert steps_of("Single talker or a dialogue?", tasks) == [SV]
    assert steps_of("One voice or a conversation?", tasks) == [SV]


def test_decide_that_answers_the_question_just_asked(tasks):
    assert steps_of("Is the baker cross? Decide that for the bakery clip, then transcribe it.", tasks) == [ER, ASR]


def test_ignoring_what_is_recorded(tasks):
    assert steps_of("Ignoring what's recorded, name three rivers in Spain.", tasks) == [
        ("instruct", {"instruction": "Name three rivers in Spain."}, None, False)]


def test_a_remark_before_a_tone_question(tasks):
    assert steps_of("wow the teapot lady sounds strange, what's her tone?? and transcribe it", tasks) == [ER, ASR]


def test_how_a_warning_would_read_in_a_language(tasks):
    assert steps_of("How would the lifeguard's warning sound in Greek?", tasks) == [st("el")]


def test_nothing_else_after_the_words_wanted(tasks):
    assert steps_of("Kettle safety instructions in Danish, nothing else.", tasks) == [st("da")]


def test_a_language_before_a_tutorial(tasks):
    assert steps_of("In Czech: the knitting tutorial.", tasks) == [st("cs")]


def test_what_was_said_while_something_happened(tasks):
    assert steps_of("What did the chef say while the soup pot bubbled away? In Hungarian, please.", tasks) == [st("hu")]


def test_words_first_in_one_language_then_another(tasks):
    assert steps_of("The guide's remarks about the harbour: first in Swedish, then in Danish.", tasks) == [
        st("sv"), st("da")]


def test_a_transcript_with_someones_words_in_a_language_alongside(tasks):
    assert steps_of("Type up the kettle clip, with the host's words in Romanian alongside.", tasks) == [ASR, st("ro")]


def test_what_i_am_after_closes_the_request(tasks):
    assert steps_of("The auctioneer's patter in Italian is what I'm after.", tasks) == [st("it")]
    assert steps_of("A ten-word summary is what I need.", tasks) == [ASR_IMPLICIT, ("summarize", {"max_words": 10}, 0, False)]


def test_the_users_own_english_before_the_speechs_language(tasks):
    assert steps_of("I don't speak English well, the audio is Italian, write what they say", tasks) == [
        ("asr", {"language": "it"}, None, False)]
    assert steps_of("me not speak english good, audio is greek, you write what they say", tasks) == [
        ("asr", {"language": "el"}, None, False)]


def test_lettered_requests_opening_with_a_question(tasks):
    assert steps_of("a) how many people speak in the stall video b) full text c) summary in 15 words", tasks) == [
        SV, ASR, ("summarize", {"max_words": 15}, 1, False)]


def test_a_temperature_before_the_next_sentence(tasks):
    assert steps_of("Transcribe it, then: how hot is the oven? (a) 200°C (b) 220°C. Finish with a 10-word summary.",
                    tasks) == [ASR, ("sqa", {"question": "How hot is the oven? (a) 200°C (b) 220°C."}, None, False),
                               ("summarize", {"max_words": 10}, 0, False)]


def test_true_or_false_with_options_after_the_statement(tasks):
    assert steps_of("True or false: the lid stays on. (a) true (b) false. Then transcribe it.", tasks) == [
        ("sqa", {"question": "True or false: the lid stays on. (a) true (b) false."}, None, False), ASR]


def test_choices_label_and_which_is_it(tasks):
    assert steps_of("Options for this one: the kettle is A. cold B. warm C. boiling. Which is it? Then transcribe it.",
                    tasks) == [("sqa", {"question": "The kettle is A. cold B. warm C. boiling. Which is it?"}, None, False),
                               ASR]


def test_a_question_named_first_and_written_below(tasks):
    assert steps_of("Transcribe it, answer the question below, then count the speakers.\nQ: Who won the raffle?",
                    tasks) == [ASR, ("sqa", {"question": "Who won the raffle?"}, None, False), SV]
    assert steps_of("Transcript → quiz question → emotion. Quiz: what is baked? • bread • cake", tasks) == [
        ASR, ("sqa", {"question": "What is baked? • bread • cake"}, None, False), ER]


# --- guards: wordings these changes must leave as they were -----------------------------------------------------------

def test_with_her_words_in_mind_is_no_request(tasks):
    assert steps_of("With her words in mind, what is she selling?", tasks) == [
        ("sqa", {"question": "With her words in mind, what is she selling?"}, None, False)]


def test_a_question_with_no_label_after_the_name_stays_where_it_is(tasks):
    assert steps_of("Answer the question below, then transcribe it. Who won the raffle?", tasks)[-1][0] == "sqa"


def test_true_or_false_after_a_comma_drops_its_label(tasks):
    assert steps_of("True or false, the lid stays on (a) true (b) false", tasks) == [
        ("sqa", {"question": "The lid stays on (a) true (b) false"}, None, False)]


# --- guards from this round's review: wordings the first version planned worse than `8d67273` -------------------------

def test_what_is_recorded_somewhere_is_not_the_audio_ignored(tasks):
    assert steps_of("Ignoring what's recorded in the background, transcribe the speech.", tasks) == [ASR]


def test_transcribe_it_first_in_a_language_is_the_speechs(tasks):
    assert steps_of("Transcribe it, first in Spanish, then translate it into English.", tasks) == [
        ("asr", {"language": "es"}, None, False), ("translate", {"target_lang": "en"}, 0, False)]


def test_what_i_need_inside_a_question_stays(tasks):
    assert steps_of("Does she say the red one is what I need?", tasks) == [
        ("sqa", {"question": "Does she say the red one is what I need?"}, None, False)]


def test_nothing_else_inside_a_question_stays(tasks):
    assert steps_of("Does she want coffee, nothing else?", tasks) == [
        ("sqa", {"question": "Does she want coffee, nothing else?"}, None, False)]


def test_a_tutorial_to_write_is_no_recording(tasks):
    assert steps_of("Make me a short tutorial in Spanish about bread.", tasks)[0][0] != "st"


def test_my_greeting_card_is_no_recording(tasks):
    assert steps_of("How would my greeting card read in Spanish?", tasks)[0][0] != "st"
    assert steps_of("How would a polite reminder read in German?", tasks)[0][0] != "st"


# --- from the review's wordings still wrong after the first version ----------------------------------------------------

def test_thats_all_closes_the_request(tasks):
    assert steps_of("Her apology in Thai, that's all.", tasks) == [st("th")]


def test_a_labelled_question_planned_as_another_task_takes_the_named_place(tasks):
    assert steps_of("Transcribe it, answer the question below, then summarize. Q: Is she happy?", tasks) == [
        ASR, ER, ("summarize", {}, 0, False)]
