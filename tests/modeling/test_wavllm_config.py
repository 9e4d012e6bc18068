"""WavLLMConfig, presets, and parameter counts of the released 7B architecture on the meta device."""

from __future__ import annotations

import pytest
import torch

from wavllm_agent.errors import ConfigError
from wavllm_agent.modeling import WavLLMConfig, WavLLMForConditionalGeneration


def _expected_7b_trainable() -> dict[str, int]:
    """The release's trainable sizes, written out from the architecture notes."""
    conv = lambda c_in, c_out: c_in * c_out * 3 + c_out  # noqa: E731
    linear = lambda i, o: i * o + o  # noqa: E731
    bottleneck = linear(1024, 512) + linear(512, 1024) + 2 * 1024
    whisper = conv(1280, 1280) + conv(640, 2048) + bottleneck + linear(1024, 2048)
    wavlm = conv(768, 512) + conv(256, 2048) + bottleneck + linear(1024, 2048) + 13
    return {
        "adapters": whisper + wavlm,
        "fusion": linear(4096, 4096) + linear(2048, 4096),  # + the release's unused audio_proj
        "lora": 32 * 4 * (4096 * 32 + 32 * 4096),
        "prompt_adapter": linear(4096, 1024) + linear(1024, 4096) + linear(4096, 1),
    }


def test_wavllm_7b_parameter_counts_on_meta_device() -> None:
    config = WavLLMConfig.from_preset("wavllm-7b")
    with torch.device("meta"):
        model = WavLLMForConditionalGeneration(config)
    counts = model.parameter_counts()
    print("\nwavllm-7b parameters:", ", ".join(f"{k}={v:,}" for k, v in counts.items()))
    # Nothing materialised but WavLM's 768-value mask embedding (a legacy tensor constructor ignores meta).
    assert sum(p.numel() for p in model.parameters() if not p.is_meta) <= 768
    assert 7.5e9 < counts["total"] < 7.7e9
    assert counts["llm"] == 6_738_415_616  # LLaMA-2-7B
    assert 630e6 < counts["whisper_encoder"] < 640e6  # Whisper-large-v2's encoder
    assert 94e6 < counts["wavlm"] < 95e6  # WavLM-base
    expected = _expected_7b_trainable()
    for group, value in expected.items():
        assert counts[group] == value, group
    assert counts["trainable"] == sum(expected.values())
    assert (
        counts["total"] == counts["whisper_encoder"] + counts["wavlm"] + counts["llm"] + counts["trainable"]
    )
    requires_grad = sum(p.numel() for p in model.parameters() if p.requires_grad)
    assert requires_grad == counts["trainable"] - (2048 * 4096 + 4096)  # all but the unused audio_proj


def test_7b_preset_matches_the_release() -> None:
    config = WavLLMConfig.from_preset("wavllm-7b")
    assert (config.whisper_config.d_model, config.whisper_config.encoder_layers) == (1280, 32)
    assert (config.wavlm_config.hidden_size, config.wavlm_config.num_hidden_layers) == (768, 12)
    llm = config.llm_config
    assert (llm.hidden_size, llm.num_hidden_layers, llm.num_attention_heads, llm.num_key_value_heads) == (
        4096,
        32,
        32,
        32,
    )
    assert (config.lora_r, config.lora_alpha, config.lora_dropout) == (32, 32, 0.1)
    assert not config.is_grouped_query
    assert config.llm_source == "meta-llama/Llama-2-7b-chat-hf"


def test_tiny_preset_uses_grouped_query_smollm2_and_tiny_en() -> None:
    config = WavLLMConfig.from_preset("tiny")
    assert config.is_grouped_query and config.llm_kv_width == 192 and config.llm_hidden_size == 576
    assert config.whisper_source.startswith("ct2:") and config.wavlm_source is None
    # Adapter sizes follow the release's ratios to the LLM width (see presets.py).
    assert config.projector_width * 2 == 576 and config.adapter_width == 576 // 4
    with torch.device("meta"):
        model = WavLLMForConditionalGeneration(config)
    assert model.prompt_adapter.scale_fc_2_kv.out_features == 192


def test_tiny_random_builds_without_files(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_open = builtins.open

    def no_model_files(file, *args, **kwargs):  # a build that read weights would fail here
        if str(file).endswith((".safetensors", ".bin", ".gguf", ".pt")):
            raise AssertionError(f"tiny-random read {file}")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_model_files)
    model = WavLLMForConditionalGeneration.from_pretrained("tiny-random")
    again = WavLLMForConditionalGeneration.from_pretrained("tiny-random")
    # Seeded: the same preset twice gives the same weights (saved models can hold trainable parts only).
    for (name, a), b in zip(model.state_dict().items(), again.state_dict().values(), strict=True):
        assert torch.equal(a, b), name


def test_config_round_trips_through_json(tmp_path) -> None:
    config = WavLLMConfig.from_preset("tiny", lora_r=6, llm_config={"num_key_value_heads": 9})
    config.save_pretrained(tmp_path)
    loaded = WavLLMConfig.from_pretrained(tmp_path)
    assert loaded.lora_r == 6 and loaded.llm_config.num_key_value_heads == 9
    assert loaded.llm_config.hidden_size == 576 and not loaded.is_grouped_query
    assert loaded.lora_target_modules == ["q_proj", "k_proj", "v_proj", "o_proj"]
    assert loaded.whisper_source == config.whisper_source


@pytest.mark.parametrize(
    "overrides",
    [
        {"prompt_format": "alpaca"},
        {"lora_scale_mode": "dynamic"},
        {"lora_target_modules": ["q_proj", "gate_proj"]},
        {"lora_r": 0},
        {"whisper_conv_channels": 33},
        {"lora_dropout": 1.5},
    ],
)
def test_invalid_configs_raise_config_error(overrides: dict) -> None:
    with pytest.raises(ConfigError):
        WavLLMConfig.from_preset("tiny-random", **overrides)


def test_unknown_preset_names_the_presets() -> None:
    with pytest.raises(ConfigError) as info:
        WavLLMConfig.from_preset("wavllm-13b")
    assert "tiny-random" in info.value.hint
