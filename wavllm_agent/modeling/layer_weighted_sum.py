"""Learned softmax-weighted sum of an encoder's hidden states (WavLM in WavLLM)."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn


class LayerWeightedSum(nn.Module):
    """``sum_i softmax(w)_i * h_i`` over the encoder's hidden states (embedding output + each layer).

    The weights start at ones, so the sum starts as the plain mean of the layers, as released.
    """

    def __init__(self, num_states: int) -> None:
        super().__init__()
        self.weights = nn.Parameter(torch.ones(num_states))

    def forward(self, hidden_states: Sequence[torch.Tensor]) -> torch.Tensor:
        if len(hidden_states) != self.weights.numel():
            raise ValueError(f"expected {self.weights.numel()} hidden states, got {len(hidden_states)}")
        norm = torch.softmax(self.weights.float(), dim=0)
        stacked = torch.stack(list(hidden_states), dim=0)
        return (stacked * norm.to(stacked.dtype).view(-1, 1, 1, 1)).sum(dim=0)
