"""Plans for wordings of the kinds the helper-written held-out sets of rounds 10-21 found (issue 10,
part 6): each block is tuned on one set's misses, with wordings of its own, not the set's."""

from __future__ import annotations

import pytest
from plan_support import tasks_of

from wavllm_agent.planning import plan_rules

# --- rounds 10 and 11 (tuned on heldout10/heldout11 misses; these wordings are new) -------------

@pytest.mark.parametrize("options_text", [
    "1. a ferry 2. a plane 3. a train", "(1) a ferry (2) a plane (3) a train", "i) a ferry ii) a plane iii) a train",
    "[A] a ferry [B] a plane [C] a train", "A: a ferry, B: a plane, C: a train", "Options: a ferry, a plane, a train",
    "- a ferry - a plane - a train", "a. a ferry; b. a plane; c. a train",
])
def test_options_in_any_format_stay_with_their_question(tasks, options_text):
    steps = plan_rules(f"Transcribe it, then: How do they travel? {options_text}. Then summarise it in ten words.",
                       tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"].rstrip(".") == f"How do they travel? {options_text}"
    assert steps[2].input == 0 and steps[2].args == {"max_words": 10}


def test_a_numbered_list_of_requests_after_a_question_is_still_a_list(tasks):
    assert tasks_of("Can you do this? 1. transcribe the memo 2. summarise it", tasks) == ["asr", "summarize"]


@pytest.mark.parametrize("instruction", [
    "Listening only to the memo, what time does the shop open?",
    "Going purely by the audio: what time does the shop open?",
    "Based only on what you hear, tell me: what time does the shop open?",
    "What time does the shop open? Don't speculate.",
])
def test_hints_before_or_after_a_question_are_not_part_of_it(tasks, instruction):
    steps = plan_rules(instruction, tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "what time does the shop open?"})] or \
        [(s.task, s.args["question"].casefold().rstrip("?")) for s in steps] == [("sqa", "what time does the shop open")]


@pytest.mark.parametrize("instruction", [
    "Write this down and say whether the tour guide is the only voice.",
    "Transcribe it and tell me if just the presenter talks or other people too.",
    "Transcribe it and check whether anyone else speaks.",
    "Transcribe it; is there a second voice at any point?",
    "Transcribe it, and say whether more than one male voice is heard.",  # round 15
    "Transcribe it, then tell me if only one nurse's voice comes through.",
])
def test_more_ways_to_ask_for_a_speaker_count(tasks, instruction):
    assert tasks_of(instruction, tasks) == ["asr", "sv"]


def test_a_count_of_people_that_is_about_the_content_stays_a_question(tasks):
    assert tasks_of("How many people will attend the wedding?", tasks) == ["sqa"]


@pytest.mark.parametrize(("instruction", "lang"), [
    ("The pilot's words, in Romanian.", "ro"), ("Their exact words, in Catalan, please.", "ca"),
    ("what he said, in thai pls", "th"), ("Put what she says into French.", "fr"),
    # rounds 15 and 20
    ("Tell me what the conductor announced, in Swedish.", "sv"), ("wat is she saying?? in dutch pls", "nl"),
    ("What is the porter saying? Say it in Dutch.", "nl"), ("I'd like to know what the umpire said, but in Polish.", "pl"),
    ("Tell me in Czech what the sergeant is shouting.", "cs"), ("I need to know, in Thai, what the clerk told the guest.", "th"),
])
def test_the_words_spoken_in_a_language_are_a_speech_translation(tasks, instruction, lang):
    steps = plan_rules(instruction, tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": lang})]


@pytest.mark.parametrize(("instruction", "limit"), [
    ("Summarise it in a dozen words.", 12), ("Give a summary not exceeding thirty words.", 30),
    ("Summarise it without going over forty words.", 40), ("A two-dozen-word summary, please.", 24),
])
def test_word_limits_in_words(tasks, instruction, limit):
    assert plan_rules(instruction, tasks).steps[-1].args == {"max_words": limit}


def test_summarise_it_after_a_question_works_on_the_transcript(tasks):
    steps = plan_rules("1) transcribe the memo 2) who is invited? 3) summarise it in 15 words", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("sqa", None), ("summarize", 0)]


def test_one_main_point_is_a_question_several_are_a_summary(tasks):
    assert tasks_of("What is the host's main point?", tasks) == ["sqa"]
    assert tasks_of("What are the host's main points?", tasks) == ["asr", "summarize"]


@pytest.mark.parametrize("instruction", [
    "The caller speaks Greek. Transcribe it.", "Transcribe the Greek radio interview.",
])
def test_the_speech_language_in_other_words(tasks, instruction):
    assert [(s.task, s.args) for s in plan_rules(instruction, tasks).steps] == [("asr", {"language": "el"})]


def test_inline_bullets_and_a_non_native_after(tasks):
    assert tasks_of("• transcript • mood • number of speakers", tasks) == ["asr", "er", "sv"]
    assert tasks_of("Please you write the words of this audio and after tell me the mood of speaker.",
                    tasks) == ["asr", "er"]


# --- round 12 (tuned on heldout12's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "Does the auctioneer sound rushed?", "tell me whether the nurse seems a bit flustered",
    "is she sounding kinda down or nah",
])
def test_a_yes_no_question_about_how_someone_sounds_is_emotion(tasks, instruction):
    assert tasks_of(instruction, tasks) == ["er"]


@pytest.mark.parametrize("instruction", [
    "Why does the auctioneer sound rushed?", "Does the recording sound distorted?", "Does he sound like a pilot?",
])
def test_reasons_recordings_and_likenesses_are_questions(tasks, instruction):
    assert tasks_of(instruction, tasks) == ["sqa"]


def test_a_hint_as_a_sentence_before_the_question(tasks):
    steps = plan_rules("Rely on the recording only. Where is the meeting?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Where is the meeting?"})]


def test_a_stated_language_beside_a_transcript_request(tasks):
    steps = plan_rules("Make the transcription of this audio, it is in Czech, and after summarise it.", tasks).steps
    assert [(s.task, s.args, s.input) for s in steps] == [("asr", {"language": "cs"}, None), ("summarize", {}, 0)]


def test_continuing_the_story_after_its_transcript_starts_from_the_audio(tasks):
    steps = plan_rules("Write out the fable, then carry it on and put your continuation into Dutch.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("continue", None), ("translate", 1)]


# --- round 13 (tuned on heldout13's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "Transcribe it and tell me if more than one auctioneer is talking.",
    "Transcribe it; is it just the one pharmacist speaking?",
    "Transcribe it n tell me if its one lady or a couple of folks chatting",
    "Transcribe it, then count how many different callers speak.",
])
def test_a_speaker_count_with_any_word_for_the_people(tasks, instruction):
    assert tasks_of(instruction, tasks) == ["asr", "sv"]


@pytest.mark.parametrize("instruction", [
    "Do the two neighbours talk about the fence?", "What does the one pharmacist say about dosage?",
])
def test_a_count_in_a_question_about_content_is_not_a_speaker_count(tasks, instruction):
    assert tasks_of(instruction, tasks) == ["sqa"]


@pytest.mark.parametrize("options_text", [
    "• tea • coffee • juice", "tea / coffee / juice", "A tea; B coffee; C juice",
])
def test_options_in_more_formats(tasks, options_text):
    steps = plan_rules(f"Transcribe it, then answer - What does the guest order? {options_text} - then "
                       "tell me if the guest sounds pleased.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "er"]
    assert steps[1].args["question"] == f"What does the guest order? {options_text}"


def test_a_capital_a_after_a_question_is_an_article_without_a_b(tasks):
    assert tasks_of("Who is speaking? A summary in 12 words too.", tasks) == ["sqa", "asr", "summarize"]


@pytest.mark.parametrize(("instruction", "expected"), [
    ("Put the audio aside for a minute and name three rivers in Spain.", "name three rivers in Spain."),
    ("Don't bother with the recording - what is 7 times 8?", "What is 7 times 8?"),
])
def test_more_ways_to_leave_the_audio_out(tasks, instruction, expected):
    steps = plan_rules(instruction, tasks).steps
    assert [(s.task, s.args["instruction"].casefold()) for s in steps] == [("instruct", expected.casefold())]


def test_the_speech_language_stated_tersely(tasks):
    assert [(s.task, s.args) for s in plan_rules("Transcribe. Audio is Thai.", tasks).steps] == [
        ("asr", {"language": "th"})]


@pytest.mark.parametrize("text", ["Summarise it in ² words", "Answer this? ². ³. ⁴.", "(²) a (³) b", "step ² do it"])
def test_digits_int_cannot_read_never_crash_the_planner(tasks, text):
    assert plan_rules(text, tasks).steps


# --- round 14 (tuned on heldout14's misses; these wordings are new) ------------------------------

def test_a_question_in_parentheses_is_the_question(tasks):
    steps = plan_rules("Transcribe it, choose the right option (Which gate? 1. gate 4 2. gate 9) and tell me "
                       "if only one announcer talks.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [
        ("asr", {}), ("sqa", {"question": "Which gate? 1. gate 4 2. gate 9"}), ("sv", {})]


def test_options_with_equals_signs(tasks):
    steps = plan_rules("Answer this (How much is the fee? A = 5 euros, B = 10 euros), then summarise it.",
                       tasks).steps
    assert steps[0].args == {"question": "How much is the fee? A = 5 euros, B = 10 euros"}


@pytest.mark.parametrize("instruction", [
    "What kind of bird did they spot? Go by the audio.", "What colour car does she describe?",
])
def test_what_and_a_noun_asks_which_thing_not_for_the_words(tasks, instruction):
    assert tasks_of(instruction, tasks) == ["sqa"]


def test_texting_what_r_they_saying_in_a_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("what r they saying, in greek", tasks).steps] == [
        ("st", {"target_lang": "el"})]


@pytest.mark.parametrize("instruction", [
    "Were both voicemails left by the same plumber?", "Count the voices on this tape.",
    "Transcribe it and tell me if anyone besides the chef speaks.",
    # round 16
    "Is it the same commentator from start to finish?", "Transcribe it and tell me how many narrators there are.",
    "Do the caller in the first file and the caller in the second file sound alike?",
])
def test_speaker_questions_about_both_recordings_counts_and_anyone_besides(tasks, instruction):
    assert tasks_of(instruction, tasks)[-1] == "sv"


def test_an_adverb_before_the_next_request(tasks):
    assert tasks_of("Translate it into Czech, and separately give me the mood.", tasks) == ["st", "er"]


# --- round 15 (tuned on heldout15's misses; these wordings are new) ------------------------------

def test_the_words_in_a_language_before_a_dash_and_another_request(tasks):
    assert tasks_of("The guide's words, in Danish — and does anyone else speak?", tasks) == ["st", "sv"]


@pytest.mark.parametrize("instruction", [
    "Going only by what is said in the clip, at what time does the ferry leave?",
    "As mentioned in the recording, how long is the warranty?",
])
def test_a_hint_made_of_what_is_said_is_not_a_transcript(tasks, instruction):
    steps = plan_rules(instruction, tasks).steps
    assert [s.task for s in steps] == ["sqa"] and not steps[0].args["question"].lower().startswith(("going", "as "))


def test_which_and_a_noun_is_a_question_which_emotion_is_not(tasks):
    assert tasks_of("Which film did the critics find the most moving?", tasks) == ["sqa"]
    assert tasks_of("Which emotion does the caller show?", tasks) == ["er"]


def test_how_someone_sounds_with_a_place_after_it(tasks):
    assert tasks_of("Say how the coach sounds in the locker-room recording.", tasks) == ["er"]


def test_continuing_after_a_speech_translation_starts_from_the_audio(tasks):
    steps = plan_rules("Translate the fable into Dutch, then continue the storyteller's tale.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("st", None), ("continue", None)]


def test_the_same_summary_in_another_language(tasks):
    steps = plan_rules("- summary in 15 words\n- the same summary in Finnish", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("translate", 1)]


def test_formal_requests_with_emotion_nouns(tasks):
    assert tasks_of("Kindly determine whether the caller displays frustration, and furnish a transcript.",
                    tasks) == ["er", "asr"]


# --- round 16 (tuned on heldout16's misses; these wordings are new) ------------------------------

def test_let_me_know_if_is_a_request_of_its_own(tasks):
    assert tasks_of("Write out the sermon and let me know if more than one preacher is talking.", tasks) == ["asr", "sv"]
    assert tasks_of("If it's no bother, could you listen to this clip and tell me how she feels?", tasks) == ["er"]


def test_what_d_and_context_before_the_words(tasks):
    assert [(s.task, s.args) for s in plan_rules("what'd the waiter say?? in czech pls", tasks).steps] == [
        ("st", {"target_lang": "cs"})]
    steps = plan_rules("For the wedding speech, give me the best man's words, in Italian.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "it"})]


def test_give_it_to_me_in_a_language_after_what_is_said(tasks):
    assert [(s.task, s.args) for s in plan_rules("What is said here? Give it to me in Polish.", tasks).steps] == [
        ("st", {"target_lang": "pl"})]


def test_answer_the_quoted_multiple_choice_question(tasks):
    steps = plan_rules("Transcribe it, then answer the multiple-choice question 'Who called? A: Tom B: Ann'.",
                       tasks).steps
    assert steps[1].args == {"question": "Who called? A: Tom B: Ann"}


def test_one_continuation_for_a_story_asked_twice(tasks):
    assert tasks_of("Keep the folk tale going and write what happens next.", tasks) == ["continue"]


# --- round 17 (tuned on heldout17's misses; these wordings are new) ------------------------------

def test_a_speaker_count_as_a_noun_phrase_in_a_list(tasks):
    assert tasks_of("Two things: a transcript of the ferry announcement and a note on whether more than one "
                    "officer speaks.", tasks) == ["asr", "sv"]


def test_choose_one_before_options(tasks):
    steps = plan_rules("Transcribe it; What is for sale? Pick one: A - apples, B - pears; then summarise it.",
                       tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"] == "What is for sale? Pick one: A - apples, B - pears"


def test_per_the_audio_is_a_hint(tasks):
    assert plan_rules("Per the recording, when does the shop close?", tasks).steps[0].args == {
        "question": "when does the shop close?"} or plan_rules(
        "Per the recording, when does the shop close?", tasks).steps[0].args["question"].startswith("When")


def test_a_stated_language_reaches_an_implicit_transcript(tasks):
    steps = plan_rules("The voicemail is in Greek. Translate the transcript into English.", tasks).steps
    assert [(s.task, s.args, s.implicit) for s in steps] == [
        ("asr", {"language": "el"}, True), ("translate", {"target_lang": "en"}, False)]


@pytest.mark.parametrize("instruction", ["summ it up in 8 words max", "Provide a précis of at most 8 words."])
def test_summary_in_other_words(tasks, instruction):
    assert plan_rules(instruction, tasks).steps[-1].args == {"max_words": 8}


# --- round 18 (tuned on heldout18's misses; these wordings are new) ------------------------------

def test_plus_before_a_second_request(tasks):
    assert tasks_of("the gist in 12 words plus whether its one lady talking or two", tasks) == [
        "asr", "summarize", "sv"]


def test_what_were_someones_words_in_a_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("What were the usher's words, in Finnish?", tasks).steps] == [
        ("st", {"target_lang": "fi"})]


def test_alternatives_asked_again_are_the_options(tasks):
    steps = plan_rules("Transcribe it, then tell me: Which fruit is sold out? Plums, figs, or cherries? "
                       "Then summarise it.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"] == "Which fruit is sold out? Plums, figs, or cherries?"


def test_a_question_after_a_question_is_not_its_options(tasks):
    assert tasks_of("What is said here, in Greek? Also, is it one voice or two?", tasks) == ["st", "sv"]


def test_according_to_the_speaker_is_left_out_of_the_question(tasks):
    assert plan_rules("According to the narrator, where did the fox hide?", tasks).steps[0].args == {
        "question": "where did the fox hide?"} or plan_rules(
        "According to the narrator, where did the fox hide?", tasks).steps[0].args["question"] == "Where did the fox hide?"


def test_one_and_the_same(tasks):
    assert tasks_of("Tell me whether the voice in file one and the voice in file two are one and the same.",
                    tasks) == ["sv"]


# --- round 19 (tuned on heldout19's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "What was said at the briefing, in Czech — and is it one officer or more?",
    "Translate the tour into Greek, and say whether there's one guide or two.",
])
def test_one_person_or_more_without_a_verb_of_speaking(tasks, instruction):
    assert tasks_of(instruction, tasks)[-1] == "sv"


def test_plus_signs_after_options_and_a_sentence_after_a_unit(tasks):
    assert tasks_of("how does the host sound + which city? a) Oslo b) Rome + is it one person talking or a few",
                    tasks) == ["er", "sqa", "sv"]
    steps = plan_rules("Answer: How hot is the oven? A. 180°C B. 200°C. Then continue the story.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "continue"]


def test_a_stated_language_after_a_comma(tasks):
    steps = plan_rules("I want you write what she is saying, this is in Turkish language.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "tr"})]


@pytest.mark.parametrize(("instruction", "task"), [
    ("honestly this tale slaps, keep it going", "continue"), ("Write it out and add another paragraph to it.", "continue"),
])
def test_more_ways_to_ask_for_a_continuation(tasks, instruction, task):
    assert tasks_of(instruction, tasks)[-1] == task


def test_state_before_a_question_is_a_lead_in(tasks):
    steps = plan_rules("Give the speaker's mood and state what city she is calling from.", tasks).steps
    assert [s.task for s in steps] == ["er", "sqa"]
    assert steps[1].args["question"].casefold() == "what city she is calling from."


# --- round 20 (tuned on heldout20's misses; these wordings are new) ------------------------------

def test_talking_alone_or_someone_else_too(tasks):
    assert tasks_of("Transcribe it and tell me whether the vet is talking alone or the owner speaks too.",
                    tasks) == ["asr", "sv"]
    assert tasks_of("Is the doctor speaking as an expert?", tasks) == ["sqa"]


def test_options_after_a_dash_and_bare_letters_in_one_run(tasks):
    steps = plan_rules("Answer: Who won the race — 1. Ada 2. Ben 3. Cy — then summarise it.", tasks).steps
    assert steps[0].args["question"] == "Who won the race — 1. Ada 2. Ben 3. Cy"
    steps = plan_rules("Question: What is banned? A glass B plastic C paper. Then transcribe it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr"]
    assert steps[0].args["question"].startswith("What is banned? A glass B plastic C paper")


def test_a_story_goes_on_from_the_audio_after_a_summary(tasks):
    steps = plan_rules("Summarise the radio play in ten words, then continue the plot.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("continue", None)]
    steps = plan_rules("Summarise the radio play in ten words, then continue the summary.", tasks).steps
    assert steps[-1].input == 1


def test_keep_a_story_going_with_words_between(tasks):
    assert tasks_of("Keep the old sea yarn in this recording going.", tasks) == ["continue"]


def test_the_speaker_talks_in_a_language(tasks):
    steps = plan_rules("The narrator talks in Hungarian; give me a transcript.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "hu"})]


def test_compare_the_voices(tasks):
    assert tasks_of("Compare the voices in these two files and tell me if they belong to one person.", tasks) == ["sv"]


# --- round 21 (tuned on heldout21's misses; these wordings are new) ------------------------------

def test_a_short_setting_after_the_verb_of_saying(tasks):
    assert [(s.task, s.args) for s in plan_rules("What did the captain say at dawn, in Greek?", tasks).steps] == [
        ("st", {"target_lang": "el"})]


def test_capital_options_after_an_unfinished_sentence(tasks):
    steps = plan_rules("Answer: The man calls because... A. he is late B. he is lost. Then transcribe it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr"]
    assert steps[0].args["question"].rstrip(".").endswith("B. he is lost")


def test_roman_options_with_full_stops(tasks):
    steps = plan_rules("Which tool? i. saw ii. drill iii. hammer; then transcribe it.", tasks).steps
    assert steps[0].args["question"] == "Which tool? i. saw ii. drill iii. hammer"


def test_a_hint_that_names_the_speaker(tasks):
    steps = plan_rules("From what the guide says in the recording, when does the tour end?", tasks).steps
    assert steps[0].args["question"].casefold() == "when does the tour end?"


def test_audios_in_a_language_and_no_need_to_listen(tasks):
    assert [(s.task, s.args) for s in plan_rules("Clip's in Polish. Just the transcript.", tasks).steps] == [
        ("asr", {"language": "pl"})]
    steps = plan_rules("No need to listen to the recording: name three capitals in Africa.", tasks).steps
    assert [(s.task, s.args["instruction"].casefold()) for s in steps] == [
        ("instruct", "name three capitals in africa.")]
