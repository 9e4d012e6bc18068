"""The Whisper encoder's output at the positions WavLLM reads, without computing the rest.

Whisper encodes a whole 30 s window (1,500 positions) however short the clip; WavLLM then reads
only the first ``keep`` positions (the longest real window of the batch, see
:mod:`~wavllm_agent.modeling.audio_encoding`). Every layer but the last must still run over all
1,500 positions (each position attends to every other), but the last layer's output at a position
depends only on that position's query: its queries, feed-forward and final norm are needed at the
kept positions alone, and its keys and values still come from all 1,500. For a 5 s clip this skips
about five sixths of the last layer.

The result equals the full encoder's ``last_hidden_state[:, :keep]`` up to float rounding
(different matrix shapes; about 1e-7 relative, see ``tests/modeling/test_whisper_kept.py``). It
uses transformers' own modules (the last layer's attention in its key/value-states form), and the
full forward when it does not apply (training, or an encoder of another class).
"""

from __future__ import annotations

import torch
from torch import nn


def _applies(encoder: nn.Module) -> bool:
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    return isinstance(encoder, WhisperEncoder) and not encoder.training and len(encoder.layers) > 0


def _embedded(encoder: nn.Module, input_features: torch.Tensor) -> torch.Tensor:
    """The encoder's input to its first layer (convolutions and positions), as its forward computes it."""
    expected = encoder.config.max_source_positions * encoder.conv1.stride[0] * encoder.conv2.stride[0]
    if input_features.shape[-1] != expected:
        raise ValueError(f"Whisper expects {expected} mel frames, got {input_features.shape[-1]}")
    states = nn.functional.gelu(encoder.conv1(input_features))
    states = nn.functional.gelu(encoder.conv2(states)).permute(0, 2, 1)
    positions = torch.arange(encoder.embed_positions.num_embeddings, device=states.device)
    return states + encoder.embed_positions(positions)


def _last_layer_kept(layer: nn.Module, states: torch.Tensor, keep: int) -> torch.Tensor:
    """``layer(states)[:, :keep]``, computing queries, feed-forward and residuals at the kept positions only."""
    normed = layer.self_attn_layer_norm(states)
    attended, _ = layer.self_attn(hidden_states=normed[:, :keep], key_value_states=normed)
    out = states[:, :keep] + attended
    out = out + layer.fc2(layer.activation_fn(layer.fc1(layer.final_layer_norm(out))))
    if out.dtype == torch.float16:  # as WhisperEncoderLayer does
        limit = torch.finfo(out.dtype).max - 1000
        out = torch.clamp(out, min=-limit, max=limit)
    return out


def whisper_states(encoder: nn.Module, input_features: torch.Tensor, keep: int | None = None) -> torch.Tensor:
    """``encoder(input_features).last_hidden_state[:, :keep]``, skipping the last layer's unread positions.

    Args:
        encoder: a transformers ``WhisperEncoder`` (any other module runs its own forward).
        input_features: log-mel windows ``[N, mels, 3000]``.
        keep: how many leading positions are read (None: all).
    """
    if keep is None or not _applies(encoder) or keep >= encoder.config.max_source_positions:
        return encoder(input_features).last_hidden_state[:, :keep]
    states = _embedded(encoder, input_features)
    for layer in encoder.layers[:-1]:
        states = layer(states, None)
    return encoder.layer_norm(_last_layer_kept(encoder.layers[-1], states, keep))
