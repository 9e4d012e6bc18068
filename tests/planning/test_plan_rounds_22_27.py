"""Plans for wordings of the kinds the helper-written held-out sets of rounds 22-27 found (issue 10,
part 6): each block is tuned on one set's misses, with wordings of its own, not the set's."""

from __future__ import annotations

import pytest
from plan_support import tasks_of

from wavllm_agent.planning import plan_rules

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
