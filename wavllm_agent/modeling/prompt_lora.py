"""Prompt-aware LoRA: LoRA on q, k, v, o whose scale is a per-request vector.

WavLLM does not use LoRA's static ``alpha / r``. Every LoRA'd projection computes

    W x + (dropout(x) A B) * s

where ``s`` is a per-sample, per-output-dimension vector that the prompt adapter
(:mod:`wavllm_agent.modeling.prompt_adapter`) computes from the instruction once per request;
it cannot be merged into static weights because it depends on the input. peft's ``LoraLayer``
keeps its scaling as a float per adapter, with no per-input hook, so this module has its own small
LoRA linear, :class:`PromptLoraLinear`, that reads the scale from a :class:`LoraScaleContext`
shared by all projections of one model.

Weight layout is peft's: ``lora_A.weight`` is ``[r, in]`` (the release's ``A`` transposed),
``lora_B.weight`` is ``[out, r]`` (``B`` transposed), and the frozen projection sits in
``base_layer``; a peft adapter file maps onto these names by prefix alone. ``A`` starts as the
release's Kaiming-uniform on its ``in x r`` layout (bound ``1/sqrt(r)``), ``B`` as zeros.

Scales are looked up by *role* (``"q"``, ``"k"``, ``"v"``, ``"o"``) because under grouped-query
attention k and v are narrower than q and o and need their own vectors (see
:class:`~wavllm_agent.modeling.prompt_adapter.PromptScaleAdapter`). Without any active scale the
layers compute the frozen projection alone (LoRA off) - this is also how the prompt pass runs.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import torch
from torch import nn

from wavllm_agent.errors import EngineError

ROLES = {"q_proj": "q", "k_proj": "k", "v_proj": "v", "o_proj": "o"}
"""LoRA target module name -> the scale role it reads."""

Scale = torch.Tensor | float


class _State(threading.local):
    scales: Mapping[str, Scale] | None = None
    derived: dict[Hashable, torch.Tensor] | None = None


class LoraScaleContext:
    """The scales the LoRA layers of one model use right now (``None``: LoRA off).

    A tensor scale is ``[B, out]`` for ``B`` requests; layers that see a batch of ``k * B`` rows
    (beam search, several samples per request) repeat each request's row ``k`` times, matching how
    ``generate`` expands its inputs. The state is per thread, so requests served by different
    threads on one model do not see each other's scales.
    """

    def __init__(self) -> None:
        self._state = _State()

    @property
    def active(self) -> bool:
        """Whether LoRA is on (in this thread)."""
        return self._state.scales is not None

    @contextmanager
    def apply(self, scales: Mapping[str, Scale] | None) -> Iterator[None]:
        """Use ``scales`` (role -> ``[B, out]`` tensor or float; ``None``: LoRA off) inside the block."""
        state = self._state
        previous = state.scales, state.derived
        state.scales, state.derived = scales, {}
        try:
            yield
        finally:
            state.scales, state.derived = previous

    def replaying(self, checkpoint_func: Callable[..., Any]) -> Callable[..., Any]:
        """Wrap a gradient-checkpointing function so recomputed layers use the scales of their forward.

        The scales are active only while ``forward`` runs; the backward pass recomputes checkpointed
        layers after it returned, when LoRA would be off — a different computation. The wrapper
        captures the scales at forward time and re-applies them around the recomputation.
        """

        def checkpointed(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            scales = self._state.scales

            def replay(*inner: Any, **inner_kwargs: Any) -> Any:
                with self.apply(scales):
                    return function(*inner, **inner_kwargs)

            return checkpoint_func(replay, *args, **kwargs)

        return checkpointed

    def cached(self, key: Hashable, build: Callable[[], torch.Tensor]) -> torch.Tensor:
        """A tensor derived from the active scales, built once per :meth:`apply` block."""
        derived = self._state.derived
        if derived is None:  # outside any block: nothing to keep it for
            return build()
        value = derived.get(key)
        if value is None:
            value = derived[key] = build()
        return value

    def scale_for(self, role: str, batch: int) -> Scale | None:
        """The scale of ``role`` for a batch of ``batch`` rows, or None when LoRA is off."""
        scales = self._state.scales
        if scales is None:
            return None
        scale = scales[role]
        if not isinstance(scale, torch.Tensor) or scale.shape[0] == batch:
            return scale
        if batch % scale.shape[0]:
            raise EngineError(f"LoRA scale for {scale.shape[0]} requests cannot serve a batch of {batch}")
        return self.cached((role, batch), lambda: scale.repeat_interleave(batch // scale.shape[0], dim=0))


class PromptLoraLinear(nn.Module):
    """A frozen ``nn.Linear`` plus a LoRA update scaled by the context's vector for ``role``."""

    def __init__(
        self, base_layer: nn.Linear, *, r: int, dropout: float, role: str, context: LoraScaleContext
    ) -> None:
        super().__init__()
        self.base_layer = base_layer
        factory = {"device": base_layer.weight.device, "dtype": base_layer.weight.dtype}
        self.lora_A = nn.Linear(base_layer.in_features, r, bias=False, **factory)
        self.lora_B = nn.Linear(r, base_layer.out_features, bias=False, **factory)
        self.lora_dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()
        self.role = role
        self.r = r
        self.context = context  # shared by all projections of the model; holds no weights
        self.reset_lora_parameters()

    @property
    def in_features(self) -> int:
        return self.base_layer.in_features

    @property
    def out_features(self) -> int:
        return self.base_layer.out_features

    @property
    def weight(self) -> torch.Tensor:
        """The frozen weight (some callers read ``proj.weight`` for its dtype or device)."""
        return self.base_layer.weight

    def reset_lora_parameters(self) -> None:
        """``A``: Kaiming-uniform (a = sqrt 5) on the release's ``in x r`` layout, U(+-1/sqrt r); ``B``: 0."""
        if self.lora_A.weight.is_meta:
            return
        bound = 1.0 / math.sqrt(self.r)
        with torch.no_grad():
            self.lora_A.weight.uniform_(-bound, bound)
            self.lora_B.weight.zero_()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        result = self.base_layer(x)
        scale = self.context.scale_for(self.role, x.shape[0])
        if scale is None:
            return result
        if (
            isinstance(scale, torch.Tensor)
            and not (self.training or torch.is_grad_enabled())
            and x.dim() == 3
        ):
            # Inference: fold the request's scale into B once per request, then one fused
            # batched multiply-add per call (decoding calls this ~4 x layers times per token).
            scaled_b = self.context.cached(
                (id(self), x.shape[0]),
                lambda: self.lora_B.weight.t().unsqueeze(0) * scale.to(self.lora_B.weight.dtype).unsqueeze(1),
            )
            return torch.baddbmm(result, self.lora_A(x), scaled_b)
        hidden = self.lora_dropout(x) if self.training else x
        delta = self.lora_B(self.lora_A(hidden))
        if isinstance(scale, torch.Tensor):
            # [B, out] -> broadcast over every position of the row.
            delta = delta * scale.to(delta.dtype).unsqueeze(-2)
        else:
            delta = delta * scale
        return result + delta

    def extra_repr(self) -> str:
        return f"role={self.role!r}, r={self.r}"


def inject_prompt_lora(
    llm: nn.Module, *, r: int, dropout: float, targets: list[str], context: LoraScaleContext
) -> list[PromptLoraLinear]:
    """Wrap the attention projections ``targets`` of every decoder layer of a LLaMA-family ``llm``."""
    wrapped: list[PromptLoraLinear] = []
    for layer in llm.model.layers:
        attention = layer.self_attn
        for name in targets:
            base = getattr(attention, name)
            if isinstance(base, PromptLoraLinear):
                raise EngineError(f"{name} already carries a prompt-aware LoRA")
            lora = PromptLoraLinear(base, r=r, dropout=dropout, role=ROLES[name], context=context)
            setattr(attention, name, lora)
            wrapped.append(lora)
    return wrapped
