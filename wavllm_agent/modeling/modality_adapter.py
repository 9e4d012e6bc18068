"""The modality adapter: encoder frames (20 ms) -> LLM-ready audio positions (80 ms).

One adapter per encoder, same design as the release:

1. :class:`Conv1dSubsampler` - two ``Conv1d(kernel 3, stride 2, padding 1)``, each followed by a GLU
   over channels; every conv maps a length ``L`` to ``floor((L - 1) / 2 + 1)``, so 20 ms frames become
   80 ms positions (12.5 per second).
2. :class:`Bottleneck` - ``x + LayerNorm(up(gelu(down(x))))`` (the norm sits inside the residual).
3. ``projector`` - a Linear to the branch's output width.

Batches carry a length per row. After each conv the positions past a row's length are set to zero,
so the next conv sees exactly the zero padding it would see for that row alone: padding a batch
never changes a row's output.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F


def conv_output_lengths(lengths: torch.Tensor, n_layers: int = 2) -> torch.Tensor:
    """Lengths after ``n_layers`` stride-2 convs: ``floor((L - 1) / 2 + 1)`` each."""
    for _ in range(n_layers):
        lengths = torch.div(lengths - 1, 2, rounding_mode="floor") + 1
    return lengths


def length_mask(lengths: torch.Tensor, max_length: int) -> torch.Tensor:
    """Boolean ``[B, max_length]`` mask, True at positions before each row's length."""
    positions = torch.arange(max_length, device=lengths.device)
    return positions.unsqueeze(0) < lengths.unsqueeze(1)


class Conv1dSubsampler(nn.Module):
    """Two conv + GLU layers: ``in_channels -> mid_channels (GLU: /2) -> 2 * out_channels (GLU: /2)``."""

    def __init__(self, in_channels: int, mid_channels: int, out_channels: int) -> None:
        super().__init__()
        self.conv_layers = nn.ModuleList(
            [
                nn.Conv1d(in_channels, mid_channels, kernel_size=3, stride=2, padding=1),
                nn.Conv1d(mid_channels // 2, out_channels * 2, kernel_size=3, stride=2, padding=1),
            ]
        )

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """``x`` [B, T, C] with zeros past ``lengths`` -> ([B, T', out_channels], lengths')."""
        hidden = x.transpose(1, 2)
        for conv in self.conv_layers:
            hidden = F.glu(conv(hidden), dim=1)
            lengths = conv_output_lengths(lengths, 1)
            mask = length_mask(lengths, hidden.shape[-1]).unsqueeze(1)
            hidden = hidden * mask.to(hidden.dtype)
        return hidden.transpose(1, 2), lengths


class Bottleneck(nn.Module):
    """Residual bottleneck ``x + LayerNorm(up(gelu(down(x))))``."""

    def __init__(self, width: int, bottleneck: int) -> None:
        super().__init__()
        self.down_layer = nn.Linear(width, bottleneck)
        self.up_layer = nn.Linear(bottleneck, width)
        self.layer_norm = nn.LayerNorm(width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.layer_norm(self.up_layer(F.gelu(self.down_layer(x))))


class ModalityAdapter(nn.Module):
    """Subsampler, bottleneck and projector of one encoder branch."""

    def __init__(
        self, in_channels: int, conv_channels: int, width: int, bottleneck: int, out_width: int
    ) -> None:
        super().__init__()
        self.subsample = Conv1dSubsampler(in_channels, conv_channels, width)
        self.bottleneck = Bottleneck(width, bottleneck)
        self.projector = nn.Linear(width, out_width)

    def forward(self, frames: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Encoder frames [B, T, C] and their lengths -> positions [B, T', out_width] and lengths."""
        frames = frames * length_mask(lengths, frames.shape[1]).unsqueeze(-1).to(frames.dtype)
        hidden, lengths = self.subsample(frames, lengths)
        return self.projector(self.bottleneck(hidden)), lengths
