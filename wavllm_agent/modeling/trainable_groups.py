"""Which parameters of WavLLM train, in groups: ``adapters``, ``fusion``, ``lora``, ``prompt_adapter``.

The encoders and the LLM never train. The two-stage curriculum picks groups: stage 1 trains the
adapters, the fusion and LoRA; stage 2 adds the prompt-aware adapter. Everything in the groups is
saved, whether or not it trains at the moment.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch import nn

from wavllm_agent.errors import ConfigError
from wavllm_agent.modeling.configuration_wavllm import TRAINABLE_GROUPS


def _count(module: nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())


class TrainableGroupsMixin:
    """Group bookkeeping for :class:`~wavllm_agent.modeling.WavLLMForConditionalGeneration`."""

    whisper_adapter: nn.Module
    wavlm_layer_weights: nn.Module
    wavlm_adapter: nn.Module
    fusion: nn.Module
    audio_proj: nn.Module | None
    prompt_adapter: nn.Module
    lora_layers: list[nn.Module]
    whisper_encoder: nn.Module
    wavlm: nn.Module
    llm: nn.Module

    def trainable_modules(self, group: str) -> list[nn.Module]:
        """The modules of one trainable group."""
        if group == "adapters":
            return [self.whisper_adapter, self.wavlm_layer_weights, self.wavlm_adapter]
        if group == "fusion":
            return [self.fusion] + ([self.audio_proj] if self.audio_proj is not None else [])
        if group == "lora":
            return [m for lora in self.lora_layers for m in (lora.lora_A, lora.lora_B)]
        if group == "prompt_adapter":
            return [self.prompt_adapter]
        raise ConfigError(
            f"unknown trainable group {group!r}", hint=f"use some of {', '.join(TRAINABLE_GROUPS)}"
        )

    def set_trainable(self, groups: Iterable[str]) -> None:
        """Freeze everything, then let the named groups train (e.g. stage 1: adapters, fusion, lora)."""
        chosen = [self.trainable_modules(group) for group in groups]  # validate names before changing
        for parameter in self.parameters():  # type: ignore[attr-defined]
            parameter.requires_grad_(False)
        for modules in chosen:
            for module in modules:
                module.requires_grad_(True)
        if self.audio_proj is not None:
            self.audio_proj.requires_grad_(False)  # unused by the release: it never gets a gradient

    def trainable_state_dict(self) -> dict[str, torch.Tensor]:
        """Every tensor of the trainable groups, whether or not it trains right now (what is saved)."""
        wanted = {id(p) for g in TRAINABLE_GROUPS for m in self.trainable_modules(g) for p in m.parameters()}
        return {name: p for name, p in self.named_parameters() if id(p) in wanted}  # type: ignore[attr-defined]

    def parameter_counts(self) -> dict[str, int]:
        """Parameters per part: the frozen ones, each trainable group, ``trainable`` and ``total``."""
        counts = {
            "whisper_encoder": _count(self.whisper_encoder),
            "wavlm": _count(self.wavlm),
            "llm": sum(p.numel() for n, p in self.llm.named_parameters() if "lora_" not in n),
        }
        for group in TRAINABLE_GROUPS:
            counts[group] = sum(_count(m) for m in self.trainable_modules(group))
        counts["trainable"] = sum(counts[g] for g in TRAINABLE_GROUPS)
        counts["total"] = _count(self)  # type: ignore[arg-type]
        return counts

    def _mark_trainable_initialised(self) -> None:
        """Tell transformers' post_init that WavLLM's own modules hold their (seeded) initial values."""
        owners = [m for g in TRAINABLE_GROUPS for m in self.trainable_modules(g)] + list(self.lora_layers)
        for owner in owners:
            for module in owner.modules():
                module._is_hf_initialized = True
