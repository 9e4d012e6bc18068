"""Training forward: labels only on targets, loss value, gradients only where the stage says."""

from __future__ import annotations

import pytest
import torch
from torch.nn import functional as F

from wavllm_agent.errors import ConfigError
from wavllm_agent.modeling.input_assembly import IGNORE_INDEX


def test_labels_cover_the_target_and_its_end_token_only(tiny_random, wave) -> None:
    clips = [wave(1.0, seed=1), wave(1.6, seed=2)]
    instructions, targets = ["Transcribe it.", "Is it one speaker?"], ["hello world", "Yes"]
    inputs = tiny_random.build_inputs(clips, instructions, targets)
    tokenizer = tiny_random.tokenizer
    for row, target in enumerate(targets):
        labelled = inputs.labels[row][inputs.labels[row] != IGNORE_INDEX].tolist()
        assert labelled == tokenizer.encode(target, add_special_tokens=False) + [tokenizer.eos_token_id]
        # right padding: the real part starts at 0, labels sit at the end of the real part
        real = int(inputs.attention_mask[row].sum())
        assert inputs.attention_mask[row, :real].all() and not inputs.attention_mask[row, real:].any()
        assert (inputs.labels[row, real - len(labelled) : real] != IGNORE_INDEX).all()
        assert inputs.position_ids[row, :real].tolist() == list(range(real))


def test_loss_is_cross_entropy_on_the_targets(tiny_random, wave) -> None:
    clips, instructions, targets = [wave(1.0)], ["Transcribe it."], ["abc"]
    with torch.no_grad():
        out = tiny_random(clips, instructions, targets)
        inputs = tiny_random.build_inputs(clips, instructions, targets)
        with tiny_random.lora_context.apply(tiny_random._lora_scales(instructions)):
            logits = tiny_random.llm(inputs_embeds=inputs.inputs_embeds).logits
    labels = inputs.labels[0]
    positions = (labels != IGNORE_INDEX).nonzero().flatten()
    expected = F.cross_entropy(logits[0, positions - 1], labels[positions])
    torch.testing.assert_close(out.loss, expected, atol=1e-5, rtol=1e-5)
    assert len(positions) == 4  # three bytes and </s>


def _grads(model) -> set[str]:
    return {
        name.split(".")[0] if not name.startswith("llm") else ("lora" if "lora_" in name else "llm")
        for name, p in model.named_parameters()
        if p.grad is not None and p.grad.abs().sum() > 0
    }


def test_backward_reaches_only_the_trainable_groups(fresh_tiny_random, wave) -> None:
    model = fresh_tiny_random.train()
    with torch.no_grad():  # B = 0 at init would block gradients to A; give it a value
        for lora in model.lora_layers:
            lora.lora_B.weight.normal_(std=0.1)
    out = model([wave(1.0), wave(0.8, seed=2)], ["Transcribe it.", "Who speaks?"], ["abc", "de"])
    out.loss.backward()
    assert _grads(model) == {
        "whisper_adapter",
        "wavlm_layer_weights",
        "wavlm_adapter",
        "fusion",
        "lora",
        "prompt_adapter",
    }
    frozen = [p for part in (model.whisper_encoder, model.wavlm) for p in part.parameters()]
    frozen += [p for n, p in model.llm.named_parameters() if "lora_" not in n]
    assert all(not p.requires_grad and p.grad is None for p in frozen)


def test_stage_one_trains_adapters_and_lora_with_static_scale(fresh_tiny_random, wave) -> None:
    model = fresh_tiny_random.train()
    model.set_trainable(["adapters", "fusion", "lora"])
    model.config.lora_scale_mode = "static"
    with torch.no_grad():
        for lora in model.lora_layers:
            lora.lora_B.weight.normal_(std=0.1)
    model([wave(1.0)], ["Transcribe it."], ["abc"]).loss.backward()
    assert "prompt_adapter" not in _grads(model) and "lora" in _grads(model)
    assert not any(p.requires_grad for p in model.prompt_adapter.parameters())


def test_lora_dropout_is_active_in_training_only(fresh_tiny_random, wave) -> None:
    model = fresh_tiny_random
    with torch.no_grad():
        for lora in model.lora_layers:
            lora.lora_B.weight.normal_(std=0.5)
    args = ([wave(1.0)], ["Transcribe it."], ["abc"])
    model.eval()
    with torch.no_grad():
        assert torch.equal(model(*args).logits, model(*args).logits)
        model.train()
        torch.manual_seed(0)
        first = model(*args).logits
        torch.manual_seed(1)
        assert not torch.equal(first, model(*args).logits)
    assert not model.llm.training and not model.whisper_encoder.training  # frozen parts never drop out


def test_a_few_steps_lower_the_loss(fresh_tiny_random, wave) -> None:
    model = fresh_tiny_random.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    batch = ([wave(1.0), wave(1.2, seed=3)], ["Answer.", "Answer."], ["yes", "yes"])
    losses = []
    for _ in range(10):
        optimizer.zero_grad()
        loss = model(*batch).loss
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    # The frozen random LLM's small output layer bounds what the adapters can reach (uniform: ln 260
    # = 5.56); a steady fall is what shows that gradients flow through adapters, LoRA and scale.
    assert losses[-1] < losses[0] - 0.2
    assert all(b < a for a, b in zip(losses, losses[1:], strict=False))


def test_mismatched_batch_lengths_are_refused(tiny_random, wave) -> None:
    with pytest.raises(ConfigError):
        tiny_random.build_inputs([wave(1.0)], ["a", "b"])
    with pytest.raises(ConfigError):
        tiny_random.set_trainable(["encoders"])
