"""generate: greedy, sampling and beam search on tiny-random; batching never changes a request's output."""

from __future__ import annotations

import pytest
import torch

from wavllm_agent.modeling import RELEASE_GENERATION

INSTRUCTIONS = ["Transcribe the audio clip into text.", "What emotion does the speaker show?", ""]


@pytest.fixture(scope="module")
def lively(tiny_random_module):
    return tiny_random_module


@pytest.fixture(scope="module")
def tiny_random_module():
    """A tiny-random model whose LoRA and prompt adapter are not neutral (B = 0 would hide bugs)."""
    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    model = WavLLMForConditionalGeneration.from_pretrained("tiny-random")
    generator = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for lora in model.lora_layers:
            lora.lora_B.weight.copy_(torch.randn(lora.lora_B.weight.shape, generator=generator) * 0.5)
        model.prompt_adapter.scale_fc_2.bias.uniform_(0.0, 3.0, generator=generator)
    return model


def _strip(row: torch.Tensor, pad: int) -> list[int]:
    values = row.tolist()
    while values and values[-1] == pad:
        values.pop()
    return values


def test_greedy_batch_equals_one_at_a_time(lively, wave) -> None:
    clips = [wave(1.0, seed=1), wave(2.0, seed=2), wave(0.6, seed=3)]
    batch = lively.generate(clips, INSTRUCTIONS, max_new_tokens=8)
    assert batch.shape[0] == 3
    pad = lively._pad_id()
    for index, (clip, text) in enumerate(zip(clips, INSTRUCTIONS, strict=True)):
        alone = lively.generate([clip], [text], max_new_tokens=8)
        assert _strip(batch[index], pad) == _strip(alone[0], pad)


def test_output_depends_on_the_audio_and_the_instruction(lively, wave) -> None:
    def first_scores(seed: int, text: str) -> torch.Tensor:
        out = lively.generate(
            [wave(1.0, seed=seed)], [text], max_new_tokens=1, output_scores=True, return_dict_in_generate=True
        )
        return out.scores[0][0]

    base = first_scores(1, INSTRUCTIONS[0])
    assert torch.equal(base, first_scores(1, INSTRUCTIONS[0]))  # deterministic: any difference is signal
    assert (base - first_scores(7, INSTRUCTIONS[0])).abs().max() > 1e-4
    assert (base - first_scores(1, INSTRUCTIONS[1])).abs().max() > 1e-4


def test_generate_uses_the_prompt_scale_computed_once_per_request(lively, wave, monkeypatch) -> None:
    calls = []
    original = lively._compute_scales_for_rows

    def spy(rows):
        calls.append([list(row) for row in rows])
        return original(rows)

    monkeypatch.setattr(lively, "_compute_scales_for_rows", spy)
    lively.clear_prompt_scale_cache()
    lively.generate([wave(1.0)], ["Say something."], max_new_tokens=6)
    assert calls == [[lively.prompt_builder.scale_prompt("Say something.")]]  # once, not once per step
    with lively.lora_context.apply(None):  # the base LLM alone answers differently: LoRA is in use
        plain = lively.llm.generate(
            inputs_embeds=lively.build_inputs(
                [wave(1.0)], ["Say something."], padding_side="left"
            ).inputs_embeds,
            max_new_tokens=6,
            do_sample=False,
            pad_token_id=lively._pad_id(),
        )
    assert not torch.equal(plain, lively.generate([wave(1.0)], ["Say something."], max_new_tokens=6))


def test_sampling_follows_the_seed_and_temperature(lively, wave) -> None:
    clip = [wave(1.0)]
    torch.manual_seed(11)
    first = lively.generate(clip, ["Describe it."], do_sample=True, temperature=1.5, max_new_tokens=12)
    torch.manual_seed(11)
    again = lively.generate(clip, ["Describe it."], do_sample=True, temperature=1.5, max_new_tokens=12)
    assert torch.equal(first, again)
    greedy = lively.generate(clip, ["Describe it."], max_new_tokens=12)
    cold = lively.generate(clip, ["Describe it."], do_sample=True, temperature=1e-4, max_new_tokens=12)
    assert torch.equal(cold, greedy)  # temperature -> 0 is greedy
    assert not torch.equal(first, greedy)
    top1 = lively.generate(clip, ["Describe it."], do_sample=True, top_k=1, max_new_tokens=12)
    assert torch.equal(top1, greedy)
    release = lively.generate(clip, ["Describe it."], **{**RELEASE_GENERATION, "max_new_tokens": 12})
    assert release.shape[0] == 1 and release.shape[1] <= 12


def test_beam_search_scores_at_least_as_well_as_greedy(lively, wave) -> None:
    clip, text = [wave(1.2, seed=4)], ["Answer briefly."]
    inputs = lively.build_inputs(clip, text, padding_side="left")

    def log_prob(tokens: torch.Tensor) -> float:
        embeds = torch.cat([inputs.inputs_embeds, lively.llm.get_input_embeddings()(tokens)], dim=1)
        with torch.no_grad(), lively.lora_context.apply(lively._prompt_scales(text)):
            logits = lively.llm(inputs_embeds=embeds).logits[0, inputs.inputs_embeds.shape[1] - 1 : -1]
        return float(torch.log_softmax(logits, -1).gather(1, tokens[0, :, None]).sum())

    greedy = lively.generate(clip, text, max_new_tokens=5, min_new_tokens=5)
    beams = lively.generate(clip, text, max_new_tokens=5, min_new_tokens=5, num_beams=4)
    assert beams.shape == (1, 5)
    assert log_prob(beams) >= log_prob(greedy) - 1e-4
    two = lively.generate(clip * 2, text * 2, max_new_tokens=5, min_new_tokens=5, num_beams=4)
    assert torch.equal(two[0], beams[0]) and torch.equal(two[1], beams[0])


def test_generate_text_decodes_new_tokens(lively, wave) -> None:
    texts = lively.generate_text([wave(1.0)], ["Hi"], max_new_tokens=4)
    ids = lively.generate([wave(1.0)], ["Hi"], max_new_tokens=4)
    assert texts == [lively.tokenizer.decode(ids[0], skip_special_tokens=True).strip()]


def test_prompt_layout_is_the_release_text(tiny_random) -> None:
    pieces = tiny_random.prompt_builder.pieces("Translate the audio clip into German.", "Hallo")
    decode = tiny_random.tokenizer.decode
    system = tiny_random.config.system_prompt
    assert decode(pieces.prefix) == f"<s>[INST]<<SYS>>\n{system}\n<</SYS>>\n\n<SPEECH>"
    assert decode(pieces.suffix) == " </SPEECH> Translate the audio clip into German. [/INST]"
    assert decode(pieces.target) == "Hallo</s>"
    assert decode(tiny_random.prompt_builder.scale_prompt("")) == '""'


def test_release_token_rules_never_pick_token_0_nor_end_first(lively, wave) -> None:
    clip, text = [wave(1.0, seed=2)], ["Describe it."]
    eos = lively.tokenizer.eos_token_id
    with torch.no_grad():  # make both banned tokens the model's favourites, so the rules must act
        lm_head = lively.llm.lm_head.weight
        saved = lm_head[[0, eos]].clone()
        lm_head[[0, eos]] = lm_head[[0, eos]] * 0 + lively.llm.model.norm.weight * 50
    try:
        free = lively.generate(clip, text, max_new_tokens=4)
        assert free[0, 0].item() in (0, eos)  # without the rules a banned token wins at once
        out = lively.generate(
            clip, text, max_new_tokens=4, release_token_rules=True, output_scores=True, return_dict_in_generate=True
        )
        assert 0 not in out.sequences[0].tolist() and out.sequences[0, 0].item() != eos
        assert all(torch.isinf(step[:, 0]).all() for step in out.scores)
        assert torch.isinf(out.scores[0][:, eos]).all() and torch.isfinite(out.scores[1][:, eos]).all()
        torch.manual_seed(0)
        sampled = lively.generate(clip, text, **{**RELEASE_GENERATION, "max_new_tokens": 4})
        assert 0 not in sampled[0].tolist() and sampled[0, 0].item() != eos
    finally:
        with torch.no_grad():
            lm_head[[0, eos]] = saved
    assert RELEASE_GENERATION["release_token_rules"] is True and RELEASE_GENERATION["temperature"] == 0.5
