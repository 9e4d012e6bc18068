"""Plans for wordings of the kinds the helper-written sets of round 183 found (issue 10, part 6; tuned on the misses
of heldout594 and 595), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import one_question, steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)


def test_a_dutch_oven_is_not_dutch_speech(tasks):
    assert steps_of("Transcribe the dutch oven demo and tell me if one person speaks.", tasks) == [ASR, SV]
    assert steps_of("Translate the French fries clip into Italian.", tasks) == [("st", {"target_lang": "it"}, None, False)]


def test_a_language_before_another_noun_is_still_the_speechs(tasks):
    assert steps_of("The talk is in Dutch. Transcribe it.", tasks) == [("asr", {"language": "nl"}, None, False)]


def test_and_the_number_of_distinct_speakers(tasks):
    assert steps_of("Give me a full transcript of the wok video and the number of distinct voices you hear.", tasks) == [
        ASR, SV]


def test_and_the_number_of_guests_stays_in_the_question(tasks):
    assert steps_of("Tell me about the menu and the number of guests.", tasks) == [
        ("sqa", {"question": "Tell me about the menu and the number of guests."}, None, False)]


def test_a_clip_named_before_what_they_actually_say(tasks):
    assert steps_of("The wok segment, what do they really say? Polish, please.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]


def test_a_clip_named_before_what_they_say_about_something(tasks):
    assert steps_of("The wok clip, what does she say about the lid?", tasks) == [
        ("sqa", {"question": "The wok clip, what does she say about the lid?"}, None, False)]


def test_numbered_options_between_arrows(tasks):
    assert steps_of("Transcribe it → Which oil is used? 1) olive 2) sesame 3) peanut → summary in 15 words.", tasks) == [
        ASR, ("sqa", {"question": "Which oil is used? 1) olive 2) sesame 3) peanut"}, None, False),
        ("summarize", {"max_words": 15}, 0, False)]


def test_the_answer_to_a_capitalised_question_opening_with_a_preposition(tasks):
    assert steps_of("Transcribe it, then the answer to In which pan is the rice fried? A) wok B) skillet", tasks) == [
        ASR, ("sqa", {"question": "In which pan is the rice fried? A) wok B) skillet"}, None, False)]


def test_settle_or_determine_which_before_choices(tasks):
    assert steps_of("Write it down, settle which oil is used: olive, sesame, or peanut? and then summarise it.", tasks) == [
        ASR, ("sqa", {"question": "Which oil is used: olive, sesame, or peanut?"}, None, False),
        ("summarize", {}, 0, False)]
    assert steps_of("Write it down, determine which oil is used: olive or sesame?", tasks) == [
        ASR, ("sqa", {"question": "Which oil is used: olive or sesame?"}, None, False)]


def test_taking_the_speakers_word_for_it_is_a_hint(tasks):
    assert steps_of("Taking the chef's word for it, how hot is the wok?", tasks) == [
        ("sqa", {"question": "How hot is the wok?"}, None, False)]


def test_a_request_after_telling_me_whether_comes_second(tasks):
    assert steps_of("Carry on the wok story after telling me whether one voice narrates it.", tasks) == [
        SV, ("continue", {}, None, False)]


def test_after_you_answer_keeps_the_order(tasks):
    assert steps_of("One speaker or two? After you answer, write out what they say.", tasks) == [SV, ASR]


def test_what_he_did_after_checking_stays_a_question(tasks):
    assert one_question("What did he do after checking the wok?", tasks)


def test_a_call_that_involves_two_people_or_one(tasks):
    assert steps_of("Find out whether the wok order call involves two people or just the cook.", tasks) == [SV]


def test_a_recipe_that_involves_two_eggs_stays_a_question(tasks):
    assert one_question("Does the recipe involve two eggs or one?", tasks)


def test_the_speaking_is_a_language(tasks):
    assert steps_of("You make the text of this please, the speaking is Italian.", tasks) == [
        ("asr", {"language": "it"}, None, False)]


# Guards from this round's review (wordings of the reviewing helper or of the same kinds).

def test_after_checking_inside_what_is_translated_is_not_cut(tasks):
    assert steps_of("Translate what the cook says after checking whether the oil is hot into Spanish.", tasks) == [
        ("st", {"target_lang": "es"}, None, False)]


def test_the_bit_after_counting_is_not_a_speaker_check(tasks):
    assert steps_of("Summarise the bit after counting how many chairs are free.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]


def test_a_recipe_that_involves_one_mixer_stays_a_question(tasks):
    assert one_question("Does the recipe involve one mixer?", tasks)


def test_the_speaking_is_a_language_before_another_language(tasks):
    assert steps_of("Transcribe; the speaking is Portuguese but the song at the end is in English.", tasks) == [
        ("asr", {"language": "pt"}, None, False)]


def test_for_the_french_press_is_still_french(tasks):
    assert steps_of("Translate this for the French press.", tasks) == [("st", {"target_lang": "fr"}, None, False)]


def test_taking_her_word_for_it_is_a_hint(tasks):
    assert steps_of("Taking her word for it, how hot is the wok?", tasks) == [
        ("sqa", {"question": "How hot is the wok?"}, None, False)]
