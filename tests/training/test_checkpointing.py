"""Gradient checkpointing changes memory, not results: the same loss and gradients with it as without,
with the static and the prompt-aware LoRA scale (the recomputation must see the forward's scales)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from wavllm_agent.modeling import WavLLMForConditionalGeneration
from wavllm_agent.training.config import StageSection
from wavllm_agent.training.parts import configure_model, train_mode


def _step(checkpointing: bool, scale: str) -> tuple[float, dict[str, torch.Tensor]]:
    model = WavLLMForConditionalGeneration.from_pretrained("tiny-random")
    torch.manual_seed(1)
    with torch.no_grad():  # B = 0 at init would hide LoRA from the comparison
        for layer in model.lora_layers:
            layer.lora_B.weight.normal_(std=0.1)
        for parameter in model.prompt_adapter.parameters():
            parameter.normal_(std=0.2)
    groups = ["adapters", "fusion", "lora"] + (["prompt_adapter"] if scale == "prompt" else [])
    configure_model(model, StageSection(name="s", steps=1, lr=1e-3, trainable=groups, lora_scale=scale,
                                        gradient_checkpointing=checkpointing))
    train_mode(model, checkpointing)
    rng = np.random.default_rng(0)
    waves = [0.1 * rng.standard_normal(n).astype(np.float32) for n in (16000, 24000)]
    torch.manual_seed(0)  # the same LoRA dropout masks in both runs
    loss = model(waves, ["Transcribe it.", "Who speaks?"], ["abc", "de"]).loss
    loss.backward()
    return loss.item(), {n: p.grad for n, p in model.named_parameters() if p.grad is not None}


@pytest.mark.parametrize("scale", ["static", "prompt"])
def test_checkpointing_gives_the_same_loss_and_gradients(scale: str) -> None:
    plain_loss, plain = _step(False, scale)
    checked_loss, checked = _step(True, scale)
    assert checked_loss == plain_loss
    assert set(checked) == set(plain) and any("lora_" in name for name in plain)
    for name, grad in plain.items():
        torch.testing.assert_close(checked[name], grad, rtol=0, atol=0)
    if scale == "prompt":
        assert any(name.startswith("prompt_adapter") for name in plain)
