"""Plans for wordings of the kinds the helper-written held-out sets of rounds 45-61 found (issue 10,
part 6): each block is tuned on one set's misses, with wordings of its own, not the set's."""

from __future__ import annotations

from plan_support import tasks_of

from wavllm_agent.planning import plan_rules

# --- rounds 45 and 46 (tuned on heldout45's and heldout46's misses; these wordings are new) -------


def test_a_mood_named_as_a_noun_phrase_in_a_list(tasks):
    steps = plan_rules("Three things from the ferry announcement: a transcript, whether one officer speaks "
                       "throughout, and the officer's mood.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sv", "er"]
    assert tasks_of("Give me a summary and her emotional state.", tasks)[-1] == "er"


def test_how_someone_sounds_as_they_do_something(tasks):
    assert tasks_of("How does the coach sound as he reads out the team?", tasks) == ["er"]
    assert tasks_of("How does the coach sound as a leader?", tasks) == ["sqa"]


def test_a_language_before_a_colon_then_what_is_said(tasks):
    steps = plan_rules("In Dutch: what did the ranger tell the campers?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "nl"})]


def test_exactly_what_someone_says_in_a_language(tasks):
    steps = plan_rules("Precisely what the pilot says, in Greek - and does he sound calm?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "el"}), ("er", {})]


def test_what_theyre_saying_in_a_language(tasks):
    steps = plan_rules("Is more than one umpire talking, and what they're saying, in Swedish.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sv", {}), ("st", {"target_lang": "sv"})]


def test_a_bare_output_noun_with_a_participle_in_a_list(tasks):
    steps = plan_rules("- transcript\n- transcript translated into Italian", tasks).steps
    assert [(s.task, s.args, s.input) for s in steps] == [("asr", {}, None), ("translate", {"target_lang": "it"}, 0)]
    steps = plan_rules("1. summary in 10 words\n2. summary put into Czech", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("translate", 1)]


def test_changing_something_else_is_not_a_speaker_count(tasks):
    assert tasks_of("Did the coach change tactics halfway?", tasks) == ["sqa"]


# --- round 46 (tuned on heldout47's misses; these wordings are new) ------------------------------


def test_someone_on_a_recording_sounding_some_way(tasks):
    """The audio named after "on" belongs to the speaker: how the speaker sounds (`er`)."""
    assert tasks_of("Does the receptionist on the dentist's voicemail sound annoyed?", tasks) == ["er"]
    assert tasks_of("Does the audio on this tape sound muffled?", tasks) == ["sqa"]


def test_options_end_at_a_new_line(tasks):
    steps = plan_rules("Which day is the match? 1) Monday 2) Friday\nOne more thing, ignore the clip: what is 3 + 4?",
                       tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Which day is the match? 1) Monday 2) Friday"}),
                                                 ("instruct", {"instruction": "What is 3 + 4?"})]


def test_a_hint_and_nothing_else(tasks):
    steps = plan_rules("Going by the recording, and nothing else, who is the winner?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Who is the winner?"})]


def test_note_is_not_not(tasks):
    """"not exceeding ..." is a limit inside the request, not a new request to "note" something."""
    steps = plan_rules("Please summarise the hearing, not exceeding two hundred words, together with a rendering of "
                       "that summary in French.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {"max_words": 200}),
                                                 ("translate", {"target_lang": "fr"})]


def test_making_the_translation_of_the_audio(tasks):
    steps = plan_rules("You can make the translation of this lecture to Polish language please?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "pl"})]
    steps = plan_rules("Transcribe it. Then give me the translation in Spanish.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]


def test_plus_a_text_output(tasks):
    steps = plan_rules("A transcript of the Greek sermon plus a summary of it in 15 words.", tasks).steps
    assert [(s.task, s.args, s.input) for s in steps] == [("asr", {"language": "el"}, None),
                                                          ("summarize", {"max_words": 15}, 0)]


def test_a_five_letter_misspelt_language(tasks):
    assert [(s.task, s.args) for s in plan_rules("translate the clip to grman", tasks).steps] == [
        ("st", {"target_lang": "de"})]
    assert [(s.task, s.args) for s in plan_rules("transcribe the trek guide in nepal", tasks).steps] == [("asr", {})]


# --- round 47 (tuned on heldout48's misses; these wordings are new) ------------------------------


def test_how_someone_sounds_about_something(tasks):
    assert tasks_of("Transcribe it, and how does the tenant sound about the rent rise?", tasks) == ["asr", "er"]
    assert tasks_of("Assess how the referee sounds, then summarise the match.", tasks)[0] == "er"


def test_give_me_the_whole_thing_named_in_a_language(tasks):
    steps = plan_rules("Is more than one steward talking? Then give me the whole briefing in Czech.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sv", {}), ("st", {"target_lang": "cs"})]


def test_separately_colon_then_what_is_said(tasks):
    steps = plan_rules("Transcribe the lesson, and separately: what does the teacher say, in Hungarian?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("st", {"target_lang": "hu"})]


def test_a_hyphenated_speaker_then_a_language_on_its_own(tasks):
    steps = plan_rules("what did the lollipop-lady say?? in Finnish pls", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "fi"})]


def test_a_misspelt_verb_of_speaking_states_the_language(tasks):
    steps = plan_rules("transcribe the sermon, preacher speeks italian", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "it"})]


def test_not_even_listening_to_the_audio(tasks):
    steps = plan_rules("don't even listen to the recording haha, just name three rivers in Africa", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("instruct", {"instruction": "Name three rivers in Africa"})]


# --- round 48 (tuned on heldout49's misses; these wordings are new) ------------------------------


def test_things_from_a_clip_colon_then_a_list(tasks):
    steps = plan_rules("Two things from the marina clip: how the harbour master sounds when she answers, and the "
                       "whole call in Greek.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("er", {}), ("st", {"target_lang": "el"})]


def test_the_speech_language_stated_is_no_set_off_translation(tasks):
    steps = plan_rules("Transcribe this, the lady speak in Czech.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "cs"})]


def test_carry_the_named_story_on(tasks):
    assert tasks_of("Summarise it, then carry the bedtime story on.", tasks)[-1] == "continue"


def test_a_bare_language_lead(tasks):
    steps = plan_rules("Hungarian, please: what is being announced on the platform?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "hu"})]


def test_an_ordinal_person_on_the_line(tasks):
    assert tasks_of("Summarise the call, then say whether a second caller is on the line.", tasks)[-1] == "sv"


def test_describe_someones_tone(tasks):
    assert tasks_of("Transcribe the pitch and then describe the founder's tone.", tasks) == ["asr", "er"]


def test_roman_numbered_requests_with_a_question_item(tasks):
    steps = plan_rules("Kindly (i) transcribe the hearing; (ii) When did the lease end? 1. May 2. June; and (iii) "
                       "render the transcript into Dutch.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("sqa", None), ("translate", 0)]
    assert steps[1].args["question"] == "When did the lease end? 1. May 2. June"


def test_no_guessing_before_the_question(tasks):
    steps = plan_rules("No guessing - only what the tape says: who paid the bill?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Who paid the bill?"})]


# --- round 49 (tuned on heldout50's misses; these wordings are new) ------------------------------


def test_counting_people_who_speak_and_a_number_of_them(tasks):
    assert tasks_of("Transcribe it, then count the residents who talk.", tasks) == ["asr", "sv"]
    assert tasks_of("1) summary 2) number of distinct speakers", tasks)[-1] == "sv"


def test_a_language_lead_with_please_or_no_comma(tasks):
    for instruction in ("Greek please: what is the plumber saying?", "in greek what is the plumber saying"):
        assert [(s.task, s.args) for s in plan_rules(instruction, tasks).steps] == [("st", {"target_lang": "el"})]


def test_a_language_with_a_modifier(tasks):
    steps = plan_rules("Tell me what the guide says, in Traditional Chinese.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "zh"})]


def test_someone_reads_it_in_a_language(tasks):
    steps = plan_rules("The clerk reads the minutes in Polish. Transcribe them.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "pl"})]


def test_dont_bother_listening(tasks):
    steps = plan_rules("Don't bother checking the recording - just list three primes.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("instruct", {"instruction": "List three primes."})]


def test_whose_speech_it_is(tasks):
    assert tasks_of("Transcribe this please. Is lecture of my teacher.", tasks) == ["asr"]


def test_this_is_a_language_pitch(tasks):
    steps = plan_rules("This is a Greek fishmonger's spiel. Transcribe it.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "el"})]


def test_a_set_off_limit_before_the_object(tasks):
    steps = plan_rules("Summarise, in ten words, what the porter says, then put that into Italian.", tasks).steps
    assert [(s.task, s.args, s.input) for s in steps] == [
        ("asr", {}, None), ("summarize", {"max_words": 10}, 0), ("translate", {"target_lang": "it"}, 1)]


# --- round 50 (tuned on heldout53's misses; these wordings are new) ------------------------------


def test_lmk_if_more_than_one_speaks(tasks):
    assert tasks_of("pls summarise the shift handover and lmk if theres more than one nurse talking", tasks)[-1] == "sv"


def test_hearing_more_than_one_someone(tasks):
    assert tasks_of("Transcribe it. Can you hear two different auctioneers?", tasks) == ["asr", "sv"]
    assert tasks_of("Can you hear two bells in the clip?", tasks) == ["sqa"]


def test_inline_bullet_options_with_times(tasks):
    steps = plan_rules("When does the ferry leave? • 8:15 • 9:40 - then summarise it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr", "summarize"]
    assert steps[0].args["question"] == "When does the ferry leave? • 8:15 • 9:40"


def test_and_that_the_resulting_transcript(tasks):
    steps = plan_rules("We ask that the recording be transcribed and that the resulting transcript be translated "
                       "into Spanish.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]


def test_it_is_language_stated_after_a_comma(tasks):
    steps = plan_rules("please you make text of this audio, it is Turkish language", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "tr"})]


def test_continuing_the_named_transcript(tasks):
    steps = plan_rules("Transcribe the play, then continue the transcript.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("continue", 0)]


def test_would_mean_a_lot_adds_nothing(tasks):
    assert tasks_of("Please continue the story. Would mean a lot!", tasks) == ["continue"]


def test_the_question_read_out(tasks):
    steps = plan_rules("Answer the question that is read out at the end.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {})]


# --- round 51 (tuned on heldout54's misses; these wordings are new) ------------------------------


def test_someone_ever_chimes_in(tasks):
    assert tasks_of("Transcribe the lecture and tell me if a student ever speaks up.", tasks) == ["asr", "sv"]
    assert tasks_of("Does the lecturer ever talk about exams?", tasks) == ["sqa"]


def test_someones_voice_is_in_there_too(tasks):
    assert tasks_of("Summarise it and check whether the manager's voice is on there too.", tasks)[-1] == "sv"
    assert tasks_of("Is the caller's voice in French?", tasks) == ["sqa"]


# --- round 52 (tuned on heldout55's miss; this wording is new) -----------------------------------


def test_a_misspelt_continue(tasks):
    assert tasks_of("pls contnue the bedtime story", tasks) == ["continue"]


# --- round 53 (tuned on heldout56's misses; these wordings are new) ------------------------------


def test_a_language_several_words_before_the_audio_noun(tasks):
    steps = plan_rules("Transcribe this Swedish ski resort lift announcement.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "sv"})]


def test_how_many_plural_people_take_part(tasks):
    assert tasks_of("Summarise it, then say how many plumbers are involved in the call.", tasks)[-1] == "sv"


def test_a_hyphenated_recording_before_the_language(tasks):
    steps = plan_rules("What does the chef say in this bread-making video, in Hindi?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "hi"})]


def test_a_yes_no_question_with_numbered_options_after_a_colon(tasks):
    steps = plan_rules("Is the caller asking about: 1) a refund 2) a delivery? Then summarise it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr", "summarize"]
    assert steps[0].args["question"] == "Is the caller asking about: 1) a refund 2) a delivery?"


def test_both_audible(tasks):
    assert tasks_of("Check whether the coach and the player are both heard, then transcribe it.", tasks)[0] == "sv"


def test_i_want_it_in_a_language_after_context(tasks):
    steps = plan_rules("This is the recording of my grandfather, I want it in Italian language.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "it"})]


def test_along_with_without_a_comma(tasks):
    steps = plan_rules("Please provide a transcript of the hearing along with a French rendering of that transcript.",
                       tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]


# --- round 54 (tuned on heldout57's misses; these wordings are new) ------------------------------


def test_whether_both_can_be_heard(tasks):
    assert tasks_of("Check whether both the vet and the owner can be heard speaking, then summarise it.", tasks)[0] == "sv"
    assert tasks_of("Do both the vet and the owner talk about the dog's diet?", tasks) == ["sqa"]


def test_judging_solely_by_after_the_question(tasks):
    steps = plan_rules("Which platform does the train leave from, judging purely by the announcement?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Which platform does the train leave from"})]
    assert tasks_of("Summarise it. Does the judge sound fair?", tasks)[-1] == "er"


def test_is_important_adds_nothing(tasks):
    assert tasks_of("Please you can transcribe this message of my son? Is important for me.", tasks) == ["asr"]


def test_what_is_the_thing_someone_says(tasks):
    assert tasks_of("What is the code word the captain shouts?", tasks) == ["sqa"]
    assert tasks_of("What is the man in the blue hat saying?", tasks) == ["asr"]


# --- round 55 (tuned on heldout58's misses; these wordings are new) ------------------------------


def test_texted_sayin_in_a_language(tasks):
    steps = plan_rules("wat is she sayin in this clip, in polish?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "pl"})]


def test_option_n_colon_options(tasks):
    steps = plan_rules("Transcribe it, then: Which day? Option 1: Monday, Option 2: Friday. Then summarise it.",
                       tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"] == "Which day? Option 1: Monday, Option 2: Friday."


def test_a_voice_memo_is_no_speaker(tasks):
    steps = plan_rules("Going only by this voice note, who is the parcel for?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Who is the parcel for?"})]


def test_a_language_speaking_person(tasks):
    steps = plan_rules("Transcribe the Greek-speaking tour guide.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "el"})]


def test_a_misspelt_ignore(tasks):
    steps = plan_rules("ingore the clip haha, whats the capital of Chile", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("instruct", {"instruction": "Whats the capital of Chile"})]


def test_then_a_bare_language(tasks):
    steps = plan_rules("Summary in 15 words, then German.", tasks).steps
    assert [(s.task, s.args, s.input) for s in steps] == [
        ("asr", {}, None), ("summarize", {"max_words": 15}, 0), ("translate", {"target_lang": "de"}, 1)]


def test_a_language_language_rendition(tasks):
    steps = plan_rules("Kindly furnish a French-language rendition of the recorded deposition.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "fr"})]


# --- round 56 (tuned on heldout59's misses; these wordings are new) ------------------------------


def test_how_many_people_give_instructions(tasks):
    assert tasks_of("Tell me how many marshals give directions in it, then transcribe it.", tasks)[0] == "sv"


def test_the_words_of_a_hyphenated_speaker_in_a_language(tasks):
    steps = plan_rules("I want the words of the fish-market porter in Turkish.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "tr"})]


# --- round 57 (tuned on heldout60's misses; these wordings are new) ------------------------------


def test_testimony_from_more_than_one_person(tasks):
    assert tasks_of("Establish whether the tape holds statements from more than one witness.", tasks) == ["sv"]


def test_how_many_are_haggling(tasks):
    assert tasks_of("How many traders are bargaining in the clip? Then summarise it.", tasks)[0] == "sv"


def test_the_tone_of_a_recording(tasks):
    assert tasks_of("Describe the mood of the caller's message, then transcribe it.", tasks) == ["er", "asr"]


def test_a_limit_in_words_and_figures(tasks):
    steps = plan_rules("Provide a summary not to exceed thirty (30) words.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("summarize", {"max_words": 30})]
    assert plan_rules("Summarise it in (15) words.", tasks).steps[-1].args == {"max_words": 15}


# --- round 58 (tuned on heldout61's miss; this wording is new) -----------------------------------


def test_a_feeling_in_the_users_own_story(tasks):
    assert tasks_of("My aunt taped her bedtime story and the ending got cut, which made the kids sad. Could you "
                    "continue it?", tasks) == ["continue"]
    assert tasks_of("The caller sounds sad. Transcribe it.", tasks)[-1] == "asr"


# --- round 59 (tuned on heldout62's miss; this wording is new) -----------------------------------


def test_without_guessing_or_adding_anything(tasks):
    steps = plan_rules("Without guessing or adding anything she doesn't say, what time does the shop open?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "What time does the shop open?"})]


# --- round 60 (tuned on heldout65's misses; these wordings are new) ------------------------------


def test_context_colon_then_the_spoken_question(tasks):
    steps = plan_rules("Pub quiz clip: answer the question the host asks at the end, and tell me if one host speaks "
                       "throughout.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {}), ("sv", {})]


def test_tell_me_in_a_language_wat_was_said(tasks):
    steps = plan_rules("tell me in greek wat the waiter said", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "el"})]


def test_ordinal_numbered_requests(tasks):
    steps = plan_rules("ok so 1st transcribe it, 2nd does the chef sound stressed, 3rd translate the whole thing "
                       "into spanish", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("er", {}), ("st", {"target_lang": "es"})]


def test_alternatives_without_marks_after_a_question(tasks):
    steps = plan_rules("How long is the tour? 1 hour, 2 hours or 3 hours. Then summarise it.", tasks).steps
    assert [s.task for s in steps] == ["sqa", "asr", "summarize"]
    assert steps[0].args["question"] == "How long is the tour? 1 hour, 2 hours or 3 hours."


def test_whats_the_mood_of_someone_doing_something(tasks):
    assert tasks_of("What's the mood of the woman calling the council about the bins?", tasks) == ["er"]


def test_listen_for_the_question_and_answer_it(tasks):
    assert [(s.task, s.args) for s in plan_rules("Wait for the question near the end of the clip and answer it.",
                                                 tasks).steps] == [("sqa", {})]


# --- round 61 (tuned on heldout66's misses; these wordings are new) ------------------------------


def test_distinct_speakers(tasks):
    assert tasks_of("Say whether the chef and the waiter are different speakers, then transcribe it.", tasks) == [
        "sv", "asr"]


def test_numbered_options_after_a_question_without_its_mark(tasks):
    steps = plan_rules("transcribe it, then which bus do they take 1) the 12 2) the 40, then summarise it", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"] == "Which bus do they take 1) the 12 2) the 40"


def test_a_weak_phrase_in_the_users_story(tasks):
    steps = plan_rules("My uncle left this message and I can't follow a word of it since he speaks Welsh. Could you "
                       "write out what's said?", tasks).steps
    assert [s.task for s in steps] == ["asr"]


def test_give_me_the_answer_to_it(tasks):
    assert [(s.task, s.args) for s in plan_rules("A riddle is read out in this clip; tell me the answer to it.",
                                                 tasks).steps] == [("sqa", {})]


def test_are_they_distinct_speakers_as_a_question(tasks):
    """Found by hand on the release's II-task audio after round 61."""
    assert tasks_of("1st are the man and the woman distinct speakers, 2nd transcribe it", tasks) == ["sv", "asr"]
