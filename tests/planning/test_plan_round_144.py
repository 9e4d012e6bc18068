"""Plans for wordings of the kinds the helper-written sets of round 144 found (issue 10, part 6; tuned on the misses
of heldout438 and 439), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)
GO_ON = ("continue", {}, None, False)


def test_counting_speakers_is_step_one(tasks):
    assert steps_of("Counting speakers is step one. Step two is a transcript. Step three: a French translation of it.",
                    tasks) == [SV, ASR, ("translate", {"target_lang": "fr"}, 1, False)]


def test_step_one_is_a_gerund(tasks):
    assert steps_of("Step one is counting the voices, step two is transcribing the clip.", tasks) == [SV, ASR]


def test_how_much_people_in_learners_english(tasks):
    assert steps_of("I want know how much people are speaking in this.", tasks) == [SV]


def test_make_the_speech_to_writing(tasks):
    assert steps_of("Please make this speech to writing and put the writing in Polish.", tasks) == [
        ASR, ("translate", {"target_lang": "pl"}, 0, False)]


def test_whatever_you_wrote_after_a_question_is_the_story(tasks):
    assert steps_of("Keep the fishing story going, answer what the boat is called, then give a Dutch version of "
                    "whatever you wrote.", tasks) == [
        GO_ON, ("sqa", {"question": "What the boat is called"}, None, False), ("translate", {"target_lang": "nl"}, 0, False)]


def test_people_who_joined_an_event_are_a_question(tasks):
    assert steps_of("How many people joined the choir rehearsal?", tasks) == [
        ("sqa", {"question": "How many people joined the choir rehearsal?"}, None, False)]


def test_a_question_after_keep_the_story_going(tasks):
    assert steps_of("Keep the ghost story going, tell me where the lighthouse stands.", tasks) == [
        GO_ON, ("sqa", {"question": "Where the lighthouse stands."}, None, False)]


def test_what_a_thing_is_called_is_a_question_not_a_call(tasks):
    assert steps_of("Transcribe it, then answer what the ferry is called.", tasks) == [
        ASR, ("sqa", {"question": "What the ferry is called."}, None, False)]


def test_what_you_wrote_after_a_summary_is_the_summary(tasks):
    assert steps_of("Summarise the talk, then answer where he lives, then translate what you wrote into French.",
                    tasks) == [("asr", {}, None, True), ("summarize", {}, 0, False),
                               ("sqa", {"question": "Where he lives"}, None, False),
                               ("translate", {"target_lang": "fr"}, 1, False)]


# Guards: what the rules above must leave as it was.


def test_a_voice_joining_a_person_or_a_call_is_a_speaker_check(tasks):
    assert steps_of("Does a second voice join the teacher?", tasks) == [SV]
    assert steps_of("How many people join the call?", tasks) == [SV]
    assert steps_of("Does anyone else join in?", tasks) == [SV]


def test_one_step_named_in_words_is_no_list(tasks):
    assert steps_of("What is step two of the recipe?", tasks) == [
        ("sqa", {"question": "What is step two of the recipe?"}, None, False)]
    assert steps_of("Step three: how does the auctioneer sound?", tasks) == [ER]


def test_going_by_the_story_is_still_a_hint(tasks):
    assert steps_of("Going by the story, where does the keeper live?", tasks) == [
        ("sqa", {"question": "Where does the keeper live?"}, None, False)]
    assert steps_of("Answer only from the call.", tasks) == [
        ("sqa", {"question": "Answer only from the call."}, None, False)]


def test_to_writing_in_a_question_is_no_transcript(tasks):  # from this round's review
    assert steps_of("Does the baker prefer talking to writing?", tasks) == [
        ("sqa", {"question": "Does the baker prefer talking to writing?"}, None, False)]
    assert steps_of("Is she used to writing by hand, according to the clip?", tasks)[0][0] == "sqa"


def test_steps_in_words_inside_a_question_cut_nothing(tasks):  # from this round's review
    assert steps_of("Is step one harder than step two, according to the coach?", tasks) == [
        ("sqa", {"question": "Is step one harder than step two, according to the coach?"}, None, False)]


def test_how_much_people_before_anything_but_speaking_stays_a_question(tasks):  # from this round's review
    assert steps_of("Tell me how much people in the village rely on the bus.", tasks)[0][0] == "sqa"
