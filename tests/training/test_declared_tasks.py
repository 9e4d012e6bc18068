"""Training samples a plugin's task by what the task declares (``Task.training``), no core change.

A FAKE task (tests/taskfakes.py) stands for the third-party one; no model loads."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import speech
from taskfakes import FAKE_TASK, register_fake_tasks

from wavllm_agent.data import ManifestRow, write_jsonl
from wavllm_agent.errors import ConfigError, ManifestError
from wavllm_agent.tasks.multistep import MULTI_STEP
from wavllm_agent.training.dataset import TrainingDataset
from wavllm_agent.training.instructions import request_for
from wavllm_agent.training.sampling import BucketBatchSampler
from wavllm_agent.training.sources import load_source

AUDIO = Path("/clips/a.wav")


def _manifest(folder: Path, task: str, n: int = 4) -> Path:
    clip = speech.librivox()[0]
    rows = [ManifestRow(id=str(i), audio=clip.path, text="transcript", label="loud" if i % 2 else "quiet",
                        extra={"task": task, "duration": 2.0 + i}) for i in range(n)]
    path = folder / f"{task}.jsonl"
    write_jsonl(rows, path)
    return path


def test_training_samples_a_plugin_task_from_its_declaration(tmp_path: Path, clean_plugins: None) -> None:
    manifest = _manifest(tmp_path, FAKE_TASK)
    with pytest.raises(ConfigError, match=FAKE_TASK):
        load_source("loudness", manifest, task=None, max_seconds=30)
    register_fake_tasks()
    source = load_source("loudness", manifest, task=None, max_seconds=30)
    assert source.tasks == {FAKE_TASK}
    sampler = BucketBatchSampler([[r.seconds for r in source.rows]], [1.0], micro_batch_size=2, group=1,
                                 bucket_batches=1, seed=0, stage=0)
    dataset = TrainingDataset([source], seed=0, stage=0, varied_prompts=True, max_subtasks=4)
    examples = [dataset[key] for batch in sampler.batches(0) for key in batch]
    assert len(examples) == 4 and {e.task for e in examples} == {FAKE_TASK}
    from taskfakes import FakeLoudnessTask

    assert {e.instruction for e in examples} <= set(FakeLoudnessTask.prompts)
    by_id = {e.id: e.target for e in examples}
    assert by_id == {"loudness/0": "quiet", "loudness/1": "loud", "loudness/2": "quiet", "loudness/3": "loud"}


def test_a_task_that_declares_no_training_is_refused(tmp_path: Path, clean_plugins: None) -> None:
    register_fake_tasks()
    with pytest.raises(ConfigError, match="untrainable task.*fake_untrained"):
        load_source("u", _manifest(tmp_path, "fake_untrained"), task=None, max_seconds=30)
    with pytest.raises(ManifestError, match="declares no training"):
        request_for(ManifestRow(id="u", audio=AUDIO, text="x"), "fake_untrained", rng=None)


def test_a_plugin_task_joins_composed_multi_step_instructions(clean_plugins: None) -> None:
    row = ManifestRow(id="m", audio=AUDIO, text="Stop right there!", extra={"loudness": "loud", "speakers": 1})
    plain = request_for(row, MULTI_STEP, rng=None)
    assert set(plain.subtasks) == {"asr", "sv"}  # not registered yet: not a sub-task
    register_fake_tasks()
    request = request_for(row, MULTI_STEP, rng=None)
    assert request.subtasks[0] == "asr" and set(request.subtasks) == {"asr", "sv", FAKE_TASK}
    answers = dict(zip(request.subtasks, request.target.split("\n"), strict=True))
    assert answers == {"asr": "Stop right there!", "sv": "Yes", FAKE_TASK: "loud"}
    assert "Is the speaker loud or quiet?" in request.instruction


@pytest.mark.parametrize("spelling", ["multi", "ask", "multi-step", "Multi_Step"])
def test_every_multi_step_spelling_reads_as_the_one_name(tmp_path: Path, spelling: str) -> None:
    row = ManifestRow(id="m", audio=AUDIO, text="words", question="Where?", extra={"answer": "Here.", "speakers": 1})
    assert request_for(row, spelling, rng=random.Random(2)) == request_for(row, MULTI_STEP, rng=random.Random(2))
    clip = speech.librivox()[0]
    path = tmp_path / "m.jsonl"
    write_jsonl([ManifestRow(id="m", audio=clip.path, text="words", extra={"task": spelling, "duration": 1.0})], path)
    assert load_source("m", path, task=None, max_seconds=30).tasks == {MULTI_STEP}


def test_validation_scores_generated_answers_by_the_declared_metrics(clean_plugins: None) -> None:
    from wavllm_agent.training.sources import TrainingRow
    from wavllm_agent.training.validation import score

    register_fake_tasks()

    def rows(task: str, references: list[object]) -> list[TrainingRow]:
        return [TrainingRow(ManifestRow(id=f"{task}{i}", audio=AUDIO, text=str(ref), label=ref), task, 1.0)
                for i, ref in enumerate(references)]

    batch = (rows(FAKE_TASK, ["loud", "quiet"]) + rows("sv", [True, False]) + rows("asr", ["a b c d"])
             + rows("summarize", ["short"]) + rows(MULTI_STEP, ["x"]))
    texts = ["loud", "loud", "Yes.", "Yes.", "a b c x", "short", "x"]
    # sv's eer needs scores, so its accuracy is the figure; text tasks and multi-step: the loss only.
    assert score(batch, texts) == {f"{FAKE_TASK}_accuracy": 50.0, "sv_accuracy": 50.0, "asr_wer": 25.0}


def test_wavllm_train_trains_on_a_plugin_task(synth_dir: Path, tmp_path: Path, clean_plugins: None) -> None:
    import yaml
    from click.testing import CliRunner

    from wavllm_agent.cli import cli
    from wavllm_agent.data import read_manifest

    register_fake_tasks()
    rows = [ManifestRow(id=row.id, audio=row.audio, text=row.text, label="loud" if i % 2 else "quiet",
                        extra={"task": FAKE_TASK, "duration": row.extra["duration"]})
            for i, row in enumerate(read_manifest(synth_dir / "asr.jsonl"))]
    write_jsonl(rows, tmp_path / "loudness.jsonl")
    recipe = {
        "model": {"name_or_path": "tiny-random"},
        "data": {"train": [{"manifest": str(tmp_path / "loudness.jsonl"), "name": "loudness"}]},
        "stages": [{"name": "single", "lora_scale": "static", "varied_prompts": True, "batch_size": 4,
                    "micro_batch_size": 2, "steps": 2, "lr": 0.02, "log_every": 1}],
        "run": {"output": str(tmp_path / "out"), "threads": 1, "seed": 0},
    }
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(recipe))
    result = CliRunner().invoke(cli, ["train", str(tmp_path / "r.yaml"), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output[-2000:]
    (stage,) = json.loads(result.stdout)["stages"]
    assert stage["steps"] == 2 and stage["first_loss"] > 0
