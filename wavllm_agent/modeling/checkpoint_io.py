"""Saved WavLLM folders: ``config.json`` plus the trainable weights in ``model.safetensors``.

The frozen parts are not saved; the config names where they come from. Local sources written
relative to the folder a model was loaded from are rewritten as absolute paths when the model is
saved elsewhere, so the new folder still finds them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from wavllm_agent.errors import CheckpointError, ConfigError, ModelNotFoundError

WEIGHTS_NAME = "model.safetensors"
SOURCE_FIELDS = ("whisper_source", "wavlm_source", "llm_source", "tokenizer_source")
_METADATA = {"format": "pt", "content": "wavllm-trainable-parts"}
HUB_ONLY_OPTIONS = frozenset({
    "cache_dir", "force_download", "proxies", "revision", "token", "subfolder", "trust_remote_code",
    "low_cpu_mem_usage", "use_safetensors", "weights_only", "attn_implementation",
})
"""transformers' ``from_pretrained`` options about the hub or its loader: accepted, meaningless here."""


def resolve_config(ref: str | Path, overrides: dict[str, Any]) -> tuple[Any, Path | None]:
    """The config of a saved WavLLM folder (and that folder) or of a preset (and None), with overrides.

    A dict override of a sub-config is merged into it; other overrides replace fields.

    Raises:
        ModelNotFoundError: ``ref`` is neither a folder with ``config.json`` nor a preset name.
    """
    from wavllm_agent.modeling.configuration_wavllm import WavLLMConfig
    from wavllm_agent.modeling.presets import PRESETS

    folder = Path(str(ref)).expanduser()
    if (folder / "config.json").is_file():
        config = WavLLMConfig.from_pretrained(str(folder))
        for key, value in overrides.items():
            if key in WavLLMConfig.sub_configs_defaults and isinstance(value, dict):
                for field, item in value.items():
                    setattr(getattr(config, key), field, item)
            else:
                setattr(config, key, value)
        config.check()
        return config, folder.resolve()
    if str(ref) in PRESETS:
        return WavLLMConfig.from_preset(str(ref), **overrides), None
    raise ModelNotFoundError(
        f"{str(ref)!r} is neither a saved WavLLM folder nor a preset",
        hint=f"pass a folder with config.json (e.g. from 'wavllm convert') or {', '.join(PRESETS)}",
    )


def save_trainable(state: dict[str, torch.Tensor], folder: Path) -> Path:
    """Write ``state`` (trainable tensors) as safetensors into ``folder``."""
    from safetensors.torch import save_file

    path = folder / WEIGHTS_NAME
    tensors = {name: tensor.detach().to("cpu").contiguous() for name, tensor in state.items()}
    save_file(tensors, str(path), metadata=_METADATA)
    return path


def load_trainable(folder: Path) -> dict[str, torch.Tensor]:
    """The trainable tensors saved in ``folder`` (CheckpointError if the file is missing or unreadable)."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    path = folder / WEIGHTS_NAME
    if not path.is_file():
        raise CheckpointError(
            f"{folder} holds no {WEIGHTS_NAME}",
            hint="save the model with save_pretrained, or convert a release with 'wavllm convert'",
        )
    try:
        return load_file(str(path))
    except (SafetensorError, OSError) as exc:
        raise CheckpointError(f"cannot read {path}: {exc}") from exc


def check_trainable(expected: dict[str, torch.Size], found: dict[str, torch.Tensor], folder: Path) -> None:
    """Refuse a weights file whose names or shapes differ from the model's trainable parameters."""
    missing, unexpected = sorted(set(expected) - set(found)), sorted(set(found) - set(expected))
    resized = sorted(k for k in set(expected) & set(found) if tuple(expected[k]) != tuple(found[k].shape))
    if missing or unexpected or resized:

        def few(names: list[str]) -> str:
            return ", ".join(names[:4]) + (" ..." if len(names) > 4 else "")

        raise CheckpointError(
            f"the weights in {folder} do not fit this WavLLM config (missing: {few(missing)}; "
            f"unexpected: {few(unexpected)}; other shapes: {few(resized)})",
            hint="the config.json next to the weights must be the one they were saved with",
        )


def portable_sources(
    config_dict: dict[str, Any], loaded_from: Path | None, saving_to: Path
) -> dict[str, Any]:
    """Rewrite relative local sources of a config loaded from ``loaded_from`` for a copy in ``saving_to``."""
    if loaded_from is None or loaded_from.resolve() == saving_to.resolve():
        return config_dict
    for field in SOURCE_FIELDS:
        value = config_dict.get(field)
        if not value:
            continue
        prefix = "ct2:" if value.startswith("ct2:") else ""
        ref = value[len(prefix) :]
        candidate = loaded_from / ref
        if not Path(ref).is_absolute() and candidate.exists():
            config_dict[field] = prefix + str(candidate.resolve())
    return config_dict


def load_dtype(value: torch.dtype | str | None) -> torch.dtype:
    """A ``dtype`` / ``torch_dtype`` argument as a torch dtype (``None`` and ``"auto"``: float32)."""
    if value is None or value == "auto":
        return torch.float32
    if isinstance(value, str):
        resolved = getattr(torch, value, None)
        if not isinstance(resolved, torch.dtype):
            raise ConfigError(f"unknown dtype {value!r}", hint="use float32, bfloat16 or float16")
        return resolved
    return value


def load_device(device_map: Any) -> str | torch.device | None:
    """A ``device_map`` naming one device (``"auto"``: CUDA when present); a per-module map is refused."""
    if device_map is None:
        return None
    if device_map == "auto":
        return "cuda" if torch.cuda.is_available() else None
    if isinstance(device_map, dict):
        raise ConfigError("device_map must name one device", hint="WavLLM loads onto a single device")
    return device_map
