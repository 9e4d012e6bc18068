"""Plans for wordings of the kinds the helper-written sets of round 85 found (issue 10, part 6; tuned on the
misses of heldout185, 187, 189 and 191, with wordings of their own, not the sets'). The rules alone are checked
(``second_opinion=False``), so that the learned checks do not hide a rule that broke."""

from __future__ import annotations

from plan_support import tasks_of

from wavllm_agent.planning import plan_rules


def steps_of(text: str, tasks) -> list[tuple[str, dict, int | None, bool]]:
    return [(s.task, s.args, s.input, s.implicit) for s in plan_rules(text, tasks, second_opinion=False).steps]


def test_a_question_naming_its_thing_is_not_a_summary_for_a_word_after_it(tasks):
    # "what <noun> <verb>" asks that thing, whatever weak task word ("highlights") comes later
    assert steps_of("What fee does the stylist charge for highlights?", tasks) == [
        ("sqa", {"question": "What fee does the stylist charge for highlights?"}, None, False)]
    assert tasks_of("Which room does the guide mention among the highlights?", tasks, second_opinion=False) == ["sqa"]
    # the highlights themselves are still a summary
    assert tasks_of("What are the highlights?", tasks, second_opinion=False) == ["asr", "summarize"]


def test_who_is_talking_then_one_or_more_is_one_speaker_check(tasks):
    assert tasks_of("Who's speaking in the tack room clip, a single groom or several?", tasks,
                    second_opinion=False) == ["sv"]
    assert tasks_of("Who is talking, one clerk or several? Then summarise it.", tasks,
                    second_opinion=False) == ["sv", "asr", "summarize"]
    # "who is speaking?" as a question of its own stays a question
    assert tasks_of("Who is speaking? Is it one person or more?", tasks, second_opinion=False) == ["sqa", "sv"]


def test_slashed_options_belong_to_their_own_question(tasks):
    # a question of its own after a yes/no question, with options after a colon
    assert steps_of("Is the ranger alone in this clip? How does she come across: relaxed / tense / bored?",
                    tasks) == [("sv", {}, None, False),
                               ("sqa", {"question": "How does she come across: relaxed / tense / bored?"}, None, False)]
    assert steps_of("How does the porter sound: cheerful / weary / cross? Transcribe it too.", tasks)[0] == (
        "sqa", {"question": "How does the porter sound: cheerful / weary / cross?"}, None, False)


def test_a_mood_asked_in_a_comma_list(tasks):
    assert tasks_of("Two things about the kennel clip: whether more than one handler talks, what mood the "
                    "handler is in.", tasks, second_opinion=False) == ["sv", "er"]


def test_characterise_is_a_request(tasks):
    assert tasks_of("Type up the sermon and characterize the emotional state of the priest.", tasks,
                    second_opinion=False) == ["asr", "er"]


def test_the_users_own_language_skill_asks_for_nothing(tasks):
    assert tasks_of("My German is not good. Transcribe the clip please.", tasks, second_opinion=False) == ["asr"]
    assert tasks_of("I'm not fluent in Dutch. Summarise it in 20 words.", tasks,
                    second_opinion=False) == ["asr", "summarize"]
    # a language asked for is still asked for
    assert steps_of("I need it in English.", tasks) == [("st", {"target_lang": "en"}, None, False)]


def test_please_you_can_is_a_request_in_learners_english(tasks):
    assert tasks_of("Please you can write what the baker say.", tasks, second_opinion=False) == ["asr"]
    assert steps_of("Please you can write what the tailor say, and after translate it to Greek?", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "el"}, 0, False)]


def test_words_asked_in_writing_then_a_language_translate_the_transcript(tasks):
    assert steps_of("Write down what the farrier says. Then give it to me in Italian.", tasks) == [
        ("asr", {}, None, False), ("translate", {"target_lang": "it"}, 0, False)]
    # asked as a question, the words are the speech translated
    assert steps_of("What does the farrier say? Tell me in Italian.", tasks) == [
        ("st", {"target_lang": "it"}, None, False)]


def test_a_quoted_question_is_the_question(tasks):
    assert steps_of("Please answer the question \"what colour is the kite?\" using the festival clip.", tasks) == [
        ("sqa", {"question": "What colour is the kite?"}, None, False)]
    assert steps_of("I want a transcript, the answer to 'Which pier does the boat leave from? a) north b) south', "
                    "and a French translation of the transcript.", tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "Which pier does the boat leave from? a) north b) south"}, None, False),
        ("translate", {"target_lang": "fr"}, 0, False)]
    # the spoken question, unquoted, stays the spoken question
    assert steps_of("Answer the question the caller asks.", tasks) == [("sqa", {}, None, False)]


def test_someones_answers_or_explanation_in_a_language_is_the_speech_translated(tasks):
    assert steps_of("The lifeguard's answers in Turkish, please.", tasks) == [
        ("st", {"target_lang": "tr"}, None, False)]
    assert steps_of("The jeweller's explanation, in Korean, and does he sound patient?", tasks) == [
        ("st", {"target_lang": "ko"}, None, False), ("er", {}, None, False)]
    # without a language, an explanation in a hint stays a hint
    assert tasks_of("How many rooms are there? Use only the agent's explanation in the audio.", tasks,
                    second_opinion=False) == ["sqa"]


def test_can_i_get_is_a_polite_request(tasks):
    assert steps_of("Can I get the harbour announcement in Polish?", tasks) == [
        ("st", {"target_lang": "pl"}, None, False)]
    assert steps_of("Could we have the gist in Spanish?", tasks) == [
        ("asr", {}, None, True), ("summarize", {}, 0, False), ("translate", {"target_lang": "es"}, 1, False)]


def test_listed_options_end_where_the_next_request_starts(tasks):
    text = ("Transcribe it. Where does the coach stop? Options: the museum, the park, go straight on; "
            "lastly, translate the transcript into German.")
    assert steps_of(text, tasks) == [
        ("asr", {}, None, False),
        ("sqa", {"question": "Where does the coach stop? Options: the museum, the park, go straight on"}, None, False),
        ("translate", {"target_lang": "de"}, 0, False)]
