"""The fairseq converter: parity with a plain implementation of the released forward pass, and safety."""

from __future__ import annotations

import json
import os
import pickle
import sys
import zipfile

import pytest
import torch
from wavllm_release_reference import (
    RELEASE_CFG,
    L,
    ReleaseReference,
    ReleaseSizes,
    build_release_state_dict,
)

from wavllm_agent.errors import CheckpointError, UnsafeCheckpointError
from wavllm_agent.modeling import WavLLMForConditionalGeneration, convert_fairseq_checkpoint
from wavllm_agent.modeling.safe_checkpoint import load_checkpoint_safely, pickle_globals, plain_config

INSTRUCTION = "Translate the audio clip into German."


def test_converted_folder_layout(release) -> None:
    _, model, folder = release
    converted = folder / "converted"
    assert (converted / "config.json").is_file() and (converted / "model.safetensors").is_file()
    assert {p.name for p in (converted / "frozen").iterdir()} == {"whisper", "wavlm", "llm"}
    config = model.config
    assert config.scale_rotary_permuted and config.bos_after_audio and config.keep_unused_audio_proj
    assert config.llm_config.rms_norm_eps == 1e-6 and config.llm_config.num_attention_heads == 2
    saved = json.loads((converted / "config.json").read_text())  # the tokenizer override was for loading only
    assert (
        saved["tokenizer_source"] == "meta-llama/Llama-2-7b-chat-hf" and saved["llm_source"] == "frozen/llm"
    )
    assert config.whisper_config.encoder_attention_heads == 1  # from the checkpoint's config
    assert config.wavlm_config.num_attention_heads == 1  # from WavLM's relative-position tensor
    whisper_fe = json.loads((converted / "frozen" / "whisper" / "preprocessor_config.json").read_text())
    wavlm_fe = json.loads((converted / "frozen" / "wavlm" / "preprocessor_config.json").read_text())
    assert whisper_fe["feature_extractor_type"] == "WhisperFeatureExtractor" and whisper_fe["feature_size"] == 80
    assert wavlm_fe["feature_extractor_type"] == "Wav2Vec2FeatureExtractor" and wavlm_fe["do_normalize"] is False


def test_prompt_scale_matches_the_release(release) -> None:
    state, model, _ = release
    reference = ReleaseReference(state)
    for text in (INSTRUCTION, ""):
        ids = model.prompt_builder.scale_prompt(text)
        expected = reference.prompt_scale(ids)
        scales = model._prompt_scales([text])
        assert 0 < expected.max() and (expected < 3).any()
        torch.testing.assert_close(scales["v"][0], expected, atol=2e-3, rtol=1e-3)
        torch.testing.assert_close(scales["o"][0], expected, atol=2e-3, rtol=1e-3)
        permutation = model.prompt_adapter.rotary_permutation
        torch.testing.assert_close(scales["q"][0], expected[permutation], atol=2e-3, rtol=1e-3)


def test_audio_encoding_matches_the_release(release, wave) -> None:
    state, model, _ = release
    reference = ReleaseReference(state)
    clip = wave(2.3, seed=4)
    expected = reference.encode_audio(clip)
    embeds, mask = model.encode_audio([clip])
    assert embeds.shape[1] == expected.shape[0] == int(mask.sum())
    torch.testing.assert_close(embeds[0], expected, atol=1e-4, rtol=1e-4)


def test_llm_logits_match_the_release_with_lora_and_scale(release, wave) -> None:
    state, model, _ = release
    reference = ReleaseReference(state)
    pieces = model.prompt_builder.pieces(INSTRUCTION)
    audio = reference.encode_audio(wave(1.5, seed=2))
    sequence = torch.cat([reference.embed(pieces.prefix), audio, reference.embed(pieces.suffix)])
    scale = reference.prompt_scale(model.prompt_builder.scale_prompt(INSTRUCTION))
    expected = reference.logits(sequence, scale)
    permuted = scale[model.prompt_adapter.rotary_permutation]
    with (
        torch.no_grad(),
        model.lora_context.apply(
            {"q": permuted[None], "k": permuted[None], "v": scale[None], "o": scale[None]}
        ),
    ):
        ours = model.llm(inputs_embeds=sequence[None]).logits[0]
    with torch.no_grad(), model.lora_context.apply(None):
        plain = model.llm(inputs_embeds=sequence[None]).logits[0]
    lora_effect = (plain - expected).abs().max()
    assert lora_effect > 1.0  # the LoRA path matters, so the comparison below tests its mapping
    torch.testing.assert_close(ours, expected, atol=2e-3 * float(expected.abs().max()), rtol=1e-3)


def test_greedy_generation_matches_the_release(release, wave) -> None:
    state, model, _ = release
    reference = ReleaseReference(state)
    clip = wave(1.5, seed=2)
    pieces = model.prompt_builder.pieces(INSTRUCTION)
    assert pieces.suffix[0] == model.tokenizer.bos_token_id  # the release's generator starts with BOS
    scale = reference.prompt_scale(model.prompt_builder.scale_prompt(INSTRUCTION))
    expected = reference.greedy(pieces.prefix, reference.encode_audio(clip), pieces.suffix, scale, steps=6)
    ours = model.generate([clip], [INSTRUCTION], max_new_tokens=6, min_new_tokens=6)
    assert ours[0].tolist() == expected


def test_bare_state_dict_and_base_folder_conversion(release, tmp_path) -> None:
    state, model, folder = release
    torch.save(state, tmp_path / "bare.pt")
    out = convert_fairseq_checkpoint(
        tmp_path / "bare.pt", tmp_path / "on-base", base=str(folder / "converted")
    )
    assert not (out / "frozen").exists()  # frozen parts come from the base's sources
    on_base = WavLLMForConditionalGeneration.from_pretrained(
        out,
        tokenizer_source="builtin:bytes",
        llm_source=str(folder / "converted" / "frozen" / "llm"),
        whisper_source=str(folder / "converted" / "frozen" / "whisper"),
        wavlm_source=str(folder / "converted" / "frozen" / "wavlm"),
    )
    for name, tensor in model.trainable_state_dict().items():
        assert torch.equal(on_base.trainable_state_dict()[name], tensor), name


def test_a_base_of_other_sizes_is_refused(tmp_path) -> None:
    torch.save({"model": build_release_state_dict()}, tmp_path / "small.pt")
    with pytest.raises(CheckpointError, match="does not fit the base"):
        convert_fairseq_checkpoint(tmp_path / "small.pt", tmp_path / "out", base="wavllm-7b")
    assert not (tmp_path / "out" / "model.safetensors").exists()


def test_grouped_query_targets_are_refused(tmp_path) -> None:
    state = build_release_state_dict(ReleaseSizes(), seed=1)
    for i in range(2):  # narrow k/v projections: what a grouped-query LLM would hold
        state[f"{L}layers.{i}.attention.wk.weight"] = state[f"{L}layers.{i}.attention.wk.weight"][:128]
    torch.save({"model": state}, tmp_path / "gqa.pt")
    with pytest.raises(CheckpointError, match="grouped-query"):
        convert_fairseq_checkpoint(tmp_path / "gqa.pt", tmp_path / "out")
    torch.save({"model": build_release_state_dict()}, tmp_path / "ok.pt")
    with pytest.raises(CheckpointError, match="grouped-query"):
        convert_fairseq_checkpoint(tmp_path / "ok.pt", tmp_path / "out2", base="tiny")


def test_unknown_tensors_and_non_checkpoints_are_refused(tmp_path) -> None:
    state = build_release_state_dict()
    state["gpt_model.model_llama.mystery.weight"] = torch.zeros(3)
    torch.save({"model": state}, tmp_path / "extra.pt")
    with pytest.raises(CheckpointError, match="mystery"):
        convert_fairseq_checkpoint(tmp_path / "extra.pt", tmp_path / "out", llm_heads=2, whisper_heads=1)
    torch.save({"model": {"x": "not a tensor"}}, tmp_path / "weird.pt")
    with pytest.raises(CheckpointError):
        convert_fairseq_checkpoint(tmp_path / "weird.pt", tmp_path / "out")
    with pytest.raises(CheckpointError):
        convert_fairseq_checkpoint(tmp_path / "missing.pt", tmp_path / "out")


class WritesAFile:
    """A pickle payload: unpickling it would call ``os.system`` and create a file."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):
        return (os.system, (f"touch {self.path}",))


def test_a_malicious_checkpoint_is_refused_without_running_it(tmp_path) -> None:
    marker = tmp_path / "pwned"
    torch.save({"model": {"w": torch.zeros(2)}, "cfg": WritesAFile(str(marker))}, tmp_path / "evil.pt")
    with pytest.raises(UnsafeCheckpointError):
        convert_fairseq_checkpoint(tmp_path / "evil.pt", tmp_path / "out")
    assert not marker.exists()
    assert not (tmp_path / "out" / "model.safetensors").exists()


def test_malicious_pickles_in_other_encodings_are_refused(tmp_path) -> None:
    marker = tmp_path / "pwned2"
    payload = {"model": {"w": torch.zeros(2)}, "x": WritesAFile(str(marker))}
    for protocol in (0, 4):  # INST/GLOBAL (protocol 0) and STACK_GLOBAL (protocol 4)
        path = tmp_path / f"evil{protocol}.pt"
        torch.save(payload, path, pickle_protocol=protocol, _use_new_zipfile_serialization=protocol != 0)
        with pytest.raises(UnsafeCheckpointError):
            load_checkpoint_safely(path)
    with open(tmp_path / "plain.pkl", "wb") as handle:  # not even a torch file
        pickle.dump(WritesAFile(str(marker)), handle)
    with pytest.raises(UnsafeCheckpointError):
        load_checkpoint_safely(tmp_path / "plain.pkl")
    assert not marker.exists()


def test_fairseq_classes_load_as_inert_placeholders(release) -> None:
    _, _, folder = release
    loaded = load_checkpoint_safely(folder / "final.pt")
    assert type(loaded["cfg"]).__name__ == "InertPlaceholder"
    assert plain_config(loaded["cfg"]) == RELEASE_CFG
    assert loaded["extra_state"] == {"epoch": 3}
    assert "omegaconf" not in sys.modules  # nothing of omegaconf was imported to read it


def test_a_dictconfig_cfg_names_builtin_types_the_python_2_way_and_loads(release) -> None:
    _, _, folder = release
    with zipfile.ZipFile(folder / "final.pt") as archive:
        data = archive.read(next(n for n in archive.namelist() if n.endswith("data.pkl")))
    names = pickle_globals(data)
    # What older fairseq checkpoints hold: omegaconf classes and protocol-2 builtin type names.
    assert {"__builtin__.dict", "__builtin__.long", "typing.Any", "omegaconf.dictconfig.DictConfig"} <= names


def test_builtins_that_run_code_are_still_refused(tmp_path) -> None:
    for name in ("eval", "getattr", "exec", "__import__"):
        data = f"c__builtin__\n{name}\n(S'1'\ntR.".encode()  # protocol 0: __builtin__.NAME('1')
        (tmp_path / f"{name}.pt").write_bytes(data)
        with pytest.raises(UnsafeCheckpointError, match=name):
            load_checkpoint_safely(tmp_path / f"{name}.pt")


def test_wavlm_normalisation_is_written_and_followed(tmp_path) -> None:
    torch.save({"model": build_release_state_dict()}, tmp_path / "final.pt")
    out = convert_fairseq_checkpoint(
        tmp_path / "final.pt", tmp_path / "out", llm_heads=2, whisper_heads=1, wavlm_normalize=True
    )
    settings = json.loads((out / "frozen" / "wavlm" / "preprocessor_config.json").read_text())
    assert settings["do_normalize"] is True
    model = WavLLMForConditionalGeneration.from_pretrained(out, tokenizer_source="builtin:bytes")
    assert model.config.wavlm_normalize_input and model.processor.wavlm_feature_extractor.do_normalize
