"""save_pretrained / from_pretrained, and loading frozen parts from Hugging Face folders."""

from __future__ import annotations

import json

import pytest
import torch
from safetensors import safe_open

from wavllm_agent.errors import CheckpointError, ModelNotFoundError
from wavllm_agent.modeling import WavLLMConfig, WavLLMForConditionalGeneration


def _perturb(model) -> None:
    generator = torch.Generator().manual_seed(3)
    with torch.no_grad():
        for tensor in model.trainable_state_dict().values():
            tensor.add_(torch.randn(tensor.shape, generator=generator) * 0.05)


def test_round_trip_saves_only_trainable_parts_and_reproduces_outputs(
    fresh_tiny_random, wave, tmp_path
) -> None:
    model = fresh_tiny_random
    _perturb(model)
    clip, text = [wave(1.0)], ["Transcribe it."]
    before = model.generate(clip, text, max_new_tokens=6, output_scores=True, return_dict_in_generate=True)
    model.save_pretrained(tmp_path)
    with safe_open(str(tmp_path / "model.safetensors"), "pt") as handle:
        saved = set(handle.keys())
    assert saved == set(model.trainable_state_dict())
    assert not any(key.startswith(("whisper_encoder.", "wavlm.")) or "base_layer" in key for key in saved)
    config = json.loads((tmp_path / "config.json").read_text())
    assert config["model_type"] == "wavllm" and config["tokenizer_source"] == "builtin:bytes"

    loaded = WavLLMForConditionalGeneration.from_pretrained(tmp_path)
    after = loaded.generate(clip, text, max_new_tokens=6, output_scores=True, return_dict_in_generate=True)
    assert torch.equal(before.sequences, after.sequences)
    for a, b in zip(before.scores, after.scores, strict=True):
        torch.testing.assert_close(a, b, atol=0, rtol=0)
    for name, tensor in model.state_dict().items():
        assert torch.equal(tensor, loaded.state_dict()[name]), name


def test_loading_keeps_frozen_parts_frozen_and_in_eval_mode(tmp_path, fresh_tiny_random) -> None:
    fresh_tiny_random.save_pretrained(tmp_path)
    loaded = WavLLMForConditionalGeneration.from_pretrained(tmp_path)
    assert not loaded.training
    assert not any(p.requires_grad for p in loaded.llm.model.embed_tokens.parameters())
    assert all(p.requires_grad for p in loaded.prompt_adapter.parameters())


def test_bf16_load(tmp_path, fresh_tiny_random, wave) -> None:
    fresh_tiny_random.save_pretrained(tmp_path)
    model = WavLLMForConditionalGeneration.from_pretrained(tmp_path, dtype=torch.bfloat16)
    assert {p.dtype for p in model.parameters()} == {torch.bfloat16}
    assert model.llm.model.rotary_emb.inv_freq.dtype == torch.float32  # rotary angles keep full precision
    embeds, mask = model.encode_audio([wave(1.0)])
    assert embeds.dtype == torch.bfloat16 and mask.all()
    scale = model.prompt_scale(["hi"])
    assert scale.dtype == torch.bfloat16 and 0 <= scale.min() and scale.max() <= 3
    assert model.generate([wave(1.0)], ["hi"], max_new_tokens=3).shape == (1, 3)


def test_weights_that_do_not_fit_are_refused(tmp_path, fresh_tiny_random) -> None:
    fresh_tiny_random.save_pretrained(tmp_path)
    config = json.loads((tmp_path / "config.json").read_text())
    config["lora_r"] = 8
    (tmp_path / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError):
        WavLLMForConditionalGeneration.from_pretrained(tmp_path)
    (tmp_path / "model.safetensors").unlink()
    with pytest.raises(CheckpointError, match="model.safetensors"):
        WavLLMForConditionalGeneration.from_pretrained(tmp_path)


def test_unknown_reference_is_model_not_found(tmp_path) -> None:
    with pytest.raises(ModelNotFoundError):
        WavLLMForConditionalGeneration.from_pretrained(tmp_path / "nothing-here")


def _hf_folders(tmp_path):
    """A full (encoder-decoder) Whisper checkpoint, a WavLM one and a LLaMA one, like hub folders."""
    from transformers import LlamaForCausalLM, WavLMModel, WhisperForConditionalGeneration

    config = WavLLMConfig.from_preset("tiny-random")
    torch.manual_seed(0)
    whisper = WhisperForConditionalGeneration(config.whisper_config)
    whisper.save_pretrained(tmp_path / "whisper")
    WavLMModel(config.wavlm_config).save_pretrained(tmp_path / "wavlm")
    LlamaForCausalLM(config.llm_config).save_pretrained(tmp_path / "llm")
    return whisper


def test_frozen_parts_load_from_hugging_face_folders(tmp_path) -> None:
    whisper = _hf_folders(tmp_path)
    model = WavLLMForConditionalGeneration.from_pretrained(
        "tiny-random",
        whisper_source=str(tmp_path / "whisper"),
        wavlm_source=str(tmp_path / "wavlm"),
        llm_source=str(tmp_path / "llm"),
        tokenizer_source="builtin:bytes",
    )
    for name, tensor in whisper.model.encoder.state_dict().items():  # only the encoder, decoder ignored
        assert torch.equal(model.whisper_encoder.state_dict()[name], tensor), name
    random = WavLLMForConditionalGeneration.from_pretrained("tiny-random")
    assert not torch.equal(random.llm.lm_head.weight, model.llm.lm_head.weight)

    # Saved with sources relative to its folder, the model still finds them after moving elsewhere.
    model.config.llm_source = "../llm"
    model.save_pretrained(tmp_path / "saved")
    reloaded = WavLLMForConditionalGeneration.from_pretrained(tmp_path / "saved")
    reloaded.save_pretrained(tmp_path / "elsewhere" / "copy")
    copy = WavLLMForConditionalGeneration.from_pretrained(tmp_path / "elsewhere" / "copy")
    assert torch.equal(copy.llm.lm_head.weight, model.llm.lm_head.weight)


def test_wavlm_input_normalisation_follows_the_wavlm_folder(tmp_path, wave) -> None:
    _hf_folders(tmp_path)
    (tmp_path / "wavlm" / "preprocessor_config.json").write_text(json.dumps({"do_normalize": True}))
    model = WavLLMForConditionalGeneration.from_pretrained(
        "tiny-random", wavlm_source=str(tmp_path / "wavlm")
    )
    assert model.config.wavlm_normalize_input
    clip = wave(1.0)
    values = model.frontend.wavlm_input(clip)[0]
    assert abs(float(values.mean())) < 1e-4 and abs(float(values.std()) - 1) < 1e-2
    torch.testing.assert_close(
        model.frontend.wavlm_input(clip * 4), model.frontend.wavlm_input(clip), atol=1e-4, rtol=1e-4
    )


def test_a_frozen_folder_of_other_sizes_is_a_checkpoint_error(tmp_path) -> None:
    _hf_folders(tmp_path)
    with pytest.raises(CheckpointError):
        WavLLMForConditionalGeneration.from_pretrained(
            "tiny-random",
            llm_source=str(tmp_path / "llm"),
            llm_config={"hidden_size": 96, "intermediate_size": 96},
        )


def test_a_ctranslate2_name_without_prefix_gets_a_hint() -> None:
    with pytest.raises(ModelNotFoundError) as info:
        WavLLMForConditionalGeneration.from_pretrained("tiny-random", whisper_source="whisper-tiny.en")
    assert "ct2:" in info.value.hint
