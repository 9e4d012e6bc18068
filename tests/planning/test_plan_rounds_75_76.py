"""Plans for wordings of the kinds the helper-written held-out sets of rounds 75 and 76 found (issue 10,
part 6; tuned on heldout107, 108, 111, 112, 115, 116, 119 and 120's misses, with wordings of their own, not
the sets'), and two kinds noticed while using the planner ("the French version of the recording", "is she
cross?")."""

from __future__ import annotations

from plan_score import refuses_asked_language
from plan_support import tasks_of

from wavllm_agent.planning import plan_rules
from wavllm_agent.planning.learned import Guess, default_classifier
from wavllm_agent.planning.second_opinion import reconsider


def test_someone_else_grabbing_the_phone_and_two_guys_or_more(tasks):
    assert tasks_of("Does she sound calm? And does anyone else grab the phone at some point?", tasks) == ["er", "sv"]
    assert tasks_of("Transcribe the ward round, then say if it's 3 volunteers or more.", tasks) == ["asr", "sv"]
    assert tasks_of("Tell me whether there are two presenters or fewer.", tasks) == ["sv"]
    assert tasks_of("Who grabs the phone first?", tasks) == ["sqa"]  # who, not how many
    assert tasks_of("Is it 2 kilos or more?", tasks) == ["sqa"]  # a count of things
    assert tasks_of("Did 10 people or more attend the event?", tasks) == ["sqa"]  # a count in what is said
    assert tasks_of("Were 20 people or more injured in the crash?", tasks) == ["sqa"]


def test_witnesses_who_testify_are_speakers(tasks):
    assert tasks_of("Please establish how many experts testify in this hearing clip.", tasks) == ["sv"]
    assert tasks_of("State the number of separate officers who testified, then transcribe it.", tasks) == ["sv", "asr"]
    assert tasks_of("What does the expert testify about the brakes?", tasks) == ["sqa"]


def test_what_is_said_between_things_and_a_purpose_after_the_language(tasks):
    steps = plan_rules("What does the comedian say between sketches, in Polish?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "pl"})]
    steps = plan_rules("Tell me what my uncle says on this tape, in Greek please, so my aunt can follow it.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "el"})]
    # since round 134 what someone says about a topic, then a language set off, is the speech translated (the sets'
    # reading), with the rules alone too
    assert tasks_of("What does the comedian say about his wife, in Polish?", tasks, second_opinion=False) == ["st"]
    # The second opinion makes it a speech translation into Polish (docs/planner.md, "A learned second opinion") when
    # it is confident. Its guess is a speech translation; since the retraining of round 125 its score for this
    # wording (0.498) stays just under the threshold (0.5), so the check goes through ``reconsider`` with the score
    # at the threshold ("What is the guide saying about the castle, in Dutch?" checks the shipped default end to end).
    wording = "What does the comedian say about his wife, in Polish?"
    guess = default_classifier().guess(wording)
    assert guess.sequence == "st"
    at_threshold = Guess(guess.sequence, guess.threshold, guess.threshold)
    rules = plan_rules(wording, tasks, second_opinion=False)
    reconsidered = reconsider(rules, wording, at_threshold, tasks, default_classifier().tasks)
    assert [(s.task, s.args) for s in reconsidered.steps] == [("st", {"target_lang": "pl"})]
    assert tasks_of("What does the doctor say, so I can understand whether I need surgery?", tasks) == ["sqa"]


def test_an_ordinal_after_an_option_letter_starts_a_new_step(tasks):
    steps = plan_rules("First, transcribe the lesson. Second, which chord is played last? a. C b. G c. low E. "
                       "Third, does the teacher sound patient?", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "er"]
    assert steps[1].args["question"].rstrip(".") == "Which chord is played last? a. C b. G c. low E"
    # ordinal words as options are options, not new steps
    steps = plan_rules("Which place did she finish? a. First b. Second c. Third", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Which place did she finish? a. First b. Second c. Third"})]


def test_thereafter_is_an_ordering_word_not_part_of_the_question(tasks):
    steps = plan_rules("Transcribe the inquest audio; thereafter, who called the ambulance?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {}), ("sqa", {"question": "Who called the ambulance?"})]


def test_the_users_own_story_with_a_question_mark_asks_nothing(tasks):
    steps = plan_rules("hi so my dentist left this voicemail?? what time is the appointment", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "What time is the appointment"})]
    assert tasks_of("our vet recorded this for us?? does she sound worried", tasks) == ["er"]
    # alone, a guess is still the question the user asks; a question after the story is asked
    assert tasks_of("I think she's annoyed?", tasks) == ["er"]
    assert tasks_of("My son made a speech, is it under 2 minutes? Transcribe it.", tasks) == ["sqa", "asr"]


def test_the_version_of_the_recording_is_a_speech_translation(tasks):
    steps = plan_rules("Could I get the Dutch version of this voicemail?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "nl"})]
    # the version of an earlier output is still a text translation of that output
    steps = plan_rules("Summarise the talk in 15 words, then give me the Dutch version of the summary.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("summarize", 0), ("translate", 1)]
    steps = plan_rules("Transcribe the voicemail and give me the Dutch version.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]


def test_cross_as_a_mood(tasks):
    assert tasks_of("Was the neighbour cross?", tasks) == ["er"]
    assert tasks_of("Transcribe it, then tell me if the coach is cross with the referee.", tasks) == ["asr", "er"]
    assert tasks_of("Where do the hikers cross the stream?", tasks) == ["sqa"]
    assert tasks_of("Is the cross still on the steeple?", tasks) == ["sqa"]
    assert tasks_of("Is the road we cross with the kids safe?", tasks) == ["sqa"]  # a verb after its subject
    assert tasks_of("How cross is the farmer?", tasks) == ["er"]
    assert tasks_of("Are they cross with each other?", tasks) == ["er"]


def test_the_scorer_tells_a_refused_language_from_a_wrong_plan():
    item = {"instruction": "Transcribe it and translate the transcript into Welsh.",
            "steps": [{"task": "asr"}, {"task": "translate", "args": {"target_lang": "cy"}, "input": 0}]}
    assert refuses_asked_language(item, "error: step 2 (translate): translation into Welsh is not supported")
    assert not refuses_asked_language(item, "error: step 2 (translate): translation into Afrikaans is not supported")
    assert not refuses_asked_language(item, [("asr", {}, None, False)])


# --- round 76 (tuned on heldout115, 116, 119 and 120's misses; these wordings are new) -----------------


def test_alternatives_with_two_ors_after_a_question_are_its_options(tasks):
    steps = plan_rules("Transcribe it. Which cheese wins? Cheddar or Brie or Gouda? Then summarise it.", tasks).steps
    assert [s.task for s in steps] == ["asr", "sqa", "summarize"]
    assert steps[1].args["question"].rstrip("?") == "Which cheese wins? Cheddar or Brie or Gouda"
    assert tasks_of("What is the speaker's mood? Answer in French or Spanish or German?", tasks)[0] == "er"


def test_a_language_field_after_a_transcript(tasks):
    steps = plan_rules("Transcribe please. Spoken language: Polish.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "pl"})]


def test_respond_to_whatever_is_asked(tasks):
    assert [(s.task, s.args) for s in plan_rules("Reply to whatever the teacher asks at the end.", tasks).steps] \
        == [("sqa", {})]


def test_the_words_of_someone_in_the_clip_in_a_language(tasks):
    steps = plan_rules("Give me the words of the ranger in this recording in Spanish.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "es"})]
    steps = plan_rules("Give me the words of the guide in the museum who speaks in Italian", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "it"})]  # the guide's own language


def test_translating_the_show_after_a_question_is_a_speech_translation(tasks):
    steps = plan_rules("Who hosts it? Then translate the programme into Korean.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "Who hosts it?"}), ("st", {"target_lang": "ko"})]
    steps = plan_rules("Transcribe it, then show me the transcript in French.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]  # "show" the verb
    steps = plan_rules("Transcribe the interview, then translate the show notes into German.", tasks).steps
    assert [(s.task, s.input) for s in steps] == [("asr", None), ("translate", 0)]


def test_a_greeting_and_instead_around_ignoring_the_audio(tasks):
    for wording in ("Hello there, please ignore the recording and instead list three uses of vinegar.",
                    "nvm the clip - list three uses of vinegar"):
        steps = plan_rules(wording, tasks).steps
        assert [(s.task, s.args["instruction"].rstrip(".")) for s in steps] == [("instruct", "List three uses of vinegar")]
    assert tasks_of("Nevermind the audio quality, transcribe it please.", tasks) == ["asr"]  # not ignoring the audio


def test_who_is_talking_then_a_count_asked_again(tasks):
    assert tasks_of("Who's speaking on the tannoy - is it one guard or a pair of them?", tasks) == ["sv"]
    assert tasks_of("Who speaks first - is it the host?", tasks) == ["sqa"]
    assert tasks_of("What music is playing - is it one song or two?", tasks) == ["sqa"]


def test_a_relative_clause_with_the_speechs_language(tasks):
    steps = plan_rules("Provide a transcript of the council debate, which was held in Welsh.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "cy"})]
    steps = plan_rules("Provide a transcript of the briefing, which is in Dutch.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("asr", {"language": "nl"})]
    steps = plan_rules("Based on the recording, who is the main speaker.", tasks).steps  # a hint, then a question
    assert [(s.task, s.args["question"].rstrip(".")) for s in steps] == [("sqa", "Who is the main speaker")]


def test_a_count_after_a_plus_and_the_people_you_can_hear(tasks):
    assert tasks_of("Transcript + 15-word summary, please.", tasks) == ["asr", "summarize"]
    steps = plan_rules("Summarize it, 50 words translated into German", tasks).steps
    assert [(s.task, s.args) for s in steps][1:] == [("summarize", {"max_words": 50}), ("translate", {"target_lang": "de"})]
    assert tasks_of("Count the presenters you can hear.", tasks) == ["sv"]
    assert tasks_of("Count the cows you can hear.", tasks) == ["sqa"]
    assert tasks_of("Count the birds you can hear.", tasks) == ["sqa"]


def test_what_is_said_at_a_place_of_two_words_and_filler_after_the_language(tasks):
    steps = plan_rules("What does the coach say at half-time talk, in Italian?", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "it"})]
    steps = plan_rules("wat is she saying in this one in spanish haha", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "es"})]


def test_someones_words_as_the_source_of_an_answer(tasks):
    steps = plan_rules("How old is the mill? Answer using nothing but the miller's words.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("sqa", {"question": "How old is the mill?"})]


def test_a_language_said_after_a_translation_that_named_none(tasks):
    # found while checking the language field: the language was dropped and the speech translated into English
    for wording in ("Translate the recording. German please.", "Translate it. Language: German."):
        steps = plan_rules(wording, tasks).steps
        assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "de"})], wording


def test_one_more_language_after_a_translation(tasks):
    steps = plan_rules("Translate the recording into Dutch. Swedish too.", tasks).steps
    assert [(s.task, s.args) for s in steps] == [("st", {"target_lang": "nl"}), ("st", {"target_lang": "sv"})]
    steps = plan_rules("Summarise it in 12 words, then translate the summary into Greek. And Turkish as well.", tasks).steps
    assert [(s.task, s.args.get("target_lang"), s.input) for s in steps][2:] == [("translate", "el", 1),
                                                                              ("translate", "tr", 1)]
