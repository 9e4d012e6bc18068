"""Attention head counts of a released checkpoint: read, never guessed.

A head count is not visible in most tensors (``wq`` is ``dim x dim`` whatever the heads), and a wrong
count silently changes the model (LLaMA's rotary permutation and attention split by heads). Each
count is taken from the first of these that has it, and a checkpoint that has none is refused with
an error that names the option to pass:

* LLaMA: the ``llm_heads`` argument (``--llm-heads``); the checkpoint's config (``n_heads``,
  ``llama_n_heads``, ``llm_attention_heads`` under ``model`` or at the top of an ``args``
  namespace); the released width 4096 (LLaMA-2-7B, 32 heads, which the release's code fixes).
* Whisper: ``whisper_heads`` (``--whisper-heads``); the config (``whisper_attention_heads``,
  ``encoder_attention_heads``); the Whisper model the config names (``whisper_path``, e.g.
  ``openai/whisper-large-v2``), checked against the tensors' width; the width of a published
  Whisper encoder (384, 512, 768, 1024, 1280: tiny to large, all 64-wide heads).
* WavLM: its relative-position embedding is ``[buckets, heads]``: read from the tensor.
"""

from __future__ import annotations

import re
from typing import Any

import torch

from wavllm_agent.errors import CheckpointError

LLAMA_HEADS_BY_WIDTH = {4096: 32}
"""LLaMA widths the release used, with their head count (LLaMA-2-7B)."""
WHISPER_HEADS_BY_WIDTH = {384: 6, 512: 8, 768: 12, 1024: 16, 1280: 20}
"""Published Whisper encoder widths (tiny, base, small, medium, large*) and their head counts."""
WHISPER_WIDTH_BY_NAME = {"tiny": 384, "base": 512, "small": 768, "medium": 1024, "large": 1280}
_LLM_KEYS = ("n_heads", "llama_n_heads", "llm_attention_heads")
_WHISPER_KEYS = ("whisper_attention_heads", "encoder_attention_heads")


def config_sections(cfg: Any) -> list[dict[str, Any]]:
    """Where a fairseq config keeps model settings: ``cfg['model']`` and the top level."""
    sections = []
    if isinstance(cfg, dict):
        if isinstance(cfg.get("model"), dict):
            sections.append(cfg["model"])
        sections.append(cfg)
    return sections


def _from_config(cfg: Any, keys: tuple[str, ...]) -> tuple[int, str] | None:
    for section in config_sections(cfg):
        for key in keys:
            value = section.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return value, key
    return None


def _check(kind: str, width: int, heads: int, origin: str, option: str) -> int:
    if heads <= 0 or width % heads or (kind == "LLaMA" and (width // heads) % 2):
        raise CheckpointError(
            f"{origin} gives the {kind} {heads} heads, which do not divide its width {width}"
            + (" into even head widths" if kind == "LLaMA" else ""),
            hint=f"pass the right count with {option}",
        )
    return heads


def llm_heads(width: int, cfg: Any, explicit: int | None = None) -> int:
    """The LLaMA's head count (see the module docstring)."""
    option = "llm_heads= (wavllm convert --llm-heads N)"
    if explicit is not None:
        return _check("LLaMA", width, int(explicit), "llm_heads", option)
    found = _from_config(cfg, _LLM_KEYS)
    if found is not None:
        return _check("LLaMA", width, found[0], f"the checkpoint's config ({found[1]})", option)
    if width in LLAMA_HEADS_BY_WIDTH:
        return LLAMA_HEADS_BY_WIDTH[width]
    raise CheckpointError(
        f"the checkpoint's LLaMA is {width} wide and nothing in it says how many attention heads it has",
        hint=f"pass the head count with {option}",
    )


def whisper_heads(width: int, cfg: Any, explicit: int | None = None) -> int:
    """The Whisper encoder's head count (see the module docstring)."""
    option = "whisper_heads= (wavllm convert --whisper-heads N)"
    if explicit is not None:
        return _check("Whisper", width, int(explicit), "whisper_heads", option)
    found = _from_config(cfg, _WHISPER_KEYS)
    if found is not None:
        return _check("Whisper", width, found[0], f"the checkpoint's config ({found[1]})", option)
    for section in config_sections(cfg):
        name = section.get("whisper_path")
        match = re.search(r"whisper-(tiny|base|small|medium|large)", str(name)) if name else None
        if match:
            named = WHISPER_WIDTH_BY_NAME[match.group(1)]
            if named != width:
                raise CheckpointError(
                    f"the checkpoint's config names {name} ({named} wide), but its Whisper tensors are {width} wide",
                    hint=f"pass the head count with {option}",
                )
            return WHISPER_HEADS_BY_WIDTH[width]
    if width in WHISPER_HEADS_BY_WIDTH:
        return WHISPER_HEADS_BY_WIDTH[width]
    raise CheckpointError(
        f"the checkpoint's Whisper encoder is {width} wide, not a published Whisper size, and nothing in "
        "it says how many attention heads it has",
        hint=f"pass the head count with {option}",
    )


def wavlm_heads(state: dict[str, torch.Tensor], prefix: str, width: int) -> int:
    """WavLM's head count, from its relative-position embedding ``[buckets, heads]``."""
    key = f"{prefix}encoder.layers.0.attention.rel_attn_embed.weight"
    if key not in state:
        raise CheckpointError(f"the checkpoint lacks {key!r}", hint="is this the released WavLLM final.pt?")
    heads = int(state[key].shape[1])
    return _check("WavLM", width, heads, "the relative-position embedding", "a WavLM of regular shape")
