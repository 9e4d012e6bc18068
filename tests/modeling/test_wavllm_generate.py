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
    original = lively._prompt_scales

    def spy(instructions):
        calls.append(list(instructions))
        return original(instructions)

    monkeypatch.setattr(lively, "_prompt_scales", spy)
    lively.generate([wave(1.0)], ["Say something."], max_new_tokens=6)
    assert calls == [["Say something."]]
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
