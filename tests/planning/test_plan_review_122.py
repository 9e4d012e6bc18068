"""Faults a late review of round 122 found (issue 10, part 6), each with wordings of the reviewer's kind, not a set's;
each test fails on the commit the review read (741b9da). The rules alone are checked (``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of

ASR = ("asr", {}, None, False)


def test_the_answer_in_a_language_keeps_a_transcript_asked_for_before(tasks):
    czech = ("translate", {"target_lang": "cs"}, 0, False)
    assert steps_of("Transcribe the clip. What is the guide saying? Put the answer in Czech.", tasks) == [ASR, czech]
    assert steps_of("Transcribe the clip. What is the guide saying? Tell me in Czech.", tasks) == [ASR, czech]
    assert steps_of("What is the guide saying? Also give the answer in Czech.", tasks) == [ASR, czech]
    # the words alone, asked again in a language: the speech translated (round 122)
    assert steps_of("What is the guide saying? Put the answer in Czech.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]


def test_a_why_question_about_someones_words_then_a_language(tasks):
    for noun in ("ruling", "remarks"):
        assert steps_of(f"Why does the coach reject the referee's {noun}? In Spanish.", tasks) == [
            ("sqa", {"question": f"Why does the coach reject the referee's {noun}?"}, None, False),
            ("translate", {"target_lang": "es"}, 0, False)]
    assert steps_of("What is the referee's ruling, in Spanish?", tasks) == [("st", {"target_lang": "es"}, None, False)]


def test_a_mood_named_as_a_story_style_or_before_a_comparison(tasks):
    assert steps_of("Carry the story on, same style, the narrator's tone.", tasks) == [("continue", {}, None, False)]
    assert steps_of("Continue it, same style, the narrator's tone.", tasks) == [("continue", {}, None, False)]
    assert steps_of("Her attitude, his attitude, which is calmer?", tasks) == [
        ("sqa", {"question": "Her attitude, his attitude, which is calmer?"}, None, False)]
    assert steps_of("Transcribe it, the host's tone, and a 20-word summary.", tasks) == [
        ASR, ("er", {}, None, False), ("summarize", {"max_words": 20}, 0, False)]


def test_what_i_want_before_numbered_items_is_no_question(tasks):
    assert [s[0] for s in steps_of("What I need — i) a transcript ii) a short summary", tasks)][:1] == ["asr"]
    assert steps_of("whats the first weave taught — i) randing ii) slewing", tasks)[0][0] == "sqa"


def test_a_request_after_priced_options(tasks):
    assert steps_of("Which stall is cheapest? • £5 • £12 • Translate the clip to French", tasks) == [
        ("sqa", {"question": "Which stall is cheapest? • £5 • £12"}, None, False),
        ("st", {"target_lang": "fr"}, None, False)]
    assert steps_of("What does it cost? • two euros • three euros • Translate the clip to French", tasks)[1] == (
        "st", {"target_lang": "fr"}, None, False)


def test_aside_from_that_alone_is_no_hint(tasks):
    assert steps_of("Aside from that alone, what does she want?", tasks) == [
        ("sqa", {"question": "Aside from that alone, what does she want?"}, None, False)]
    assert steps_of("Based solely on that, who won?", tasks) == [("sqa", {"question": "Who won?"}, None, False)]
