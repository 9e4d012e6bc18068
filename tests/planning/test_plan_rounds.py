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


# --- round 22 (tuned on heldout22's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction, expected", [
    ("How does the nurse sound, is there more than one voice, and when is the next shift?", ["er", "sv", "sqa"]),
    ("Summarise the talk, does she sound bored, and who organised it?", ["asr", "summarize", "er", "sqa"]),
    ("Summarise the talk, is that possible?", ["asr", "summarize"]),
])
def test_a_yes_no_question_set_off_by_commas_is_a_request_of_its_own(tasks, instruction, expected):
    assert tasks_of(instruction, tasks) == expected


@pytest.mark.parametrize("instruction, expected", [
    ("Transcribe it and check if the voice switches to somebody different halfway.", ["asr", "sv"]),
    ("Does the narrator change at some point in the clip?", ["sv"]),
    ("Does the narrator change his mind about the offer?", ["sqa"]),
])
def test_a_voice_that_changes_to_someone_else(tasks, instruction, expected):
    assert tasks_of(instruction, tasks) == expected


def test_how_they_sound_is_the_emotion(tasks):
    assert tasks_of("Write down what the clerks say and how they sound.", tasks) == ["asr", "er"]


def test_a_time_phrase_after_the_verb_of_saying(tasks):
    assert [(s.task, s.args) for s in plan_rules("Could you let me know what the pilot said before take-off, in Czech?",
                                                 tasks).steps] == [("st", {"target_lang": "cs"})]
    assert tasks_of("What did she say after the kettle boiled over?", tasks) == ["sqa"]


def test_a_capitalised_question_after_its_lead_in_and_options_before_the_next_request(tasks):
    steps = plan_rules("Identify the mood, then choose the correct answer to Which bus leaves first? 1) the 9 "
                       "2) the 14 3) the 22, and then translate the recording into Italian.", tasks).steps
    assert [s.task for s in steps] == ["er", "sqa", "st"]
    assert steps[1].args["question"] == "Which bus leaves first? 1) the 9 2) the 14 3) the 22"


def test_how_many_people_announce(tasks):
    assert tasks_of("Transcribe the station audio and tell me how many people announce trains.", tasks) == ["asr", "sv"]
    assert tasks_of("How many people bought tickets?", tasks) == ["sqa"]


def test_listen_to_the_clip_and_is_no_request(tasks):
    steps = plan_rules("Listen to the recording and, going by what's said in it: where is the key hidden?", tasks).steps
    assert [(s.task, s.args["question"].casefold()) for s in steps] == [("sqa", "where is the key hidden?")]


def test_carry_on_a_story_named_before(tasks):
    steps = plan_rules("Hear how the fairy tale opens and carry it on, then translate your continuation into Swedish.",
                       tasks).steps
    assert [(s.task, s.input, s.implicit) for s in steps] == [("continue", None, False), ("translate", 0, False)]


@pytest.mark.parametrize("instruction", [
    "No need to play the recording at all; name a fruit that is yellow.",
    "You don't need to look at the clip: name a fruit that is yellow.",
    "There's no need to check the audio; name a fruit that is yellow.",
])
def test_no_need_to_look_at_the_audio(tasks, instruction):
    steps = plan_rules(instruction, tasks).steps
    assert [(s.task, s.args["instruction"].casefold()) for s in steps] == [("instruct", "name a fruit that is yellow.")]


def test_a_language_before_a_two_word_audio_noun(tasks):
    steps = plan_rules("Type out the Turkish voice memo and put it into English.", tasks).steps
    assert [(s.task, s.args) for s in steps][0] == ("asr", {"language": "tr"})


# --- round 23 (tuned on heldout23's misses; these wordings are new) ------------------------------

def test_a_topic_before_a_colon_then_a_question_and_a_speaker_count(tasks):
    steps = plan_rules("Bakery voicemail: which cake was ordered, and is there more than one caller?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "which cake was ordered"}), ("sv", {})] or \
        [(s.task, s.args.get("question", "").casefold()) for s in steps] == [("sqa", "which cake was ordered"), ("sv", "")]


@pytest.mark.parametrize("instruction", [
    "Summarise the inquiry, then state the number of witnesses who speak in it.",
    "Let me know whether the nurse and the doctor are in fact the same speaker.",
    "Translate it into French and tell me if two separate customers left voicemails.",
])
def test_speaker_counts_in_other_words(tasks, instruction):
    assert tasks_of(instruction, tasks)[-1] == "sv"
    assert "sqa" not in tasks_of(instruction, tasks)


def test_the_words_of_someone_in_a_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("I need the words of the tour guide in Hungarian.", tasks).steps] == [
        ("st", {"target_lang": "hu"})]


def test_options_on_bulleted_lines_after_a_question(tasks):
    steps = plan_rules("1) Summarise the lesson.\n2) What does the teacher bring?\n- a map\n- a globe\n"
                       "3) Is she cheerful?", tasks).steps
    assert [s.task for s in steps] == ["asr", "summarize", "sqa", "er"]
    assert steps[2].args["question"] == "What does the teacher bring? - a map - a globe"


def test_numbers_with_a_dash_as_options_and_after_as_a_lead(tasks):
    steps = plan_rules("Transcribe it. After, the shop opens when? 1- at nine 2- at ten. At the end, make a summary.",
                       tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"].rstrip(".") == "The shop opens when? 1- at nine 2- at ten"
    assert tasks_of("Rate how calm she is from 1-5.", tasks) != ["sqa", "sqa"]


@pytest.mark.parametrize("hint", ["Stick to what is said in the briefing.", "Answer only from what the pilot says."])
def test_what_someone_says_as_the_source_to_answer_from(tasks, hint):
    steps = plan_rules(f"When does boarding start? {hint}", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "When does boarding start?")]


def test_a_long_hint_before_a_colon(tasks):
    steps = plan_rules("If the audio doesn't say, tell me rather than guessing: what colour is the van?", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "What colour is the van?")]


@pytest.mark.parametrize("instruction", ["Solve the puzzle posed in the recording.", "Answer the riddle the host asks."])
def test_a_spoken_riddle_or_quiz(tasks, instruction):
    assert [(s.task, s.args) for s in plan_rules(instruction, tasks).steps] == [("sqa", {})]


def test_more_ways_to_set_the_audio_aside(tasks):
    steps = plan_rules("Ignore the clip for the time being - list three prime numbers.", tasks).steps
    assert [(s.task, s.args["instruction"]) for s in steps] == [("instruct", "List three prime numbers.")]


@pytest.mark.parametrize("instruction, expected", [
    ("Transcirbe this pls", ["asr"]), ("translte the clip into Dutch", ["st"]),
    ("sumarise it in 15 words", ["asr", "summarize"]), ("Transcribe it and give me a summry.", ["asr", "summarize"]),
])
def test_task_words_misspelt_by_one_letter(tasks, instruction, expected):
    assert tasks_of(instruction, tasks) == expected


def test_more_languages_whisper_transcribes(tasks):
    assert [(s.task, s.args) for s in plan_rules("The podcast is in Icelandic - transcribe it.", tasks).steps] == [
        ("asr", {"language": "is"})]
    assert plan_rules("Type up the Swahili sermon.", tasks).steps[0].args == {"language": "sw"}


# --- round 24 (tuned on heldout24's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "Summarise the debate and tell me whether both moderators are really speaking or it's one person.",
    "Determine whether the clip has more than one distinct voice, and thereafter translate it into Greek.",
])
def test_both_and_thereafter(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)
    assert len(tasks_of(instruction, tasks)) >= 2


def test_what_someone_is_saying_then_a_bare_language_at_the_end(tasks):
    assert [(s.task, s.args) for s in plan_rules("what is the bus driver saying there in polish", tasks).steps] == [
        ("st", {"target_lang": "pl"})]
    assert plan_rules("Type up what she is saying in Greek.", tasks).steps[0].task == "asr"


def test_how_someone_sounds_in_this_or_that_place(tasks):
    assert tasks_of("Tell me how the guide sounds on this walk, and what he says, in Danish.", tasks) == ["er", "st"]


def test_numbered_options_on_lines_then_and_after_that(tasks):
    steps = plan_rules("Which tool? \n1. a saw\n2. a drill\nand after that summarise it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr", "summarize"]
    assert steps[0].args["question"] == "Which tool? 1. a saw 2. a drill"


def test_a_list_announced_with_what_it_works_on(tasks):
    steps = plan_rules("Do two things with the museum audio guide: first, say if the narrator sounds bored; second, "
                       "transcribe it.", tasks).steps
    assert [s.task for s in steps] == ["er", "asr"]


@pytest.mark.parametrize("hint", ["Don't use outside knowledge.", "No external info, please."])
def test_no_outside_knowledge_is_a_hint(tasks, hint):
    steps = plan_rules(f"{hint} What is the shop's phone number?", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "What is the shop's phone number?")]


def test_what_do_you_reckon_after_a_request(tasks):
    assert tasks_of("i cant tell if he is angry or joking, what do you think from his voice?", tasks) == ["er"]
    assert tasks_of("What do you think about the plan?", tasks) == ["sqa"]


def test_the_q_the_speaker_asks(tasks):
    assert [(s.task, s.args) for s in plan_rules("pls answer the q the host asks", tasks).steps] == [("sqa", {})]


def test_a_stated_language_between_commas_and_after_you(tasks):
    steps = plan_rules("Please, you write the transcript of the call, the caller speak in Polish, and after you "
                       "make summary of 20 words.", tasks).steps
    assert [(s.task, s.args, s.input) for s in steps] == [
        ("asr", {"language": "pl"}, None), ("summarize", {"max_words": 20}, 0)]


@pytest.mark.parametrize("instruction, code", [("translate it to italien pls", "it"), ("Translate it into Frnech.", "fr")])
def test_language_names_misspelt_by_one_letter(tasks, instruction, code):
    assert plan_rules(instruction, tasks).steps[0].args == {"target_lang": code}


def test_finish_is_no_language(tasks):
    assert all(s.args.get("target_lang") != "fi" for s in plan_rules("Continue the story to the finish.", tasks).steps)


def test_a_summary_after_a_speech_translation_summarises_the_speech(tasks):
    steps = plan_rules("Translate the lecture into Czech, plus a 30-word summary.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("st", None), ("asr", None), ("summarize", 1)]
    steps = plan_rules("Translate this into Dutch, then into Czech.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("st", None), ("translate", 0)]


# --- round 25 (tuned on heldout25's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "Is the same presenter heard all the way from the beginning to the end of the show?",
    "Count the guests on this podcast, then summarise it.",
    "Translate it into Greek and tell me if another nurse takes over halfway.",
    "Say whether a second singer joins in.",
])
def test_more_speaker_counts(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


def test_count_what_is_not_people(tasks):
    assert "sv" not in tasks_of("Count the words she says.", tasks)


def test_lettered_options_that_start_with_a_verb(tasks):
    steps = plan_rules("Transcribe it. What should you do first? A. Open the valve B. Close the tap. Then stop.",
                       tasks).steps
    assert steps[1].args["question"].rstrip(".") == "What should you do first? A. Open the valve B. Close the tap"


def test_the_gist_refers_back_to_a_summary(tasks):
    steps = plan_rules("Give me the gist in 20 words, then answer: who called? After that, put the gist into Czech.",
                       tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("sqa", None), ("translate", 1)]
    steps = plan_rules("Just the gist in Danish, please.", tasks).steps
    assert [(s.task, s.input, s.implicit) for s in steps] == [
        ("asr", None, True), ("summarize", 0, False), ("translate", 1, False)]


def test_after_as_afterwards_after_a_comma_and_answer_me(tasks):
    steps = plan_rules("You write transcript of the call, after answer me: the shop open when? A-9am B-10am, and after "
                       "tell how caller is feeling.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "er"]
    assert steps[1].args["question"] == "The shop open when? A-9am B-10am"


def test_a_hint_with_an_aside_before_a_colon(tasks):
    steps = plan_rules("Stick to the recording, no assumptions: at which gate does the flight board?", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "At which gate does the flight board?")]


def test_made_is_not_mad(tasks):
    assert tasks_of("This is a story my daughter made up. Continue it.", tasks) == ["continue"]


# --- round 26 (tuned on heldout26's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "From the school trip recording, count the teachers who talk, then transcribe it.",
    "Is the forecast read by one presenter from start to finish, or do two presenters take turns?",
    "Does one guide lead the whole walk, or does someone else take over later?",
    "Tell me whether any parents speak besides the coach.",
])
def test_speaker_counts_round_26(tasks, instruction):
    assert tasks_of(instruction, tasks)[0] == "sv" or "sv" in tasks_of(instruction, tasks)
    assert "sqa" not in tasks_of(instruction, tasks)


def test_told_my_someone_and_a_longer_setting(tasks):
    assert [(s.task, s.args) for s in plan_rules("What did the vet tell my brother, in Czech?", tasks).steps] == [
        ("st", {"target_lang": "cs"})]
    assert [(s.task, s.args) for s in plan_rules("What gets said over the stadium public address system, in Polish?",
                                                 tasks).steps] == [("st", {"target_lang": "pl"})]


def test_the_and_before_a_numbered_items_next_number_is_not_an_option(tasks):
    steps = plan_rules("Please (1) transcribe it, (2) answer: Who signs? (a) Ann (b) Bob, and (3) summarise it.",
                       tasks).steps
    assert steps[1].args["question"] == "Who signs? (a) Ann (b) Bob"


def test_together_with_a_summary(tasks):
    steps = plan_rules("We require a full transcription of the hearing, together with a summary not exceeding "
                       "forty words.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {"max_words": 40})]


def test_words_typed_short_and_radio_as_an_audio_noun(tasks):
    assert plan_rules("sum it up in 30 wrds", tasks).steps[-1].args == {"max_words": 30}
    assert plan_rules("Transcribe this Greek radio show.", tasks).steps[0].args == {"language": "el"}


def test_someones_tone_like(tasks):
    assert tasks_of("Transcribe it, and what's the waiter's tone like?", tasks) == ["asr", "er"]


@pytest.mark.parametrize("instruction", ["could you type it up for me", "Jot the whole thing down, please."])
def test_a_transcript_asked_for_with_the_particle_apart(tasks, instruction):
    assert tasks_of(instruction, tasks) == ["asr"]


def test_writing_it_down_in_a_language_still_translates(tasks):
    assert tasks_of("Summarise it, then write it down in Spanish.", tasks) == ["asr", "summarize", "translate"]


# --- round 27 (tuned on heldout27's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "Does the podcast host share the microphone with anybody else?",
    "Please ascertain whether the interview contains the voices of several applicants, then summarise it.",
    "Is the woman opening the meeting the same person who closes it?",
    "Tell me how many people are involved in the call, then transcribe it.",
    "Transcribe it, the number of different callers and hosts you can hear, and how the host sounds.",
])
def test_speaker_counts_round_27(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


def test_hearing_only_the_clip_is_no_speaker_count(tasks):
    assert tasks_of("Going only by what you hear, which gate is closed?", tasks) == ["sqa"]


def test_what_the_hell_is_he_saying_in_a_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("what on earth is the waiter saying?? in spanish pls", tasks).steps] == [
        ("st", {"target_lang": "es"})]


def test_how_someone_sounds_during_their_own_part(tasks):
    assert tasks_of("How does the coach sound during her team talk?", tasks) == ["er"]


def test_a_stated_language_of_a_deposition(tasks):
    assert plan_rules("The hearing is conducted in Portuguese. Transcribe it.", tasks).steps[0].args == {"language": "pt"}


def test_answer_it_for_me_after_naming_the_spoken_question(tasks):
    assert [(s.task, s.args) for s in plan_rules("My boss asks something at the end of the memo. Answer it for me, "
                                                 "please.", tasks).steps] == [("sqa", {})]


def test_ignore_whatever_is_in_the_audio(tasks):
    steps = plan_rules("Ignore whatever's on the tape. Name a yellow fruit.", tasks).steps
    assert [(s.task, s.args["instruction"]) for s in steps] == [("instruct", "Name a yellow fruit.")]


def test_a_stated_language_then_write_it_down(tasks):
    assert [(s.task, s.args) for s in plan_rules("The memo is in Greek, could you jot it down?", tasks).steps] == [
        ("asr", {"language": "el"})]


# --- round 28 (tuned on heldout28's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "transcribe it n tell me how many cashiers r on the line",
    "Tell me whether the woman who opens the podcast is also the one who closes it.",
    "Check if the narrator stays the same throughout.",
    "Does the recording really contain three different speakers?",
    "How many guests make toasts? Then summarise it.",
    "Are there only two of them talking, and how do they sound?",
    "Is just one announcer on this tape, and what does she say, in Greek?",
])
def test_speaker_counts_round_28(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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

@pytest.mark.parametrize("instruction", [
    "How many listeners get on air during the phone-in? Then summarise it.",
    "Is it the barber alone, or is a customer heard as well?",
    "Transcribe the match and tell me if the commentator passes the microphone to anyone.",
    "I want to know the number of different hosts on the mic.",
])
def test_speaker_counts_round_29(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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

@pytest.mark.parametrize("instruction", [
    "Transcribe it and say whether a second guide ever chimes in.",
    "Say whether the person talking changes halfway through.",
])
def test_speaker_counts_round_31(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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

@pytest.mark.parametrize("instruction", [
    "Confirm whether the vet is the only speaker, then summarise the call.",
    "How many parents take part in the meeting? Then transcribe it.",
    "I need two things: the number of coaches who talk, and a transcript.",
])
def test_speaker_counts_round_32(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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


# --- rounds 34 and 35 (tuned on heldout34's and heldout35's misses; these wordings are new) -------

@pytest.mark.parametrize("instruction", [
    "Transcribe it and tell me how many separate people are on the tape.",
    "Summarise it. Also, is there more than one nurse on the call?",
    "Tell me if there's a 3rd voice speaking.",
])
def test_speaker_counts_rounds_34_35(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


def test_what_someone_says_is_the_answer_is_a_question(tasks):
    steps = plan_rules("What does the chef say is the secret ingredient? Stick to the recording.", tasks).steps
    assert [(s.task, s.args["question"]) for s in steps] == [("sqa", "What does the chef say is the secret ingredient?")]


def test_someone_speaks_a_language_after_a_transcript(tasks):
    steps = plan_rules("Transcribe the tour; the guide speaks Portuguese.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "pt"})]


# --- round 36 (tuned on heldout36's misses; these wordings are new) ------------------------------

@pytest.mark.parametrize("instruction", [
    "Did more than one ranger give the walking tour? Then summarise it.",
    "Tell me whether the commentary is shared by two commentators.",
])
def test_speaker_counts_round_36(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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

@pytest.mark.parametrize("instruction", [
    "Transcribe it and say whether more than four guests speak.",
    "What is the porter saying, in Czech? And how many porters are there?",
])
def test_speaker_counts_round_37(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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

@pytest.mark.parametrize("instruction", [
    "Transcribe it and say whether anybody else's voice is heard.",
    "Check whether the pilot and the co-pilot are the only two people on the recording.",
    "Please give me: 1) a summary, 2) the number of parents who speak.",
    "Tell me what the vet says, in Greek, and whether there's more than one nurse on the call.",
])
def test_speaker_counts_round_38(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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

@pytest.mark.parametrize("instruction", [
    "How many stallholders are calling out prices? Then transcribe it.",
    "tell me if its one teacher or a couple of helpers on this clip",
    "Translate it into Greek and say whether more than one steward takes the mic.",
    "Do the host and the guest take turns talking? Summarise it too.",
    "How many fans are shouting?",
])
def test_speaker_counts_rounds_39_40(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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

@pytest.mark.parametrize("instruction", [
    "check if the presenter gets replaced halfway, and summarise it",
    "Transcribe it, then check whether a nurse also speaks.",
    "Tell me if more than three people are on the call.",
    "Is the busker alone on this recording?",
    "Say whether two different pilots are on the frequency.",
    "Tell me if the host and the guest are really two separate people.",
])
def test_speaker_counts_rounds_41_42(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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

@pytest.mark.parametrize("instruction", [
    "Does the chef do all the talking, or can the waiters be heard too?",
    "can u tell if theres more than one teacher? and summarise it",
])
def test_speaker_counts_rounds_43_44(tasks, instruction):
    assert "sv" in tasks_of(instruction, tasks) and "sqa" not in tasks_of(instruction, tasks)


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
