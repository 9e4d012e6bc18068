"""The user cache folder and build-once cached folders."""

from __future__ import annotations

import multiprocessing
import multiprocessing.synchronize
import time
from pathlib import Path

import pytest

from wavllm_agent.assets.cache import COMPLETE_MARKER, cache_root, cached_folder, is_built
from wavllm_agent.errors import ConfigError


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("WAVLLM_AGENT_CACHE", str(root))
    return root


def test_cache_root_prefers_explicit_variable_then_xdg_then_home(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAVLLM_AGENT_CACHE", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "explicit"
    monkeypatch.delenv("WAVLLM_AGENT_CACHE")
    assert cache_root() == tmp_path / "xdg" / "wavllm-agent"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_root() == tmp_path / "home" / ".cache" / "wavllm-agent"


def test_builds_once_and_reuses(cache: Path) -> None:
    calls: list[Path] = []

    def build(folder: Path) -> None:
        calls.append(folder)
        (folder / "data.txt").write_text("payload")

    first = cached_folder("thing-v1", build)
    second = cached_folder("thing-v1", build)
    assert first == second == cache / "thing-v1"
    assert len(calls) == 1
    assert calls[0] != first  # built elsewhere, then renamed into place
    assert (first / "data.txt").read_text() == "payload"
    assert is_built(first)
    assert [p.name for p in cache.iterdir() if p.name.startswith(".thing-v1.tmp")] == []


def test_failed_build_leaves_nothing_and_is_retried(cache: Path) -> None:
    def broken(folder: Path) -> None:
        (folder / "half.bin").write_bytes(b"12")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        cached_folder("model-v1", broken)
    assert not (cache / "model-v1").exists()
    assert [p for p in cache.iterdir() if ".tmp-" in p.name] == []

    result = cached_folder("model-v1", lambda f: (f / "ok").write_text("1"))
    assert (result / "ok").read_text() == "1"


def test_half_built_folder_is_not_trusted(cache: Path) -> None:
    # What a crash could leave: a folder at the final place without the marker, and a temp sibling.
    (cache / "model-v1").mkdir(parents=True)
    (cache / "model-v1" / "partial.bin").write_bytes(b"half")
    (cache / ".model-v1.tmp-123-abc").mkdir()

    result = cached_folder("model-v1", lambda f: (f / "full.bin").write_bytes(b"full"))
    assert sorted(p.name for p in result.iterdir()) == [COMPLETE_MARKER, "full.bin"]
    assert not (cache / ".model-v1.tmp-123-abc").exists()


@pytest.mark.parametrize("name", ["", "../escape", "a/b", ".hidden"])
def test_unsafe_names_are_refused(cache: Path, name: str) -> None:
    with pytest.raises(ConfigError):
        cached_folder(name, lambda f: None)


def _slow_build(folder: Path) -> None:
    # Runs in child processes: record every build in a shared log, take long enough to overlap.
    log = Path(folder).parent / "builds.log"
    with open(log, "a") as handle:
        handle.write(f"{folder.name}\n")
    time.sleep(0.5)
    (folder / "weights.bin").write_bytes(b"x" * 1000)


def _worker(root: str, start: multiprocessing.synchronize.Barrier, results: multiprocessing.Queue) -> None:
    import os

    os.environ["WAVLLM_AGENT_CACHE"] = root
    start.wait(timeout=60)  # all processes ask at the same moment
    path = cached_folder("shared-v1", _slow_build)
    results.put((str(path), (path / "weights.bin").stat().st_size))


def test_concurrent_processes_build_once(cache: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    start = ctx.Barrier(3)
    workers = [ctx.Process(target=_worker, args=(str(cache), start, results)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    seen = [results.get(timeout=5) for _ in workers]
    assert {path for path, _ in seen} == {str(cache / "shared-v1")}
    assert {size for _, size in seen} == {1000}  # nobody saw a half-written folder
    assert len((cache / "builds.log").read_text().splitlines()) == 1
