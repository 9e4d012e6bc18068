"""Plans for wordings of the kinds the helper-written held-out sets of rounds 28-33 found (issue 10,
part 6): each block is tuned on one set's misses, with wordings of its own, not the set's."""

from __future__ import annotations

import pytest
from plan_support import tasks_of

from wavllm_agent.planning import plan_rules

# --- round 28 (tuned on heldout28's misses; these wordings are new) ------------------------------


def test_a_language_said_in_passing_reaches_the_transcript(tasks):
    steps = plan_rules("Regarding the council meeting (held in Dutch): say whether more than one councillor speaks, "
                       "and transcribe it.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sv", {}), ("asr", {"language": "nl"})]
    assert all(s.task != "st" for s in plan_rules("About the council meeting (held in Dutch): how does the mayor "
                                                  "sound?", tasks).steps)
    assert plan_rules("What's the gist of it, in Danish?", tasks).steps[0].args == {}


def test_what_someone_is_explaining_in_a_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("What is the mechanic explaining, in Czech?", tasks).steps] == [
        ("st", {"target_lang": "cs"})]


def test_a_hint_naming_who_speaks_in_two_words(tasks):
    steps = plan_rules("Going only by what the head chef says, when does the kitchen close?", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "When does the kitchen close?")]


def test_a_lettered_list_of_requests_is_no_list_of_options(tasks):
    steps = plan_rules("Please provide (a) a transcript of the call; (b) an answer to the following: Who called? "
                       "(i) Ann (ii) Bob; and (c) a summary of no more than ten words.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"] == "Who called? (i) Ann (ii) Bob"


def test_a_language_before_a_demo(tasks):
    assert plan_rules("Transcribe this Thai cooking class.", tasks).steps[0].args == {"language": "th"}


# --- round 29 (tuned on heldout29's misses; these wordings are new) ------------------------------


def test_how_someone_sounds_too(tasks):
    assert tasks_of("Transcribe it. Tell me how she sounds as well.", tasks) == ["asr", "er"]


def test_answer_that_first_refers_to_the_question_before(tasks):
    assert tasks_of("Does only one teacher speak? Answer that first, then summarise it.", tasks) == [
        "sv", "asr", "summarize"]


def test_the_transcript_made_before_in_a_language(tasks):
    steps = plan_rules("Transcribe the tour, then answer: where does it end? A. a cave B. a lake; then give me "
                       "the transcript in German.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("sqa", None), ("translate", 0)]


@pytest.mark.parametrize("instruction", [
    "From the recording itself, and not from general knowledge: who won the raffle?",
    "Who won the raffle? Don't infer anything beyond the clip.",
    "Without going beyond the audio, who won the raffle?",
])
def test_hints_about_not_going_beyond_the_audio(tasks, instruction):
    steps = plan_rules(instruction, tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "Who won the raffle?")]


def test_conducted_in_the_x_language_and_for_this_request(tasks):
    assert plan_rules("Transcribe the call, which was recorded in the Greek language.", tasks).steps[0].args == {
        "language": "el"}
    steps = plan_rules("Ignore the recording for this request. Name a blue fish.", tasks).steps
    assert [(s.task, s.args["instruction"]) for s in steps] == [("instruct", "Name a blue fish.")]


# --- round 30 (tuned on heldout30's misses; these wordings are new) ------------------------------

def test_a_statement_of_where_the_speech_came_from_and_its_language(tasks):
    steps = plan_rules("My landlord sent this voice note in Greek. Type it up and tell me how he sounds.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "el"}), ("er", {})]
    assert tasks_of("The audio in French, please.", tasks) == ["st"]


def test_read_by_one_speaker(tasks):
    assert tasks_of("Is the whole bulletin read by one newsreader? Then summarise it.", tasks) == [
        "sv", "asr", "summarize"]


def test_how_a_speaker_with_a_long_name_sounds(tasks):
    assert tasks_of("Tell me how the night market stall owner sounds.", tasks) == ["er"]


def test_a_question_lead_before_a_preposition(tasks):
    steps = plan_rules("Question: At what time does it start? (A) 6 (B) 7. Then transcribe it.", tasks).steps
    assert steps[0].args["question"].rstrip(".") == "At what time does it start? (A) 6 (B) 7"


def test_answer_me_which(tasks):
    steps = plan_rules("Transcribe the call, after answer me which room is booked: a. 12 b. 14.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa"]
    assert steps[1].args["question"].rstrip(".") == "Which room is booked: a. 12 b. 14"


def test_whats_the_answer_after_naming_a_spoken_question(tasks):
    assert [(s.task, s.args) for s in plan_rules("My teacher asks something at the end. What's the answer?",
                                                 tasks).steps] == [("sqa", {})]


def test_a_short_resume_and_picking_up_a_named_story(tasks):
    assert tasks_of("Transcribe it, and after make a short resume of 15 words.", tasks) == ["asr", "summarize"]
    assert tasks_of("Pick up the fairy story where it stops.", tasks) == ["continue"]


# --- round 31 (tuned on heldout31's misses; these wordings are new) ------------------------------


def test_translate_an_event_named_after_a_question(tasks):
    steps = plan_rules("Who wins? a) Tom b) Ann. After that translate the auction into Greek.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("sqa", None), ("st", None)]


def test_a_request_after_a_semicolon_and_and(tasks):
    steps = plan_rules("What time is it? (A) 8 (B) 9; and finish by telling me whether the host sounds calm.",
                       tasks).steps
    assert [s.task for s in steps] == ["sqa", "er"]
    assert steps[0].args["question"] == "What time is it? (A) 8 (B) 9"


def test_dont_guess_say_so_is_a_hint(tasks):
    steps = plan_rules("Don't guess - if the clip doesn't say, say so. Where is the meeting?", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "Where is the meeting?")]


def test_inline_lettered_requests(tasks):
    steps = plan_rules("Kindly produce (a) a transcript of the call and (b) a summary of it in ten words.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {"max_words": 10})]
    assert plan_rules("Who called? (a) Ann (b) Bob", tasks).steps[0].args["question"] == "Who called? (a) Ann (b) Bob"


# --- round 32 (tuned on heldout32's misses; these wordings are new) ------------------------------


def test_quick_one_as_a_lead(tasks):
    assert [(s.task, s.args) for s in plan_rules("Quick question: the porter's words, in Polish.", tasks).steps] == [
        ("st", {"target_lang": "pl"})]


def test_a_capitalised_finally_without_a_full_stop(tasks):
    steps = plan_rules("Which bus? (a) 5 (b) 9 Finally, summarise it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr", "summarize"]
    assert steps[0].args["question"] == "Which bus? (a) 5 (b) 9"


@pytest.mark.parametrize("instruction", [
    "Who paid? Don't make anything up.",
    "Without using outside knowledge, who paid?",
])
def test_hints_about_making_things_up_and_outside_knowledge(tasks, instruction):
    assert [(s.task, s.args["question"]) for s in plan_rules(instruction, tasks).steps] == [("sqa", "Who paid?")]


def test_ignore_the_voice_note(tasks):
    steps = plan_rules("ignore the voicemail, name a red flower", tasks).steps
    assert [(s.task, s.args["instruction"]) for s in steps] == [("instruct", "Name a red flower")]


# --- round 33 (tuned on heldout33's misses; these wordings are new) ------------------------------

def test_put_a_named_thing_into_a_language_after_a_speaker_count(tasks):
    assert [(s.task, s.args) for s in plan_rules("Is more than one guide speaking? Put the commentary into Czech too.",
                                                 tasks).steps] == [("sv", {}), ("st", {"target_lang": "cs"})]


def test_the_only_voice_in_it(tasks):
    assert tasks_of("Transcribe it and tell me if the host's voice is the only one in it.", tasks) == ["asr", "sv"]


def test_options_listed_with_semicolons(tasks):
    steps = plan_rules("Answer: where is the key? Options: under the mat; in the shed; on the hook. Then summarise it.",
                       tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr", "summarize"]
    assert steps[0].args["question"].rstrip(".").endswith("in the shed; on the hook")


def test_a_pleasantry_after_a_request_is_no_question(tasks):
    assert tasks_of("Continue the story please. It would be great to see where it goes.", tasks) == ["continue"]


def test_solve_it_after_naming_a_spoken_riddle(tasks):
    assert [(s.task, s.args) for s in plan_rules("The host poses a puzzle at the end. Solve it.", tasks).steps] == [
        ("sqa", {})]


def test_a_language_in_brackets(tasks):
    steps = plan_rules("Write down the voicemail (it's Turkish), then summarise it.", tasks).steps
    assert steps[0].args == {"language": "tr"}


def test_what_someone_says_then_translate_to(tasks):
    assert [(s.task, s.args) for s in plan_rules("what the driver say, translate to Czech please", tasks).steps] == [
        ("st", {"target_lang": "cs"})]
    assert tasks_of("Transcribe it, then translate it into Czech.", tasks) == ["asr", "translate"]


def test_render_into_a_transcript(tasks):
    assert [(s.task, s.args) for s in plan_rules("Please render the Korean-language lecture into a written transcript.",
                                                 tasks).steps] == [("asr", {"language": "ko"})]
