"""Model files load only through safe paths: every ``torch.load`` in the library passes
``weights_only=True``, nothing unpickles with the plain ``pickle`` module, and remote code is never
trusted. A source scan, so that adding an unsafe call anywhere fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(ROOT / "wavllm_agent").rglob("*.py"), *(ROOT / "plugins").rglob("*.py")])


def calls(path: Path) -> list[tuple[str, ast.Call]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Call):
            out.append((ast.unparse(node.func), node))
    return out


def keyword(call: ast.Call, name: str) -> object:
    for kw in call.keywords:
        if kw.arg == name:
            return ast.literal_eval(kw.value) if isinstance(kw.value, ast.Constant) else "<expr>"
    return None


def test_sources_were_found() -> None:
    assert len(SOURCES) > 50


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_unsafe_loading(path: Path) -> None:
    for name, call in calls(path):
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if name == "torch.load":
            assert keyword(call, "weights_only") is True, f"{where}: torch.load without weights_only=True"
        assert name not in ("pickle.load", "pickle.loads", "pickle.Unpickler", "dill.load", "joblib.load"), \
            f"{where}: {name} can run code from the file"
        assert keyword(call, "trust_remote_code") in (None, False), f"{where}: trust_remote_code turned on"


def test_weights_only_really_refuses_code(tmp_path: Path) -> None:
    """The protection the scan relies on: torch's weights-only unpickler runs no code."""
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (marker.write_text, ("pwned",))

    torch.save({"w": torch.zeros(1), "x": Evil()}, tmp_path / "evil.pt")
    with pytest.raises(Exception):  # noqa: B017 - torch raises UnpicklingError
        torch.load(tmp_path / "evil.pt", weights_only=True)
    assert not marker.exists()


def test_speaker_encoder_weights_refuse_a_malicious_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wavllm_agent.assets.speaker_encoder import load_speaker_encoder
    from wavllm_agent.errors import WavLLMError

    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (marker.write_text, ("pwned",))

    torch.save({"model_state": Evil()}, tmp_path / "pretrained.pt")
    with pytest.raises(WavLLMError):
        load_speaker_encoder(str(tmp_path / "pretrained.pt"))
    assert not marker.exists()
