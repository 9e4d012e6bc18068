"""Plans for wordings of the kinds the helper-written sets of rounds 80-84 found (issue 10, part 6; tuned on the
misses of heldout149, 151, 153 and 155 (round 80), heldout157-160 (round 81), heldout161, 163, 165 and 167
(round 82), heldout169, 171, 173 and 175 (round 83) and heldout177, 179, 181 and 183 (round 84), with wordings
of their own, not the sets'), and on two reviews of 400 and 250 wordings aimed at their edges.
The rules alone are checked (``second_opinion=False``), so that the learned checks do not hide a rule that
broke."""

from __future__ import annotations

from plan_support import steps_of, tasks_of

from wavllm_agent.planning import plan_rules
from wavllm_agent.planning.naming import names_given
from wavllm_agent.planning.text import stem, tokenize


def alone(text: str, tasks) -> list[tuple[str, dict]]:
    return [(s.task, s.args) for s in plan_rules(text, tasks, second_opinion=False).steps]


def test_another_person_picking_up_the_talk_is_a_speaker_check(tasks):
    assert tasks_of("Summarise the museum guide's talk and say whether another guide picks up partway through.",
                    tasks, second_opinion=False) == ["asr", "summarize", "sv"]
    assert tasks_of("Tell me if a second marshal picks up the commentary later on.", tasks,
                    second_opinion=False) == ["sv"]
    # picking up things, or being picked up, is what the recording talks about
    assert tasks_of("Tell me if a second porter picks up the luggage.", tasks, second_opinion=False) == ["sqa"]
    assert tasks_of("Transcribe it and tell me whether anyone else has to be picked up.", tasks,
                    second_opinion=False) == ["asr", "sqa"]


def test_how_someone_sounds_at_a_place_is_how_they_sound(tasks):
    assert tasks_of("Say how the ringmaster sounds at the matinee and how many clowns can be heard talking.",
                    tasks, second_opinion=False) == ["er", "sv"]
    assert tasks_of("Tell me how the vet sounds at the stables.", tasks, second_opinion=False) == ["er"]


def test_a_tone_owned_by_a_longer_name_in_the_recording_is_how_they_sound(tasks):
    text = "What is the night ferry captain's mood in this clip, and can you type up all of it?"
    assert tasks_of(text, tasks, second_opinion=False) == ["er", "asr"]
    assert tasks_of("What's the harbour master's tone like?", tasks, second_opinion=False) == ["er"]
    assert tasks_of("What is the council's tone in the letter?", tasks, second_opinion=False) == ["sqa"]


def test_the_recordings_name_said_again_is_the_recording(tasks):
    text = ("Is the locksmith the only voice on this van callout? Which lock was jammed? (a) the front door "
            "(b) the garage (c) the shed. Then translate the callout into Italian.")
    assert tasks_of(text, tasks, second_opinion=False) == ["sv", "sqa", "st"]
    text = "How many marshals speak during the karting safety drill? Afterwards translate the drill into Dutch."
    assert alone(text, tasks) == [("sv", {}), ("st", {"target_lang": "nl"})]
    # a noun the recording only talks about is not its name
    text = "What does the baker say about the sourdough in this bakery clip? Translate the sourdough part into French."
    assert tasks_of(text, tasks, second_opinion=False)[0] == "sqa"
    assert steps_of("At this point, who is speaking? Translate the answer into German.", tasks)[-1] == (
        "translate", {"target_lang": "de"}, 0, False)


def test_names_given_reads_the_name_the_user_gives_the_recording():
    assert names_given(tokenize("Is the tailor the only speaker at this suit fitting?")) == {stem("fitting")}
    assert names_given(tokenize("how many speak during the lifeboat radio exercise, then")) == {stem("exercise")}
    assert names_given(tokenize("At this point, who is speaking?")) == set()
    assert names_given(tokenize("this is the man who called yesterday about the boiler")) == set()


def test_someones_words_written_down_in_their_own_language_are_the_transcript(tasks):
    text = "The florist speaks Dutch the whole time. I want his words written down in Dutch, then that transcript put into English."
    assert steps_of(text, tasks) == [("asr", {"language": "nl"}, None, False), ("translate", {"target_lang": "en"}, 0, False)]
    # after a transcript, written down in another language: that transcript translated
    assert steps_of("The florist speaks Dutch. Transcribe it, then write his words down in French.", tasks) == [
        ("asr", {"language": "nl"}, None, False), ("translate", {"target_lang": "fr"}, 0, False)]


def test_the_answer_of_the_spoken_question_after_a_comma_is_the_spoken_question(tasks):
    text = "In this clip the coach is asking one question to players, please you give the answer of it."
    assert steps_of(text, tasks) == [("sqa", {}, None, False)]
    assert steps_of("The host reads out a riddle, tell me the answer for it.", tasks) == [("sqa", {}, None, False)]


def test_a_declined_output_after_a_comma_is_not_asked_for(tasks):
    assert alone("i want this voicemail in portuguese, no transcript needed", tasks) == [("st", {"target_lang": "pt"})]
    assert alone("Summarise the clip in 15 words - no translation required.", tasks) == [
        ("asr", {}), ("summarize", {"max_words": 15})]
    assert alone("I need the clip in Korean, I don't need a transcript.", tasks) == [("st", {"target_lang": "ko"})]


def test_a_correction_replaces_what_was_asked_before(tasks):
    assert alone("Please brief the new hire on the rota. Actually, just transcribe it.", tasks) == [("asr", {})]
    assert alone("Summarise it in 20 words. Scratch that, translate it into Danish.", tasks) == [
        ("st", {"target_lang": "da"})]
    # "actually" that adds a request keeps what came before
    assert tasks_of("Transcribe it. Actually, also summarise it.", tasks, second_opinion=False) == ["asr", "summarize"]


def test_hearing_just_one_person_or_another_is_a_speaker_check(tasks):
    text = "Is the usher annoyed in this theatre foyer clip? And are we hearing just the usher or a theatregoer too?"
    assert tasks_of(text, tasks, second_opinion=False) == ["er", "sv"]
    assert tasks_of("Do we only hear the farrier or the owner as well?", tasks, second_opinion=False) == ["sv"]
    assert tasks_of("Are we hearing just the rain or the thunder too?", tasks, second_opinion=False) == ["sqa"]


def test_a_written_question_after_a_hint_and_a_colon_is_not_the_spoken_question(tasks):
    assert alone("Go by the recording only: what was the answer to the last riddle in the pub quiz?", tasks) == [
        ("sqa", {"question": "What was the answer to the last riddle in the pub quiz?"})]
    assert steps_of("Listen to the clip: what's the answer to the question the quizmaster asks?", tasks) == [
        ("sqa", {}, None, False)]


def test_the_recording_asked_for_in_text_form_is_a_transcript(tasks):
    assert tasks_of("i need the depot briefing in text form pls + how many diff drivers r talking", tasks,
                    second_opinion=False) == ["asr", "sv"]
    assert tasks_of("Could I get the sermon as text?", tasks, second_opinion=False) == ["asr"]


def test_the_writing_of_the_speech_in_its_own_language_is_the_transcript(tasks):
    text = "Hello, please I need the writing of this speech, it is in Swahili language from my cousin engagement."
    assert steps_of(text, tasks) == [("asr", {"language": "sw"}, None, False)]


def test_a_call_between_a_number_of_people_is_a_speaker_check(tasks):
    assert tasks_of("Is the phone call between two people or more?", tasks, second_opinion=False) == ["sv"]
    assert tasks_of("Was the deal between two companies?", tasks, second_opinion=False) == ["sqa"]


def test_a_person_changing_partway_is_a_speaker_check(tasks):
    text = "Could you figure out whether the quizmaster changes halfway through this pub quiz? Then type it all up."
    assert tasks_of(text, tasks, second_opinion=False) == ["sv", "asr"]
    assert tasks_of("Check whether the weather changes partway through.", tasks, second_opinion=False) == ["sqa"]
    assert tasks_of("Tell me if the timer changes halfway.", tasks, second_opinion=False) == ["sqa"]


def test_a_hint_set_off_by_a_dash_is_left_out_of_the_question(tasks):
    assert alone("going only by the audio pls - whats the name of the dog that wins?", tasks) == [
        ("sqa", {"question": "Whats the name of the dog that wins?"})]


def test_the_speechs_language_then_a_dash_and_a_request(tasks):
    assert alone("This call-in show is in Romanian - type it up for me.", tasks) == [("asr", {"language": "ro"})]


def test_what_someone_says_at_a_point_about_a_topic_is_a_question(tasks):
    assert alone("What does the coach say at the start about stretching?", tasks) == [
        ("sqa", {"question": "What does the coach say at the start about stretching?"})]
    assert tasks_of("What does the coach say at the start of the clip?", tasks, second_opinion=False) == ["asr"]


def test_someones_explanation_is_the_recording(tasks):
    text = ("Is one clockmaker talking the whole time? Which part is broken? A) the spring B) the pendulum C) the "
            "face. Then translate her explanation into Polish.")
    assert tasks_of(text, tasks, second_opinion=False) == ["sv", "sqa", "st"]
    assert steps_of("What does the chef recommend? Translate her answer into German.", tasks)[-1] == (
        "translate", {"target_lang": "de"}, 0, False)


def test_last_and_a_request_after_the_options_starts_a_new_request(tasks):
    text = ("first say me the mood of the man in the garage audio, after answer what he fix? a. brakes b. tyres "
            "c. lights, and last translate the audio to Italian.")
    assert tasks_of(text, tasks, second_opinion=False) == ["er", "sqa", "st"]


# --- after a review of 400 wordings aimed at the edges of rounds 80-82 (50 plans made worse, all fixed) ---

def test_picking_up_things_or_people_is_not_a_speaker_check(tasks):
    for text in ("Does another officer pick up the evidence from the flat?", "Did a different driver pick up at the station?",
                 "Was another pupil picked up halfway through the trip?",
                 "Did the nurse say whether a second porter picks up at noon?"):
        assert tasks_of(text, tasks, second_opinion=False) == ["sqa"], text
    assert tasks_of("Check whether another marshal ever picks up the briefing.", tasks, second_opinion=False) == ["sv"]


def test_things_sounding_at_a_place_are_questions(tasks):
    for text in ("How loud does the alarm sound at the depot?", "How does the new rota sound at the staff meeting, "
                 "according to the manager?"):
        assert tasks_of(text, tasks, second_opinion=False) == ["sqa"], text
    assert tasks_of("How did the umpire sound at the final point?", tasks, second_opinion=False) == ["er"]


def test_a_name_that_only_modifies_another_noun_is_not_the_recordings(tasks):
    text = "Which town hosts this regatta? Translate the regatta name into Spanish."
    assert steps_of(text, tasks)[-1] == ("translate", {"target_lang": "es"}, 0, False)


def test_words_after_a_correction_that_ask_for_nothing_new_keep_the_request(tasks):
    assert tasks_of("Transcribe the call. Forget that it's noisy, just do your best.", tasks, second_opinion=False) == ["asr"]
    assert tasks_of("Transcribe it. On second thought, the quality is poor.", tasks, second_opinion=False) == ["asr"]
    assert tasks_of("Transcribe it. Actually, just to check, is it in English?", tasks,
                    second_opinion=False)[0] == "asr"
    assert tasks_of("Tell me how many people talk. Actually, just one thing: what's the host's tone?", tasks,
                    second_opinion=False) == ["sv", "er"]
    assert alone("Summarise it in 30 words. On second thought, just transcribe it.", tasks) == [("asr", {})]
    assert alone("Translate to French. Forget all that, just tell me who's talking.", tasks) == [("sv", {})]


def test_what_a_character_hears_is_not_a_speaker_check(tasks):
    for text in ("Does the boy hear just his sister or his brother calling?",
                 "According to the story, did the sentry hear only the thief or someone else as well?"):
        assert tasks_of(text, tasks, second_opinion=False) == ["sqa"], text


def test_something_between_two_people_is_about_them(tasks):
    for text in ("Is the argument between two neighbours about a hedge?", "Was the match between two players tied?",
                 "Is the meeting between two managers set for Monday?"):
        assert tasks_of(text, tasks, second_opinion=False) == ["sqa"], text
    assert tasks_of("Is this conversation between three people or more?", tasks, second_opinion=False) == ["sv"]


def test_a_spoken_question_named_before_the_colon_stays_the_spoken_question(tasks):
    for text in ("Answer the question the presenter asks at the end: what is it?",
                 "There's a riddle in the audio: what's the right answer?"):
        assert steps_of(text, tasks) == [("sqa", {}, None, False)], text
    assert alone("Here's my question: what does the waiter recommend?", tasks) == [
        ("sqa", {"question": "What does the waiter recommend?"})]


def test_a_question_about_text_form_in_the_recording_is_a_question(tasks):
    assert tasks_of("Did he get the invoice in text form or by post?", tasks, second_opinion=False) == ["sqa"]


def test_someone_whose_job_is_not_talking_changing_is_a_question(tasks):
    for text in ("Does the leader change halfway through the race?", "Does the goalkeeper change partway through?",
                 "Does the tenant change midway through the lease?"):
        assert tasks_of(text, tasks, second_opinion=False) == ["sqa"], text


def test_a_language_and_a_dash_that_are_no_statement_of_the_speechs_language(tasks):
    assert steps_of("Give me a summary in French - keep it under 25 words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 25}, 0, False), ("translate", {"target_lang": "fr"}, 1, False)]


def test_first_and_last_in_a_question_are_not_an_ordering(tasks):
    assert alone("What is the caller's first and last name?", tasks) == [
        ("sqa", {"question": "What is the caller's first and last name?"})]
    assert tasks_of("Who came first and last answered the door?", tasks, second_opinion=False) == ["sqa"]
    assert tasks_of("Transcribe it and last translate it into Czech.", tasks, second_opinion=False) == ["asr", "translate"]


def test_a_translation_into_the_speechs_own_language_is_the_transcript(tasks):
    assert steps_of("The sermon is in Welsh. I need the text of this in Welsh.", tasks) == [
        ("asr", {"language": "cy"}, None, False)]
    text = "The talk is in Italian. Transcribe it, translate it into Italian and summarise the translation."
    assert steps_of(text, tasks) == [("asr", {"language": "it"}, None, False), ("summarize", {}, 0, False)]
    assert steps_of("Transcribe this Polish voicemail, then translate it into English.", tasks) == [
        ("asr", {"language": "pl"}, None, False), ("translate", {"target_lang": "en"}, 0, False)]


# --- round 83 ---

def test_a_mood_word_used_as_a_verb_is_a_question(tasks):
    assert tasks_of("What does the nurse do to calm the patient?", tasks, second_opinion=False) == ["sqa"]
    assert tasks_of("Is the nurse calm?", tasks, second_opinion=False) == ["er"]
    assert tasks_of("Would you be so kind as to render the porter's remarks into Greek?", tasks,
                    second_opinion=False) == ["st"]


def test_into_written_form_is_a_transcript(tasks):
    assert alone("Please render the whole hearing recording into written form.", tasks) == [("asr", {})]


def test_a_story_carried_on_is_a_continuation(tasks):
    assert tasks_of("I'd like the fairy tale on this clip carried on for a few more lines.", tasks,
                    second_opinion=False) == ["continue"]


def test_what_someone_is_telling_people_in_a_language_is_the_speech_translated(tasks):
    assert alone("What is the lifeguard telling swimmers, in Turkish?", tasks) == [("st", {"target_lang": "tr"})]
    assert tasks_of("What is the lifeguard telling swimmers about the tide?", tasks, second_opinion=False) == ["sqa"]


def test_the_speechs_language_stated_with_other_verbs(tasks):
    assert alone("Please provide a verbatim transcription of the deposition; the witness testifies in Italian.",
                 tasks) == [("asr", {"language": "it"})]
    assert alone("A tenant left this voicemail in Polish. Could you translate it into English?", tasks) == [
        ("st", {"target_lang": "en"})]


def test_an_aside_after_ignoring_the_audio_leaves_the_request_for_the_next_sentence(tasks):
    assert alone("ignore the audio, I sent it by accident. just suggest two names for a kitten", tasks) == [
        ("instruct", {"instruction": "Suggest two names for a kitten"})]
    assert alone("Ignore the recording, I just want to know the capital of Chile.", tasks)[0][0] == "instruct"


def test_alternatives_after_a_colon_are_one_multiple_choice_question(tasks):
    text = ("Transcribe the florist call; then, how does the buyer feel about the bouquet: delighted, let down, "
            "or unsure? Finally summarise the transcript in 15 words.")
    assert tasks_of(text, tasks, second_opinion=False) == ["asr", "sqa", "summarize"]
    assert alone(text, tasks)[1] == ("sqa", {"question": "How does the buyer feel about the bouquet: delighted, let "
                                                         "down, or unsure?"})


# --- after a review of 250 wordings aimed at the edges of round 83 (13 plans made worse, 12 fixed) ---

def test_seeming_to_calm_down_is_how_someone_sounds(tasks):
    assert tasks_of("Does the caller seem to calm down near the end?", tasks, second_opinion=False) == ["er"]
    assert tasks_of("Does the tenant appear to relax the longer she talks?", tasks, second_opinion=False) == ["er"]


def test_something_carried_on_in_the_story_is_a_question(tasks):
    for text in ("In the story, who carried on the family farm after the war?",
                 "According to the narrator, how long was the feud carried on?"):
        assert tasks_of(text, tasks, second_opinion=False) == ["sqa"], text
    assert tasks_of("The tale carried on too long; summarise it in 25 words.", tasks,
                    second_opinion=False) == ["asr", "summarize"]
    assert tasks_of("Imagine the ghost story on this tape carried on for another page. Write it.", tasks,
                    second_opinion=False)[0] == "continue"


def test_a_language_said_of_something_else_is_not_the_speechs(tasks):
    text = "The guest left a complaint in Dutch on the website. Transcribe this call and translate it into Dutch."
    assert steps_of(text, tasks) == [("asr", {}, None, False), ("translate", {"target_lang": "nl"}, 0, False)]
    assert steps_of("The radio ad is in Swedish. Transcribe it.", tasks) == [("asr", {"language": "sv"}, None, False)]


def test_an_aside_with_nothing_after_it_is_the_no_audio_request(tasks):
    assert alone("Ignore the audio, it's corrupted.", tasks) == [("instruct", {"instruction": "It's corrupted."})]


def test_a_version_in_a_language_at_the_end_of_a_request(tasks):
    assert alone("The caller leaves a message in Swedish. I need an English version.", tasks) == [
        ("st", {"target_lang": "en"})]
    assert tasks_of("Is there a French version available?", tasks, second_opinion=False) == ["sqa"]


# --- round 84 (heldout177, 179, 181 and 183) ---

def test_and_inside_a_longer_subject_after_if(tasks):
    text = "Please check if the late night radio caller and the host are different people, then transcribe it all."
    assert tasks_of(text, tasks, second_opinion=False) == ["sv", "asr"]


def test_a_polite_request_after_the_users_worries(tasks):
    text = ("My uncle recorded this toast for the wedding video but he's worried it's too long, so could you please "
            "boil it down to about thirty words? Thanks, he'll be delighted.")
    assert alone(text, tasks) == [("asr", {}), ("summarize", {"max_words": 30})]


def test_the_answer_to_a_spoken_riddle_after_a_dash(tasks):
    assert steps_of("There's a riddle posed at the end of this radio clip - what's the answer to it?", tasks) == [
        ("sqa", {}, None, False)]


def test_the_same_person_for_the_whole_time_and_a_guest_joining(tasks):
    assert tasks_of("Transcribe it, then tell me whether the same dispatcher is on the channel the whole time.", tasks,
                    second_opinion=False) == ["asr", "sv"]
    assert tasks_of("Summarise it and say whether a guest joins him at any point.", tasks,
                    second_opinion=False) == ["asr", "summarize", "sv"]
    assert tasks_of("Did a new member join the club?", tasks, second_opinion=False) == ["sqa"]
