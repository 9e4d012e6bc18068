"""``Vocabulary.first_match`` (a table built once per instruction) gives what the plain scan gave:
the first of ``matches`` on the same window. The clause splitter asks it at every comma."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from plan_support import builtin_tasks
from test_plan_fuzz import WORDS

from wavllm_agent.planning.text import tokenize
from wavllm_agent.planning.vocab import Match, Vocabulary

HERE = Path(__file__).resolve().parent
VOCAB = Vocabulary.build(builtin_tasks())


TRICKY = ["Is the second guest the first one again? Does the speaker change her tone?",
          "We ordered dim sum, then: sum up the talk, and did the speaker change?"]
"""Where the token before a phrase, or after it, decides whether it counts."""


def _plain(tokens, start: int, end: int) -> Match | None:
    found = VOCAB.matches(tokens[start:end])
    if not found:
        return None
    first = min(found, key=lambda m: m.start)
    return Match(first.task, start + first.start, start + first.end, first.weak)


def _windows(tokens) -> list[tuple[int, int]]:
    return [(s, e) for s in range(len(tokens)) for e in range(s + 1, len(tokens) + 1)]


def _same_everywhere(text: str) -> int:
    tokens = tokenize(text)
    windows = _windows(tokens)
    for start, end in windows:
        assert VOCAB.first_match(tokens, start, end) == _plain(tokens, start, end), (text, start, end)
    return len(windows)


def test_the_same_first_match_on_every_window_of_the_tuning_instructions():
    texts = [item["instruction"] for name in ("instructions.yaml", "tuning.yaml")
             for item in yaml.safe_load((HERE / name).read_text(encoding="utf-8"))] + TRICKY
    found = sum(VOCAB.first_match(tokenize(t), 0, len(tokenize(t))) is not None for t in texts)
    assert found > len(texts) // 2  # (windows with a task's phrase are checked, not only empty ones)
    assert sum(_same_everywhere(t) for t in texts) > 10_000


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["change", "her", "the", "second", "dim", "sum", "speaker"]), max_size=40)
       .map(" ".join))
def test_the_same_first_match_on_any_mix_of_planner_words(text):
    _same_everywhere(text)


def test_a_new_token_list_is_not_answered_from_the_last_one():
    one, two = tokenize("Summarise it."), tokenize("Transcribe it.")
    assert VOCAB.first_match(one, 0, len(one)).task != VOCAB.first_match(two, 0, len(two)).task
