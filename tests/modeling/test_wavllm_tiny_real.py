"""The ``tiny`` preset with its real parts: Whisper tiny.en (from CTranslate2) and SmolLM2-135M-Instruct."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

pytestmark = pytest.mark.slow

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")


def _speech() -> list[np.ndarray]:
    import soundfile

    files = sorted(LIBRIVOX.glob("*.wav"))
    if not files:
        pytest.skip("Debian package pocketsphinx-testdata is not installed (bash scripts/setup.sh --dev)")
    clips = []
    for path in files[:2]:
        audio, rate = soundfile.read(path, dtype="float32")
        assert rate == 16000
        clips.append(audio)
    return clips


@pytest.fixture(scope="module")
def tiny():
    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    return WavLLMForConditionalGeneration.from_pretrained("tiny")


def test_whisper_encoder_is_the_real_tiny_en(tiny) -> None:
    import ctranslate2

    from wavllm_agent.assets.resolve import resolve_model

    clip = _speech()[0]
    chunks = tiny.frontend.whisper_chunks([clip])
    with torch.no_grad():
        ours = tiny.whisper_encoder(chunks.features).last_hidden_state.numpy()
    reference = ctranslate2.models.Whisper(
        str(resolve_model("whisper-tiny.en", kind="whisper")), device="cpu", compute_type="float32"
    )
    theirs = np.array(reference.encode(ctranslate2.StorageView.from_array(chunks.features.numpy())))
    assert ours.shape == theirs.shape == (1, 1500, 384)
    assert np.abs(ours - theirs).max() < 2e-2 * np.abs(theirs).max()


def test_smollm2_answers_through_the_chat_template(tiny) -> None:
    clip = _speech()[0]
    assert tiny.config.is_grouped_query
    prefix = tiny.tokenizer.decode(tiny.prompt_builder.pieces("Hi").prefix)
    assert prefix.startswith("<|im_start|>system\nAs a helpful language and speech assistant")
    assert prefix.endswith("<|im_start|>user\n<SPEECH>")
    with torch.no_grad():  # silence the untrained audio path: the frozen LLM alone must answer
        tiny.fusion.proj.weight.zero_()
        tiny.fusion.proj.bias.zero_()
    answer = tiny.generate_text(
        [clip], ["What is the capital of France? Answer in one word."], max_new_tokens=12
    )
    assert "paris" in answer[0].lower()


def test_real_model_batches_like_single_requests(tiny) -> None:
    clips = _speech()
    instructions = ["Transcribe the audio clip into text.", "Is there only one speaker in the audio clip?"]
    generator = torch.Generator().manual_seed(0)
    with torch.no_grad():  # a non-neutral LoRA and audio path, so batching errors would show
        tiny.fusion.proj.weight.normal_(std=0.02, generator=generator)
        for lora in tiny.lora_layers:
            lora.lora_B.weight.normal_(std=0.02, generator=generator)
        tiny.prompt_adapter.scale_fc_2.bias.uniform_(0.5, 2.0, generator=generator)
    embeds, mask = tiny.encode_audio(clips)
    seconds = [len(c) / 16000 for c in clips]
    assert all(abs(n - s * 12.5) <= 1 for n, s in zip(mask.sum(1).tolist(), seconds, strict=True))
    assert embeds.shape[-1] == 576
    scales = tiny._prompt_scales(instructions)
    assert scales["k"].shape == (2, 192) and scales["q"].shape == (2, 576)
    batch = tiny.generate(clips, instructions, max_new_tokens=10, min_new_tokens=10)
    for index in range(2):
        alone = tiny.generate([clips[index]], [instructions[index]], max_new_tokens=10, min_new_tokens=10)
        assert batch[index].tolist() == alone[0].tolist()
