"""Plans for wordings of the kinds the helper-written sets of round 167 found (issue 10, part 6; tuned on the misses
of heldout530 and 531), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_hint_naming_the_demonstration(tasks):
    assert steps_of("What wood is the mallet made of? Answer strictly from the demonstration.", tasks) == [
        ("sqa", {"question": "What wood is the mallet made of?"}, None, False)]


def test_a_hint_naming_the_reel(tasks):
    assert steps_of("Why did the hiss get worse? Answer using nothing but the reel.", tasks) == [
        ("sqa", {"question": "Why did the hiss get worse?"}, None, False)]


def test_what_someone_says_while_doing_something_in_a_language(tasks):
    assert steps_of("What the uncle says while sanding the frame, in Urdu.", tasks) == [
        ("st", {"target_lang": "ur"}, None, False)]


def test_the_recordings_dialogue_in_a_language(tasks):
    assert steps_of("The video's dialogue in Swedish.", tasks) == [("st", {"target_lang": "sv"}, None, False)]


def test_number_of_ppl_after_a_plus(tasks):
    assert steps_of("summary + number of ppl speaking", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("sv", {}, None, False)]


def test_who_is_speaking_with_options_beside_a_speaker_count(tasks):
    assert steps_of("Summarise it, answer this — who is talking? a) a tailor b) a cobbler c) a baker — and say if "
                    "anyone else speaks.", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Who is talking? a) a tailor b) a cobbler c) a baker"}, None, False),
        ("sv", {}, None, False)]


def test_but_also_starts_a_request(tasks):
    assert steps_of("Carry the story on, but also tell me how the narrator sounds.", tasks) == [
        ("continue", {}, None, False), ("er", {}, None, False)]


def test_settle_the_named_question_before_a_dash(tasks):
    assert steps_of("Write it out, settle the paint question — oil, acrylic or enamel? — and count the speakers.",
                    tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Oil, acrylic or enamel?"}, None, False), ("sv", {}, None, False)]


def test_a_quick_read_on_the_tone_of_someone(tasks):
    assert steps_of("Translate it into Greek. Also a quick read on the tone of the last caller.", tasks) == [
        ("st", {"target_lang": "el"}, None, False), ("er", {}, None, False)]


def test_lettered_requests_with_numbered_options_in_one(tasks):
    assert steps_of("a) transcribe it b) which brush does she pick: 1. sable 2. squirrel 3. nylon c) summarise it in "
                    "twenty words", tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "Which brush does she pick: 1. sable 2. squirrel 3. nylon"}, None, False),
        ("summarize", {"max_words": 20}, 0, False)]


# Guards: what the rules above must leave as it was.


def test_who_is_talking_then_a_count_is_one_speaker_check(tasks):
    assert steps_of("Who's talking, one person or several?", tasks) == [("sv", {}, None, False)]


def test_but_also_inside_a_statement_starts_nothing(tasks):
    assert steps_of("The clip is short, but also very noisy. Transcribe it.", tasks) == [("asr", {}, None, False)]


def test_answer_the_question_colon_still_drops_its_lead_in(tasks):
    assert steps_of("Answer the question: who won the raffle?", tasks) == [
        ("sqa", {"question": "Who won the raffle?"}, None, False)]


def test_how_many_people_coming_stays_a_question(tasks):
    text = "How many people are coming to dinner?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


# Guards from this round's review (wordings where a first version of the rules above planned worse).


def test_is_the_dialogue_in_a_language_stays_a_question(tasks):
    text = "Is the radio play's dialogue in Czech?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_a_number_of_ppl_mentioned_is_no_speaker_count(tasks):
    assert [s[0] for s in steps_of("transcribe + number of ppl invited", tasks)] == ["asr"]


def test_answer_the_named_question_with_no_question_after_keeps_its_words(tasks):
    text = "Answer the last question — quickly."
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_while_doing_something_then_a_verb_is_a_question(tasks):
    text = "What does the coach say while stretching the hamstring is vital?"
    assert steps_of(text, tasks) == [("sqa", {"question": text}, None, False)]


def test_options_that_count_people_are_the_speaker_check(tasks):
    assert steps_of("Who is talking? a) one person b) a group, and tell me whether more than one voice is heard.",
                    tasks) == [("sv", {}, None, False)]
