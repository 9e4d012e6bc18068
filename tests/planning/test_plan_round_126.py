"""Plans for wordings of the kinds the helper-written sets of round 126 found (issue 10, part 6; tuned on the misses
of heldout366 and 367), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``), except where the learned second opinion is the point."""

from __future__ import annotations

from plan_support import steps_of

from wavllm_agent.planning import plan_rules
from wavllm_agent.planning.learned import Guess
from wavllm_agent.planning.second_opinion import reconsider

ASR = ("asr", {}, None, False)
ER = ("er", {}, None, False)
CONTINUE = ("continue", {}, None, False)


def test_a_long_label_then_his_words_in_a_language(tasks):
    assert steps_of("Snail racing championship steward, her words in Thai.", tasks) == [
        ("st", {"target_lang": "th"}, None, False)]


def test_the_second_opinion_does_not_reorder_the_rules_steps(tasks):
    wording = "Step one: how does the starter sound? Step two: who won? Step three: transcribe the clip."
    rules = plan_rules(wording, tasks, second_opinion=False)
    assert [s.task for s in rules.steps] == ["er", "sqa", "asr"]
    reordered = Guess("asr>sqa>er", 1.0, 0.5)  # a confident guess of the same steps in another order
    assert reconsider(rules, wording, reordered, tasks, set(tasks)) == rules
    # without numbered steps the classifier may reorder where a word of order stands ("..., in between, answer this:
    # ..."; since round 133 not without one)
    unnumbered = "How does the starter sound? Who won? Transcribe the clip after that."
    rules = plan_rules(unnumbered, tasks, second_opinion=False)
    assert [s.task for s in reconsider(rules, unnumbered, reordered, tasks, set(tasks)).steps] == ["asr", "sqa", "er"]


def test_a_word_to_the_reader_after_ignoring_the_audio(tasks):
    assert steps_of("forget the audio mate. write me a limerick about snails", tasks) == [
        ("instruct", {"instruction": "Write me a limerick about snails"}, None, False)]


def test_keep_writing_it_and_a_new_ending(tasks):
    assert steps_of("Transcribe the snail fable, then write a new ending.", tasks) == [ASR, CONTINUE]
    assert steps_of("Here is the opening of a tale about the well dressing. Keep writing it.", tasks) == [CONTINUE]
    # not dictation, nor a question about writing
    assert steps_of("Keep writing down everything the speaker says.", tasks) == [ASR]
    assert steps_of("What's the speaker's advice on how to keep writing every day?", tasks)[0][0] == "sqa"


def test_a_tone_in_a_part_of_the_recording(tasks):
    assert steps_of("Describe the announcer's tone in the nettle round.", tasks) == [ER]
    assert steps_of("Describe the change in tone in the speech.", tasks)[0][0] == "sqa"
    # a topic after the part, or a language, is no part of the recording
    assert steps_of("Describe the author's attitude in the essay towards immigration.", tasks)[0][0] == "sqa"
    assert steps_of("Give the host's tone in French.", tasks)[0][0] != "er"
