"""The two encoder branches of WavLLM, batched without letting padding change any clip.

* Whisper: every clip's 30 s chunks run as one batch (each chunk is padded to 30 s anyway); each
  chunk's encoder output is trimmed to its real frames before its adapter, and a clip's chunks are
  joined in time.
* WavLM: clips of one length run together; different lengths never share a batch, because WavLM's
  convolutional front end normalises over time, so padding would change a clip's features.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
from torch import nn

from wavllm_agent.modeling.audio_frontend import AudioFrontend
from wavllm_agent.modeling.modality_adapter import conv_output_lengths


def pad_rows(rows: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-pad ``[T_i, C]`` rows with zeros into ``[B, max T, C]``; return it with the lengths."""
    lengths = torch.tensor([row.shape[0] for row in rows], device=rows[0].device)
    return nn.utils.rnn.pad_sequence(list(rows), batch_first=True), lengths


def _dtype(module: nn.Module) -> torch.dtype:
    return next(module.parameters()).dtype


def encode_whisper(
    encoder: nn.Module,
    adapter: nn.Module,
    frontend: AudioFrontend,
    clips: list[np.ndarray],
    *,
    dtype: torch.dtype,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Semantic branch: positions ``[B, T, W]`` and lengths, one row per clip."""
    device = next(adapter.parameters()).device
    chunks = frontend.whisper_chunks(clips)
    with torch.no_grad():  # frozen
        states = encoder(chunks.features.to(device, _dtype(encoder))).last_hidden_state
    # Trim to the real audio of each chunk (never the padding of its 30 s window).
    frames = conv_output_lengths(chunks.frames.to(device), 1)
    states = states[:, : int(frames.max())].to(dtype)
    positions, lengths = adapter(states, frames)
    per_clip: list[list[torch.Tensor]] = [[] for _ in clips]
    for chunk, owner in enumerate(chunks.owners):
        per_clip[owner].append(positions[chunk, : int(lengths[chunk])])
    return pad_rows([torch.cat(parts, dim=0) for parts in per_clip])


def encode_wavlm(
    wavlm: nn.Module,
    layer_weights: nn.Module,
    adapter: nn.Module,
    frontend: AudioFrontend,
    clips: list[np.ndarray],
    *,
    dtype: torch.dtype,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Acoustic branch: positions ``[B, T, W]`` and lengths, one row per clip."""
    device = next(adapter.parameters()).device
    by_length: dict[int, list[int]] = {}
    for index, clip in enumerate(clips):
        by_length.setdefault(len(clip), []).append(index)
    frames: list[torch.Tensor] = [torch.empty(0)] * len(clips)
    for indices in by_length.values():
        values = torch.cat([frontend.wavlm_input(clips[i]) for i in indices]).to(device, _dtype(wavlm))
        with torch.no_grad():  # frozen
            states = wavlm(values, output_hidden_states=True).hidden_states
        mixed = layer_weights([s.to(dtype) for s in states])
        for row, index in enumerate(indices):
            frames[index] = mixed[row]
    padded, lengths = pad_rows(frames)
    return adapter(padded, lengths)
