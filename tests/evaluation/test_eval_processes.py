"""Evaluation across processes: a run killed with SIGKILL resumes without losing or repeating a
finished row, and ``accelerate launch`` with two processes gives the figures of one process.
Both use the scripted FAKE engine in subprocesses (``evalfakes.py``), configured by environment."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import speech
from evalfakes import asr_manifest

from wavllm_agent.data import ManifestRow, read_manifest, write_jsonl

EVALFAKES = Path(__file__).with_name("evalfakes.py")
ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, *, delay: float = 0.0, log: Path | None = None) -> dict[str, str]:
    clips = speech.librivox()
    script = tmp_path / "script.json"
    # Two clips recognised exactly, the rest answered with the fake's default sentence.
    script.write_text(json.dumps({"transcripts": {c.path.name: c.text for c in clips[:2]}}))
    env = {**os.environ, "EVAL_FAKE_SCRIPT": str(script), "EVAL_FAKE_DELAY": str(delay),
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "plugins"), os.environ.get("PYTHONPATH", "")])}
    if log is not None:
        env["EVAL_FAKE_LOG"] = str(log)
    return env


def _long_manifest(tmp_path: Path, copies: int = 2) -> Path:
    """The five LibriVox rows repeated (ids made unique): enough rows to stop in the middle."""
    base, _ = asr_manifest(tmp_path)
    rows = read_manifest(base)
    many = [ManifestRow(id=f"{row.id}-{n}", audio=row.audio, text=row.text, extra=row.extra)
            for n in range(copies) for row in rows]
    path = tmp_path / "long.jsonl"
    write_jsonl(many, path)
    return path


def _eval(manifest: Path, report: Path, env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, str(EVALFAKES), "cli", "eval", str(manifest), "--engine", "fake",
                           "--json", "--no-plots", "--report", str(report)],
                          capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _lines(path: Path) -> list[str]:
    return path.read_text().splitlines() if path.exists() else []


def test_sigkill_mid_run_then_resume_loses_and_repeats_no_finished_row(tmp_path: Path) -> None:
    manifest = _long_manifest(tmp_path)
    clean = _eval(manifest, tmp_path / "clean", _env(tmp_path))
    log = tmp_path / "calls.log"
    env = _env(tmp_path, delay=0.4, log=log)
    report = tmp_path / "killed"
    predictions = report / "predictions.jsonl"
    proc = subprocess.Popen([sys.executable, str(EVALFAKES), "cli", "eval", str(manifest), "--engine", "fake",
                             "--json", "--no-plots", "--report", str(report)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 120
        while len(_lines(predictions)) < 4 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    finished = [json.loads(line)["id"] for line in _lines(predictions) if line.endswith("}")]
    assert 4 <= len(finished) < 10
    resumed = _eval(manifest, report, env)
    assert resumed["metrics"] == clean["metrics"] and resumed["n"] == clean["n"] == 10
    assert resumed["resumed"] == len(finished)
    # Each row ran once, except at most the one in flight when the kill came.
    calls = Counter(line.split("\t")[2] for line in log.read_text().splitlines())
    assert sum(calls.values()) - 10 <= 1
    records = [json.loads(line) for line in _lines(predictions)]
    assert [r["index"] for r in records] == list(range(10))


@pytest.mark.skipif(shutil.which("accelerate", path=str(Path(sys.executable).parent)) is None,
                    reason="accelerate's launcher is not installed beside this Python")
def test_accelerate_two_processes_merge_to_the_single_process_figures(tmp_path: Path) -> None:
    manifest = _long_manifest(tmp_path)
    single = _eval(manifest, tmp_path / "single", _env(tmp_path))
    log = tmp_path / "calls.log"
    launcher = str(Path(sys.executable).parent / "accelerate")
    # --multi_gpu: torchrun starts the processes; with --device cpu they group over gloo on CPU.
    done = subprocess.run([launcher, "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1",
                           "--mixed_precision", "no", "--dynamo_backend", "no", str(EVALFAKES), "shard",
                           str(manifest), "--engine", "fake", "--device", "cpu", "--json", "--no-plots",
                           "--report", str(tmp_path / "sharded")],
                          capture_output=True, text=True, timeout=300, env=_env(tmp_path, log=log))
    assert done.returncode == 0, done.stderr
    outputs = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(outputs) == 1  # only the main process prints
    sharded = json.loads(outputs[0])
    assert sharded["metrics"] == single["metrics"] and sharded["n"] == single["n"] == 10
    by_process = Counter(line.split("\t")[0] for line in log.read_text().splitlines())
    assert len(by_process) == 2 and sorted(by_process.values()) == [5, 5]  # every other row each
    folder = tmp_path / "sharded"
    assert not list(folder.glob("predictions.shard-*"))  # merged and removed
    records = [json.loads(line) for line in _lines(folder / "predictions.jsonl")]
    assert [r["index"] for r in records] == list(range(10))
