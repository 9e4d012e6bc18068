"""A run killed with SIGKILL in the middle of its second stage resumes from its newest checkpoint: it
skips the finished stage, runs the same steps on the same data as an uninterrupted run, and sees no
example twice in an epoch."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest
from training_support import subprocess_env, tiny_recipe, wavllm, write_recipe

from wavllm_agent.training import parse_config, train


def _train_records(output: Path) -> list[dict]:
    path = output / "metrics.jsonl"
    if not path.exists():
        return []
    records = []
    for line in path.read_text().splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:  # a line cut short by the kill
            pass
    return [r for r in records if r["kind"] == "train"]


def test_sigkill_then_resume_gives_the_uninterrupted_run(synth_dir: Path, tmp_path: Path) -> None:
    recipe = tiny_recipe(synth_dir, tmp_path / "killed", steps=8, lr=0.02, save_every=3)
    recipe["data"]["validation"] = None  # validation adds nothing here but time
    clean = train(parse_config(tiny_recipe(synth_dir, tmp_path / "clean", steps=8, lr=0.02, save_every=3)
                               | {"data": recipe["data"]}))
    path = write_recipe(recipe, tmp_path / "recipe.yaml")

    proc = subprocess.Popen(wavllm("train", str(path), "--json"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=subprocess_env())
    checkpoint = tmp_path / "killed" / "stages" / "multi" / "checkpoints" / "step-000003" / "progress.json"
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            steps = [r["step"] for r in _train_records(tmp_path / "killed") if r["stage"] == "multi"]
            if checkpoint.exists() and steps and max(steps) >= 4:
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    if proc.returncode != -signal.SIGKILL:
        pytest.fail(f"the run ended before it could be killed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    proc.stderr.close()
    killed = _train_records(tmp_path / "killed")
    assert not (tmp_path / "killed" / "stages" / "multi" / "stage.json").exists()
    assert max(r["step"] for r in killed if r["stage"] == "multi") in range(4, 8)
    saved = checkpoint.parent
    assert (saved / "trainable" / "model.safetensors").is_file()
    assert not (saved / "model.safetensors").exists()  # accelerate did not save the frozen model too

    done = subprocess.run(wavllm("train", str(path), "--json"), capture_output=True, text=True, timeout=300,
                          env=subprocess_env())
    assert done.returncode == 0, done.stderr[-2000:]
    resumed = json.loads(done.stdout)
    assert resumed["stages"] == clean.to_dict()["stages"]
    records = _train_records(tmp_path / "killed")
    expected = _train_records(tmp_path / "clean")
    assert [(r["stage"], r["step"]) for r in records] == [(r["stage"], r["step"]) for r in expected]
    for got, want in zip(records, expected, strict=True):
        assert got["ids"] == want["ids"]
        assert got["loss"] == pytest.approx(want["loss"], rel=1e-6)
    # The multi stage's epoch holds 4 steps (16 rows, 4 a step): no example twice within an epoch.
    multi = [r for r in records if r["stage"] == "multi"]
    for epoch in (multi[:4], multi[4:]):
        ids = [i for r in epoch for i in r["ids"]]
        assert len(ids) == len(set(ids)) == 16
