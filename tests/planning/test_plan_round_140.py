"""Plans for wordings of the kinds the helper-written sets of round 140 found (issue 10, part 6; tuned on the misses
of heldout422 and 423), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
ASR_IMPLICIT = ("asr", {}, None, True)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)


def test_what_someone_says_the_thing_is(tasks):
    assert steps_of("Is one voice doing all the talking? Then what does she say the entry fee is?", tasks) == [
        SV, ("sqa", {"question": "What does she say the entry fee is?"}, None, False)]


def test_a_count_of_everyone_speaking(tasks):
    assert steps_of("The baker's mood at the bake sale, plus a count of everybody talking.", tasks) == [ER, SV]


def test_what_someone_asks_someone_in_a_language(tasks):
    assert steps_of("What the cashier asks the customer, in Polish.", tasks) == [("st", {"target_lang": "pl"}, None, False)]


def test_how_someone_feels_about_it_after_another_request(tasks):
    assert steps_of("Transcribe the bake sale pitch. And how does the organiser feel about it?", tasks) == [ASR, ER]


def test_this_is_not_about_the_recording_before_a_colon(tasks):
    assert steps_of("This isn't about the recording: list three cakes that travel well.", tasks) == [
        ("instruct", {"instruction": "List three cakes that travel well."}, None, False)]


def test_dont_worry_about_the_recording(tasks):
    assert steps_of("Don't worry about the audio. Write a slogan for a bake sale.", tasks) == [
        ("instruct", {"instruction": "Write a slogan for a bake sale."}, None, False)]


def test_a_request_after_a_statement_with_options(tasks):
    assert steps_of("Count the speakers, then pick one: the cakes sold out (a) by noon (b) by two (c) never, and give me "
                    "a 15-word summary.", tasks) == [
        SV, ("sqa", {"question": "The cakes sold out (a) by noon (b) by two (c) never"}, None, False), ASR_IMPLICIT,
        ("summarize", {"max_words": 15}, 2, False)]


def test_answer_then_a_question_with_numbered_options(tasks):
    assert steps_of("Transcribe it, answer did the stall (1) sell out, (2) close early or (3) stay open?, then carry on "
                    "the story.", tasks) == [
        ASR, ("sqa", {"question": "Did the stall (1) sell out, (2) close early or (3) stay open?"}, None, False),
        ("continue", {}, None, False)]


def test_a_hint_with_texted_with(tasks):
    assert steps_of("how much were the scones? answer w/ whats said in the clip", tasks) == [
        ("sqa", {"question": "How much were the scones?"}, None, False)]


def test_how_someone_feels_about_it_with_options_stays_a_question(tasks):
    assert steps_of("Transcribe it; then, how does the baker feel about the queue: calm, annoyed, or thrilled?", tasks) == [
        ASR, ("sqa", {"question": "How does the baker feel about the queue: calm, annoyed, or thrilled?"}, None, False)]


def test_how_someone_feels_about_something_alone_stays_a_question(tasks):
    assert steps_of("How does the baker feel about the new oven?", tasks) == [
        ("sqa", {"question": "How does the baker feel about the new oven?"}, None, False)]


def test_options_before_a_question_stay_with_it(tasks):
    assert steps_of("Transcribe the clip and then, picking from (a) noon (b) two (c) four, when did the cakes sell out? "
                    "Then give me the transcript in Polish.", tasks) == [
        ASR, ("sqa", {"question": "Picking from (a) noon (b) two (c) four, when did the cakes sell out?"}, None, False),
        ("translate", {"target_lang": "pl"}, 0, False)]


def test_asking_without_a_language_stays_a_question(tasks):
    assert steps_of("What does the cashier ask the customer?", tasks) == [
        ("sqa", {"question": "What does the cashier ask the customer?"}, None, False)]


def test_what_someone_says_in_the_clip_stays_a_transcript(tasks):
    assert steps_of("What does he say in the clip?", tasks) == [ASR]


# Guards from this round's review: wordings the first version of the round planned worse.

def test_dont_worry_about_the_audio_being_noisy_still_uses_it(tasks):
    assert steps_of("Don't worry about the audio being crackly, just summarise it.", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False)]


def test_dont_worry_then_a_request_about_the_audio(tasks):
    assert steps_of("Please don't worry about the clip; just tell me how many people talk.", tasks) == [SV]
    assert steps_of("Do not worry about the tape; is the baker a man or a woman?", tasks) == [
        ("sqa", {"question": "Is the baker a man or a woman?"}, None, False)]


def test_a_polite_numbered_list_of_requests_is_not_options(tasks):
    assert steps_of("What I need: (1) transcript, (2) summary, (3) mood.", tasks) == [ASR, ("summarize", {}, 0, False), ER]


def test_a_comma_after_say_is_not_what_someone_says_a_thing_is(tasks):
    assert steps_of("What does she say, it was too faint for me?", tasks) == [ASR]
    assert steps_of("What does he say the second time he is asked?", tasks) == [ASR]


def test_how_others_feel_about_something_stays_a_question(tasks):
    assert steps_of("Summarise it. How do most people feel about tipping?", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False), ("sqa", {"question": "How do most people feel about tipping?"}, None, False)]
    assert steps_of("Summarise the podcast. How does the economy feel about inflation?", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False),
        ("sqa", {"question": "How does the economy feel about inflation?"}, None, False)]


def test_a_reason_after_options_belongs_to_the_question(tasks):
    assert steps_of("The answer is one of: a) red b) blue c) green, and give a reason.", tasks) == [
        ("sqa", {"question": "The answer is one of: a) red b) blue c) green, and give a reason."}, None, False)]
