"""Plans for wordings of the kinds the helper-written sets of round 191 found (issue 10, part 6; tuned on the misses
of heldout626 and 627), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import ASR, ER, SV, instruct, sqa, st, steps_of


def test_tell_me_from_the_recording_not_from_memory_is_a_hint(tasks):
    assert steps_of("Tell me from the recording, not from memory: what colour is the teapot?", tasks) == [
        sqa("What colour is the teapot?")]


def test_considering_only_the_recording_is_a_hint(tasks):
    assert steps_of("Considering only the interview, which town does the potter live in?", tasks) == [
        sqa("Which town does the potter live in?")]


def test_considering_something_else_is_not_a_hint(tasks):
    assert steps_of("Considering the weather, what should the hikers pack?", tasks)[0][1]["question"].startswith(
        "Considering the weather")


def test_would_you_mind_telling_me_how_someone_feels_about_it(tasks):
    assert steps_of("Would you mind telling me how the tenant feels about the rent rise?", tasks) == [ER]


def test_would_you_mind_telling_me_how_a_thing_works_stays_a_question(tasks):
    assert steps_of("Would you mind telling me how the kiln works?", tasks)[0][0] == "sqa"


def test_a_laugh_after_a_request_without_the_audio(tasks):
    assert steps_of("ignore the clip, just write me a haiku about teapots lol", tasks) == [
        instruct("Write me a haiku about teapots")]
    assert steps_of("ignore the clip, what does lol stand for?", tasks)[0][1]["instruction"].endswith("stand for?")


def test_once_you_know_leads_the_next_request(tasks):
    assert steps_of("Is it one potter talking or two? Once you know, put the argument into Danish.", tasks) == [
        SV, st("da")]


def test_last_whether_is_the_last_request(tasks):
    assert steps_of("First the kiln clip's transcript, next the potter's mood, last whether a second voice joins in.",
                    tasks) == [ASR, ER, SV]


def test_a_thing_called_a_stick_is_not_stick_to(tasks):
    assert steps_of("Step one, the hockey stick clip's transcript. Step two, who scored?", tasks) == [
        ASR, sqa("Who scored?")]
    assert steps_of("Who scored? Stick to the recording.", tasks) == [sqa("Who scored?")]


def test_a_skit_is_the_audio(tasks):
    assert steps_of("How many people are in the teapot skit? Which teapot is chosen? a/ red b/ blue. Then translate the "
                    "skit into Italian.", tasks) == [SV, sqa("Which teapot is chosen? a/ red b/ blue."), st("it")]


def test_tell_me_just_what_is_said_is_not_a_hint(tasks):
    assert steps_of("Tell me just what the potter says.", tasks) == [ASR]
    assert steps_of("Tell me only from the recording: who glazed the bowl?", tasks) == [sqa("Who glazed the bowl?")]


def test_writing_a_skit_does_not_translate_the_audio(tasks):
    assert steps_of("Write a short skit in Dutch.", tasks)[0][0] != "st"


def test_a_laugh_that_is_asked_about_stays(tasks):
    assert steps_of("Ignore the clip, what rhymes with lol", tasks) == [
        instruct("What rhymes with lol")]
    assert steps_of("Ignore the clip and define lol", tasks)[0][1]["instruction"].endswith("lol")


def test_and_last_whether_after_a_transcript(tasks):
    assert steps_of("Transcribe the kiln talk, and last whether a second potter speaks.", tasks) == [ASR, SV]
