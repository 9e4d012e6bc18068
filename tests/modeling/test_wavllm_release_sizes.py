"""The converter reads head counts (config, arguments, tensors) and refuses to guess them."""

from __future__ import annotations

import pytest
import torch
from wavllm_release_reference import ReleaseReference, ReleaseSizes, build_release_state_dict

from wavllm_agent.errors import CheckpointError
from wavllm_agent.modeling import WavLLMForConditionalGeneration, convert_fairseq_checkpoint
from wavllm_agent.modeling.release_sizes import llm_heads, wavlm_heads, whisper_heads

INSTRUCTION = "Is there only one speaker in the audio clip?"


def test_a_checkpoint_without_head_counts_is_refused_naming_the_option(tmp_path) -> None:
    torch.save({"model": build_release_state_dict()}, tmp_path / "final.pt")
    with pytest.raises(CheckpointError, match="attention heads") as info:
        convert_fairseq_checkpoint(tmp_path / "final.pt", tmp_path / "a")
    assert "--llm-heads" in info.value.hint
    with pytest.raises(CheckpointError, match="Whisper") as info:
        convert_fairseq_checkpoint(tmp_path / "final.pt", tmp_path / "b", llm_heads=2)
    assert "--whisper-heads" in info.value.hint
    assert not (tmp_path / "a" / "model.safetensors").exists()


def test_a_128_wide_llama_with_4_heads_converts_exactly_when_told(tmp_path, wave) -> None:
    sizes = ReleaseSizes(dim=128, n_heads=4)  # a width/128 rule would read it as one head
    state = build_release_state_dict(sizes, seed=2)
    torch.save({"model": state}, tmp_path / "final.pt")
    out = convert_fairseq_checkpoint(tmp_path / "final.pt", tmp_path / "out", llm_heads=4, whisper_heads=1)
    model = WavLLMForConditionalGeneration.from_pretrained(out, tokenizer_source="builtin:bytes")
    assert model.config.llm_config.num_attention_heads == 4
    reference = ReleaseReference(state, sizes)
    clip = wave(1.5, seed=2)
    pieces = model.prompt_builder.pieces(INSTRUCTION)
    sequence = torch.cat(
        [reference.embed(pieces.prefix), reference.encode_audio(clip), reference.embed(pieces.suffix)]
    )
    expected = reference.logits(sequence, reference.prompt_scale(model.prompt_builder.scale_prompt(INSTRUCTION)))
    with torch.no_grad():
        ours = model(**model.processor([clip], [INSTRUCTION])).logits[0]
    torch.testing.assert_close(ours, expected, atol=2e-3 * float(expected.abs().max()), rtol=1e-3)
    wrong = convert_fairseq_checkpoint(tmp_path / "final.pt", tmp_path / "wrong", llm_heads=2, whisper_heads=1)
    misread = WavLLMForConditionalGeneration.from_pretrained(wrong, tokenizer_source="builtin:bytes")
    with torch.no_grad():
        bad = misread(**misread.processor([clip], [INSTRUCTION])).logits[0]
    assert (bad - expected).abs().max() > 10 * 2e-3 * float(expected.abs().max())  # the count matters


def test_head_count_sources_in_order() -> None:
    assert llm_heads(4096, None) == 32  # the release's LLaMA-2-7B
    assert llm_heads(256, {"model": {"n_heads": 2}}) == 2
    assert llm_heads(256, {"n_heads": 4}, explicit=8) == 8  # the argument wins
    assert llm_heads(256, {"llama_n_heads": 4}) == 4  # an argparse-style flat config
    assert whisper_heads(1280, None) == 20
    assert whisper_heads(384, {"model": {"whisper_path": "openai/whisper-tiny.en"}}) == 6
    assert whisper_heads(64, {"model": {"encoder_attention_heads": 1}}) == 1
    state = {"w.encoder.layers.0.attention.rel_attn_embed.weight": torch.zeros(320, 12)}
    assert wavlm_heads(state, "w.", 768) == 12


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: llm_heads(128, None), "attention heads"),
        (lambda: llm_heads(256, {"model": {"n_heads": 3}}), "do not divide"),
        (lambda: llm_heads(96, None, explicit=32), "even head widths"),  # 3-wide heads cannot rotate
        (lambda: whisper_heads(100, None), "not a published Whisper size"),
        (lambda: whisper_heads(64, {"model": {"whisper_path": "openai/whisper-large-v2"}}), "1280 wide"),
        (lambda: wavlm_heads({}, "w.", 768), "lacks"),
    ],
)
def test_ambiguous_or_inconsistent_sizes_are_refused(call, message: str) -> None:
    with pytest.raises(CheckpointError, match=message):
        call()
