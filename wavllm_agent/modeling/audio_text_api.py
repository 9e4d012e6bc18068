"""Waveform-and-text conveniences of the WavLLM model, each a thin layer over the processor.

The model proper takes tensors (:meth:`WavLLMForConditionalGeneration.forward` / ``generate``); these
methods take numpy waveforms and strings, run them through ``model.processor`` and call the tensor
methods, so they compute exactly what a caller of processor + model would.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

from wavllm_agent.modeling.input_assembly import AssembledInputs
from wavllm_agent.modeling.processing_wavllm import AUDIO_KEYS


class AudioTextConveniences:
    """Mixin: ``encode_audio``, ``prompt_scale``, ``build_inputs``, ``score_targets``, ``generate_text``."""

    processor: Any
    device: torch.device

    def encode_audio(
        self, waveforms: Sequence[np.ndarray], sampling_rate: int = 16000
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """The fused audio positions the LLM sees: (embeds [B, T, H], mask [B, T] bool), T = 12.5 per second.

        The same array given several times (one clip scored against several answers) is encoded once.

        Raises:
            AudioError: waveforms that are not 16 kHz mono float arrays of at least 25 ms.
        """
        first: dict[int, int] = {}
        rows = [first.setdefault(id(w), len(first)) for w in waveforms] if isinstance(waveforms, list | tuple) else None
        unique = waveforms if rows is None else [waveforms[rows.index(k)] for k in range(len(first))]
        features = self.processor.audio(unique, sampling_rate)
        embeds, mask = self.get_audio_features(**{k: features[k] for k in AUDIO_KEYS})  # type: ignore[attr-defined]
        if rows is not None and len(unique) < len(rows):
            index = torch.tensor(rows, device=embeds.device)
            return embeds[index], mask[index]
        return embeds, mask

    def prompt_scale(self, instructions: Sequence[str]) -> torch.Tensor:
        """The prompt-aware LoRA scale of each instruction, ``[B, hidden]``, every value in [0, max].

        A row depends only on its own instruction (padding is masked). In eval mode the values are
        computed without gradients and cached per instruction (and per adapter weights); in
        training mode they are computed afresh, with gradients.
        """
        return self._prompt_scales(instructions)["o"]

    def _prompt_scales(self, instructions: Sequence[str]) -> dict[str, torch.Tensor]:
        inputs = self.processor.scale_inputs([str(t) for t in instructions])
        return self.scales_from_ids(inputs["scale_input_ids"], inputs["scale_attention_mask"])  # type: ignore[attr-defined]

    def _compute_prompt_scales(self, instructions: Sequence[str]) -> dict[str, torch.Tensor]:
        """Scales computed afresh (no cache), rows padded together."""
        inputs = self.processor.scale_inputs([str(t) for t in instructions])
        rows = _rows(inputs["scale_input_ids"], inputs["scale_attention_mask"])
        return self._compute_scales_for_rows(rows)  # type: ignore[attr-defined]

    def _lora_scales(self, instructions: Sequence[str]) -> dict[str, Any]:
        inputs = self.processor.scale_inputs([str(t) for t in instructions])
        return self.lora_scales(inputs["scale_input_ids"], inputs["scale_attention_mask"])  # type: ignore[attr-defined]

    def build_inputs(
        self,
        waveforms: Sequence[np.ndarray],
        instructions: Sequence[str],
        targets: Sequence[str] | None = None,
        *,
        sampling_rate: int = 16000,
        padding_side: str = "right",
    ) -> AssembledInputs:
        """The LLM's input for a batch: embeddings with the audio spliced in, masks, and labels if targets."""
        inputs = self.processor(
            waveforms, instructions, targets, sampling_rate=sampling_rate, padding_side=padding_side
        )
        embeds, attention, positions = self.llm_inputs(**_without(inputs, "labels"))  # type: ignore[attr-defined]
        labels = inputs.get("labels")
        return AssembledInputs(
            inputs_embeds=embeds,
            attention_mask=attention,
            position_ids=positions,
            labels=None if labels is None else labels.to(embeds.device),
        )

    def score_targets(
        self,
        waveforms: Sequence[np.ndarray],
        instructions: Sequence[str],
        targets: Sequence[str],
        *,
        sampling_rate: int = 16000,
    ) -> torch.Tensor:
        """Log-probability of each target (its tokens and the end token) as the answer, ``[B]``.

        Used to choose among fixed answers ("Yes" / "No", emotion labels, option letters): the
        row with the highest score is the model's choice.
        """
        inputs = self.processor(waveforms, instructions, targets, sampling_rate=sampling_rate)
        return self.target_log_probs(**inputs)  # type: ignore[attr-defined]

    def generate_from_audio(
        self,
        waveforms: Sequence[np.ndarray],
        instructions: Sequence[str],
        *,
        sampling_rate: int = 16000,
        **generate_kwargs: Any,
    ) -> Any:
        """``generate`` on waveforms and instructions (left-padded through the processor)."""
        inputs = self.processor(waveforms, instructions, sampling_rate=sampling_rate, padding_side="left")
        return self.generate(**inputs, **generate_kwargs)  # type: ignore[attr-defined]

    def generate_text(
        self, waveforms: Sequence[np.ndarray], instructions: Sequence[str], **kwargs: Any
    ) -> list[str]:
        """:meth:`generate_from_audio`, decoded to text (special tokens removed, surrounding space stripped)."""
        tokens = self.generate_from_audio(waveforms, instructions, **kwargs)
        return self.processor.batch_decode(tokens)


def _rows(ids: torch.Tensor, mask: torch.Tensor) -> list[list[int]]:
    return [row[: int(m.sum())].tolist() for row, m in zip(ids, mask, strict=True)]


def _without(inputs: Any, *keys: str) -> dict[str, Any]:
    return {k: v for k, v in inputs.items() if k not in keys}
