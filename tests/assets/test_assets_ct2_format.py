"""The CTranslate2 model.bin reader, against files written by CTranslate2's own writer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from wavllm_agent.assets.ct2_format import (
    dequantize,
    read_ct2_header,
    read_ct2_index,
    read_ct2_variables,
)
from wavllm_agent.assets.resolve import resolve_model
from wavllm_agent.errors import CheckpointError


def _write_spec(out: Path, quantization: str | None, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Save a tiny model with ctranslate2's ModelSpec writer; return the float weights put in."""
    from ctranslate2.specs import common_spec, model_spec

    class TinySpec(model_spec.ModelSpec):
        def __init__(self) -> None:
            super().__init__()
            self.first = common_spec.LinearSpec()
            self.second = common_spec.LinearSpec()  # same weight: written as an alias
            self.norm = common_spec.LayerNormSpec()
            self.heads = np.dtype("int16").type(6)

        @property
        def name(self) -> str:
            return "TinySpec"

    weights = {
        "first/weight": rng.standard_normal((8, 5)).astype(np.float32),
        "first/bias": rng.standard_normal(8).astype(np.float32),
        "norm/gamma": rng.standard_normal(5).astype(np.float32),
        "norm/beta": rng.standard_normal(5).astype(np.float32),
    }
    spec = TinySpec()  # copies: ctranslate2's quantiser scales arrays in place
    spec.first.weight, spec.first.bias = weights["first/weight"].copy(), weights["first/bias"].copy()
    spec.second.weight = weights["first/weight"].copy()
    spec.norm.gamma, spec.norm.beta = weights["norm/gamma"].copy(), weights["norm/beta"].copy()
    spec.validate()
    spec.optimize(quantization=quantization)
    out.mkdir()
    spec.save(str(out))
    return weights


@pytest.mark.parametrize(("quantization", "stored", "tolerance"), [
    ("float32", "float32", 0.0),
    ("float16", "float16", 2e-3),
    ("bfloat16", "bfloat16", 1.6e-2),
    ("int8", "int8", None),  # per-row scale: error at most half a step
    ("int16", "int16", None),
])
def test_reads_what_ctranslate2_writes(tmp_path: Path, quantization: str, stored: str,
                                       tolerance: float | None) -> None:
    rng = np.random.default_rng(0)
    weights = _write_spec(tmp_path / "m", quantization, rng)
    index = read_ct2_index(tmp_path / "m")
    assert index.header.spec_name == "TinySpec" and index.header.binary_version == 6
    assert index.variables["first/weight"].dtype == stored
    assert index.aliases == {"second/weight": "first/weight"}

    values = read_ct2_variables(tmp_path / "m")
    assert int(values["heads"]) == 6 and values["heads"].shape == ()
    for name in ("first/weight", "second/weight"):  # the alias reads as its target
        got = dequantize(values, name)
        expected = weights["first/weight"]
        if tolerance is None:
            step = np.abs(expected).max(axis=1, keepdims=True) / (127 if stored == "int8" else 2**10)
            bound = step if stored == "int8" else np.abs(expected).max() / 2**10
            assert np.all(np.abs(got - expected) <= bound * 0.5 + 1e-6)
        else:
            np.testing.assert_allclose(got, expected, rtol=tolerance, atol=tolerance)
    # layer-norm parameters are never quantised
    np.testing.assert_allclose(dequantize(values, "norm/gamma"), weights["norm/gamma"],
                               rtol=1.6e-2 if stored == "bfloat16" else 2e-3)


def test_include_filter_skips_unwanted_tensors(tmp_path: Path) -> None:
    _write_spec(tmp_path / "m", "float32", np.random.default_rng(1))
    only = read_ct2_variables(tmp_path / "m", include=lambda n: n.startswith("norm/"))
    assert set(only) == {"norm/gamma", "norm/beta"}


def test_real_whisper_tiny_en_index() -> None:
    folder = resolve_model("whisper-tiny.en", kind="whisper")
    index = read_ct2_index(folder)
    assert index.header.spec_name == "WhisperSpec"
    assert index.shape("encoder/conv1/weight") == (384, 80, 3)
    assert index.variables["encoder/conv1/weight"].dtype == "float16"
    assert index.shape("decoder/projection/weight") == (51864, 384)  # an alias of the embeddings


def test_not_a_model_and_truncated_files_are_checkpoint_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x07\x00\x00\x00garbage")
    with pytest.raises(CheckpointError, match="binary version 7"):
        read_ct2_header(junk)
    _write_spec(tmp_path / "m", "float32", np.random.default_rng(2))
    data = (tmp_path / "m" / "model.bin").read_bytes()
    cut = tmp_path / "cut.bin"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CheckpointError, match="truncated"):
        read_ct2_index(cut)
    with pytest.raises(CheckpointError, match="does not exist"):
        read_ct2_index(tmp_path / "missing")
