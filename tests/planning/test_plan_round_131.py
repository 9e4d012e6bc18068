"""Plans for wordings of the kinds the helper-written sets of round 131 found (issue 10, part 6; tuned on the misses
of heldout386 and 387), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)
IMPLICIT = ("asr", {}, None, True)


def test_a_summary_in_english_of_speech_in_no_stated_language(tasks):
    assert steps_of("Transcribe the auction and give me an English summary, 30 words max.", tasks) == [
        ASR, ("summarize", {"max_words": 30}, 0, False)]
    assert steps_of("The mayor's speech in Dutch, and a 20-word summary in English.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), IMPLICIT, ("summarize", {"max_words": 20}, 1, False)]
    assert steps_of("The auction is in Dutch. Summarise it in English.", tasks) == [
        ("asr", {"language": "nl"}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "en"}, 1, False)]
    assert steps_of("Summarise it, then translate the summary into English.", tasks) == [
        IMPLICIT, ("summarize", {}, 0, False), ("translate", {"target_lang": "en"}, 1, False)]


def test_a_question_after_a_dash(tasks):
    assert steps_of("Type up the speech — do two people speak?", tasks) == [ASR, SV]
    assert steps_of("Translate it into French — is that possible?", tasks) == [("st", {"target_lang": "fr"}, None, False)]


def test_a_request_after_before_doing(tasks):
    assert steps_of("Tell me how many people speak before giving a 20-word recap.", tasks) == [
        SV, IMPLICIT, ("summarize", {"max_words": 20}, 1, False)]
    assert steps_of("What did she say before translating the letter?", tasks) == [
        ("sqa", {"question": "What did she say before translating the letter?"}, None, False)]


def test_who_is_talking_just_one_person(tasks):
    assert steps_of("Who's doing the talking at the fete — just the mayor?", tasks) == [SV]
    assert steps_of("Does the quiz host share the mic with anybody?", tasks) == [SV]
    assert steps_of("Does the band share the stage with anyone?", tasks) == [
        ("sqa", {"question": "Does the band share the stage with anyone?"}, None, False)]


def test_a_pause_of_three_dots(tasks):
    assert steps_of("the mayor's speech... in danish? and who opened the fete", tasks) == [
        ("st", {"target_lang": "da"}, None, False), ("sqa", {"question": "Who opened the fete"}, None, False)]
    assert steps_of("The judge sounds... (a) calm (b) rattled (c) bored", tasks) == [
        ("sqa", {"question": "The judge sounds... (a) calm (b) rattled (c) bored"}, None, False)]


def test_requests_between_bars(tasks):
    assert steps_of("fete clip | how many voices? | which stall won: A. cakes / B. jams | the mayor's mood", tasks) == [
        SV, ("sqa", {"question": "Which stall won: A. cakes / B. jams"}, None, False), ER]


def test_hints_after_a_label_dash_at_the_end_and_in_brackets(tasks):
    assert steps_of("Village fete — from the announcements, when does the raffle start?", tasks) == [
        ("sqa", {"question": "When does the raffle start?"}, None, False)]
    assert steps_of("Who baked the winning cake, as far as this recording tells us?", tasks) == [
        ("sqa", {"question": "Who baked the winning cake"}, None, False)]
    assert steps_of("when does the raffle close? (whatever the tape says)", tasks) == [
        ("sqa", {"question": "When does the raffle close?"}, None, False)]


def test_what_is_going_on_in_a_number_of_words(tasks):
    assert steps_of("what's going on in this clip, in 12 words or less", tasks) == [
        IMPLICIT, ("summarize", {"max_words": 12}, 0, False)]
    assert steps_of("What happened to the float, in 10 words?", tasks) == [
        ("sqa", {"question": "What happened to the float, in 10 words?"}, None, False)]


def test_someones_words_in_two_languages(tasks):
    assert steps_of("The mayor's speech in Dutch and in Greek.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False), ("st", {"target_lang": "el"}, None, False)]


def test_a_count_of_people_at_a_tap_dance(tasks):
    assert steps_of("How many couples were in the tap contest?", tasks) == [
        ("sqa", {"question": "How many couples were in the tap contest?"}, None, False)]
    assert steps_of("Speakers?", tasks) == [SV]


def test_guards_from_the_review_of_round_131(tasks):
    """Wordings the round's review found planned wrongly by its first version (each as on the commit before)."""
    assert steps_of("Summarise the Spanish lecture in English.", tasks) == [
        IMPLICIT, ("summarize", {}, 0, False), ("translate", {"target_lang": "en"}, 1, False)]
    assert steps_of("Transcribe it — will it take long?", tasks) == [ASR]
    assert steps_of("What happens at the end of the clip, in 10 words?", tasks) == [
        ("sqa", {"question": "What happens at the end of the clip, in 10 words?"}, None, False)]
    assert steps_of("Which does the caller ask for: a summary | a translation | a transcript?", tasks) == [
        ("sqa", {"question": "Which does the caller ask for: a summary | a translation | a transcript?"}, None, False)]
    assert steps_of("Who is the speaker talking to, just the nurse?", tasks) == [
        ("sqa", {"question": "Who is the speaker talking to, just the nurse?"}, None, False)]
    assert steps_of("Summarise what she says before translating it.", tasks) == [IMPLICIT, ("summarize", {}, 0, False)]
    assert steps_of("From what's said in the clip only — how much does a dryer cycle cost?", tasks) == [
        ("sqa", {"question": "How much does a dryer cycle cost?"}, None, False)]
    assert steps_of("what did they say in the voice note... in ukrainian?", tasks) == [
        ("st", {"target_lang": "uk"}, None, False)]


def test_a_summary_in_english_then_more_work_on_it(tasks):
    """The English translation dropped, a later step takes the summary (the review found the plan invalid)."""
    assert steps_of("Give me a summary in English and then shorten it to 10 words.", tasks) == [
        IMPLICIT, ("summarize", {}, 0, False), ("summarize", {"max_words": 10}, 1, False)]
