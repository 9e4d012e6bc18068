"""Plans for wordings of the kinds the helper-written sets of round 136 found (issue 10, part 6; tuned on the misses
of heldout406 and 407, and on older tuned sets' leftovers), with wordings of their own, not the sets'. The rules alone
are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)
ASR_IMPLICIT = ("asr", {}, None, True)
SV = ("sv", {}, None, False)
ER = ("er", {}, None, False)


def test_talk_jobs_counted_as_speakers(tasks):
    assert steps_of("Tell me whether there's only one emcee.", tasks) == [SV]
    assert steps_of("Check if there's only one compère.", tasks) == [SV]


def test_a_run_on_question_word_after_a_hint(tasks):
    assert steps_of("Going only by the tape, whats the ferry called?", tasks) == [
        ("sqa", {"question": "Whats the ferry called?"}, None, False)]


def test_a_hint_before_a_question_without_its_question_mark(tasks):
    assert steps_of("Based on the clip and nothing else, what is the mascot called", tasks) == [
        ("sqa", {"question": "What is the mascot called"}, None, False)]


def test_a_hint_that_names_the_event_before_the_audio(tasks):
    assert steps_of("Nothing but the sheepdog trial recording should inform this: who came second?", tasks) == [
        ("sqa", {"question": "Who came second?"}, None, False)]


def test_words_on_paper_and_the_full_text(tasks):
    assert steps_of("Put the sack race into words, please.", tasks) == [ASR]
    assert steps_of("Is it one voice? And lastly the full text.", tasks) == [SV, ASR]


def test_texted_summary_and_words(tasks):
    assert steps_of("sumrise the clip in 15 wrds", tasks) == [
        ASR_IMPLICIT, ("summarize", {"max_words": 15}, 0, False)]


def test_an_arrow_to_text(tasks):
    assert steps_of("kite festival clip -> text pls", tasks) == [ASR]


def test_that_text_is_the_transcript_not_the_answer(tasks):
    assert steps_of("Stall clip → text, then: which stall sold out? (a) jam (b) cheese. Then German for that text.",
                    tasks) == [ASR, ("sqa", {"question": "Which stall sold out? (a) jam (b) cheese."}, None, False),
                               ("translate", {"target_lang": "de"}, 0, False)]


def test_a_sentence_that_ends_inside_quotes(tasks):
    assert steps_of("Which cry starts the race? A. 'Go!' B. 'Now!' Then give me the gist in 10 words.", tasks) == [
        ("sqa", {"question": "Which cry starts the race? A. 'Go!' B. 'Now!'"}, None, False), ASR_IMPLICIT,
        ("summarize", {"max_words": 10}, 1, False)]


def test_calls_and_a_talkers_words_without_an_apostrophe(tasks):
    assert steps_of("Danish, please: the umpire's calls.", tasks) == [("st", {"target_lang": "da"}, None, False)]
    assert steps_of("quiz night announcer words in italian", tasks) == [("st", {"target_lang": "it"}, None, False)]


def test_a_headcount_of_voices(tasks):
    assert steps_of("Type the clip up, plus a headcount of the voices.", tasks) == [ASR, SV]


def test_a_label_of_voices_then_how_many(tasks):
    assert steps_of("Speakers in the ferry clip: how many?", tasks) == [SV]
    assert steps_of("People at the fair: how many?", tasks) == [
        ("sqa", {"question": "How many?"}, None, False)]


def test_and_inside_a_question_after_an_adverb(tasks):
    assert steps_of("Summarise it; also, are the coach and the captain different people?", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False), SV]


def test_close_with(tasks):
    assert steps_of("Transcribe the heat. Close with how the winner sounds.", tasks) == [ASR, ER]


def test_a_quiz_named_before_its_quoted_question(tasks):
    assert steps_of("Do the MCQ 'who rang the bell? (a) Kim (b) Lou' and transcribe it.", tasks) == [
        ("sqa", {"question": "Who rang the bell? (a) Kim (b) Lou"}, None, False), ASR]


def test_extend_the_written_version(tasks):
    assert steps_of("Transcribe the legend, then extend the transcript by a paragraph.", tasks) == [
        ASR, ("continue", {}, 0, False)]


def test_both_texts_from_one_transcript(tasks):
    assert steps_of("Transcribe the auction, and from that transcript make both a Thai translation and a summary.",
                    tasks) == [ASR, ("translate", {"target_lang": "th"}, 0, False), ("summarize", {}, 0, False)]


def test_want_it_in_a_language_before_a_question(tasks):
    assert steps_of("What is said on the tape? Need it in Polish, and is it more than one person?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), SV]


def test_the_summary_named_as_a_request(tasks):
    assert steps_of("Is the guide alone on the tape? Then the summary in Czech.", tasks) == [
        SV, ASR_IMPLICIT, ("summarize", {}, 1, False), ("translate", {"target_lang": "cs"}, 2, False)]


def test_a_speech_then_what_is_said(tasks):
    assert steps_of("The mayor's speech, what she actually says. Greek, please.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


# --- guards from this round's review: wordings the first version planned worse than `28fbf2b` ---------------------

def test_text_and_paper_phrases_inside_questions_stay_questions(tasks):
    for wording in ("Does she read the whole text aloud?", "Did anyone write the speech on paper?",
                    "How does she put her grief into words?", "Is the entire text in Latin?"):
        assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]


def test_on_paper_before_a_language_is_no_transcript(tasks):
    assert steps_of("Put the lecture on paper in French", tasks) == [("st", {"target_lang": "fr"}, None, False)]


def test_a_headcount_asked_about_is_a_question(tasks):
    wording = "Did they do a headcount of the speakers at the event?"
    assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]


def test_quotes_ending_a_sentence_inside_an_open_question(tasks):
    for wording in ("When he says 'Go!' Does the crowd cheer?", "Does the song 'Help!' By the Beatles play?",
                    "Did she say 'Wait!' Or did she say 'Stop!'?"):
        assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]
    assert [step[0] for step in steps_of("Who said 'Now!' Tell me in French.", tasks)] == ["sqa"]


def test_talk_jobs_as_modifiers_count_no_speakers(tasks):
    for wording in ("Is there just one DJ set?", "Is there only one moderator question?",
                    "Is there only one mc option that fits?"):
        assert steps_of(wording, tasks) == [("sqa", {"question": wording}, None, False)]


def test_finish_with_the_story_continues_it(tasks):
    assert steps_of("Finish with the story", tasks) == [("continue", {}, None, False)]


def test_extend_only_a_text_by_paragraphs(tasks):
    assert steps_of("Extend the meeting by a few lines", tasks)[0][0] == "sqa"


def test_want_it_in_a_language_before_a_request_is_that_requests_language(tasks):
    assert steps_of("Want it in Chinese, and summarize it", tasks) == [
        ASR_IMPLICIT, ("summarize", {}, 0, False), ("translate", {"target_lang": "zh"}, 1, False)]


def test_counted_words_are_no_speakers_words(tasks):
    assert steps_of("Give me five guide words in French", tasks)[0][0] == "sqa"
