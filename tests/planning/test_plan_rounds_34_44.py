"""Plans for wordings of the kinds the helper-written held-out sets of rounds 34-44 found (issue 10,
part 6): each block is tuned on one set's misses, with wordings of its own, not the set's."""

from __future__ import annotations

import pytest
from plan_support import tasks_of

from wavllm_agent.planning import plan_rules

# --- rounds 34 and 35 (tuned on heldout34's and heldout35's misses; these wordings are new) -------


def test_what_someone_says_is_the_answer_is_a_question(tasks):
    steps = plan_rules("What does the chef say is the secret ingredient? Stick to the recording.", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "What does the chef say is the secret ingredient?")]


def test_someone_speaks_a_language_after_a_transcript(tasks):
    steps = plan_rules("Transcribe the tour; the guide speaks Portuguese.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "pt"})]


# --- round 36 (tuned on heldout36's misses; these wordings are new) ------------------------------


def test_words_of_a_hyphenated_owner_and_texting_filler(tasks):
    assert [(s.task, s.args) for s in plan_rules("The car-park attendant's words, in Greek please.", tasks).steps] == [
        ("st", {"target_lang": "el"})]
    assert [(s.task, s.args) for s in plan_rules("what did the barista say haha... in polish pls", tasks).steps] == [
        ("st", {"target_lang": "pl"})]


def test_options_on_lines_then_a_capitalised_then(tasks):
    steps = plan_rules("Why is it late?\n1. traffic\n2. weather\nThen summarise it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr", "summarize"]


def test_an_option_letter_then_a_new_question(tasks):
    steps = plan_rules("Which room? (a) A (b) B (c) C. How does the host sound?", tasks).steps
    assert [s.task for s in steps] == ["sqa", "er"]


def test_i_need_it_written_out_and_a_learners_request(tasks):
    assert [(s.task, s.args) for s in plan_rules("The memo is in Polish; I need it typed up.", tasks).steps] == [
        ("asr", {"language": "pl"})]
    assert [(s.task, s.args) for s in plan_rules("please you write what woman say, she speak Greek.", tasks).steps] == [
        ("asr", {"language": "el"})]


def test_tell_me_colon_after_setting_the_audio_aside(tasks):
    steps = plan_rules("Put the clip aside and tell me: what is 9 times 9?", tasks).steps
    assert [(s.task, s.args["instruction"]) for s in steps] == [("instruct", "What is 9 times 9?")]


# --- round 37 (tuned on heldout37's misses; these wordings are new) ------------------------------


def test_a_context_lead_before_an_ordering_word(tasks):
    assert tasks_of("For this shop voicemail, first tell me how the caller sounds, then transcribe it.", tasks) == [
        "er", "asr"]


def test_lower_case_bare_letter_options(tasks):
    steps = plan_rules("Transcribe it. Which fruit is sold out? a apples, b pears, c plums. Then summarise it.", tasks).steps
    assert steps[1].args["question"].rstrip(".") == "Which fruit is sold out? a apples, b pears, c plums"


def test_a_list_announced_in_a_sentence_of_its_own(tasks):
    assert tasks_of("Do two things with the garage voicemail. Write it out. Then tell me how the caller sounds.",
                    tasks) == ["asr", "er"]


def test_a_trailing_hint_after_a_comma(tasks):
    steps = plan_rules("When does the shop open, going only by what the owner says in the clip?", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "When does the shop open")]


def test_a_word_limit_in_a_sentence_after_the_summary(tasks):
    steps = plan_rules("Could you boil it down for me? Like ten words max, I'm in a hurry.", tasks).steps
    assert steps[-1].args == {"max_words": 10}


def test_answer_what_someone_asks(tasks):
    assert [(s.task, s.args) for s in plan_rules("Listen to what the teacher asks the class and answer it.",
                                                 tasks).steps] == [("sqa", {})]
    assert plan_rules("Answer what sound is played. a) rain b) wind", tasks).steps[0].args.get("question")


def test_words_misspelt(tasks):
    assert plan_rules("sumarise it in twelve wrods", tasks).steps[-1].args == {"max_words": 12}


# --- round 38 (tuned on heldout38's misses; these wordings are new) ------------------------------


def test_how_she_sounds_while_doing_it(tasks):
    assert tasks_of("Say whether one DJ speaks, and how he sounds while talking.", tasks) == ["sv", "er"]


def test_a_statement_then_can_you_tell_me_what_is_said_but_in_a_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("my uncle sent this, can you tell me what he's saying but in Greek",
                                                 tasks).steps] == [("st", {"target_lang": "el"})]


def test_max_then_a_new_question(tasks):
    steps = plan_rules("Summarise it in ten words max. Which day is it? Then translate the summary into Czech.",
                       tasks).steps
    assert [s.task for s in steps] == ["asr", "summarize", "sqa", "translate"]


def test_a_passive_legal_request(tasks):
    steps = plan_rules("We request that the recording, conducted in French, be transcribed and that said transcript "
                       "be rendered into English.", tasks).steps
    assert [(s.task, s.args, s.input) for s in steps] == [
        ("asr", {"language": "fr"}, None), ("translate", {"target_lang": "en"}, 0)]


def test_answer_it_after_a_statement_then_another_request(tasks):
    assert tasks_of("The caller asks a question. Answer it, and summarise the call.", tasks) == [
        "sqa", "asr", "summarize"]


def test_and_also_into_another_language_translates_the_same_text(tasks):
    steps = plan_rules("Transcribe it, then translate the transcript into Greek and also into Czech.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0), ("translate", 0)]


# --- rounds 39 and 40 (tuned on heldout39's and heldout40's misses; these wordings are new) -------


def test_an_answer_to_the_question_in_quotes(tasks):
    steps = plan_rules("Please provide: a transcript; an answer to the question 'Who signs? (A) Ann (B) Bob'.", tasks).steps
    assert [(s.task, s.args.get("question")) for s in steps] == [("asr", None), ("sqa", "Who signs? (A) Ann (B) Bob")]


def test_and_that_summary_in_a_language(tasks):
    steps = plan_rules("Give me a summary (15 words max), and that summary in Czech.", tasks).steps
    assert [(s.task, s.args, s.input) for s in steps] == [
        ("asr", {}, None), ("summarize", {"max_words": 15}, 0), ("translate", {"target_lang": "cs"}, 1)]


def test_where_the_audio_is_from_is_no_question(tasks):
    assert tasks_of("Can you translate this to Greek? Is from my friend's cafe.", tasks) == ["st"]


# --- rounds 41 and 42 (tuned on heldout41's and heldout42's misses; these wordings are new) -------


def test_give_me_what_they_say_in_a_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("Give me what the porter says in Greek.", tasks).steps] == [
        ("st", {"target_lang": "el"})]


def test_lettered_requests_after_a_colon(tasks):
    steps = plan_rules("Requested: (a) a transcript of the call; (b) a summary of it in ten words.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {"max_words": 10})]


def test_ignore_the_audio_its_not_relevant(tasks):
    steps = plan_rules("Ignore the clip, it's irrelevant. Name a green vegetable.", tasks).steps
    assert [(s.task, s.args["instruction"]) for s in steps] == [("instruct", "Name a green vegetable.")]


def test_answer_whatever_someone_asks(tasks):
    assert [(s.task, s.args) for s in plan_rules("Answer whatever the quiz master asks at the very end of the show.",
                                                 tasks).steps] == [("sqa", {})]


def test_asterisk_options(tasks):
    steps = plan_rules("Which drink? * tea * coffee * juice. Then transcribe it.", tasks).steps
    assert steps[0].args["question"].rstrip(".") == "Which drink? * tea * coffee * juice"


def test_a_resume_is_a_summary(tasks):
    steps = plan_rules("Make the resume of this talk in 20 words, and after translate this resume to Greek.",
                       tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("translate", 1)]


def test_also_into_another_language_after_a_speech_translation(tasks):
    steps = plan_rules("Translate the talk into Czech and also into Polish.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "cs"}), ("st", {"target_lang": "pl"})]
    steps = plan_rules("Translate this into Czech, then into Polish.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("st", None), ("translate", 0)]


# --- rounds 43 and 44 (tuned on heldout43's and heldout44's misses; these wordings are new) -------


def test_a_long_subject_before_saying_then_a_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("What's the ticket inspector on the night train saying? In Czech, please.",
                                                 tasks).steps] == [("st", {"target_lang": "cs"})]
    assert [(s.task, s.args) for s in plan_rules("Kindly state, in Greek, what the porter says.", tasks).steps] == [
        ("st", {"target_lang": "el"})]


def test_ur_summary(tasks):
    steps = plan_rules("sum it up in 10 words, then: who won? a) Tom b) Ann, and translate ur summary to greek",
                       tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("sqa", None), ("translate", 1)]


def test_a_long_statement_ending_in_answer_it(tasks):
    steps = plan_rules("The tour guide at the old castle asks the group a riddle at the very end of the tape - answer it.",
                       tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {})]
    steps = plan_rules("Then answer this question: What does the coach ask them to fix? A. arms B. legs.", tasks).steps
    assert steps[0].args.get("question")


def test_how_someone_on_this_line_sounds(tasks):
    assert tasks_of("How does the man on this support call sound?", tasks) == ["er"]


def test_put_the_summary_into_english_translates_it(tasks):
    steps = plan_rules("Summarise it in ten words. Put the summary into English.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("translate", 1)]


def test_a_shouted_language_fragment(tasks):
    assert [(s.task, s.args) for s in plan_rules("TRANSCRIBE. GREEK AUDIO. NOW.", tasks).steps] == [
        ("asr", {"language": "el"})]


def test_and_that_a_summary_be_furnished(tasks):
    steps = plan_rules("We ask that a transcript be prepared, and that a summary not exceeding ten words be furnished.",
                       tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {"max_words": 10})]


# --- speaker counts in the shapes rounds 23-55 met (each wording new, not a set's own) ---------

SPEAKER_COUNTS = [
    "Summarise the inquiry, then state the number of witnesses who speak in it.",
    "Let me know whether the nurse and the doctor are in fact the same speaker.",
    "Translate it into French and tell me if two separate customers left voicemails.",
    "From the school trip recording, count the teachers who talk, then transcribe it.",
    "Is the forecast read by one presenter from start to finish, or do two presenters take turns?",
    "Does one guide lead the whole walk, or does someone else take over later?",
    "Tell me whether any parents speak besides the coach.",
    "Does the podcast host share the microphone with anybody else?",
    "Please ascertain whether the interview contains the voices of several applicants, then summarise it.",
    "Is the woman opening the meeting the same person who closes it?",
    "Tell me how many people are involved in the call, then transcribe it.",
    "Transcribe it, the number of different callers and hosts you can hear, and how the host sounds.",
    "transcribe it n tell me how many cashiers r on the line",
    "Tell me whether the woman who opens the podcast is also the one who closes it.",
    "Check if the narrator stays the same throughout.",
    "Does the recording really contain three different speakers?",
    "How many guests make toasts? Then summarise it.",
    "Are there only two of them talking, and how do they sound?",
    "Is just one announcer on this tape, and what does she say, in Greek?",
    "How many listeners get on air during the phone-in? Then summarise it.",
    "Is it the barber alone, or is a customer heard as well?",
    "Transcribe the match and tell me if the commentator passes the microphone to anyone.",
    "I want to know the number of different hosts on the mic.",
    "Transcribe it and say whether a second guide ever chimes in.",
    "Say whether the person talking changes halfway through.",
    "Confirm whether the vet is the only speaker, then summarise the call.",
    "How many parents take part in the meeting? Then transcribe it.",
    "I need two things: the number of coaches who talk, and a transcript.",
    "Transcribe it and tell me how many separate people are on the tape.",
    "Summarise it. Also, is there more than one nurse on the call?",
    "Tell me if there's a 3rd voice speaking.",
    "Did more than one ranger give the walking tour? Then summarise it.",
    "Tell me whether the commentary is shared by two commentators.",
    "Transcribe it and say whether more than four guests speak.",
    "What is the porter saying, in Czech? And how many porters are there?",
    "Transcribe it and say whether anybody else's voice is heard.",
    "Check whether the pilot and the co-pilot are the only two people on the recording.",
    "Please give me: 1) a summary, 2) the number of parents who speak.",
    "Tell me what the vet says, in Greek, and whether there's more than one nurse on the call.",
    "How many stallholders are calling out prices? Then transcribe it.",
    "tell me if its one teacher or a couple of helpers on this clip",
    "Translate it into Greek and say whether more than one steward takes the mic.",
    "Do the host and the guest take turns talking? Summarise it too.",
    "How many fans are shouting?",
    "check if the presenter gets replaced halfway, and summarise it",
    "Transcribe it, then check whether a nurse also speaks.",
    "Tell me if more than three people are on the call.",
    "Is the busker alone on this recording?",
    "Say whether two different pilots are on the frequency.",
    "Tell me if the host and the guest are really two separate people.",
    "Does the chef do all the talking, or can the waiters be heard too?",
    "can u tell if theres more than one teacher? and summarise it",
    # rounds 45-55
    "Transcribe the lecture and count the different voices in it.",
    "did the podcast swap hosts halfway? and summarise it",
    "Work out whether the baker is alone on this clip, then tell me how she sounds.",
    "Check if the driver is alone in the recording and transcribe what he says.",
]


@pytest.mark.parametrize("instruction", SPEAKER_COUNTS)
def test_speaker_counts_in_many_shapes(tasks, instruction):
    """Each of these asks whether one or several people speak: `sv`, never a written question."""
    planned = tasks_of(instruction, tasks)
    assert "sv" in planned and "sqa" not in planned
