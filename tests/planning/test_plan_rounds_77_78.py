"""Plans for wordings of the kinds the helper-written sets of rounds 77 and 78 found (issue 10, part 6; tuned
on the misses of heldout129, 131, 133, 135, 137, 139, 141 and 143, with wordings of their own, not the sets').
The rules alone are checked (``second_opinion=False``), so that the learned checks do not hide a rule that
broke."""

from __future__ import annotations

from plan_support import tasks_of

from wavllm_agent.planning import plan_rules


def alone(text: str, tasks) -> list[tuple[str, dict]]:
    return [(s.task, s.args) for s in plan_rules(text, tasks, second_opinion=False).steps]


def test_what_tone_someone_takes_is_how_they_sound(tasks):
    text = "Four things about the bus depot clip: how many drivers talk, what tone the supervisor takes, and a transcript."
    assert tasks_of(text, tasks, second_opinion=False) == ["sv", "er", "asr"]
    assert tasks_of("What tone does the bank clerk strike?", tasks, second_opinion=False) == ["er"]
    assert tasks_of("What attitude does the foreman adopt?", tasks, second_opinion=False) == ["er"]
    assert tasks_of("What route does the driver take?", tasks, second_opinion=False) == ["sqa"]  # no tone


def test_the_audio_in_a_language_after_a_transcript_is_the_speechs_language(tasks):
    assert alone("Transcribe. Audio in Polish.", tasks) == [("asr", {"language": "pl"})]
    assert alone("Transcribe it please. Recording in Greek.", tasks) == [("asr", {"language": "el"})]
    assert alone("Audio in French.", tasks) == [("st", {"target_lang": "fr"})]  # nothing before: a translation


def test_a_polite_request_after_the_users_story_and_a_comma_is_a_request(tasks):
    text = "my gran sent this, its in greek, can u write out what she says and then summarise the transcript in 10 words"
    steps = plan_rules(text, tasks, second_opinion=False).steps
    assert [(s.task, s.args, s.input, s.implicit) for s in steps] == [
        ("asr", {"language": "el"}, None, False), ("summarize", {"max_words": 10}, 0, False)]


def test_what_someone_in_the_recording_wants_done_is_a_question(tasks):
    text = ("First say how the barber sounds. Then: does the client want the beard trimmed, shaved off, or left alone? "
            "Then transcribe it.")
    assert alone(text, tasks) == [("er", {}), ("sqa", {"question": "Does the client want the beard trimmed, shaved off, "
                                                                   "or left alone?"}), ("asr", {})]
    assert tasks_of("Did the boss want the report summarised?", tasks, second_opinion=False) == ["sqa"]
    assert tasks_of("Can you get the lecture translated into German?", tasks, second_opinion=False) == ["st"]
    assert tasks_of("Does the teacher sound annoyed?", tasks, second_opinion=False) == ["er"]


def test_what_someone_says_overall_in_a_language_is_the_speech_translated(tasks):
    text = "Answer from the recording: which platform does the guard mention? Also, what does the guard say overall, in Dutch?"
    assert alone(text, tasks) == [("sqa", {"question": "Which platform does the guard mention?"}),
                                  ("st", {"target_lang": "nl"})]


def test_how_someone_sounds_by_the_end_is_how_they_sound(tasks):
    text = "Is the vet the only one speaking in this farm visit clip, and how does the farmer sound by the end?"
    assert tasks_of(text, tasks, second_opinion=False) == ["sv", "er"]
    assert tasks_of("How does the bridge sound by the river?", tasks, second_opinion=False) == ["sqa"]


def test_advise_asks_for_information(tasks):
    text = "Please translate this tribunal excerpt into Danish, and advise whether the judge is the sole speaker throughout."
    assert alone(text, tasks) == [("st", {"target_lang": "da"}), ("sv", {})]
    assert alone("Transcribe the call and advise me what the caller wants.", tasks) == [
        ("asr", {}), ("sqa", {"question": "What the caller wants."})]


def test_and_with_a_request_verb_inside_an_option_stays_in_the_option(tasks):
    text = ("Summarise the induction in 15 words; then: What should staff do first? a) badge in and collect a vest "
            "b) wait outside c) call security; then translate the summary into Spanish.")
    assert [s.task for s in plan_rules(text, tasks, second_opinion=False).steps] == ["asr", "summarize", "sqa", "translate"]
    assert plan_rules(text, tasks, second_opinion=False).steps[2].args["question"].endswith("c) call security")


def test_n_also_in_texting_starts_a_new_request(tasks):
    assert tasks_of("pls transcribe this n also whats the driver's mood like", tasks, second_opinion=False) == ["asr", "er"]


def test_asking_a_favour_first_is_politeness(tasks):
    text = "Could you do me a favour and transcribe this voicemail? She speaks Romanian."
    assert alone(text, tasks) == [("asr", {"language": "ro"})]


# --- what a review of these rules found (a helper's 665 wordings, old and new planner side by side) ---

def test_counts_and_reported_tones_are_not_how_someone_sounds(tasks):
    assert tasks_of('How many times does the word "budget" appear throughout?', tasks, second_opinion=False) == ["sqa"]
    assert tasks_of("What attitude does the manual tell workers to adopt?", tasks, second_opinion=False) == ["sqa"]
    assert tasks_of("What tone does the letter the speaker reads take?", tasks, second_opinion=False) == ["sqa"]


def test_advise_me_in_a_language_what_is_said_is_a_speech_translation(tasks):
    assert alone("Advise me in Spanish what the man says.", tasks) == [("st", {"target_lang": "es"})]
    assert alone("Please advise which train the announcer says is delayed.", tasks) == [
        ("sqa", {"question": "Which train the announcer says is delayed."})]


def test_what_someone_says_overall_without_a_language_is_a_question(tasks):
    assert tasks_of("What does the man say overall?", tasks, second_opinion=False) == ["sqa"]


def test_only_someone_in_the_recording_wanting_something_done_is_a_question(tasks):
    assert tasks_of("Does the audio need to be transcribed?", tasks, second_opinion=False) == ["asr"]


def test_the_audio_in_a_language_after_a_translation_is_the_speechs_language(tasks):
    assert alone("Translate into English. Speech in Italian.", tasks) == [("st", {"target_lang": "en"})]
    assert [s.task for s in plan_rules("Transcribe and then translate to English. Audio in Dutch.", tasks,
                                       second_opinion=False).steps] == ["asr", "translate"]
