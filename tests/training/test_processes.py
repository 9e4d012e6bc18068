"""Two CPU processes under ``accelerate launch`` train like one process with the same global batch."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from training_support import subprocess_env, tiny_recipe, write_recipe

from wavllm_agent.training import parse_config, train

LAUNCHER = Path(sys.executable).parent / "accelerate"


@pytest.mark.skipif(shutil.which("accelerate", path=str(LAUNCHER.parent)) is None,
                    reason="accelerate's launcher is not installed beside this Python")
def test_two_processes_give_the_loss_curve_of_one(synth_dir: Path, tmp_path: Path) -> None:
    # batch_size 4 in micro-batches of 2: one process accumulates 2, two processes take 1 each.
    recipe = tiny_recipe(synth_dir, tmp_path / "one", steps=4, lr=0.02)
    recipe["data"]["validation"]["generate"] = False
    single = train(parse_config(recipe))
    recipe["run"]["output"] = str(tmp_path / "two")
    path = write_recipe(recipe, tmp_path / "recipe.yaml")
    # --multi_gpu: torchrun starts the processes; without CUDA they form a CPU (gloo) group.
    done = subprocess.run([str(LAUNCHER), "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1",
                           "--mixed_precision", "no", "--dynamo_backend", "no", "-m", "wavllm_agent", "train",
                           str(path), "--json"], capture_output=True, text=True, timeout=400, env=subprocess_env())
    assert done.returncode == 0, done.stderr[-3000:]
    outputs = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(outputs) == 1  # only the main process prints
    two = json.loads(outputs[0])
    records = [json.loads(line) for line in (Path(two["output"]) / "metrics.jsonl").read_text().splitlines()]
    assert {r["processes"] for r in records if r["kind"] == "train"} == {2}  # two processes did form a group

    def curve(output: Path) -> list[tuple]:
        lines = (output / "metrics.jsonl").read_text().splitlines()
        return [(r["stage"], r["step"], r["loss"], sorted(r["ids"]), r["lr"], r["examples"])
                for r in map(json.loads, lines) if r["kind"] == "train"]

    one_curve, two_curve = curve(single.output), curve(Path(two["output"]))
    assert len(one_curve) == len(two_curve) == 8
    for a, b in zip(one_curve, two_curve, strict=True):
        assert a[:2] == b[:2] and a[3:] == b[3:]  # same step, same examples, same rate, same batch
        assert b[2] == pytest.approx(a[2], rel=1e-4)
    for a, b in zip(single.to_dict()["stages"], two["stages"], strict=True):
        assert b["last_loss"] == pytest.approx(a["last_loss"], rel=1e-4)
    vals = [json.loads(line) for line in (Path(two["output"]) / "metrics.jsonl").read_text().splitlines()]
    assert [r["loss"] for r in vals if r["kind"] == "validation"] == pytest.approx(
        [json.loads(line)["loss"] for line in (single.output / "metrics.jsonl").read_text().splitlines()
         if json.loads(line)["kind"] == "validation"], rel=1e-4)
