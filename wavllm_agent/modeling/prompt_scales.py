"""The prompt pass that feeds the prompt-aware adapter, and the per-instruction cache of its result.

The instruction (already tokenised: quoted, no BOS) runs through the LLM's embeddings and all its
layers with LoRA switched off; the adapter reads the last layer's hidden states *before* the final
norm, captured at the norm's input. Rows are right-padded with an attention mask, so padding never
reaches a real token (causal attention looks left) and the adapter's pooling masks it out.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence

import torch
from torch import nn

from wavllm_agent.modeling.prompt_lora import LoraScaleContext


def instruction_states(
    llm: nn.Module, context: LoraScaleContext, rows: Sequence[list[int]], pad_id: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """Pre-norm last-layer hidden states ``[B, T, H]`` of token rows, and their mask ``[B, T]`` (bool)."""
    device = llm.get_input_embeddings().weight.device
    width = max(len(row) for row in rows)
    input_ids = torch.tensor([row + [pad_id] * (width - len(row)) for row in rows], device=device)
    mask = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in rows], device=device)
    captured: dict[str, torch.Tensor] = {}
    decoder = llm.model
    hook = decoder.norm.register_forward_pre_hook(lambda _m, args: captured.__setitem__("h", args[0]))
    try:
        with torch.no_grad(), context.apply(None):  # the LLM is frozen; LoRA is off for this pass
            positions = (mask.cumsum(1) - 1).clamp(min=0)
            decoder(input_ids=input_ids, attention_mask=mask, position_ids=positions, use_cache=False)
    finally:
        hook.remove()
    return captured["h"], mask.bool()


class ScaleCache:
    """A small LRU of per-instruction scale rows, keyed by text and a version of the adapter weights."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()  # requests in several threads may share one model
        self._rows: OrderedDict[tuple[str, Hashable], dict[str, torch.Tensor]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rows)

    def clear(self) -> None:
        with self._lock:
            self._rows.clear()

    def get(
        self,
        texts: Sequence[str],
        version: Hashable,
        compute: Callable[[list[str]], dict[str, torch.Tensor]],
    ) -> dict[str, torch.Tensor]:
        """Scales for ``texts`` (role -> ``[B, width]``), computing only the texts not cached yet."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if (t, version) not in self._rows))
            if missing:
                computed = compute(missing)
                for row, text in enumerate(missing):
                    self._rows[(text, version)] = {role: values[row] for role, values in computed.items()}
            rows = []
            for text in texts:
                self._rows.move_to_end((text, version))
                rows.append(self._rows[(text, version)])
            while len(self._rows) > self.size:
                self._rows.popitem(last=False)
        return {role: torch.stack([row[role] for row in rows]) for role in rows[0]}
