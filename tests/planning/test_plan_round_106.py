"""Plans for wordings of the kinds the helper-written sets of round 106 found (issue 10, part 6; tuned on the misses
of heldout286 and 287, and two bugs found before they were read), with wordings of their own, not the sets'. The rules
alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_written_down_in_a_language_then_another_request(tasks):
    assert steps_of("Put it down in writing in Greek, and tell me whether two people talk.", tasks)[-1] == \
        ("sv", {}, None, False)
    assert steps_of("Write it down in Polish and tell me how many people talk.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("sv", {}, None, False)]


def test_written_down_in_the_language_a_label_names(tasks):
    assert steps_of("Dutch-language ferry clip: I need it written down in Dutch, and whether two crew speak.",
                    tasks) == [("asr", {"language": "nl"}, None, False), ("sv", {}, None, False)]
    assert steps_of("Danish-language voicemail. I need it written down.", tasks) == [
        ("asr", {"language": "da"}, None, False)]
    assert steps_of("Dairy tour recording in Czech. Write it down in Czech please.", tasks) == [
        ("asr", {"language": "cs"}, None, False)]


def test_a_language_label_is_not_a_language_lead(tasks):
    assert steps_of("Greek-language museum tour — a transcript please.", tasks) == [
        ("asr", {"language": "el"}, None, False)]


def test_hints_about_the_web_what_matters_and_adding_nothing(tasks):
    assert steps_of("Use the guide's words rather than the internet. When does the mill open?", tasks) == [
        ("sqa", {"question": "When does the mill open?"}, None, False)]
    assert steps_of("Who won the raffle? What the compere says is what counts, not your own ideas.", tasks) == [
        ("sqa", {"question": "Who won the raffle?"}, None, False)]
    assert steps_of("Where is the kiln? Don't add anything that isn't in the recording.", tasks) == [
        ("sqa", {"question": "Where is the kiln?"}, None, False)]
    assert steps_of("From the clip, and nothing else: who lit the beacon?", tasks) == [
        ("sqa", {"question": "Who lit the beacon?"}, None, False)]


def test_question_leads_mc_and_tell_me_with_a_colon(tasks):
    assert steps_of("Summary first, then MC: the ferry leaves at A. 6 B. 7 C. 8.", tasks)[-1] == \
        ("sqa", {"question": "The ferry leaves at A. 6 B. 7 C. 8."}, None, False)
    assert steps_of("Transcribe it, then tell me: the mayor arrives by / bus / bike / car?", tasks)[-1] == \
        ("sqa", {"question": "The mayor arrives by / bus / bike / car?"}, None, False)


def test_numbered_options_after_a_which_question_without_its_mark(tasks):
    assert steps_of("summarise it then which stall sells cheese 1. first 2. second 3. third, then her mood", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False),
        ("sqa", {"question": "Which stall sells cheese 1. first 2. second 3. third"}, None, False), ("er", {}, None, False)]


def test_what_words_are_spoken_in_a_language(tasks):
    assert steps_of("What words are spoken in this ferry clip, in Hungarian?", tasks) == [
        ("st", {"target_lang": "hu"}, None, False)]


def test_its_content_in_a_language(tasks):
    assert steps_of("Is it a single guide talking? And its content in Romanian.", tasks) == [
        ("sv", {}, None, False), ("st", {"target_lang": "ro"}, None, False)]
    assert steps_of("Their remarks, in Czech.", tasks) == [("st", {"target_lang": "cs"}, None, False)]


def test_how_the_talk_would_read_in_a_language(tasks):
    assert steps_of("How would the ranger's announcement read in Swedish?", tasks) == [
        ("st", {"target_lang": "sv"}, None, False)]


def test_this_text_in_a_language_after_a_transcript(tasks):
    assert steps_of("I want the lecture as text, and this text also in Korean.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "ko"}, 0, False)]


def test_not_about_the_audio(tasks):
    assert steps_of("This isn't about the recording. Suggest three names for a boat.", tasks) == [
        ("instruct", {"instruction": "Suggest three names for a boat."}, None, False)]
    assert steps_of("This question is not about the audio: what is the tallest mountain?", tasks) == [
        ("instruct", {"instruction": "What is the tallest mountain?"}, None, False)]


def test_a_lone_person_or_a_team(tasks):
    assert steps_of("Tell me if the tour is given by a lone guide or a team.", tasks) == [("sv", {}, None, False)]


def test_the_condensed_version_and_the_language_named_text(tasks):
    assert steps_of("Shorten the talk to 20 words, then: is the tour free? yes / no; and a Polish translation of the "
                    "condensed version.", tasks)[-1] == ("translate", {"target_lang": "pl"}, 1, False)
    assert steps_of("A Dutch rendering of the talk; then who hosts it? A) Ann B) Bo; then summarise the Dutch text.",
                    tasks)[-1] == ("summarize", {}, 0, False)


def test_a_word_limit_on_what_the_audio_is_about(tasks):
    assert steps_of("In 40 words, what's the ferry announcement about?", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 40}, 0, False)]
    assert steps_of("Fewer than 30 words on what the lecture covers.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False)]
    assert steps_of("Harbour news bulletin in 15 words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 15}, 0, False)]


def test_make_the_recording_a_language(tasks):
    assert steps_of("Make this dairy recording Portuguese, then tell me the farmer's mood.", tasks) == [
        ("st", {"target_lang": "pt"}, None, False), ("er", {}, None, False)]
