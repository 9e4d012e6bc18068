"""The small modules: modality adapter, layer weighted sum, fusion, prompt-aware LoRA, prompt adapter."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn
from torch.nn import functional as F

from wavllm_agent.errors import EngineError
from wavllm_agent.modeling.convert_fairseq import meta_to_hf_rows
from wavllm_agent.modeling.fusion import AudioFusion
from wavllm_agent.modeling.layer_weighted_sum import LayerWeightedSum
from wavllm_agent.modeling.modality_adapter import (
    Bottleneck,
    Conv1dSubsampler,
    ModalityAdapter,
    conv_output_lengths,
)
from wavllm_agent.modeling.prompt_adapter import PromptScaleAdapter, rotary_permutation
from wavllm_agent.modeling.prompt_lora import LoraScaleContext, PromptLoraLinear


@given(st.integers(min_value=1, max_value=5000))
@settings(max_examples=60, deadline=None)
def test_conv_lengths_follow_the_release_formula(length: int) -> None:
    once = math.floor((length - 1) / 2 + 1)
    assert conv_output_lengths(torch.tensor([length]), 1).item() == once
    assert conv_output_lengths(torch.tensor([length]), 2).item() == math.floor((once - 1) / 2 + 1)


def test_subsampler_output_length_matches_the_convolutions() -> None:
    sub = Conv1dSubsampler(8, 12, 5)
    for length in (1, 2, 3, 7, 50, 51):
        out, lengths = sub(torch.randn(1, length, 8), torch.tensor([length]))
        assert out.shape == (1, lengths.item(), 5)  # every output position is a real one
    # 20 ms frames for 10 s: 500 frames -> 125 positions (12.5 per second)
    assert conv_output_lengths(torch.tensor([500])).item() == 125


def test_subsampler_rows_do_not_depend_on_padding() -> None:
    torch.manual_seed(0)
    adapter = ModalityAdapter(8, 12, 6, 4, 10).eval()
    short, long_ = torch.randn(1, 9, 8), torch.randn(1, 20, 8)
    alone, alone_len = adapter(short, torch.tensor([9]))
    batch = torch.zeros(2, 20, 8)
    batch[0, :9], batch[1] = short[0], long_[0]
    batch[0, 9:] = 5.0  # garbage in the padding must not leak into the row
    together, lengths = adapter(batch, torch.tensor([9, 20]))
    assert lengths.tolist() == [alone_len.item(), 5]
    torch.testing.assert_close(together[0, : alone_len.item()], alone[0], atol=1e-6, rtol=1e-5)


def test_subsampler_is_conv_glu_twice() -> None:
    torch.manual_seed(1)
    sub = Conv1dSubsampler(4, 6, 3)
    x = torch.randn(1, 11, 4)
    expected = x.transpose(1, 2)
    for conv in sub.conv_layers:
        expected = F.glu(F.conv1d(expected, conv.weight, conv.bias, stride=2, padding=1), dim=1)
    out, _ = sub(x, torch.tensor([11]))
    torch.testing.assert_close(out, expected.transpose(1, 2))
    assert [c.out_channels for c in sub.conv_layers] == [6, 6] and sub.conv_layers[1].in_channels == 3


def test_bottleneck_keeps_the_norm_inside_the_residual() -> None:
    torch.manual_seed(2)
    block = Bottleneck(6, 3)
    x = torch.randn(2, 5, 6)
    inner = block.up_layer(F.gelu(block.down_layer(x)))
    torch.testing.assert_close(
        block(x), x + F.layer_norm(inner, (6,), block.layer_norm.weight, block.layer_norm.bias)
    )


def test_layer_weighted_sum_starts_as_the_mean_and_uses_softmax() -> None:
    mix = LayerWeightedSum(3)
    states = [torch.full((1, 2, 2), float(v)) for v in (1, 2, 6)]
    assert torch.equal(mix.weights.data, torch.ones(3))
    torch.testing.assert_close(mix(states), torch.full((1, 2, 2), 3.0))
    with torch.no_grad():
        mix.weights.copy_(torch.tensor([0.0, 0.0, math.log(2.0)]))
    torch.testing.assert_close(mix(states), torch.full((1, 2, 2), (1 + 2 + 2 * 6) / 4))


def test_fusion_cuts_to_the_shorter_branch_per_row() -> None:
    torch.manual_seed(3)
    fusion = AudioFusion(4, 5)
    sem, ac = torch.randn(2, 7, 4), torch.randn(2, 6, 4)
    fused, lengths = fusion(sem, torch.tensor([7, 3]), ac, torch.tensor([6, 5]))
    assert lengths.tolist() == [6, 3] and fused.shape == (2, 6, 5)
    torch.testing.assert_close(fused[0], fusion.proj(torch.cat([sem[0, :6], ac[0, :6]], dim=-1)))
    assert torch.all(fused[1, 3:] == 0)


def _lora(out_features: int = 6, r: int = 2) -> tuple[PromptLoraLinear, LoraScaleContext]:
    torch.manual_seed(4)
    context = LoraScaleContext()
    layer = PromptLoraLinear(
        nn.Linear(5, out_features, bias=False), r=r, dropout=0.1, role="q", context=context
    ).eval()
    return layer, context


def test_lora_layout_is_peft_compatible_and_starts_as_the_base() -> None:
    layer, context = _lora()
    assert layer.lora_A.weight.shape == (2, 5) and layer.lora_B.weight.shape == (6, 2)  # A.T and B.T
    assert torch.all(layer.lora_B.weight == 0)
    assert layer.lora_A.weight.abs().max() <= 1 / math.sqrt(2)  # U(+-1/sqrt r), the release's A init
    x = torch.randn(3, 4, 5)
    with context.apply({"q": torch.full((3, 6), 2.0)}):
        torch.testing.assert_close(layer(x), layer.base_layer(x))


def test_lora_update_is_scaled_per_sample_and_output_dimension() -> None:
    layer, context = _lora()
    nn.init.normal_(layer.lora_B.weight)
    x = torch.randn(2, 3, 5)
    scale = torch.rand(2, 6) * 3
    a, b = layer.lora_A.weight.t(), layer.lora_B.weight.t()  # the release's A (in x r) and B (r x out)
    expected = layer.base_layer(x) + (x @ a @ b) * scale[:, None, :]
    with context.apply({"q": scale}):
        torch.testing.assert_close(layer(x), expected)
        with torch.no_grad():  # the inference path folds the scale into B once per request
            torch.testing.assert_close(layer(x), expected)
            torch.testing.assert_close(layer(x[:, :1]), expected[:, :1])  # reused at the next step
    assert torch.equal(layer(x), layer.base_layer(x))  # no active scale: LoRA off
    with context.apply({"q": 0.5}):  # static scaling (alpha / r)
        torch.testing.assert_close(layer(x), layer.base_layer(x) + 0.5 * (x @ a @ b))


def test_lora_scale_expands_to_beams_and_refuses_mismatched_batches() -> None:
    layer, context = _lora()
    nn.init.normal_(layer.lora_B.weight)
    scale = torch.tensor([[1.0] * 6, [3.0] * 6])
    x = torch.randn(4, 2, 5)  # two beams per request, as generate lays them out
    with context.apply({"q": scale}):
        out = layer(x)
        with torch.no_grad():
            torch.testing.assert_close(layer(x), out)
    with context.apply({"q": scale.repeat_interleave(2, dim=0)}):
        torch.testing.assert_close(out, layer(x))
    with context.apply({"q": scale}), pytest.raises(EngineError):
        layer(torch.randn(3, 2, 5))


def test_context_restores_the_previous_scale_even_on_error() -> None:
    context = LoraScaleContext()
    with context.apply({"q": 1.0}):
        with pytest.raises(RuntimeError), context.apply(None):
            raise RuntimeError("boom")
        assert context.scale_for("q", 1) == 1.0
    assert not context.active


def test_prompt_adapter_masks_padding_and_clamps() -> None:
    torch.manual_seed(5)
    adapter = PromptScaleAdapter(8, 4)
    with torch.no_grad():
        adapter.scale_fc_2.bias.fill_(2.0)
    hidden = torch.randn(1, 3, 8)
    alone = adapter(hidden, torch.ones(1, 3, dtype=torch.bool))["o"]
    padded = torch.cat([hidden, torch.randn(1, 4, 8) * 50], dim=1)
    mask = torch.tensor([[True] * 3 + [False] * 4])
    torch.testing.assert_close(adapter(padded, mask)["o"], alone)
    with torch.no_grad():
        adapter.scale_fc_2.bias.fill_(100.0)
    big = adapter(hidden, torch.ones(1, 3, dtype=torch.bool))["q"]
    assert torch.all(big == 3.0)


def test_prompt_adapter_matches_the_release_formula() -> None:
    torch.manual_seed(6)
    adapter = PromptScaleAdapter(8, 4)
    hidden = torch.randn(2, 5, 8)
    u = adapter.scale_fc_2(F.gelu(adapter.scale_fc_1(hidden)))
    w = torch.softmax(adapter.scale_weight_attention(u), dim=1)
    expected = torch.clamp(torch.relu((u * w).sum(1)), max=3)
    scales = adapter(hidden, torch.ones(2, 5, dtype=torch.bool))
    for role in "qkvo":
        torch.testing.assert_close(scales[role], expected)  # full attention: one vector for all four


def test_grouped_query_adapter_has_a_kv_output_sharing_the_pooling() -> None:
    torch.manual_seed(7)
    adapter = PromptScaleAdapter(8, 4, kv_width=2)
    hidden = torch.randn(1, 5, 8)
    scales = adapter(hidden, torch.ones(1, 5, dtype=torch.bool))
    assert scales["q"].shape == scales["o"].shape == (1, 8)
    assert scales["k"].shape == scales["v"].shape == (1, 2)
    inner = F.gelu(adapter.scale_fc_1(hidden))
    w = torch.softmax(adapter.scale_weight_attention(adapter.scale_fc_2(inner)), dim=1)
    torch.testing.assert_close(
        scales["k"], torch.clamp(torch.relu((adapter.scale_fc_2_kv(inner) * w).sum(1)), max=3)
    )


def test_rotary_permutation_matches_the_weight_permutation() -> None:
    heads, head_dim = 3, 8
    weight = torch.randn(heads * head_dim, 5)
    permuted = meta_to_hf_rows(weight, heads)
    torch.testing.assert_close(permuted, weight[rotary_permutation(heads, head_dim)])
    assert sorted(rotary_permutation(heads, head_dim).tolist()) == list(range(heads * head_dim))
    # Within a head, HF's first half holds Meta's even dimensions, the second half the odd ones.
    assert rotary_permutation(1, 8).tolist() == [0, 2, 4, 6, 1, 3, 5, 7]


def test_each_thread_sees_its_own_scales() -> None:
    import threading

    context = LoraScaleContext()
    barrier = threading.Barrier(2, timeout=10)
    seen: dict[str, object] = {}

    def other() -> None:
        with context.apply({"q": 1.0}):
            barrier.wait()  # both threads are inside their blocks now
            seen["other"] = context.scale_for("q", 1)
            barrier.wait()

    thread = threading.Thread(target=other)
    thread.start()
    with context.apply({"q": 2.0}):
        barrier.wait()
        seen["main"] = context.scale_for("q", 1)
        barrier.wait()
    thread.join()
    assert seen == {"other": 1.0, "main": 2.0}
    assert not context.active
