"""Plans for wordings of the kinds the helper-written sets of round 103 found (issue 10, part 6; tuned on the misses
of heldout273 and 276), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_a_hint_after_a_dash_is_not_part_of_the_question(tasks):
    assert steps_of("when does the ferry leave - go by the recording only", tasks) == [
        ("sqa", {"question": "When does the ferry leave"}, None, False)]
    assert steps_of("Which stall sold out? A - the baker, B - the florist, C - both drew a blank", tasks) == [
        ("sqa", {"question": "Which stall sold out? A - the baker, B - the florist, C - both drew a blank"}, None,
         False)]


def test_who_speaks_one_person_alone_or_another_as_well(tasks):
    assert steps_of("Who's talking: only the porter, or a guest as well? Then a 12-word summary.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, True), ("summarize", {"max_words": 12}, 1, False)]


def test_texting_and_and_how(tasks):
    assert steps_of("hw many ppl on this call n write down wat they say", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False)]


def test_say_in_a_language_what_someone_explains(tasks):
    assert steps_of("Say in Polish what the usher explains.", tasks) == [("st", {"target_lang": "pl"}, None, False)]


def test_a_language_set_off_by_a_long_dash_or_a_comma_after_a_label(tasks):
    assert steps_of("Korean please — what's the harbour master saying?", tasks) == [
        ("st", {"target_lang": "ko"}, None, False)]
    assert steps_of("Ticket office clerk, Italian, what does he say?", tasks) == [
        ("st", {"target_lang": "it"}, None, False)]


def test_someones_contents_in_a_language(tasks):
    assert steps_of("Tell me the ferry announcement's contents in Hindi, and how the announcer sounds.", tasks) == [
        ("st", {"target_lang": "hi"}, None, False), ("er", {}, None, False)]


def test_something_said_then_what_in_a_language(tasks):
    assert steps_of("The conductor calls out something at the last stop — what, in Czech?", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]
    assert steps_of("The porter mutters something. What is it, in Turkish?", tasks) == [
        ("st", {"target_lang": "tr"}, None, False)]
    assert steps_of("The porter mutters something. What time does the train leave?", tasks) == [
        ("sqa", {"question": "What time does the train leave?"}, None, False)]


def test_what_someone_is_on_about_in_a_language(tasks):
    assert steps_of("Lost me there. What are the two guards on about? Answer in Dutch.", tasks) == [
        ("st", {"target_lang": "nl"}, None, False)]


def test_the_speech_named_in_a_label_then_its_language(tasks):
    assert steps_of("Speech in this harbour recording: Greek. Transcribe it.", tasks) == [
        ("asr", {"language": "el"}, None, False)]


def test_and_add_asks_for_another_output(tasks):
    assert steps_of("Transcribe the tour and add a fifteen-word summary.", tasks) == [
        ("asr", {}, None, False), ("summarize", {"max_words": 15}, 0, False)]
    assert steps_of("Write out the speech, and add an Italian translation of that transcript.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "it"}, 0, False)]


def test_numbered_options_inside_a_question_about_how_someone_sounds(tasks):
    assert steps_of("Transcribe it. Does the guide sound 1) tired 2) excited 3) annoyed?", tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "Does the guide sound 1) tired 2) excited 3) annoyed?"}, None, False)]


def test_dont_look_it_up_is_a_hint(tasks):
    assert steps_of("How long is the crossing? Don't look it up — it's in the clip.", tasks) == [
        ("sqa", {"question": "How long is the crossing?"}, None, False)]


def test_a_transcript_written_word_for_word_in_texting(tasks):
    assert steps_of("cn u tell me wat the ranger is sayin, just word 4 word", tasks) == [("asr", {}, None, False)]


def test_carry_it_on_after_a_story_named_in_an_earlier_clause(tasks):
    assert steps_of("Transcribe the ghost story, then carry it on from the end of your transcript.", tasks) == [
        ("asr", {}, None, False), ("continue", {}, 0, False)]


def test_the_speaker_uses_a_language(tasks):
    assert steps_of("The guide on this tour uses Portuguese. Transcribe it.", tasks) == [
        ("asr", {"language": "pt"}, None, False)]
