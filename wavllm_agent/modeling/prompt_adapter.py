"""The prompt-aware weight adapter: instruction hidden states -> LoRA scale vectors.

Given ``H`` (``B x T x hidden``), the LLM's last-layer hidden states of the quoted instruction before
the final norm (computed with LoRA off), the release computes

    u = fc2(gelu(fc1(H)))                       # B x T x hidden
    w = softmax over tokens of attn(u)          # attention pooling
    s = clamp(relu(sum_t w_t u_t), max=3)       # B x hidden, each value in [0, 3]

and uses the one vector ``s`` for q, k, v and o of every layer. Padding is masked out of the pooling
softmax, so a row's vector does not depend on the other rows of its batch (the release, run one
request at a time, had no mask).

Grouped-query attention (SmolLM2, TinyLlama, Llama 3): k and v are narrower than the hidden size,
so ``s`` cannot scale them as it stands. The choice made here: one extra output layer
``scale_fc_2_kv`` (``fc1`` width -> k/v width) shares ``fc1``, the nonlinearity and the pooling
weights ``w`` with the main path; ``s_kv = clamp(relu(sum_t w_t fc2_kv(gelu(fc1(H)))_t), max=3)``
scales k and v, while ``s`` keeps scaling q and o. With full attention there is no extra layer and
the computation is exactly the released one.

Converted releases also set ``rotary_permutation``: their q/k weights are permuted from Meta's
interleaved rotary layout to Hugging Face's (see :mod:`~wavllm_agent.modeling.convert_fairseq`),
and because ``s`` multiplies output dimensions, q and k must read ``s`` through the same permutation
while v and o read it plainly.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F


def rotary_permutation(n_heads: int, head_dim: int) -> torch.Tensor:
    """Index ``p`` with ``hf[i] = meta[p[i]]`` for q/k output rows (Meta interleaved -> HF halves)."""
    return torch.arange(n_heads * head_dim).view(n_heads, head_dim // 2, 2).transpose(1, 2).reshape(-1)


class PromptScaleAdapter(nn.Module):
    """``scale_fc_1``, ``scale_fc_2``, ``scale_weight_attention`` (release names), plus
    ``scale_fc_2_kv`` when k/v are narrower than the hidden size."""

    def __init__(
        self,
        hidden_size: int,
        inner_size: int,
        *,
        kv_width: int | None = None,
        scale_max: float = 3.0,
        permutation: torch.Tensor | None = None,
    ) -> None:
        super().__init__()
        self.scale_fc_1 = nn.Linear(hidden_size, inner_size)
        self.scale_fc_2 = nn.Linear(inner_size, hidden_size)
        self.scale_weight_attention = nn.Linear(hidden_size, 1)
        self.scale_fc_2_kv = nn.Linear(inner_size, kv_width) if kv_width and kv_width != hidden_size else None
        self.scale_max = float(scale_max)
        self.register_buffer("rotary_permutation", permutation, persistent=False)

    def _pool(self, values: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
        pooled = (values * weights.unsqueeze(-1)).sum(dim=1)
        return torch.clamp(torch.relu(pooled), max=self.scale_max)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> dict[str, torch.Tensor]:
        """``hidden`` [B, T, hidden] and ``mask`` [B, T] (True = real token) -> role -> scale [B, width]."""
        inner = F.gelu(self.scale_fc_1(hidden))
        values = self.scale_fc_2(inner)
        logits = self.scale_weight_attention(values).squeeze(-1).float()
        logits = logits.masked_fill(~mask.bool(), float("-inf"))
        weights = torch.softmax(logits, dim=1).to(values.dtype)
        main = self._pool(values, weights)
        scales = {"q": main, "k": main, "v": main, "o": main}
        if self.scale_fc_2_kv is not None:
            narrow = self._pool(self.scale_fc_2_kv(inner), weights)
            scales["k"] = scales["v"] = narrow
        if self.rotary_permutation is not None:
            permuted = main.index_select(1, self.rotary_permutation.to(main.device))
            scales["q"] = scales["k"] = permuted
        return scales
