"""``wavllm eval`` scores a plugin's task by what the task declares, with no change to the core.

Runs on the scripted FAKE engine and a FAKE task (plumbing only, never accuracy)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import speech
from click.testing import CliRunner
from evalfakes import ScriptedEngine
from taskfakes import FAKE_TASK, register_fake_tasks

from wavllm_agent.cli import cli
from wavllm_agent.data import ManifestRow, write_jsonl
from wavllm_agent.errors import UnknownTaskError, UsageError
from wavllm_agent.evaluation.jobs import plan_jobs
from wavllm_agent.tasks.traits import PlanningTraits

Make = Callable[..., ScriptedEngine]


def _manifest(folder: Path, **extra: object) -> tuple[Path, list[ManifestRow]]:
    clips = speech.librivox()[:4]
    labels = ["loud", "quiet", "quiet", "loud"]
    rows = [ManifestRow(id=str(i), audio=clip.path, text=label, extra=dict(extra))
            for i, (clip, label) in enumerate(zip(clips, labels, strict=True))]
    path = folder / "loudness.jsonl"
    write_jsonl(rows, path)
    return path, rows


def test_wavllm_eval_scores_a_plugin_task_by_its_declared_metric(tmp_path: Path, scripted: Make) -> None:
    register_fake_tasks()
    manifest, rows = _manifest(tmp_path, task=FAKE_TASK)
    clips = speech.librivox()[:4]
    # Rows 0 and 1 are heard right ("loud!", the default "quiet"), rows 2 and 3 wrong.
    scripted({clips[0].path.name: "loud!", clips[2].path.name: "loud!"})
    result = CliRunner().invoke(cli, ["eval", str(manifest), "--engine", "fake", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["task"], data["n"]) == (FAKE_TASK, 4)
    assert data["metrics"]["accuracy"] == pytest.approx(50.0)


def test_forced_plugin_task_and_one_without_metrics(tmp_path: Path, clean_plugins: None) -> None:
    register_fake_tasks()
    _, rows = _manifest(tmp_path)
    assert plan_jobs(rows, task=FAKE_TASK.upper()).task == FAKE_TASK
    with pytest.raises(UnknownTaskError, match="'fake_untrained' has no evaluation metrics") as caught:
        plan_jobs(rows, task="fake_untrained")
    assert FAKE_TASK in (caught.value.hint or "")


def test_rows_without_instruction_go_to_the_declared_pair_and_question_tasks(
    tmp_path: Path, clean_plugins: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wavllm_agent.registry import get_registry

    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF")
    pair = ManifestRow(id="p", audio=audio, audio2=audio, text="x", label=True)
    asked = ManifestRow(id="q", audio=audio, text="x", question="Who speaks?")
    assert (plan_jobs([pair]).task, plan_jobs([asked]).task) == ("sv", "sqa")
    # The same rows, with no task declaring those parts: nothing is assumed by name.
    tasks = get_registry().tasks
    monkeypatch.setattr(type(tasks["sv"]), "audio_inputs", 1)
    with pytest.raises(UsageError, match="no registered task compares two recordings"):
        plan_jobs([pair])
    monkeypatch.setattr(type(tasks["sqa"]), "planning", PlanningTraits())
    with pytest.raises(UsageError, match="no registered task answers questions"):
        plan_jobs([asked])
