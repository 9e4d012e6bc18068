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
from typing import Any

import torch
from torch import nn

from wavllm_agent.errors import ConfigError
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
    """A small LRU of per-instruction scale rows, keyed by the instruction (its text or token ids) and a
    version of the adapter weights."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()  # requests in several threads may share one model
        self._rows: OrderedDict[tuple[Hashable, Hashable], dict[str, torch.Tensor]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rows)

    def clear(self) -> None:
        with self._lock:
            self._rows.clear()

    def get(
        self,
        texts: Sequence[Hashable],
        version: Hashable,
        compute: Callable[[list[Any]], dict[str, torch.Tensor]],
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


class PromptScaleMixin:
    """The model's prompt-aware scales from token ids, with the cache (for
    :class:`~wavllm_agent.modeling.WavLLMForConditionalGeneration`)."""

    config: Any
    llm: nn.Module
    lora_context: LoraScaleContext
    prompt_adapter: nn.Module
    training: bool
    device: torch.device
    dtype: torch.dtype
    _scale_cache: ScaleCache

    def _pad_id(self) -> int:
        raise NotImplementedError

    def scales_from_ids(
        self, scale_input_ids: torch.Tensor, scale_attention_mask: torch.Tensor | None = None
    ) -> dict[str, torch.Tensor]:
        """Prompt-aware scale vectors (role -> ``[B, width]``) of the quoted instructions' token ids.

        In eval mode: no gradients, cached per instruction (and per adapter weights); in training
        mode: computed afresh, with gradients.
        """
        if scale_attention_mask is None:
            scale_attention_mask = torch.ones_like(scale_input_ids)
        rows = [
            tuple(row[: int(m.sum())].tolist()) for row, m in zip(scale_input_ids, scale_attention_mask, strict=True)
        ]
        if self.training:  # the adapter may be learning: fresh values, with gradients
            return self._compute_scales_for_rows([list(r) for r in rows])
        # Keyed by the adapter's weights too (in-place edits bump a tensor's _version).
        params = list(self.prompt_adapter.parameters())
        version = (self.device, self.dtype, *(p._version for p in params), *(p.data_ptr() for p in params))
        with torch.no_grad():
            return self._scale_cache.get(
                rows, version, lambda missing: self._compute_scales_for_rows([list(r) for r in missing])
            )

    def lora_scales(
        self, scale_input_ids: torch.Tensor | None, scale_attention_mask: torch.Tensor | None = None
    ) -> dict[str, Any]:
        """What the LoRA layers multiply their update by: the prompt-aware vectors, or ``alpha / r``."""
        if self.config.lora_scale_mode == "static":
            factor = float(self.config.lora_alpha) / float(self.config.lora_r)
            return dict.fromkeys(("q", "k", "v", "o"), factor)
        if scale_input_ids is None:
            raise ConfigError(
                "the prompt-aware LoRA needs scale_input_ids", hint="build the inputs with model.processor"
            )
        return self.scales_from_ids(scale_input_ids, scale_attention_mask)

    def clear_prompt_scale_cache(self) -> None:
        """Forget cached prompt scales (they are keyed by the adapter's weights, so edits show anyway)."""
        self._scale_cache.clear()

    def _compute_scales_for_rows(self, rows: list[list[int]]) -> dict[str, torch.Tensor]:
        hidden, mask = instruction_states(self.llm, self.lora_context, rows, self._pad_id())
        return self.prompt_adapter(hidden.to(self.dtype), mask)

