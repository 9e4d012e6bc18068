"""Assemble the LLM input of a batch: text embeddings with the audio spliced in, masks, labels.

Each row is ``prefix ids + audio positions + suffix ids (+ target ids)``. Rows are padded on the
left for generation (new tokens then follow every row's last real position) and on the right for
training. Position ids count real positions only, so a row gets the same positions, the same
attention and hence the same outputs whatever the padding around it. Labels are -100 everywhere but
on the target tokens (the model's loss shifts them by one position itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
from torch import nn

from wavllm_agent.modeling.prompt_layout import PromptPieces

IGNORE_INDEX = -100


@dataclass
class AssembledInputs:
    """What the LLM receives for one batch."""

    inputs_embeds: torch.Tensor  # [B, L, H]
    attention_mask: torch.Tensor  # [B, L] long, 1 = real
    position_ids: torch.Tensor  # [B, L]
    labels: torch.Tensor | None  # [B, L], IGNORE_INDEX outside the targets


def assemble_inputs(
    pieces: Sequence[PromptPieces],
    audio: torch.Tensor,
    audio_mask: torch.Tensor,
    embed_tokens: nn.Module,
    *,
    pad_id: int,
    padding_side: str,
    with_labels: bool,
) -> AssembledInputs:
    """Splice each row's real audio positions (``audio[b][audio_mask[b]]``) between its prefix and suffix."""
    if padding_side not in ("left", "right"):
        raise ValueError(f"padding_side must be 'left' or 'right', got {padding_side!r}")
    audio_lengths = audio_mask.sum(dim=1).tolist()
    rows, audio_rows, label_rows = [], [], []
    for piece, n_audio in zip(pieces, audio_lengths, strict=True):
        ids = piece.prefix + [pad_id] * n_audio + piece.suffix + piece.target
        is_audio = (
            [False] * len(piece.prefix)
            + [True] * n_audio
            + [False] * (len(ids) - len(piece.prefix) - n_audio)
        )
        labels = [IGNORE_INDEX] * (len(ids) - len(piece.target)) + piece.target
        rows.append(ids)
        audio_rows.append(is_audio)
        label_rows.append(labels)
    width = max(len(row) for row in rows)
    device = audio.device

    def pad(values: list, fill: object) -> list:
        gap = [fill] * (width - len(values))
        return gap + values if padding_side == "left" else values + gap

    input_ids = torch.tensor([pad(r, pad_id) for r in rows], dtype=torch.long, device=device)
    attention = torch.tensor([pad([1] * len(r), 0) for r in rows], dtype=torch.long, device=device)
    audio_slots = torch.tensor([pad(a, False) for a in audio_rows], dtype=torch.bool, device=device)
    embeds = embed_tokens(input_ids)
    real_audio = audio[audio_mask].to(embeds.dtype)  # row-major, matching the slots' order
    embeds = embeds.masked_scatter(audio_slots.unsqueeze(-1), real_audio)
    positions = (attention.cumsum(dim=1) - 1).clamp(min=0)
    labels = None
    if with_labels:
        labels = torch.tensor([pad(lr, IGNORE_INDEX) for lr in label_rows], dtype=torch.long, device=device)
    return AssembledInputs(
        inputs_embeds=embeds, attention_mask=attention, position_ids=positions, labels=labels
    )
