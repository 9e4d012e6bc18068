"""Plans for wordings of the kinds the helper-written sets of round 114 found (issue 10, part 6; tuned on the misses
of heldout318 and 319), with wordings of their own, not the sets'. The rules alone are checked
(``second_opinion=False``)."""

from __future__ import annotations

from plan_support import steps_of


def test_language_first_then_an_explanation_of_how(tasks):
    assert steps_of("In Greek — the potter's explanation of how the glaze is mixed.", tasks) == [
        ("st", {"target_lang": "el"}, None, False)]


def test_what_is_said_named_then_a_bare_language_after_a_dash(tasks):
    assert steps_of("The chat at the bakery counter — Swedish, please.", tasks) == [
        ("st", {"target_lang": "sv"}, None, False)]
    assert steps_of("The conversation in the ticket queue, Czech please.", tasks) == [
        ("st", {"target_lang": "cs"}, None, False)]


def test_someones_answer_to_someone_is_what_they_say(tasks):
    assert steps_of("The goalkeeper's answer to the journalist, Polish version, then how she sounds.", tasks) == [
        ("st", {"target_lang": "pl"}, None, False), ("er", {}, None, False)]


def test_hyphenated_instructions_after_a_language_lead(tasks):
    assert steps_of("In Finnish, the baker's step-by-step instructions, please, and then the answer to this: how long "
                    "does the dough rise?", tasks) == [
        ("st", {"target_lang": "fi"}, None, False), ("sqa", {"question": "How long does the dough rise?"}, None, False)]


def test_comma_which_question_with_slashed_options(tasks):
    assert steps_of("After transcribing the cooking demo, which pan heats fastest — copper / steel / cast iron? And "
                    "then whether only one chef speaks.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "Which pan heats fastest — copper / steel / cast iron?"}, None, False),
        ("sv", {}, None, False)]


def test_then_dash_question_with_slashed_options(tasks):
    assert steps_of("Is it one chef throughout the demo? Then — which knife is sharpest: bread / paring / carving? Then a "
                    "transcript.", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "Which knife is sharpest: bread / paring / carving?"}, None, False),
        ("asr", {}, None, False)]


def test_options_are_sentence_after_a_question(tasks):
    assert steps_of("First the chef's tone. Which pan does she prefer? Options are copper, steel, or cast iron.",
                    tasks) == [("er", {}, None, False),
                               ("sqa", {"question": "Which pan does she prefer? Options are copper, steel, or cast iron."},
                                None, False)]


def test_once_that_is_answered_leads_the_next_request(tasks):
    assert steps_of("Transcribe it, and then: What does the pan cost? (a) $40 (b) $55 (c) $70 — once that's answered, "
                    "summarise the transcript in 25 words.", tasks) == [
        ("asr", {}, None, False), ("sqa", {"question": "What does the pan cost? (a) $40 (b) $55 (c) $70"}, None, False),
        ("summarize", {"max_words": 25}, 0, False)]


def test_numbered_options_after_a_temperature(tasks):
    assert steps_of("Why does the soup need to reach 95°C? Options: (1) to kill germs (2) to thicken it (3) to save "
                    "time.", tasks) == [("sqa", {"question": "Why does the soup need to reach 95°C? Options: (1) to kill "
                                                             "germs (2) to thicken it (3) to save time."}, None, False)]


def test_only_from_what_is_audible_is_a_hint(tasks):
    assert steps_of("Only from what's audible: do they sell gift cards?", tasks) == [
        ("sqa", {"question": "Do they sell gift cards?"}, None, False)]


def test_boil_as_a_cooking_verb_in_a_question(tasks):
    assert steps_of("How long should the stock boil?", tasks) == [
        ("sqa", {"question": "How long should the stock boil?"}, None, False)]
    assert steps_of("Boil the council meeting down to thirty words.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False)]


def test_summary_words_then_a_bare_language(tasks):
    assert steps_of("Bakery clip: summary, thirty words, Hindi.", tasks) == [
        ("asr", {}, None, True), ("summarize", {"max_words": 30}, 0, False),
        ("translate", {"target_lang": "hi"}, 1, False)]


def test_language_stated_then_just_type_up(tasks):
    assert steps_of("ok so the waiter is speaking spanish, just type up what he says, then summarise it in 10 words",
                    tasks) == [("asr", {"language": "es"}, None, False), ("summarize", {"max_words": 10}, 0, False)]


def test_just_the_person_the_whole_time(tasks):
    assert steps_of("Pottery class clip — is it just the potter the whole time? Also: which clay is used?", tasks) == [
        ("sv", {}, None, False), ("sqa", {"question": "Which clay is used?"}, None, False)]


def test_just_the_person_or_more_people(tasks):
    assert steps_of("1) Who's speaking — just the vet or more people? 2) Transcript.", tasks) == [
        ("sv", {}, None, False), ("asr", {}, None, False)]
    assert steps_of("Does he use just the flour or more yeast?", tasks) == [
        ("sqa", {"question": "Does he use just the flour or more yeast?"}, None, False)]


def test_finish_it_after_a_tale_begun(tasks):
    assert steps_of("The ferryman begins a tale about the river; finish it for me.", tasks) == [
        ("continue", {}, None, False)]
