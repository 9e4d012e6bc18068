"""Temporary files are cleaned up on every path: success, failure, and interruption."""

from __future__ import annotations

from pathlib import Path

import pytest

from wavllm_agent.assets.cache import cached_folder
from wavllm_agent.data.manifest import ManifestRow, write_jsonl
from wavllm_agent.errors import ManifestError


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


def test_cache_build_failure_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAVLLM_AGENT_CACHE", str(tmp_path))

    def explode(folder: Path) -> None:
        (folder / "half.bin").write_bytes(b"x" * 1000)
        raise KeyboardInterrupt  # an interruption mid-build, not only an exception

    with pytest.raises(KeyboardInterrupt):
        cached_folder("thing", explode)
    assert leftovers(tmp_path) == [] and not (tmp_path / "thing").exists()
    built = cached_folder("thing", lambda folder: (folder / "ok.bin").write_bytes(b"ok"))
    assert (built / "ok.bin").read_bytes() == b"ok" and leftovers(tmp_path) == []


def test_manifest_write_failure_leaves_nothing(tmp_path: Path) -> None:
    good = ManifestRow(id="a", audio=tmp_path / "a.wav", text="hello")
    bad = ManifestRow(id="b", audio=tmp_path / "b.wav", text="x", extra={"value": float("nan")})
    with pytest.raises(ManifestError):
        write_jsonl([good, bad], tmp_path / "out.jsonl")
    assert leftovers(tmp_path) == [] and not (tmp_path / "out.jsonl").exists()
    assert write_jsonl([good], tmp_path / "out.jsonl") == 1 and leftovers(tmp_path) == []


def test_eval_report_folder_has_no_temporary_files_after_a_run(tmp_path: Path, fake_engine: object) -> None:
    import speech

    from wavllm_agent.evaluation import evaluate

    manifest = tmp_path / "m.jsonl"
    write_jsonl([ManifestRow(id=str(i), audio=c.path, text=c.text) for i, c in enumerate(speech.librivox()[:2])],
                manifest)
    evaluate(manifest, task="asr", engine="fake", output=tmp_path / "report", plots=False)
    assert leftovers(tmp_path / "report") == []
