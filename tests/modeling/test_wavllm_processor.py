"""WavLLMProcessor and the tensor API: processor + model compute what the conveniences compute."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from wavllm_agent.errors import AudioError, ConfigError
from wavllm_agent.modeling import WavLLMForConditionalGeneration, WavLLMProcessor
from wavllm_agent.modeling.input_assembly import IGNORE_INDEX

INSTRUCTIONS = ["Transcribe the audio clip into text.", "Who speaks?", ""]


@pytest.mark.parametrize("seconds", [0.5, 2.4, 30.0, 34.3, 61.7])
def test_placeholders_match_the_encoded_audio_length(tiny_random, wave, seconds: float) -> None:
    clip = wave(seconds, seed=1)
    inputs = tiny_random.processor([clip], ["Hi"])
    embeds, mask = tiny_random.encode_audio([clip])
    assert int(inputs["speech_positions"].sum()) == embeds.shape[1] == int(mask.sum())
    windows = int(np.ceil(len(clip) / 480000))
    assert inputs["input_features"].shape == (windows, 80, 3000)
    assert inputs["window_owners"].tolist() == [0] * windows
    assert inputs["wavlm_lengths"].tolist() == [len(clip)]


def test_layout_labels_and_padding_sides(tiny_random, wave) -> None:
    processor = tiny_random.processor
    clips = [wave(1.0, seed=1), wave(2.0, seed=2)]
    right = processor(clips, INSTRUCTIONS[:2], ["hello", "Yes"])
    left = processor(clips, INSTRUCTIONS[:2], padding_side="left")
    assert "labels" not in left and left["attention_mask"][:, -1].all()  # left padding: rows end together
    assert right["attention_mask"][:, 0].all()
    tokenizer = tiny_random.tokenizer
    for row, target in enumerate(["hello", "Yes"]):
        labelled = right["labels"][row][right["labels"][row] != IGNORE_INDEX].tolist()
        assert labelled == tokenizer.encode(target, add_special_tokens=False) + [tokenizer.eos_token_id]
        real = right["input_ids"][row][right["attention_mask"][row].bool() & ~right["speech_positions"][row]]
        text = tokenizer.decode(real)
        assert text.startswith("<s>[INST]<<SYS>>") and f"</SPEECH> {INSTRUCTIONS[row]} [/INST]" in text
    scale = processor.scale_inputs(INSTRUCTIONS)
    first = scale["scale_input_ids"][0][scale["scale_attention_mask"][0].bool()]
    assert tokenizer.decode(first) == f'"{INSTRUCTIONS[0]}"'


def test_the_tensor_api_equals_the_waveform_conveniences(tiny_random, wave) -> None:
    clips = [wave(1.0, seed=1), wave(2.2, seed=2), wave(0.7, seed=3)]
    targets = ["abc", "de", "f"]
    with torch.no_grad():
        tensors = tiny_random(**tiny_random.processor(clips, INSTRUCTIONS, targets))
        legacy = tiny_random(clips, INSTRUCTIONS, targets)
    torch.testing.assert_close(tensors.loss, legacy.loss, atol=0, rtol=0)
    generated = tiny_random.generate(
        **tiny_random.processor(clips, INSTRUCTIONS, padding_side="left"), max_new_tokens=5
    )
    assert torch.equal(generated, tiny_random.generate_from_audio(clips, INSTRUCTIONS, max_new_tokens=5))
    assert torch.equal(generated, tiny_random.generate(clips, INSTRUCTIONS, max_new_tokens=5))


def test_rows_sharing_a_waveform_encode_it_once(tiny_random, wave, monkeypatch) -> None:
    clip = wave(1.0, seed=4)
    calls: list[int] = []
    original = tiny_random.whisper_encoder.conv1.forward  # the encoder's first step, whichever path runs it

    def spy(features, *args, **kwargs):
        calls.append(features.shape[0])
        return original(features, *args, **kwargs)

    monkeypatch.setattr(tiny_random.whisper_encoder.conv1, "forward", spy)
    inputs = tiny_random.processor([clip] * 3, ["Q"] * 3, ["Yes", "No", "Maybe"])
    assert inputs["audio_index"].tolist() == [0, 0, 0] and inputs["input_features"].shape[0] == 1
    shared = tiny_random.target_log_probs(**inputs)
    assert calls == [1]
    copies = [clip.copy() for _ in range(3)]  # different objects: no sharing, the same scores
    torch.testing.assert_close(shared, tiny_random.score_targets(copies, ["Q"] * 3, ["Yes", "No", "Maybe"]))


def test_placeholders_that_do_not_fit_the_audio_are_refused(tiny_random, wave) -> None:
    inputs = tiny_random.processor([wave(1.0)], ["Hi"])
    other = tiny_random.processor([wave(2.0)], ["Hi"])
    inputs["input_features"], inputs["wavlm_input_values"] = other["input_features"], other["wavlm_input_values"]
    inputs["window_frames"], inputs["wavlm_lengths"] = other["window_frames"], other["wavlm_lengths"]
    with pytest.raises(ConfigError, match="placeholders"):
        tiny_random(**inputs)


def test_bad_calls_are_typed_errors(tiny_random, wave) -> None:
    processor = tiny_random.processor
    with pytest.raises(AudioError):
        processor([np.zeros(10, np.float32)], ["Hi"])
    with pytest.raises(ConfigError):
        processor([wave(1.0)], ["a", "b"])
    with pytest.raises(ConfigError):
        processor([wave(1.0)], "a string, not a list")
    with pytest.raises(ConfigError):
        processor([wave(1.0)], ["a"], padding_side="middle")
    with pytest.raises(ConfigError, match="processor"):
        tiny_random(input_ids=torch.ones(1, 3, dtype=torch.long))


def test_processor_from_pretrained_and_save(tmp_path, tiny_random, wave) -> None:
    tiny_random.save_pretrained(tmp_path / "model")
    for ref in ("tiny-random", tmp_path / "model"):
        processor = WavLLMProcessor.from_pretrained(ref)
        ours, theirs = processor([wave(1.0)], ["Hi"]), tiny_random.processor([wave(1.0)], ["Hi"])
        assert ours.keys() == theirs.keys()
        assert all(torch.equal(ours[k], theirs[k]) for k in ours)
    processor.save_pretrained(tmp_path / "proc")
    whisper = json.loads((tmp_path / "proc" / "preprocessor_config.json").read_text())
    wavlm = json.loads((tmp_path / "proc" / "wavlm_preprocessor_config.json").read_text())
    assert whisper["feature_size"] == 80 and wavlm["do_normalize"] is False


def test_from_pretrained_and_save_pretrained_take_transformers_arguments(tmp_path, fresh_tiny_random) -> None:
    fresh_tiny_random.save_pretrained(tmp_path / "m", is_main_process=False)
    assert not (tmp_path / "m").exists()
    fresh_tiny_random.save_pretrained(tmp_path / "m", safe_serialization=True, max_shard_size="1GB")
    model = WavLLMForConditionalGeneration.from_pretrained(
        tmp_path / "m", torch_dtype="bfloat16", device_map="cpu", revision="main", cache_dir=str(tmp_path)
    )
    assert model.dtype == torch.bfloat16 and model.device.type == "cpu"
    config = fresh_tiny_random.config.__class__.from_pretrained(tmp_path / "m")
    config.prompt_scale_max = 2.0
    with_config = WavLLMForConditionalGeneration.from_pretrained(tmp_path / "m", config=config)
    assert with_config.config.prompt_scale_max == 2.0
    with pytest.raises(ConfigError):
        fresh_tiny_random.save_pretrained(tmp_path / "hub", push_to_hub=True)
    with pytest.raises(ConfigError):
        WavLLMForConditionalGeneration.from_pretrained("tiny-random", dtype="float9")
