"""Plans for wordings of the kinds the helper-written sets of round 127 found (issue 10, part 6; tuned on the misses
of heldout370 and 371), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
ER = ("er", {}, None, False)
SV = ("sv", {}, None, False)


def st(lang: str) -> tuple:
    return ("st", {"target_lang": lang}, None, False)


def test_this_ones_in_a_language_states_the_speech(tasks):
    assert steps_of("This one's in Hungarian — a farm radio chat. A transcript, then an English translation of it.",
                    tasks) == [
        ("asr", {"language": "hu"}, None, False), ("translate", {"target_lang": "en"}, 0, False)]


def test_what_words_someone_uses_in_a_language(tasks):
    assert steps_of("What words does the ferry captain use, in Polish?", tasks) == [st("pl")]
    assert steps_of("What words did the umpire say, in Greek? Also, is it one voice throughout?", tasks) == [
        st("el"), SV]
    # the words used for something, or with no language, are a question
    assert steps_of("What words does the captain use to describe the storm?", tasks)[0][0] == "sqa"


def test_her_closing_remarks_and_an_introduction_in_a_language(tasks):
    assert steps_of("Her closing remarks, in Dutch.", tasks) == [st("nl")]
    assert steps_of("His short introduction, in Turkish. Then how does he sound?", tasks) == [st("tr"), ER]
    assert steps_of("The organisers' feedback — Danish, please — and a transcript as well.", tasks) == [
        st("da"), ASR]
    # a language naming the remarks is no request for a translation
    assert steps_of("Her Italian remarks, in Dutch.", tasks)[0] != st("nl")


def test_possible_answers_and_unmarked_option_numbers(tasks):
    assert steps_of("Which dog won? Possible answers: the collie, the terrier, the spaniel.", tasks) == [
        ("sqa", {"question": "Which dog won? Possible answers: the collie, the terrier, the spaniel."}, None, False)]
    assert steps_of("Transcribe it; which flag was raised? Option 1 red, Option 2 blue, Option 3 green; how many "
                    "people talk?", tasks) == [
        ASR, ("sqa", {"question": "Which flag was raised? Option 1 red, Option 2 blue, Option 3 green"}, None, False),
        SV]


def test_a_labelled_question_then_a_hint(tasks):
    assert steps_of("Sheepdog trial question, answer it from the recording: Which whistle did the shepherd use?",
                    tasks) == [("sqa", {"question": "Which whistle did the shepherd use?"}, None, False)]


def test_setting_a_named_recording_aside(tasks):
    assert steps_of("Set the village fete recording aside and write a haiku about autumn.", tasks) == [
        ("instruct", {"instruction": "Write a haiku about autumn."}, None, False)]
    assert steps_of("Ignore the second clip and transcribe the first.", tasks) == [ASR]


def test_extending_a_named_story(tasks):
    assert steps_of("Extend the lighthouse keeper's story by a page, then summarise what you added.", tasks) == [
        ("continue", {}, None, False), ("summarize", {}, 0, False)]
    assert steps_of("Extend that deadline by a week.", tasks)[0][0] != "continue"


def test_how_someone_sounds_after_or_before_something(tasks):
    assert steps_of("How does the losing captain sound after the final whistle?", tasks) == [ER]
    assert steps_of("How does the referee sound before the kick-off?", tasks) == [ER]


def test_a_transcript_and_someones_words_in_a_language_too(tasks):
    assert steps_of("Give me a transcript of the warm-up, and the coach's words in Welsh too.", tasks)[:1] == [ASR]
    assert steps_of("Give me a transcript of the warm-up, and the coach's words in Czech too.", tasks) == [
        ASR, st("cs")]


def test_guards_from_the_review_of_round_127(tasks):
    """Wordings the round's review found planned wrongly by its first version (each right on the commit before)."""
    assert steps_of("Answer this question, from the audio: who won?", tasks) == [
        ("sqa", {"question": "Who won?"}, None, False)]
    assert steps_of("Give her good advice in German.", tasks)[0][0] == "sqa"
    assert steps_of("Give her an answer in French.", tasks)[0][0] == "sqa"
    assert steps_of("What words does he keep using, in Japanese?", tasks)[0][0] == "sqa"
    assert steps_of("What words does the narrator use that sound French?", tasks)[0][0] == "sqa"
    assert steps_of("Give me this one's transcript in Spanish.", tasks) == [
        ("asr", {}, None, True), ("translate", {"target_lang": "es"}, 0, False)]
    assert steps_of("Ignore the dog barking sound and transcribe the speech.", tasks) == [ASR]
    assert steps_of("Ignore the hold music track and summarize the call.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False)]
    assert steps_of("Did he lengthen the fable compared to the original?", tasks)[0][0] == "sqa"
    assert steps_of("How does the engine sound after the repair, is it fixed?", tasks)[0][0] == "sqa"
    assert steps_of("How does the host sound after the break, in German?", tasks) == [
        ("sqa", {"question": "How does the host sound after the break, in German?"}, None, False),
        ("translate", {"target_lang": "de"}, 0, False)]
    # and one found by the rules-alone comparison on the earlier sets
    assert steps_of("The guide's words in Japanese, translated directly from the recording.", tasks) == [st("ja")]
