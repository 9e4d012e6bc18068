"""Instructions and targets of training rows: bank wordings (seeded), fixed wordings, composed multi-task."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import ManifestError
from wavllm_agent.registry import get_registry
from wavllm_agent.training.instructions import FIRST, LAST, request_for

AUDIO = Path("/clips/a.wav")


def _multi_row() -> ManifestRow:
    return ManifestRow(id="m1", audio=AUDIO, text="The key is under the pot.", question="Where is the key?",
                       extra={"task": "multi", "answer": "under the pot", "continuation": "She opened the door.",
                              "instruction": "What is two plus three?", "response": "Five.", "speakers": 1})


def test_single_task_wordings_come_from_the_bank_and_follow_the_seed() -> None:
    row = ManifestRow(id="1", audio=AUDIO, text="hello world")
    bank = get_registry().task("asr").prompts
    drawn = {request_for(row, "asr", rng=random.Random(seed)).instruction for seed in range(40)}
    assert drawn <= set(bank) and len(drawn) >= 5  # varied wordings
    assert request_for(row, "asr", rng=random.Random(7)) == request_for(row, "asr", rng=random.Random(7))
    fixed = request_for(row, "asr", rng=None)
    assert fixed.instruction == bank[0] and fixed.target == "hello world" and fixed.subtasks == ("asr",)


def test_task_specific_targets_and_instructions() -> None:
    pair = ManifestRow(id="2", audio=AUDIO, audio2=AUDIO, text="ignored", label=False)
    sv = request_for(pair, "sv", rng=None)
    assert sv.target == "No" and sv.instruction == get_registry().task("sv").prompts[0]
    asked = ManifestRow(id="3", audio=AUDIO, text="B", question="Who? A. Ann; B. Bo.")
    assert request_for(asked, "sqa", rng=random.Random(0)).instruction == "Who? A. Ann; B. Bo."
    spoken_question = ManifestRow(id="4", audio=AUDIO, text="Paris.")
    assert request_for(spoken_question, "sqa", rng=None).instruction == ""  # the release's SQQA form
    own = ManifestRow(id="5", audio=AUDIO, text="Sie wird schon.", prompt="Translate the audio clip into German.")
    assert request_for(own, "st", rng=random.Random(1)).instruction == "Translate the audio clip into German."
    st = request_for(ManifestRow(id="6", audio=AUDIO, text="Hallo.", extra={"target_lang": "de"}), "st", rng=None)
    assert "German" in st.instruction


def test_multi_task_instructions_join_sub_tasks_and_their_targets_in_order() -> None:
    row = _multi_row()
    seen_counts = set()
    for seed in range(30):
        request = request_for(row, "multi", rng=random.Random(seed), max_subtasks=4)
        parts = request.instruction.split("; ")
        lines = request.target.split("\n")
        assert len(parts) == len(lines) == len(request.subtasks) and 2 <= len(parts) <= 4
        assert parts[0].startswith(FIRST) and parts[-1].startswith(LAST)
        expected = {"asr": row.text, "sqa": "under the pot", "continue": "She opened the door.",
                    "instruct": "Five.", "sv": "Yes"}
        assert lines == [expected[name] for name in request.subtasks]
        if "asr" in request.subtasks:
            assert request.subtasks[0] == "asr"
        if "sqa" in request.subtasks:
            assert "Where is the key?" in request.instruction
        if "instruct" in request.subtasks:
            assert "What is two plus three?" in request.instruction
        seen_counts.add(len(parts))
    assert seen_counts == {2, 3, 4}
    capped = request_for(row, "multi", rng=random.Random(3), max_subtasks=2)
    assert len(capped.subtasks) == 2


def test_a_multi_row_needs_two_sub_tasks() -> None:
    with pytest.raises(ManifestError, match="at least two sub-tasks"):
        request_for(ManifestRow(id="x", audio=AUDIO, text="only a transcript"), "multi", rng=random.Random(0))
