"""Convert the released fairseq ``final.pt`` into a folder that ``from_pretrained`` loads.

Key map (release -> this package; ``L`` = ``gpt_model.model_llama.``)::

    audio_encoder.subsample.conv_layers.{0,1}.*     -> whisper_adapter.subsample.conv_layers.{0,1}.*
    audio_encoder.adapter.{down_layer,up_layer,layer_norm}.*  -> whisper_adapter.bottleneck.*
    audio_encoder.projector.*                       -> whisper_adapter.projector.*
    wavlm_encoder.{subsample,adapter,projector}.*   -> wavlm_adapter.{subsample,bottleneck,projector}.*
    wavlm_encoder.output_weights                    -> wavlm_layer_weights.weights
    wavlm_audio_proj.*, audio_proj.* (unused)       -> fusion.proj.*, audio_proj.*
    L layers.i.attention.wX_lora_A (in x r)         -> llm.model.layers.i.self_attn.X_proj.lora_A.weight = A.T
    L layers.i.attention.wX_lora_B (r x out)        -> ... X_proj.lora_B.weight = B.T (q, k: rotary-permuted)
    L scale_fc_1, scale_fc_2, scale_weight_attention -> prompt_adapter.* (same names)
    audio_encoder.model.*, wavlm_encoder.model.*    -> frozen Whisper encoder, WavLM (HF names already)
    L tok_embeddings, norm, output                  -> frozen LLaMA embed_tokens, norm, lm_head
    L layers.i.attention.w{q,k,v,o}                 -> ... self_attn.{q,k,v,o}_proj (q, k: rotary-permuted)
    L layers.i.feed_forward.w{1,2,3}                -> ... mlp.{gate,down,up}_proj
    L layers.i.{attention_norm,ffn_norm}            -> ... {input,post_attention}_layernorm

The release's LLaMA is in Meta's layout, whose rotary embedding rotates interleaved pairs of q/k
dimensions; Hugging Face's rotates halves. The usual permutation of ``wq``/``wk`` rows (as in
transformers' ``convert_llama_weights_to_hf``) converts one into the other; the LoRA ``B`` of q and
k is permuted the same way, and since the one scale vector multiplies output dimensions of q, k, v
and o alike, the converted config sets ``scale_rotary_permuted`` so that q and k read the permuted
copy of it while v and o read it plainly. It also sets ``bos_after_audio`` (the release's generator
starts the text after the audio with BOS) and the release's ``rms_norm_eps`` of 1e-6.

Without ``base`` the output folder is self-contained: the frozen encoders and LLM from the
checkpoint are written as Hugging Face folders under ``frozen/`` (the tokenizer is not in the
checkpoint: ``tokenizer_source`` names LLaMA-2-chat's hub id; override it for offline use). With
``base`` (a preset name or a saved WavLLM folder) only the trainable parts are written and the
frozen parts come from the base's sources, after checking that the checkpoint's frozen tensors have
the base's shapes. Grouped-query targets cannot hold the release's one-vector scale and are refused.

Head counts are read, never assumed (:mod:`~wavllm_agent.modeling.release_sizes`): from the
arguments, the checkpoint's config (a fairseq ``cfg`` pickled as an omegaconf ``DictConfig`` loads
as inert placeholders and is read as plain data), the release's known sizes, or WavLM's tensors; a
checkpoint whose sizes are ambiguous is refused with an error that names the argument to pass.
The output folder also holds both feature extractors' configs: ``frozen/whisper/
preprocessor_config.json`` (Whisper log-mels) and ``frozen/wavlm/preprocessor_config.json``
(whether WavLM's input is normalised: off by default, as in microsoft/wavlm-base, which the release
loads; ``wavlm_normalize`` overrides).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import torch

from wavllm_agent.errors import CheckpointError
from wavllm_agent.modeling import checkpoint_io, release_sizes
from wavllm_agent.modeling.configuration_wavllm import WavLLMConfig

LLAMA = "gpt_model.model_llama."
_PROJ = {"wq": "q_proj", "wk": "k_proj", "wv": "v_proj", "wo": "o_proj"}
_FFN = {"w1": "gate_proj", "w2": "down_proj", "w3": "up_proj"}
_BRANCH_PARTS = {"subsample": "subsample", "adapter": "bottleneck", "projector": "projector"}
_LLAMA2_TOKENIZER = "meta-llama/Llama-2-7b-chat-hf"


def meta_to_hf_rows(weight: torch.Tensor, n_heads: int) -> torch.Tensor:
    """Permute the output rows of a q/k weight (or LoRA B.T) from Meta's rotary layout to HF's."""
    rows = weight.shape[0]
    head_dim = rows // n_heads
    return weight.reshape(n_heads, head_dim // 2, 2, *weight.shape[1:]).transpose(1, 2).reshape(weight.shape)


def convert_fairseq_checkpoint(
    src: Path,
    out_dir: Path,
    *,
    base: str | None = None,
    tokenizer: str | None = None,
    llm_heads: int | None = None,
    whisper_heads: int | None = None,
    wavlm_normalize: bool | None = None,
) -> Path:
    """Convert the release's ``final.pt`` at ``src`` into a WavLLM folder ``out_dir``; return ``out_dir``.

    ``tokenizer`` names where the LLaMA tokenizer comes from (a local folder with ``tokenizer.model``
    or a hub id such as ``meta-llama/Llama-2-7b-chat-hf``): the checkpoint holds none.
    ``llm_heads`` / ``whisper_heads`` state head counts the checkpoint does not;
    ``wavlm_normalize`` whether WavLM's input is normalised (default: no, as the release's WavLM-base).

    Raises:
        UnsafeCheckpointError: the pickle would run code (nothing is executed).
        CheckpointError: keys or shapes that cannot be mapped (e.g. a grouped-query target), or
            sizes the checkpoint leaves ambiguous (the message names the argument to pass).
    """
    from wavllm_agent.modeling.safe_checkpoint import load_checkpoint_safely, plain_config, release_state_dict

    loaded = load_checkpoint_safely(Path(src))
    state = release_state_dict(loaded)
    cfg = plain_config(loaded.get("cfg") or loaded.get("args")) if isinstance(loaded, dict) else None
    if base is None:
        config = _config_from_shapes(state, cfg, llm_heads=llm_heads, whisper_heads=whisper_heads)
    else:
        config = _config_from_base(base, state)
    if wavlm_normalize is not None:
        config.wavlm_normalize_input = bool(wavlm_normalize)
    frozen = _frozen_tensors(state, config)
    if base is not None:
        _check_frozen_shapes(frozen, config)
    trainable, used = _trainable_tensors(state, config)
    used |= {key for part in frozen.values() for key in part["sources"]}
    leftover = sorted(set(state) - used)
    if leftover:
        raise CheckpointError(
            f"the checkpoint has tensors this converter cannot place: {leftover[:8]}",
            hint="is this the released WavLLM final.pt?",
        )
    if tokenizer is not None:
        config.tokenizer_source = str(tokenizer)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if base is None:
        _write_frozen(frozen, config, out)
    config.save_pretrained(out)
    checkpoint_io.save_trainable(trainable, out)
    return out


# -- configuration -------------------------------------------------------------------------------
def _count_layers(state: dict[str, torch.Tensor], pattern: str) -> int:
    indices = {int(m.group(1)) for key in state if (m := re.match(pattern, key))}
    return max(indices) + 1 if indices else 0


def _require(state: dict[str, torch.Tensor], key: str) -> torch.Tensor:
    if key not in state:
        raise CheckpointError(f"the checkpoint lacks {key!r}", hint="is this the released WavLLM final.pt?")
    return state[key]


def _release_fields(state: dict[str, torch.Tensor]) -> dict[str, Any]:
    """Adapter, LoRA and prompt-adapter sizes read off the tensors, plus the release's fixed choices."""
    lora_a = _require(state, f"{LLAMA}layers.0.attention.wq_lora_A")
    has_adapter = f"{LLAMA}scale_fc_1.weight" in state
    fields: dict[str, Any] = {
        "whisper_conv_channels": _require(state, "audio_encoder.subsample.conv_layers.0.weight").shape[0],
        "wavlm_conv_channels": _require(state, "wavlm_encoder.subsample.conv_layers.0.weight").shape[0],
        "adapter_width": _require(state, "audio_encoder.subsample.conv_layers.1.weight").shape[0] // 2,
        "adapter_bottleneck": _require(state, "audio_encoder.adapter.down_layer.weight").shape[0],
        "projector_width": _require(state, "audio_encoder.projector.weight").shape[0],
        "keep_unused_audio_proj": "audio_proj.weight" in state,
        "lora_r": lora_a.shape[1],
        "lora_alpha": lora_a.shape[1],
        "lora_dropout": 0.1,
        "prompt_format": "llama2",
        "bos_after_audio": True,
        "lora_scale_mode": "prompt" if has_adapter else "static",
    }
    if has_adapter:
        fields["prompt_adapter_hidden"] = state[f"{LLAMA}scale_fc_1.weight"].shape[0]
    return fields


def _config_from_shapes(
    state: dict[str, torch.Tensor], cfg: Any, *, llm_heads: int | None, whisper_heads: int | None
) -> WavLLMConfig:
    embed = _require(state, f"{LLAMA}tok_embeddings.weight")
    vocab, dim = embed.shape
    wk = _require(state, f"{LLAMA}layers.0.attention.wk.weight")
    if wk.shape[0] != dim:
        raise CheckpointError(
            f"k_proj is {wk.shape[0]} wide, the hidden size {dim}: grouped-query attention",
            hint="the release's scale vector only maps onto full multi-head attention",
        )
    heads = release_sizes.llm_heads(dim, cfg, llm_heads)
    llm = {
        "vocab_size": vocab,
        "hidden_size": dim,
        "num_hidden_layers": _count_layers(state, rf"{LLAMA}layers\.(\d+)\."),
        "intermediate_size": _require(state, f"{LLAMA}layers.0.feed_forward.w1.weight").shape[0],
        "num_attention_heads": heads,
        "num_key_value_heads": heads,
        "rms_norm_eps": 1e-6,
        "max_position_embeddings": 4096,
        "bos_token_id": 1,
        "eos_token_id": 2,
        "pad_token_id": 0,
    }
    whisper_dim = _require(state, "audio_encoder.model.conv1.weight").shape[0]
    whisper = {
        "d_model": whisper_dim,
        "num_mel_bins": state["audio_encoder.model.conv1.weight"].shape[1],
        "encoder_layers": _count_layers(state, r"audio_encoder\.model\.layers\.(\d+)\."),
        "encoder_attention_heads": release_sizes.whisper_heads(whisper_dim, cfg, whisper_heads),
        "encoder_ffn_dim": _require(state, "audio_encoder.model.layers.0.fc1.weight").shape[0],
        "max_source_positions": _require(state, "audio_encoder.model.embed_positions.weight").shape[0],
    }
    return WavLLMConfig(
        whisper_config=whisper,
        wavlm_config=_wavlm_fields(state),
        llm_config=llm,
        whisper_source="frozen/whisper",
        wavlm_source="frozen/wavlm",
        llm_source="frozen/llm",
        tokenizer_source=_LLAMA2_TOKENIZER,
        scale_rotary_permuted=True,
        **_release_fields(state),
    )


def _wavlm_fields(state: dict[str, torch.Tensor]) -> dict[str, Any]:
    prefix = "wavlm_encoder.model."
    hidden = _require(state, f"{prefix}feature_projection.projection.weight").shape[0]
    n_conv = _count_layers(state, rf"{re.escape(prefix)}feature_extractor\.conv_layers\.(\d+)\.")
    convs = [state[f"{prefix}feature_extractor.conv_layers.{i}.conv.weight"] for i in range(n_conv)]
    pos_key = next(
        (
            k
            for k in state
            if k.startswith(f"{prefix}encoder.pos_conv_embed.conv.") and k.endswith(("weight_v", "original1"))
        ),
        None,
    )
    if pos_key is None:
        raise CheckpointError("the checkpoint lacks WavLM's positional convolution")
    all_norms = all(
        f"{prefix}feature_extractor.conv_layers.{i}.layer_norm.weight" in state for i in range(n_conv)
    )
    return {
        "hidden_size": hidden,
        "num_attention_heads": release_sizes.wavlm_heads(state, prefix, hidden),
        "num_hidden_layers": _count_layers(state, rf"{re.escape(prefix)}encoder\.layers\.(\d+)\."),
        "intermediate_size": _require(
            state, f"{prefix}encoder.layers.0.feed_forward.intermediate_dense.weight"
        ).shape[0],
        "conv_dim": [w.shape[0] for w in convs],
        "conv_kernel": [w.shape[2] for w in convs],
        "conv_stride": [5] + [2] * (n_conv - 1),
        "conv_bias": f"{prefix}feature_extractor.conv_layers.0.conv.bias" in state,
        "feat_extract_norm": "layer" if all_norms else "group",
        "num_conv_pos_embeddings": state[pos_key].shape[2],
        "num_conv_pos_embedding_groups": hidden // state[pos_key].shape[1],
        "num_buckets": _require(state, f"{prefix}encoder.layers.0.attention.rel_attn_embed.weight").shape[0],
        "hidden_dropout": 0.0,
        "activation_dropout": 0.0,
        "attention_dropout": 0.0,
        "feat_proj_dropout": 0.0,
        "layerdrop": 0.0,
        "apply_spec_augment": False,
    }


def _config_from_base(base: str, state: dict[str, torch.Tensor]) -> WavLLMConfig:
    from wavllm_agent.modeling.presets import PRESETS

    if base in PRESETS:
        config = WavLLMConfig.from_preset(base)
    elif (Path(base) / "config.json").is_file():
        config = WavLLMConfig.from_pretrained(base)
    else:
        raise CheckpointError(
            f"base {base!r} is neither a preset nor a WavLLM folder",
            hint=f"use one of {', '.join(PRESETS)} or a folder with config.json",
        )
    if config.is_grouped_query:
        raise CheckpointError(
            "the base LLM uses grouped-query attention; the release's scale vector cannot map onto it",
            hint="convert onto a full-attention LLaMA such as the wavllm-7b preset",
        )
    llm = config.llm_config
    found = (
        *_require(state, f"{LLAMA}tok_embeddings.weight").shape,
        _count_layers(state, rf"{LLAMA}layers\.(\d+)\."),
    )
    if found != (llm.vocab_size, llm.hidden_size, llm.num_hidden_layers):
        raise CheckpointError(
            f"the checkpoint's LLM (vocabulary, width, layers) {found} does not fit the base "
            f"{(llm.vocab_size, llm.hidden_size, llm.num_hidden_layers)}",
            hint="convert without base=, or with a base of the same sizes",
        )
    for key, value in _release_fields(state).items():
        setattr(config, key, value)
    config.scale_rotary_permuted = True
    config.llm_config.rms_norm_eps = 1e-6
    config.preset = None
    config.check()
    return config


# -- tensors -------------------------------------------------------------------------------------
def _trainable_tensors(
    state: dict[str, torch.Tensor], config: WavLLMConfig
) -> tuple[dict[str, torch.Tensor], set[str]]:
    out: dict[str, torch.Tensor] = {}
    used: set[str] = set()

    def take(src: str, dst: str, transform: Any = None) -> None:
        tensor = _require(state, src)
        out[dst] = (transform(tensor) if transform else tensor).contiguous()
        used.add(src)

    for release, ours in (("audio_encoder", "whisper_adapter"), ("wavlm_encoder", "wavlm_adapter")):
        for key in [k for k in state if k.startswith(f"{release}.") and k.split(".")[1] in _BRANCH_PARTS]:
            part = key.split(".")[1]
            take(key, f"{ours}.{_BRANCH_PARTS[part]}.{key.split('.', 2)[2]}")
    take("wavlm_encoder.output_weights", "wavlm_layer_weights.weights")
    for suffix in ("weight", "bias"):
        take(f"wavlm_audio_proj.{suffix}", f"fusion.proj.{suffix}")
        if config.keep_unused_audio_proj:
            take(f"audio_proj.{suffix}", f"audio_proj.{suffix}")
        if config.lora_scale_mode == "prompt":
            for name in ("scale_fc_1", "scale_fc_2", "scale_weight_attention"):
                take(f"{LLAMA}{name}.{suffix}", f"prompt_adapter.{name}.{suffix}")
    heads = config.llm_config.num_attention_heads
    for layer in range(config.llm_config.num_hidden_layers):
        for meta, hf in _PROJ.items():
            src = f"{LLAMA}layers.{layer}.attention.{meta}_lora_"
            dst = f"llm.model.layers.{layer}.self_attn.{hf}."
            take(src + "A", dst + "lora_A.weight", lambda a: a.t())
            rows = (lambda b: meta_to_hf_rows(b.t(), heads)) if meta in ("wq", "wk") else (lambda b: b.t())
            take(src + "B", dst + "lora_B.weight", rows)
    return out, used


def _frozen_tensors(state: dict[str, torch.Tensor], config: WavLLMConfig) -> dict[str, dict[str, Any]]:
    """Frozen tensors under their HF names: part -> {"tensors": {name: tensor}, "sources": [release keys]}."""
    parts: dict[str, dict[str, Any]] = {}
    for part, prefix in (("whisper", "audio_encoder.model."), ("wavlm", "wavlm_encoder.model.")):
        keys = [k for k in state if k.startswith(prefix)]
        tensors = {
            _wavlm_weight_norm_name(k[len(prefix) :]) if part == "wavlm" else k[len(prefix) :]: state[k]
            for k in keys
        }
        parts[part] = {"tensors": tensors, "sources": keys}
    heads = config.llm_config.num_attention_heads
    llm: dict[str, torch.Tensor] = {}
    sources: list[str] = []
    for key, tensor in state.items():
        if not key.startswith(LLAMA) or "_lora_" in key or key.startswith(f"{LLAMA}scale_"):
            continue
        name = key[len(LLAMA) :]
        mapped = _llama_name(name)
        if mapped is None:
            continue
        if re.search(r"attention\.w[qk]\.weight$", name):
            tensor = meta_to_hf_rows(tensor, heads)
        llm[mapped] = tensor
        sources.append(key)
    parts["llm"] = {"tensors": llm, "sources": sources}
    return parts


def _wavlm_weight_norm_name(name: str) -> str:
    # Older checkpoints store weight norm as weight_g / weight_v; current modules use parametrizations.
    return name.replace("conv.weight_g", "conv.parametrizations.weight.original0").replace(
        "conv.weight_v", "conv.parametrizations.weight.original1"
    )


def _llama_name(name: str) -> str | None:
    fixed = {
        "tok_embeddings.weight": "model.embed_tokens.weight",
        "norm.weight": "model.norm.weight",
        "output.weight": "lm_head.weight",
    }
    if name in fixed:
        return fixed[name]
    match = re.fullmatch(r"layers\.(\d+)\.(.+)", name)
    if match is None:
        return None
    layer, rest = match.groups()
    head = f"model.layers.{layer}."
    if m := re.fullmatch(r"attention\.(w[qkvo])\.weight", rest):
        return f"{head}self_attn.{_PROJ[m.group(1)]}.weight"
    if m := re.fullmatch(r"feed_forward\.(w[123])\.weight", rest):
        return f"{head}mlp.{_FFN[m.group(1)]}.weight"
    return {
        "attention_norm.weight": f"{head}input_layernorm.weight",
        "ffn_norm.weight": f"{head}post_attention_layernorm.weight",
    }.get(rest)


def _frozen_modules(config: WavLLMConfig) -> dict[str, torch.nn.Module]:
    """The frozen parts built on the meta device (no memory), to receive or check tensors."""
    from transformers import LlamaForCausalLM, WavLMModel
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    with torch.device("meta"):
        return {
            "whisper": WhisperEncoder(config.whisper_config),
            "wavlm": WavLMModel(config.wavlm_config),
            "llm": LlamaForCausalLM(config.llm_config),
        }


def _check_frozen_shapes(frozen: dict[str, dict[str, Any]], config: WavLLMConfig) -> None:
    for part, module in _frozen_modules(config).items():
        expected = {k: v.shape for k, v in module.state_dict().items()}
        for name, tensor in frozen[part]["tensors"].items():
            if name not in expected or expected[name] != tensor.shape:
                raise CheckpointError(
                    f"the checkpoint's {part} tensor {name} {tuple(tensor.shape)} does not fit the base "
                    f"({tuple(expected[name]) if name in expected else 'no such tensor'})",
                    hint="convert without base=, or with a base of the same sizes",
                )


def _write_frozen(frozen: dict[str, dict[str, Any]], config: WavLLMConfig, out: Path) -> None:
    for part, module in _frozen_modules(config).items():
        tensors = frozen[part]["tensors"]
        try:
            module.load_state_dict(tensors, strict=True, assign=True)
        except RuntimeError as exc:
            raise CheckpointError(f"the checkpoint's {part} tensors do not fit: {exc}") from exc
        if hasattr(module, "tie_weights"):
            module.tie_weights()
        module.save_pretrained(out / "frozen" / part, max_shard_size="2GB")
    _write_feature_extractors(config, out / "frozen")


def _write_feature_extractors(config: WavLLMConfig, frozen: Path) -> None:
    """Each encoder folder gets its feature extractor's config, as Hugging Face folders carry them."""
    from transformers import Wav2Vec2FeatureExtractor, WhisperFeatureExtractor

    WhisperFeatureExtractor(
        feature_size=config.whisper_config.num_mel_bins,
        sampling_rate=config.sampling_rate,
        chunk_length=config.whisper_chunk_seconds,
    ).save_pretrained(frozen / "whisper")
    Wav2Vec2FeatureExtractor(
        feature_size=1,
        sampling_rate=config.sampling_rate,
        padding_value=0.0,
        do_normalize=bool(config.wavlm_normalize_input),
        return_attention_mask=True,
    ).save_pretrained(frozen / "wavlm")
