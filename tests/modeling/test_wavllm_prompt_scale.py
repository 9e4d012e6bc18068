"""prompt_scale: range, independence from the batch, the LoRA-off prompt pass, and the cache."""

from __future__ import annotations

import torch
from torch.nn import functional as F

INSTRUCTIONS = [
    "Transcribe the audio clip into text.",
    "",
    "Translate the audio clip into German, then "
    "summarise it in at most twenty words and say whether one speaker talks throughout.",
]


def _push_scales_up(model) -> None:
    # Random weights give scales near zero; a positive bias makes the [0, 3] clamp matter.
    with torch.no_grad():
        model.prompt_adapter.scale_fc_2.bias.uniform_(-1.0, 5.0)


def test_scales_lie_in_zero_to_three_and_hit_both_bounds(fresh_tiny_random) -> None:
    _push_scales_up(fresh_tiny_random)
    scales = fresh_tiny_random.prompt_scale(INSTRUCTIONS)
    assert scales.shape == (3, fresh_tiny_random.config.llm_hidden_size)
    assert scales.min() >= 0 and scales.max() <= 3
    assert (scales == 0).any() and (scales == 3).any() and ((scales > 0) & (scales < 3)).any()


def test_a_row_does_not_depend_on_the_rest_of_the_batch(fresh_tiny_random) -> None:
    _push_scales_up(fresh_tiny_random)
    together = fresh_tiny_random._compute_prompt_scales(INSTRUCTIONS)
    for row, text in enumerate(INSTRUCTIONS):
        alone = fresh_tiny_random._compute_prompt_scales([text])
        for role in "qkvo":
            torch.testing.assert_close(together[role][row], alone[role][0], atol=1e-5, rtol=1e-5)


def test_scale_reads_the_quoted_instruction_through_the_llm_with_lora_off(fresh_tiny_random) -> None:
    model = fresh_tiny_random
    _push_scales_up(model)
    for lora in model.lora_layers:  # a LoRA that is on would change the hidden states
        torch.nn.init.normal_(lora.lora_B.weight, std=1.0)
    text = "Is there only one speaker in the audio clip?"
    ids = model.tokenizer.encode(f'"{text}"', add_special_tokens=False)
    assert ids[0] != model.tokenizer.bos_token_id
    with torch.no_grad():
        embeds = model.llm.model.embed_tokens(torch.tensor([ids]))
        hidden = embeds
        positions = torch.arange(len(ids))[None]
        rotary = model.llm.model.rotary_emb(hidden, positions)
        for layer in model.llm.model.layers:  # LoRA context inactive: base projections only
            out = layer(hidden, attention_mask=None, position_embeddings=rotary, position_ids=positions)
            hidden = out[0] if isinstance(out, tuple) else out
        a = model.prompt_adapter
        u = a.scale_fc_2(F.gelu(a.scale_fc_1(hidden)))
        w = torch.softmax(a.scale_weight_attention(u), dim=1)
        expected = torch.clamp(torch.relu((u * w).sum(1)), max=3)[0]
    torch.testing.assert_close(model.prompt_scale([text])[0], expected, atol=1e-5, rtol=1e-5)


def test_cache_skips_the_llm_pass_and_follows_weight_changes(fresh_tiny_random) -> None:
    model = fresh_tiny_random
    calls = []
    hook = model.llm.model.norm.register_forward_pre_hook(lambda *_: calls.append(1))
    try:
        first = model.prompt_scale(INSTRUCTIONS[:2])
        assert len(calls) == 1
        again = model.prompt_scale(list(reversed(INSTRUCTIONS[:2])))
        assert len(calls) == 1  # both cached
        torch.testing.assert_close(again, first.flip(0))
        model.prompt_scale([INSTRUCTIONS[0], INSTRUCTIONS[2]])
        assert len(calls) == 2  # only the new text was computed
        with torch.no_grad():
            model.prompt_adapter.scale_fc_2.bias.add_(1.0)
        changed = model.prompt_scale(INSTRUCTIONS[:1])
        assert len(calls) == 3 and not torch.equal(changed[0], first[0])
    finally:
        hook.remove()


def test_training_computes_scales_with_gradients_and_without_cache(fresh_tiny_random) -> None:
    model = fresh_tiny_random.train()
    scales = model.prompt_scale(INSTRUCTIONS[:1])
    assert scales.requires_grad
    scales.sum().backward()
    assert model.prompt_adapter.scale_fc_2.weight.grad is not None
    assert all(p.grad is None for p in model.llm.model.embed_tokens.parameters())
    assert len(model._scale_cache) == 0


def test_grouped_query_model_gets_narrow_kv_scales() -> None:
    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    model = WavLLMForConditionalGeneration.from_pretrained(
        "tiny-random", llm_config={"num_key_value_heads": 2}
    )
    scales = model._prompt_scales(["hello"])
    assert scales["q"].shape == (1, 64) and scales["k"].shape == scales["v"].shape == (1, 32)
    assert model.llm.model.layers[0].self_attn.k_proj.lora_B.weight.shape == (32, model.config.lora_r)
