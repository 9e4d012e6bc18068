"""The frozen parts of WavLLM - Whisper encoder, WavLM, LLM and tokenizer - built or loaded.

Each part comes from its ``*_source`` in :class:`~wavllm_agent.modeling.WavLLMConfig`:

* ``None``: random weights from the sub-config, seeded with ``random_init_seed`` (plus a fixed
  offset per part), so that a saved model that holds only its trainable weights reloads to the very
  same network;
* ``ct2:<ref>`` (Whisper): a CTranslate2 Whisper model rebuilt into an HF ``WhisperEncoder`` by
  :func:`wavllm_agent.assets.ct2_whisper.load_whisper_encoder_from_ct2`;
* a local folder (relative paths resolve against the saved model's folder), a known model name of
  :mod:`wavllm_agent.assets.resolve`, or a hub id: read by transformers' ``from_pretrained``, which
  builds the module on the meta device and streams the weight shards into it, so peak memory stays
  near the weights' size. Hub ids are looked up with ``local_files_only`` unless the caller says
  the machine is online. The sub-config of the WavLLM config is authoritative (it is passed to
  ``from_pretrained``), so e.g. the release's ``rms_norm_eps`` applies whatever the folder says.

A model that needs no files (every source ``None``, tokenizer ``builtin:bytes``) builds offline in
well under a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from wavllm_agent.assets.quiet import quiet_transformers
from wavllm_agent.errors import CheckpointError, ModelNotFoundError

_HUB_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")
_SEED_OFFSETS = {"whisper": 101, "wavlm": 202, "llm": 303}
# Whisper checkpoints hold the whole encoder-decoder; only the encoder's tensors are wanted.
_WHISPER_ENCODER_KEYS = {r"^(?:model\.)?encoder\.": ""}


@dataclass
class FrozenParts:
    """The modules WavLLM does not train, plus the LLM's tokenizer."""

    whisper: nn.Module
    wavlm: nn.Module
    llm: nn.Module
    tokenizer: Any


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Run the block with the global CPU RNG seeded, restoring the caller's RNG state after."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        yield


def random_part(kind: str, config: Any, dtype: torch.dtype = torch.float32) -> nn.Module:
    """A frozen part with seeded random weights (``kind``: whisper, wavlm or llm) in ``dtype``.

    Built through transformers' ``_from_config`` so that buffers that must stay in float32 (the
    rotary frequencies) do, which a later ``.to(dtype)`` would not guarantee.
    """
    from transformers import LlamaForCausalLM, WavLMModel
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    classes = {
        "whisper": (WhisperEncoder, config.whisper_config),
        "wavlm": (WavLMModel, config.wavlm_config),
        "llm": (LlamaForCausalLM, config.llm_config),
    }
    model_class, sub_config = classes[kind]
    with seeded(int(config.random_init_seed) + _SEED_OFFSETS[kind]):
        return model_class._from_config(sub_config, dtype=dtype).eval()


def load_tokenizer(source: str | None, *, base_dir: Path | None, local_files_only: bool) -> Any:
    """The LLM tokenizer named by ``source`` (``builtin:bytes``, a folder, known name or hub id)."""
    if source is None:
        raise ModelNotFoundError(
            "the WavLLM config names no tokenizer", hint="set tokenizer_source (or llm_source) in the config"
        )
    if source == "builtin:bytes":
        from wavllm_agent.modeling.byte_tokenizer import build_byte_tokenizer

        return build_byte_tokenizer()
    from transformers import AutoTokenizer

    location = _hf_location(source, kind="llm", base_dir=base_dir)
    try:
        return AutoTokenizer.from_pretrained(location, local_files_only=local_files_only)
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(
            f"cannot load a tokenizer from {source!r}: {exc}",
            hint="pass a local model folder, or go online for a hub id",
        ) from exc


def load_frozen_parts(
    config: Any,
    *,
    base_dir: Path | None = None,
    dtype: torch.dtype = torch.float32,
    local_files_only: bool = True,
) -> FrozenParts:
    """Build or load every frozen part that ``config`` names (see the module docstring)."""
    whisper = _load_whisper(config, base_dir, dtype, local_files_only)
    wavlm = _load_hf_part("wavlm", config.wavlm_source, config, base_dir, dtype, local_files_only)
    follow_wavlm_preprocessor(config, base_dir)
    llm = _load_hf_part("llm", config.llm_source, config, base_dir, dtype, local_files_only)
    tokenizer_source = config.tokenizer_source or config.llm_source
    tokenizer = load_tokenizer(tokenizer_source, base_dir=base_dir, local_files_only=local_files_only)
    return FrozenParts(whisper=whisper, wavlm=wavlm, llm=llm, tokenizer=tokenizer)


def _load_whisper(
    config: Any, base_dir: Path | None, dtype: torch.dtype, local_files_only: bool
) -> nn.Module:
    source = config.whisper_source
    if source is None or not source.startswith("ct2:"):
        return _load_hf_part("whisper", source, config, base_dir, dtype, local_files_only)
    try:
        from wavllm_agent.assets.ct2_whisper import load_whisper_encoder_from_ct2
        from wavllm_agent.assets.resolve import resolve_model
    except ImportError as exc:
        raise ModelNotFoundError(
            "this installation cannot read CTranslate2 Whisper models", hint="reinstall wavllm-agent"
        ) from exc
    ref = source[len("ct2:") :]
    local = _local_path(ref, base_dir)
    path = local if local is not None else resolve_model(ref, kind="whisper")
    encoder, whisper_config = load_whisper_encoder_from_ct2(path, dtype)
    _check_shapes(
        "whisper",
        whisper_config,
        config.whisper_config,
        ("d_model", "encoder_layers", "encoder_attention_heads", "num_mel_bins"),
    )
    return encoder


def _load_hf_part(
    kind: str,
    source: str | None,
    config: Any,
    base_dir: Path | None,
    dtype: torch.dtype,
    local_files_only: bool,
) -> nn.Module:
    if source is None:
        return random_part(kind, config, dtype)
    from transformers import LlamaForCausalLM, WavLMModel
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    classes = {
        "whisper": (WhisperEncoder, config.whisper_config, _WHISPER_ENCODER_KEYS),
        "wavlm": (WavLMModel, config.wavlm_config, None),
        "llm": (LlamaForCausalLM, config.llm_config, None),
    }
    model_class, sub_config, key_mapping = classes[kind]
    location = _hf_location(source, kind=kind, base_dir=base_dir)
    kwargs: dict[str, Any] = {"config": sub_config, "dtype": dtype, "local_files_only": local_files_only}
    if key_mapping:
        kwargs["key_mapping"] = key_mapping
    quiet_transformers()
    try:
        model, info = model_class.from_pretrained(location, output_loading_info=True, **kwargs)
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(
            f"cannot load the {kind} weights from {source!r}: {exc}",
            hint="pass a local Hugging Face folder, or go online for a hub id",
        ) from exc
    except RuntimeError as exc:  # transformers raises this for tensors of other shapes
        raise CheckpointError(
            f"the {kind} weights in {source!r} do not fit the configured model: {exc}",
            hint="check that the WavLLM config's sub-config matches that checkpoint",
        ) from exc
    missing = [key for key in info.get("missing_keys", []) if "inv_freq" not in key]
    mismatched = info.get("mismatched_keys", [])
    if missing or mismatched:
        raise CheckpointError(
            f"the {kind} weights in {source!r} do not fit the configured model "
            f"(missing: {sorted(missing)[:5]}, mismatched: {list(mismatched)[:5]})",
            hint="check that the WavLLM config's sub-config matches that checkpoint",
        )
    return model.eval()


def follow_wavlm_preprocessor(config: Any, base_dir: Path | None) -> None:
    """Normalise WavLM's input as the WavLM folder's own feature extractor says, where it says."""
    import json

    folder = _local_path(config.wavlm_source, base_dir) if config.wavlm_source else None
    settings = folder / "preprocessor_config.json" if folder is not None else None
    if settings is not None and settings.is_file():
        do_normalize = json.loads(settings.read_text()).get("do_normalize")
        if isinstance(do_normalize, bool):
            config.wavlm_normalize_input = do_normalize


def _local_path(ref: str, base_dir: Path | None) -> Path | None:
    """``ref`` as an existing local path (relative paths: the model folder first, then the cwd)."""
    candidate = Path(ref).expanduser()
    if not candidate.is_absolute() and base_dir is not None and (base_dir / candidate).exists():
        return base_dir / candidate
    return candidate if candidate.exists() else None


def _hf_location(source: str, *, kind: str, base_dir: Path | None) -> str:
    """A local folder for ``source``, or the hub id itself (from_pretrained fetches only what it needs)."""
    local = _local_path(source, base_dir)
    if local is not None:
        return str(local)
    from wavllm_agent.assets.resolve import find_known_model, resolve_model

    known = find_known_model(source)
    if known is not None and known.kind == "llm" and kind == "llm":
        return str(resolve_model(source, kind="llm"))
    if known is not None and known.kind == "whisper" and kind == "whisper":
        raise ModelNotFoundError(
            f"{source!r} is a CTranslate2 Whisper model", hint=f"write the source as 'ct2:{source}'"
        )
    if _HUB_ID.match(source):
        return source
    raise ModelNotFoundError(
        f"no local folder, known model or hub id matches the {kind} source {source!r}",
        hint="set the source to a local Hugging Face folder or a hub id",
    )


def _check_shapes(kind: str, found: Any, wanted: Any, fields: tuple[str, ...]) -> None:
    differing = {
        f: (getattr(found, f, None), getattr(wanted, f, None))
        for f in fields
        if getattr(found, f, None) != getattr(wanted, f, None)
    }
    if differing:
        raise CheckpointError(
            f"the {kind} weights do not fit the configured model: {differing} (found, wanted)",
            hint="use a preset or config whose sub-config matches that checkpoint",
        )
