"""``wavllm convert`` from a user's shell, and the converted folder used by the ``wavllm`` engine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import speech
import torch
from test_wavllm_convert import WritesAFile
from wavllm_release_reference import build_release_state_dict


def wavllm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wavllm_agent", *args], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def final_pt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("release") / "final.pt"
    torch.save({"model": build_release_state_dict(), "args": None}, path)
    return path


def test_convert_then_run_every_task_on_the_converted_model(final_pt: Path, tmp_path: Path) -> None:
    missing = wavllm("convert", str(final_pt), str(tmp_path / "unsized"))
    assert missing.returncode == 2 and missing.stderr.startswith("error:") and "--llm-heads" in missing.stderr
    out = wavllm("convert", str(final_pt), str(tmp_path / "model"), "--tokenizer", "builtin:bytes",
                 "--llm-heads", "2", "--whisper-heads", "1", "--json")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["kind"] == "wavllm" and {"config.json", "model.safetensors", "frozen"} <= set(summary["files"])
    clip = str(speech.librivox()[4].path)
    model = ["--engine", "wavllm", "--model", str(tmp_path / "model"), "--json"]
    for task, key in (("er", "emotion"), ("sv", "same_speaker")):  # answers chosen among fixed options
        run = wavllm("run", task, clip, *model)
        assert run.returncode == 0, run.stderr
        data = json.loads(run.stdout)
        assert data["engine"] == "wavllm" and key in data
    # free generation: these random weights never emit the end token, so a small budget is hit
    run = wavllm("run", "asr", clip, *model, "--max-new-tokens", "5")
    assert run.returncode == 2 and run.stderr.startswith("error:") and "5 new tokens" in run.stderr


def test_convert_refuses_a_malicious_pickle_from_the_cli(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    torch.save({"model": {"w": torch.zeros(2)}, "cfg": WritesAFile(str(marker))}, tmp_path / "evil.pt")
    out = wavllm("convert", str(tmp_path / "evil.pt"), str(tmp_path / "out"))
    assert out.returncode == 2 and out.stderr.startswith("error:") and len(out.stderr.splitlines()) == 1
    assert not marker.exists() and not (tmp_path / "out" / "model.safetensors").exists()


def test_convert_a_ctranslate2_whisper_folder(tmp_path: Path) -> None:
    from wavllm_agent.assets.whisper import whisper_tiny_en_path

    out = wavllm("convert", str(whisper_tiny_en_path()), str(tmp_path / "enc"), "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["kind"] == "whisper-encoder"
    from transformers import WhisperConfig

    assert WhisperConfig.from_pretrained(tmp_path / "enc").d_model == 384


@pytest.mark.parametrize("args", [["/nonexistent/final.pt", "{out}"], ["{text}", "{out}"]])
def test_convert_bad_input_is_exit_2(args: list[str], tmp_path: Path) -> None:
    text = tmp_path / "notes.pt"
    text.write_text("not a checkpoint")
    out = wavllm("convert", *(a.format(out=tmp_path / "o", text=text) for a in args))
    assert out.returncode == 2 and out.stderr.startswith("error:"), out.stderr
