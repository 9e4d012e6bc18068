"""``wavllm data synth`` and ``wavllm train``: JSON on stdout only, the error contract, espeak-ng missing."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import soundfile
from training_support import subprocess_env, tiny_recipe, wavllm, write_recipe

from wavllm_agent.data import read_manifest
from wavllm_agent.errors import UsageError


def test_data_synth_writes_manifests_and_16k_audio(tmp_path: Path) -> None:
    done = subprocess.run(wavllm("data", "synth", str(tmp_path / "set"), "--tasks", "asr,sv", "--n", "3",
                                 "--validation", "1", "--json"), capture_output=True, text=True, timeout=120,
                          env=subprocess_env())
    if done.returncode == 2 and "espeak-ng is not installed" in done.stderr:
        pytest.skip("espeak-ng is needed (bash scripts/setup.sh --dev)")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)  # exactly one JSON object on stdout
    assert result["rows"] == {"asr": 3, "sv": 3} and result["validation_rows"] == 2
    assert set(result["manifests"]) == {"asr", "sv", "validation"}
    sv = read_manifest(result["manifests"]["sv"])
    assert [row.label for row in sv] == [True, False, True] and all(row.audio2 for row in sv)
    for row in sv:  # a "different speakers" pair uses two voices, a "same" pair one
        voices = row.extra["voices"]
        assert (voices[0] == voices[1]) is row.label
    info = soundfile.info(str(sv[0].audio))
    assert info.samplerate == 16000 and info.channels == 1
    assert abs(info.duration - sv[0].extra["duration"]) < 0.01
    validation = read_manifest(result["manifests"]["validation"])
    assert all(row.prompt for row in validation)  # fixed instructions, as eval rows
    train_texts = {row.text for row in read_manifest(result["manifests"]["asr"])}
    assert not train_texts & {row.text for row in validation if row.extra["task"] == "asr"}  # held out


def test_synth_without_espeak_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import wavllm_agent.training.synth as synth

    monkeypatch.setattr(synth.shutil, "which", lambda name: None)
    with pytest.raises(UsageError) as caught:
        synth.synthesize(tmp_path, n=1)
    assert "espeak-ng" in caught.value.message and "apt-get install espeak-ng" in (caught.value.hint or "")


def test_train_prints_one_json_object(synth_dir: Path, tmp_path: Path) -> None:
    recipe = tiny_recipe(synth_dir, tmp_path / "out", steps=5, lr=0.02)
    recipe["data"]["validation"] = None
    path = write_recipe(recipe, tmp_path / "recipe.yaml")
    done = subprocess.run(wavllm("train", str(path), "--max-steps", "2", "--output", str(tmp_path / "cli"),
                                 "--json"), capture_output=True, text=True, timeout=300, env=subprocess_env())
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["output"] == str(tmp_path / "cli")
    assert [(s["name"], s["steps"]) for s in result["stages"]] == [("single", 2), ("multi", 2)]
    assert all(s["first_loss"] > 0 and s["last_loss"] > 0 for s in result["stages"])
    assert not (tmp_path / "out").exists()  # --output replaced the recipe's folder
    # The same folder with another step cap is another recipe: refused unless --restart.
    again = subprocess.run(wavllm("train", str(path), "--max-steps", "3", "--output", str(tmp_path / "cli"),
                                  "--json"), capture_output=True, text=True, timeout=300, env=subprocess_env())
    assert again.returncode == 2 and again.stdout == ""
    assert again.stderr.startswith("error:") and "--restart" in again.stderr


def test_a_bad_recipe_exits_2_with_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("data: {train: [{manifest: a.jsonl}]}\nstages: [{name: s, steps: 2, lr: 0.1, lr_decay: 3}]\n")
    done = subprocess.run(wavllm("train", str(path), "--json"), capture_output=True, text=True, timeout=120,
                          env=subprocess_env())
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "stages.0.lr_decay: unknown field" in lines[0]


def test_synth_rows_are_chosen_by_what_tasks_declare(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import wavllm_agent.training.synth as synth
    from wavllm_agent.registry import get_registry
    from wavllm_agent.tasks.multistep import MULTI_STEP

    tasks = get_registry().tasks
    assert synth.synth_tasks(tasks) == ("asr", "sv", "sqa", MULTI_STEP)
    assert synth.SYNTH_TASKS == synth.synth_tasks()
    renamed = {"speech-to-text" if name == "asr" else name: task for name, task in tasks.items()}
    assert synth.synth_tasks(renamed)[0] == "speech-to-text"
    assert synth.synth_tasks({"sqa": tasks["sqa"]}) == ("sqa", MULTI_STEP)
    made: list[str] = []
    monkeypatch.setattr(synth, "espeak_path", lambda: "espeak-ng")
    monkeypatch.setattr(synth, "_multi", lambda *a: made.append(MULTI_STEP) or [])
    monkeypatch.setattr(synth, "_transcripts", lambda task, *a: made.append(task) or [])
    result = synth.synthesize(tmp_path, tasks=["multi", "asr"], n=1, validation=0)  # the old spelling
    assert made == [MULTI_STEP, "asr"] and set(result.manifests) == {MULTI_STEP, "asr"}
    with pytest.raises(UsageError, match="cannot synthesise"):
        synth.synthesize(tmp_path, tasks=["summarize"], n=1)
