"""CTranslate2 Whisper -> transformers WhisperEncoder: sizes, and parity on real speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import speech

from wavllm_agent.assets.ct2_whisper import (
    convert_ct2_whisper_encoder,
    load_whisper_encoder_from_ct2,
    whisper_config_from_ct2,
)
from wavllm_agent.assets.resolve import resolve_model
from wavllm_agent.errors import CheckpointError

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def test_config_is_derived_from_the_tensors() -> None:
    tiny = whisper_config_from_ct2(resolve_model("whisper-tiny.en", kind="whisper"))
    assert (tiny.d_model, tiny.encoder_layers, tiny.encoder_attention_heads, tiny.num_mel_bins) == (384, 4, 6, 80)
    assert (tiny.encoder_ffn_dim, tiny.max_source_positions, tiny.vocab_size) == (1536, 1500, 51864)
    assert tiny.decoder_start_token_id == 50257  # English-only vocabulary


def test_a_non_whisper_model_is_refused(tmp_path: Path) -> None:
    from ctranslate2.specs import common_spec, model_spec

    class OtherSpec(model_spec.ModelSpec):
        def __init__(self) -> None:
            super().__init__()
            self.norm = common_spec.LayerNormSpec()

        @property
        def name(self) -> str:
            return "OtherSpec"

    spec = OtherSpec()
    spec.norm.gamma, spec.norm.beta = np.ones(4, np.float32), np.zeros(4, np.float32)
    spec.validate()
    spec.save(str(tmp_path))
    with pytest.raises(CheckpointError, match="not a Whisper model"):
        whisper_config_from_ct2(tmp_path)


def _features(n_mels: int) -> np.ndarray:
    import soundfile as sf
    from transformers import WhisperFeatureExtractor

    wav, rate = sf.read(str(speech.librivox()[0].path), dtype="float32")
    assert rate == 16_000
    extractor = WhisperFeatureExtractor(feature_size=n_mels)
    return extractor(wav, sampling_rate=16_000, return_tensors="np").input_features.astype(np.float32)


def _ct2_encode(path: Path, features: np.ndarray) -> np.ndarray:
    import ctranslate2

    model = ctranslate2.models.Whisper(str(path), device="cpu", compute_type="float32", intra_threads=1)
    return np.array(model.encode(ctranslate2.StorageView.from_array(features), to_cpu=True))


@pytest.mark.slow
@pytest.mark.parametrize(("name", "d_model", "max_abs"), [
    # fp16 weights widened to fp32 on both sides; observed max |diff| 2.6e-5 (tiny.en), 7.2e-4 (base)
    ("whisper-tiny.en", 384, 1e-3),
    ("whisper-base", 512, 3e-3),
])
def test_encoder_matches_ctranslate2_on_real_speech(name: str, d_model: int, max_abs: float) -> None:
    import torch

    path = resolve_model(name, kind="whisper")
    encoder, config = load_whisper_encoder_from_ct2(path)
    assert config.d_model == d_model
    assert not encoder.training and all(p.dtype == torch.float32 for p in encoder.parameters())
    features = _features(config.num_mel_bins)
    expected = _ct2_encode(path, features)
    with torch.no_grad():
        got = encoder(torch.from_numpy(features)).last_hidden_state.numpy()
    assert got.shape == expected.shape == (1, 1500, d_model)
    assert np.abs(got - expected).max() < max_abs
    assert np.linalg.norm(got - expected) / np.linalg.norm(expected) < 1e-4


@pytest.mark.slow
def test_converted_folder_loads_with_from_pretrained(tmp_path: Path) -> None:
    import torch
    from transformers import WhisperFeatureExtractor
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    path = resolve_model("whisper-tiny.en", kind="whisper")
    out = convert_ct2_whisper_encoder("whisper-tiny.en", tmp_path / "hf")  # a known name works too
    assert (out / "model.safetensors").is_file() and (out / "config.json").is_file()
    assert WhisperFeatureExtractor.from_pretrained(str(out)).feature_size == 80
    reloaded = WhisperEncoder.from_pretrained(str(out)).eval()
    direct, _ = load_whisper_encoder_from_ct2(path)
    features = torch.from_numpy(_features(80))
    with torch.no_grad():
        a = reloaded(features).last_hidden_state
        b = direct(features).last_hidden_state
    assert torch.equal(a, b)
