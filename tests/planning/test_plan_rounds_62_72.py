"""Plans for wordings of the kinds the helper-written held-out sets of rounds 62-72 found (issue 10,
part 6): each block is tuned on one set's misses, with wordings of its own, not the set's."""

from __future__ import annotations

from plan_support import tasks_of

from wavllm_agent.planning import plan_rules

# --- round 62 (tuned on heldout69-72's misses; these wordings are new) ----------------------------


def test_someone_ever_chipping_in_is_a_speaker_count(tasks):
    assert tasks_of("Transcribe the sermon and tell me if a second priest ever pipes up.", tasks) == ["asr", "sv"]


def test_a_voice_changing_partway_through_is_a_speaker_count(tasks):
    assert tasks_of("Does the voice change midway through the lift announcement?", tasks) == ["sv"]
    assert tasks_of("Does the guide change her tone at the end?", tasks) == ["sqa"]  # a verb and its object


def test_someones_verdict_in_the_audio_is_its_content(tasks):
    steps = plan_rules("Summarise the referee's verdict in ten words.", tasks).steps
    assert [(s.task, s.implicit) for s in steps] == [("asr", True), ("summarize", False)]
    steps = plan_rules("Tell me whether one person speaks, then translate the verdict into Dutch.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("sv", None), ("translate", 0)]


def test_requests_counted_in_words(tasks):
    steps = plan_rules("Please help me with the bakery voicemail: first you write it all, second you tell me "
                       "when is the cake ready? a. noon b. 3 pm c. 6 pm, third you say me if she is upset.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "er"]
    assert steps[1].args["question"].endswith("c. 6 pm")
    assert tasks_of("First transcribe it, then tell me what the second guest orders.", tasks) == ["asr", "sqa"]


def test_an_option_holding_a_capital_n(tasks):
    steps = plan_rules("Which size did he order? (a) N scale (b) S scale (c) L scale", tasks).steps
    assert [s.task for s in steps] == ["sqa"]
    assert steps[0].args["question"].endswith("(c) L scale")
    assert tasks_of("transcribe it n tell me if shes angry", tasks) == ["asr", "er"]


def test_a_which_question_after_a_comma(tasks):
    steps = plan_rules("Transcribe the garage's message, which part does the van need, a clutch or a battery? "
                       "and summarise it in 10 words", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert tasks_of("Summarise the talk, which was long, in 20 words.", tasks) == ["asr", "summarize"]


def test_and_inside_a_parenthesis_joins_no_request(tasks):
    assert tasks_of("Translate it into Polish and say whether there are two voices (the host and a guest) or "
                    "just one.", tasks) == ["st", "sv"]


def test_a_hint_set_off_by_a_comma_before_the_question(tasks):
    steps = plan_rules("Going by what is said in the clip and nothing else, how long is the walk?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "How long is the walk?"})]


def test_a_hint_that_names_what_not_to_answer_from(tasks):
    steps = plan_rules("What oven setting does she use? Answer from the recording, not from your own baking.",
                       tasks).steps
    assert [s.task for s in steps] == ["sqa"]


def test_the_language_is_stated_as_the_language(tasks):
    steps = plan_rules("Make a transcript of this, the language is Czech.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "cs"})]
    steps = plan_rules("Polish sermon attached. Just the transcript.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "pl"})]


def test_a_lead_in_that_only_names_a_question(tasks):
    steps = plan_rules("Transcribe it. A quick question for you: the baker sold how many loaves?", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa"]
    assert steps[1].args["question"].lower().startswith("the baker sold")


def test_the_text_of_it(tasks):
    assert tasks_of("My uncle left this message, can you give me the full text of it please", tasks) == ["asr"]
    assert tasks_of("give me the text of it in Spanish", tasks) == ["asr", "translate"]


# --- round 63 (tuned on heldout73's and heldout74's misses; these wordings are new) --------------


def test_counts_named_by_what_people_do(tasks):
    assert tasks_of("Establish the number of separate experts who give evidence in this hearing.", tasks) == ["sv"]
    assert tasks_of("How many listeners ring in during the phone-in? Then summarise it.", tasks) == [
        "sv", "asr", "summarize"]
    assert tasks_of("Tell me if the compere is joined by another presenter later on.", tasks) == ["sv"]
    assert tasks_of("Does the narrator change halfway through the audiobook?", tasks) == ["sv"]


def test_how_many_things_are_in_something_is_a_question(tasks):
    steps = plan_rules("Going by the clip alone, how many tents are in the field?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "How many tents are in the field?"})]
    assert tasks_of("Tell me whether more than two waiters are in the recording.", tasks) == ["sv"]


def test_texting_its_in_a_language(tasks):
    steps = plan_rules("transcribe pls? its in greek, my nans voicemail", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "el"})]


def test_a_cut_short_continue(tasks):
    assert tasks_of("cont the fairy tale plz", tasks) == ["continue"]


def test_whereupon_starts_the_next_request(tasks):
    steps = plan_rules("The affidavit shall be transcribed, whereupon the transcript shall be rendered into German.",
                       tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]


def test_write_me_the_words(tasks):
    steps = plan_rules("i not speak well english. the man is speak in polish. write me the words please.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "pl"})]


def test_responding_to_an_inquiry_the_recording_holds(tasks):
    steps = plan_rules("This voicemail ends with a query for the listener; kindly reply to that query.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {})]
    steps = plan_rules("What is the capital of Peru? Answer that question.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "What is the capital of Peru?"})]


# --- round 64 (tuned on heldout75's and heldout76's misses; these wordings are new) --------------


def test_how_someone_comes_across(tasks):
    assert tasks_of("Listen to the school assembly recording: how does the head teacher come across?", tasks) == ["er"]
    assert tasks_of("How does the plan come across in the minutes?", tasks) == ["sqa"]


def test_what_is_said_from_somewhere_in_a_language(tasks):
    steps = plan_rules("What is the lifeguard yelling from the tower, in Portuguese?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "pt"})]
    steps = plan_rules("what r they saying in this vid from the beach party... in dutch?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "nl"})]


def test_a_hint_going_off_the_recording(tasks):
    steps = plan_rules("Just going off the voicemail, what time is the delivery?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "What time is the delivery?"})]


def test_an_output_the_user_does_not_want(tasks):
    assert tasks_of("Translate the deposition into Swedish. No transcript in English is required.", tasks) == ["st"]
    assert tasks_of("Put it into Italian please. I don't need a transcript.", tasks) == ["st"]
    assert tasks_of("Transcribe it. No need for a summary.", tasks) == ["asr"]


def test_counting_the_number_of_people(tasks):
    assert tasks_of("Count the number of distinct callers, then transcribe the clip.", tasks) == ["sv", "asr"]


# --- round 65 (tuned on heldout79's and heldout80's misses; these wordings are new) --------------


def test_a_number_of_people_as_a_bare_list_item(tasks):
    steps = plan_rules("Three things from the choir clip: transcript, number of singers speaking, and its mood", tasks).steps
    assert [s.task for s in steps] == ["asr", "sv", "er"]


def test_the_speakers_own_words_in_a_language(tasks):
    steps = plan_rules("Summarise the coach's talk in 15 words and give me her exact words in Greek as well.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("st", None)]
    steps = plan_rules("what did the vet say - in polish for me thx", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "pl"})]
    steps = plan_rules("Roughly what is the guide saying, in Korean?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "ko"})]


def test_a_unit_before_a_new_sentence_ends_the_options(tasks):
    steps = plan_rules("How far is the walk? 2 km / 5 km / 9 km. Then summarise it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr", "summarize"]
    assert steps[0].args["question"].rstrip(".").endswith("9 km")
    steps = plan_rules("Which bay? a. Bay 3 b. Bay 7 c. Bay 9", tasks).steps
    assert steps[0].args["question"].endswith("c. Bay 9")


def test_numbers_in_square_brackets_are_options(tasks):
    steps = plan_rules("Transcribe it. Which room is booked? [1] the hall [2] the annex [3] the loft", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa"]
    assert steps[1].args["question"].endswith("[3] the loft")


def test_finishing_a_story(tasks):
    assert tasks_of("pls finish the bedtime story grandma began on this tape", tasks) == ["continue"]
    assert tasks_of("Does the fable end well?", tasks) == ["sqa"]


def test_a_gist_of_some_length_asked_as_what_it_is_about(tasks):
    steps = plan_rules("Transcribe it, then tell me in 12 words what it's about.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {"max_words": 12})]


def test_a_second_person_answering_is_a_speaker_count(tasks):
    assert tasks_of("Is there a second guide replying to her at some point?", tasks) == ["sv"]


def test_things_being_replaced_are_no_speaker_count(tasks):
    assert tasks_of("Which tiles are being replaced in the kitchen?", tasks) == ["sqa"]
    assert tasks_of("Tell me if the referee gets replaced at half time.", tasks) == ["sv"]


def test_a_version_in_a_language_after_plus(tasks):
    steps = plan_rules("I'd like a transcript plus a Korean version of that transcript.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]


def test_the_typo_who_many(tasks):
    assert tasks_of("who many ppl r speaking in this clip", tasks) == ["sv"]
    assert tasks_of("How many guests are coming to the party?", tasks) == ["sqa"]


# --- round 66 (tuned on heldout81's and heldout82's misses; these wordings are new) --------------


def test_a_recording_featuring_more_than_one_person(tasks):
    assert tasks_of("Check whether the podcast features more than one presenter, then summarise it.", tasks) == [
        "sv", "asr", "summarize"]


def test_mood_words_as_numbered_options(tasks):
    steps = plan_rules("How does the nurse sound? 1. tired 2. cheerful 3. angry. Then transcribe it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr"]
    assert steps[0].args["question"].rstrip(".").endswith("3. angry")


def test_an_option_letter_before_a_new_sentence(tasks):
    steps = plan_rules("Which size? (A) S, (B) M, (C) L. Also tell me if she sounds annoyed.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "er"]


def test_roman_numbered_requests_in_brackets(tasks):
    steps = plan_rules("Kindly supply (i) a transcript of the hearing and (ii) a summary thereof of at most 60 words.",
                       tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {"max_words": 60})]


def test_how_many_people_comment_on_something(tasks):
    assert tasks_of("How many people are commenting on the paintings? Then transcribe it.", tasks) == ["sv", "asr"]
    assert tasks_of("Do the two people talk about money?", tasks) == ["sqa"]


def test_texting_wat_and_goin(tasks):
    assert tasks_of("how many ppl r talking? and wat's the price they agree on", tasks) == ["sv", "sqa"]
    assert tasks_of("pls keep goin w the fairy tale from this clip", tasks) == ["continue"]


def test_a_context_lead_before_bulleted_requests(tasks):
    steps = plan_rules("For the cricket commentary clip:\n- how does the commentator sound\n- transcribe it", tasks).steps
    assert [s.task for s in steps] == ["er", "asr"]


def test_pretending_there_is_no_audio(tasks):
    steps = plan_rules("Imagine there's no recording attached: what is the capital of Chile?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("instruct", {"instruction": "What is the capital of Chile?"})]


def test_a_question_cut_off_where_its_bulleted_options_begin(tasks):
    steps = plan_rules("Is the new bus route described as\n- faster\n- slower\n- the same?\nThen transcribe it.",
                       tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr"]
    assert "slower" in steps[0].args["question"]


# --- round 67 (tuned on heldout85's and heldout86's misses; these wordings are new) --------------


def test_more_ways_to_count_people(tasks):
    assert tasks_of("Tell me if more than one pilot comes on the radio, then transcribe it.", tasks) == ["sv", "asr"]
    assert tasks_of("Establish whether more than one witness is audible on the tape.", tasks) == ["sv"]
    assert tasks_of("does she sound tired? and r there 2 nurses or just the one", tasks) == ["er", "sv"]


def test_a_hint_naming_the_recording_itself(tasks):
    steps = plan_rules("When does the shop close? Answer from the voicemail itself, not from the website.", tasks).steps
    assert [s.task for s in steps] == ["sqa"]


def test_i_dont_need_the_transcript_after_a_comma(tasks):
    steps = plan_rules("Make me the translation of this clip into Korean, I don't need the transcript.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "ko"})]


def test_the_file_i_attached_is_ignored(tasks):
    steps = plan_rules("No need to listen to the recording I sent. Tell me a joke about cats.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("instruct", {"instruction": "Tell me a joke about cats."})]


def test_providing_the_answer_to_a_spoken_riddle(tasks):
    steps = plan_rules("This clip holds a riddle from the host; kindly supply the answer to it.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {})]


def test_and_further_starts_a_request(tasks):
    assert tasks_of("Translate the tour into French and further confirm whether a single guide speaks throughout.",
                    tasks) == ["st", "sv"]


def test_can_you_tell_me_what_is_said_in_a_language(tasks):
    steps = plan_rules("hi for the parade clip can you tell me what's said in Spanish, then is she happy?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "es"}), ("er", {})]


# --- round 68 (tuned on heldout87's and heldout88's misses; these wordings are new) --------------


def test_and_a_preposition_before_a_question_word(tasks):
    assert tasks_of("Transcribe the market clip, and for how much did the vase sell?", tasks) == ["asr", "sqa"]


def test_answer_the_following_question_before_a_long_dash(tasks):
    steps = plan_rules("(1) transcribe it, (2) answer the following question — Was the parcel left: A. at the door, "
                       "B. with a neighbour? — and (3) summarise it in 20 words.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"].startswith("Was the parcel left")


def test_pls_before_ignoring_the_audio(tasks):
    steps = plan_rules("plz ignore the voice note. what's 7 times 8", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("instruct", {"instruction": "What's 7 times 8"})]


def test_the_answer_to_the_question_someone_puts(tasks):
    steps = plan_rules("What is the answer to the question the quiz host puts to the audience?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {})]


def test_people_grabbing_the_mic(tasks):
    assert tasks_of("how many diff ppl grab the mic in this wedding clip", tasks) == ["sv"]


def test_only_using_what_someone_says(tasks):
    steps = plan_rules("Only using what the ranger says on the tape, when does the gate shut?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "When does the gate shut?"})]


# --- round 69 (tuned on heldout89's and heldout90's misses; these wordings are new) --------------


def test_taking_the_floor_and_the_person_explaining_changing(tasks):
    assert tasks_of("Transcribe the debate and say how many pupils take the floor.", tasks) == ["asr", "sv"]
    assert tasks_of("Tell me if the person presenting changes at some point.", tasks) == ["sv"]


def test_how_someone_of_a_long_description_sounds(tasks):
    assert tasks_of("Tell me how the host of the late-night jazz radio show sounds.", tasks) == ["er"]


def test_a_hint_then_state_or_say_which(tasks):
    steps = plan_rules("Based on the recording, say which gate the flight boards from.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Which gate the flight boards from."})]


def test_a_long_hint_before_the_question(tasks):
    steps = plan_rules("According to what is said in the message itself and nothing else, when is the meeting?",
                       tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "When is the meeting?"})]


def test_the_language_of_a_forecast(tasks):
    steps = plan_rules("Type out the Danish shipping forecast word for word.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "da"})]


# --- round 70 (tuned on heldout91's and heldout92's misses; these wordings are new) --------------


def test_more_shapes_of_speaker_counts(tasks):
    assert tasks_of("Does the presenter hand over to a colleague later on?", tasks) == ["sv"]
    assert tasks_of("Are both parts of the notice read by the same announcer?", tasks) == ["sv"]
    assert tasks_of("Tell me if the reading is shared between several pupils.", tasks) == ["sv"]
    assert tasks_of("Tell me whether more than one member reads the minutes.", tasks) == ["sv"]


def test_how_someone_sounds_at_the_end(tasks):
    assert tasks_of("How does the coach sound at the end?", tasks) == ["er"]


def test_to_finish_starts_the_last_request(tasks):
    steps = plan_rules("Which day is it? (1) Monday (2) Friday, and to finish, does she sound tired?", tasks).steps
    assert [s.task for s in steps] == ["sqa", "er"]
    assert steps[0].args["question"].endswith("(2) Friday")


def test_and_secondly(tasks):
    steps = plan_rules("Please produce a transcript, and secondly a Polish translation of that transcript.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]


# --- round 71 (tuned on heldout95's and heldout96's misses; these wordings are new) --------------


def test_still_more_speaker_counts(tasks):
    assert tasks_of("Does anyone apart from the vicar speak in it?", tasks) == ["sv"]
    assert tasks_of("How many toddlers are babbling in this nursery clip?", tasks) == ["sv"]
    assert tasks_of("Check whether the tape holds the voices of more than one suspect.", tasks) == ["sv"]
    assert tasks_of("can u tell if its just her or if her husband chimes in too", tasks) == ["sv"]
    assert tasks_of("Tell me if two different staff members read it out.", tasks) == ["sv"]


def test_an_acronym_coming_across(tasks):
    assert tasks_of("How does the MC come across?", tasks) == ["er"]


def test_answer_from_what_is_audible(tasks):
    assert tasks_of("What time does the train leave? Answer from what's audible only.", tasks) == ["sqa"]


def test_no_particular_length(tasks):
    steps = plan_rules("Summarise the lecture please. Doesn't need to be any particular length.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {})]


def test_what_is_said_during_or_while_something_in_a_language(tasks):
    steps = plan_rules("What does the chef say during the knife-skills demo, in Thai?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "th"})]
    steps = plan_rules("Tell me what the driver mumbles while parking, in Greek.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "el"})]


def test_and_at_last(tasks):
    steps = plan_rules("Which day? - monday - friday, and at last tell me if he sounds angry.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "er"]


def test_together_with_an_assessment(tasks):
    assert tasks_of("Please translate the tape into French, together with an assessment of the caller's mood.",
                    tasks) == ["st", "er"]


# --- round 72 (tuned on heldout97's and heldout98's misses; these wordings are new) --------------


def test_just_her_or_someone_else(tasks):
    assert tasks_of("transcript pls + is it just him on the tape or somebody else as well", tasks) == ["asr", "sv"]


def test_a_context_label_before_how_someone_sounds(tasks):
    assert tasks_of("The school assembly - how does the head sound, and are there two teachers or just one?",
                    tasks) == ["er", "sv"]
    assert tasks_of("How does the ice-cream seller sound in this clip?", tasks) == ["er"]


def test_a_bare_language_after_what_is_said(tasks):
    steps = plan_rules("What did the coach shout? Swedish, please.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "sv"})]


def test_the_writing_of_this_audio_and_its_language(tasks):
    steps = plan_rules("please you make the writing of this audio, it is a lesson in Romanian from my school.",
                       tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "ro"})]


def test_a_crew_member_on_the_channel(tasks):
    assert tasks_of("Tell me if more than one crew member is on the radio.", tasks) == ["sv"]
