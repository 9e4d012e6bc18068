"""The two encoder branches of WavLLM, batched without letting padding change any clip.

They take the tensors of :class:`~wavllm_agent.modeling.processing_wavllm.WavLLMProcessor`.

* Whisper: every clip's 30 s chunks run as one batch (each chunk is padded to 30 s anyway) and a
  clip's chunks are joined in time after the adapter. How much of each chunk's encoder output the
  adapter sees follows ``window_rule``:

  - ``"release"`` (default): what the released code computes. It stacks a clip's windows, cuts them
    all to the *longest* window's real frames (the first window of a clip over 30 s is full, so
    nothing is cut), runs the adapter's convolutions over them - the last window's padded tail
    included - and joins every window's full output; the fusion then cuts the joined sequence to
    the WavLM branch's length. A clip of at most 30 s is one window, cut to its real frames.
  - ``"trim"``: each window is cut to its own real frames before the adapter (zeros beyond), so no
    position ever sees the encoding of padding. Differs from the release at the last positions of
    clips over 30 s, which the released weights were not trained on.
* WavLM: clips of one length run together; different lengths never share a batch, because WavLM's
  convolutional front end normalises over time, so padding would change a clip's features.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from wavllm_agent.modeling.configuration_wavllm import LONG_AUDIO_WINDOWS as WINDOW_RULES
from wavllm_agent.modeling.processing_wavllm import window_encoder_frames
from wavllm_agent.modeling.whisper_kept import whisper_states

__all__ = ["WINDOW_RULES", "encode_wavlm", "encode_whisper", "pad_rows"]


def pad_rows(rows: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-pad ``[T_i, C]`` rows with zeros into ``[B, max T, C]``; return it with the lengths."""
    lengths = torch.tensor([row.shape[0] for row in rows], device=rows[0].device)
    return nn.utils.rnn.pad_sequence(list(rows), batch_first=True), lengths


def _dtype(module: nn.Module) -> torch.dtype:
    return next(module.parameters()).dtype


def encode_whisper(
    encoder: nn.Module,
    adapter: nn.Module,
    input_features: torch.Tensor,
    window_frames: torch.Tensor,
    window_owners: torch.Tensor,
    n_clips: int,
    *,
    dtype: torch.dtype,
    window_rule: str = "release",
) -> tuple[torch.Tensor, torch.Tensor]:
    """Semantic branch: positions ``[B, T, W]`` and lengths, one row per clip (``window_rule``: see above)."""
    if window_rule not in WINDOW_RULES:
        raise ValueError(f"window_rule must be one of {WINDOW_RULES}, got {window_rule!r}")
    device = next(adapter.parameters()).device
    owners = window_owners.to(device)
    frames = window_encoder_frames(window_frames.to(device), owners, n_clips, window_rule)
    with torch.no_grad():  # frozen; only the positions the adapter reads
        states = whisper_states(encoder, input_features.to(device, _dtype(encoder)), int(frames.max()))
    states = states.to(dtype)
    positions, lengths = adapter(states, frames)
    per_clip: list[list[torch.Tensor]] = [[] for _ in range(n_clips)]
    for chunk, owner in enumerate(owners.tolist()):
        per_clip[owner].append(positions[chunk, : int(lengths[chunk])])
    return pad_rows([torch.cat(parts, dim=0) for parts in per_clip])


def encode_wavlm(
    wavlm: nn.Module,
    layer_weights: nn.Module,
    adapter: nn.Module,
    input_values: torch.Tensor,
    lengths: torch.Tensor,
    *,
    dtype: torch.dtype,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Acoustic branch: positions ``[B, T, W]`` and lengths, one row per clip (``input_values`` right-padded)."""
    device = next(adapter.parameters()).device
    by_length: dict[int, list[int]] = {}
    for index, length in enumerate(lengths.tolist()):
        by_length.setdefault(int(length), []).append(index)
    frames: list[torch.Tensor] = [torch.empty(0)] * len(lengths)
    for length, indices in by_length.items():
        values = input_values[indices, :length].to(device, _dtype(wavlm))
        with torch.no_grad():  # frozen
            states = wavlm(values, output_hidden_states=True).hidden_states
        mixed = layer_weights([s.to(dtype) for s in states])
        for row, index in enumerate(indices):
            frames[index] = mixed[row]
    padded, frame_lengths = pad_rows(frames)
    return adapter(padded, frame_lengths)
