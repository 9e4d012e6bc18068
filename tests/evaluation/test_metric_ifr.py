"""Instruction-following rate over multi-step traces."""

from __future__ import annotations

from pathlib import Path

import pytest

from wavllm_agent.data import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.base import Prediction, Step
from wavllm_agent.evaluation.metrics.ifr import (
    IfrMetric,
    expected_subtasks,
    instruction_following_rate,
    parse_subtask_label,
    release_task_names,
)

II_TASK = ["asr", "sqa", "instruct", "continue"]


def test_release_label_maps_to_task_names() -> None:
    assert parse_subtask_label("ASR+SQA+SFT+Continue") == II_TASK


def test_release_labels_are_what_the_tasks_declare() -> None:
    from wavllm_agent.evaluation.metrics import ifr
    from wavllm_agent.registry import get_registry

    names = release_task_names()
    assert names == ifr.RELEASE_TASK_NAMES
    assert {label: names[label] for label in ("emo", "sqqa", "sft", "it", "summary", "summarise", "translation")} == {
        "emo": "er", "sqqa": "sqa", "sft": "instruct", "it": "instruct", "summary": "summarize",
        "summarise": "summarize", "translation": "translate"}
    assert all(names[name] == name for name in get_registry().tasks)

    class Renamed:
        release_labels = ("sft", "it")

    assert release_task_names({"chat": Renamed()}) == {"chat": "chat", "sft": "chat", "it": "chat"}


def test_sub_task_and_whole_row_rates() -> None:
    # Row 1: all four sub-tasks answered.                           4/4
    # Row 2: only transcribed (the typical failure of weaker models) 1/4
    # Row 3 (CoT): transcribe, summarise, translate; translate empty  2/3
    # Sub-task rate: (4 + 1 + 2) / (4 + 4 + 3) = 7/11; whole rows: 1/3.
    result = instruction_following_rate(
        [II_TASK, II_TASK, ["asr", "summarize", "translate"]],
        [
            [{"task": t, "text": "something"} for t in II_TASK],
            [{"task": "asr", "text": "he hoped there would be stew"}],
            [Step("asr", "text"), Step("summarize", "short"), Step("translate", "  ")],
        ],
    )
    assert result.ifr == pytest.approx(100 * 7 / 11)
    assert result.all_followed == pytest.approx(100 / 3)
    assert result.per_row == pytest.approx((100.0, 25.0, 200 / 3))
    # asr asked 3 times, answered 3; continue asked twice, answered once; translate 0 of 1.
    assert result.per_task["asr"] == pytest.approx(100.0)
    assert result.per_task["continue"] == pytest.approx(50.0)
    assert result.per_task["translate"] == pytest.approx(0.0)


def test_each_step_serves_one_sub_task_and_order_is_free() -> None:
    # Two translations asked, one produced: 1 of 2. Steps in another order still count.
    result = instruction_following_rate(
        [["translate", "translate", "asr"]],
        [[Step("asr", "hello"), Step("translate", "hallo")]],
    )
    assert result.ifr == pytest.approx(100 * 2 / 3)


def test_a_custom_judge_decides_what_is_on_topic() -> None:
    steps = [[Step("asr", "I cannot help with that."), Step("sqa", "B")]]
    refusals = lambda task, text: "cannot help" not in text  # noqa: E731
    assert instruction_following_rate([["asr", "sqa"]], steps).ifr == pytest.approx(100.0)
    assert instruction_following_rate([["asr", "sqa"]], steps, judge=refusals).ifr == pytest.approx(50.0)


def test_metric_reads_expected_tasks_from_rows(tmp_path: Path) -> None:
    rows = [
        ManifestRow(id="ii", audio=tmp_path / "a.wav", text="ASR+SQA+SFT+Continue"),
        ManifestRow(
            id="cot",
            audio=tmp_path / "b.wav",
            text="Drei Filme",
            extra={"tasks": ["ASR", "summary", "translate"]},
        ),
    ]
    assert expected_subtasks(rows[1]) == ["asr", "summarize", "translate"]
    predictions = [
        Prediction.from_output({"answer": "...", "steps": [{"task": t, "text": "x"} for t in II_TASK]}),
        Prediction.from_output({"answer": "...", "steps": [{"task": "asr", "text": "x"}]}),
    ]
    result = IfrMetric().compute(rows, predictions)
    # 4/4 and 1/3 -> 5/7 sub-tasks; 1 of 2 rows complete
    assert result.value == pytest.approx(100 * 5 / 7)
    assert result.details["ifr_all"] == pytest.approx(50.0)
    assert result.details["ifr_summarize"] == pytest.approx(0.0)
    assert result.details["ifr_asr"] == pytest.approx(100.0)


def test_rows_that_name_no_sub_tasks_are_refused(tmp_path: Path) -> None:
    row = ManifestRow(id="x", audio=tmp_path / "a.wav", text="Drei Filme aus dem Raum")
    with pytest.raises(UsageError, match="does not say which sub-tasks"):
        expected_subtasks(row)
