"""Fusion of the two encoder branches into the LLM's input width."""

from __future__ import annotations

import torch
from torch import nn

from wavllm_agent.modeling.modality_adapter import length_mask


class AudioFusion(nn.Module):
    """Cut both branches to the shorter one, concatenate features, project to the LLM width.

    ``proj`` is the release's ``wavlm_audio_proj`` (Linear(2 x branch width, LLM width)).
    """

    def __init__(self, branch_width: int, llm_width: int) -> None:
        super().__init__()
        self.proj = nn.Linear(2 * branch_width, llm_width)

    def forward(
        self,
        semantic: torch.Tensor,
        semantic_lengths: torch.Tensor,
        acoustic: torch.Tensor,
        acoustic_lengths: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Branches [B, T_i, W] and their lengths -> (fused [B, T, H], zero past each length; lengths)."""
        lengths = torch.minimum(semantic_lengths, acoustic_lengths)
        steps = int(lengths.max()) if lengths.numel() else 0
        fused = self.proj(torch.cat([semantic[:, :steps], acoustic[:, :steps]], dim=-1))
        mask = length_mask(lengths, steps).unsqueeze(-1)
        return fused * mask.to(fused.dtype), lengths
