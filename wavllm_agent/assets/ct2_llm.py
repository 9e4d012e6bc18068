"""Causal LMs for CTranslate2: a Hugging Face folder converted once to int8, and a per-process loader.

CTranslate2 runs Llama and Qwen2 models with int8 weights and fused CPU kernels, several times
faster than transformers' ``generate`` on the same fp32 weights (see ``benchmarks/text_runtime.py``).
The converted folder (``model.bin``, ``config.json``, ``vocabulary.json``) goes to the user cache,
next to the Hugging Face folder it came from; the tokenizer (with its chat template) is still read
from the Hugging Face folder.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wavllm_agent.assets.cache import cache_root, cached_folder, is_built
from wavllm_agent.assets.quiet import quiet_transformers
from wavllm_agent.errors import CheckpointError

if TYPE_CHECKING:
    import ctranslate2

CT2_RECIPE = "ct2-v1"
"""Bumped when the conversion recipe changes, so that old converted folders are not reused."""

_generators: dict[tuple[Any, ...], Any] = {}
_generators_lock = threading.Lock()


def ct2_cache_name(hf_folder: Path, quantization: str = "int8") -> str:
    """The cache folder name of the converted model for ``hf_folder``.

    A folder in the user cache (a packaged model, de-quantised there) is named after it; any
    other folder by a digest of its path and the time its ``config.json`` changed.
    """
    folder = hf_folder.resolve()
    if folder.parent == cache_root().resolve():
        return f"{folder.name}-{CT2_RECIPE}-{quantization}"
    config = folder / "config.json"
    stamp = config.stat().st_mtime_ns if config.exists() else 0
    digest = hashlib.sha256(f"{folder}|{stamp}".encode()).hexdigest()[:12]
    stem = "".join(c if c.isalnum() or c in "._-" else "-" for c in folder.name[:40]) or "model"
    return f"llm-{stem}-{digest}-{CT2_RECIPE}-{quantization}"


def is_converted(hf_folder: Path, quantization: str = "int8") -> bool:
    """Whether the CTranslate2 version of ``hf_folder`` is already in the cache."""
    return is_built(cache_root() / ct2_cache_name(hf_folder, quantization))


def ct2_model_path(hf_folder: str | Path, *, quantization: str = "int8") -> Path:
    """The CTranslate2 folder for a Hugging Face causal-LM folder, converted on first use.

    Args:
        hf_folder: a folder with ``config.json`` and safetensors weights (Llama, Qwen2, ...).
        quantization: CTranslate2 weight type (``int8`` is the fastest on CPU).

    Raises:
        CheckpointError: CTranslate2 cannot convert the model (e.g. an unsupported architecture).
    """
    folder = Path(hf_folder)
    name = ct2_cache_name(folder, quantization)
    return cached_folder(name, lambda tmp: convert_to_ct2(folder, tmp, quantization=quantization))


def convert_to_ct2(hf_folder: Path, out_dir: Path, *, quantization: str = "int8") -> None:
    """Convert the Hugging Face causal LM in ``hf_folder`` into ``out_dir`` (CTranslate2 format).

    Raises:
        CheckpointError: the conversion failed.
    """
    from ctranslate2.converters import TransformersConverter

    quiet_transformers()
    try:
        converter = TransformersConverter(str(hf_folder), low_cpu_mem_usage=True)
        converter.convert(str(out_dir), quantization=quantization, force=True)
    except (ValueError, KeyError, OSError, RuntimeError, NotImplementedError) as exc:
        raise CheckpointError(f"CTranslate2 cannot convert the language model in {hf_folder}: {exc}",
                              hint="use llm_runtime='transformers' for this model") from exc


def load_ct2_generator(folder: str | Path, *, device: str = "cpu", compute_type: str = "int8",
                       threads: int = 1) -> ctranslate2.Generator:
    """A ``ctranslate2.Generator`` for a converted folder, loaded once per process (thread-safe).

    Args:
        folder: a CTranslate2 folder (see :func:`ct2_model_path`).
        device: ``"cpu"`` or ``"cuda"``.
        compute_type: CTranslate2 compute type.
        threads: OpenMP threads of one generation (``intra_threads``); one batch runs at a time
            (``inter_threads=1``), since the engine serialises its calls anyway.
    """
    import ctranslate2

    path = str(Path(folder).resolve())
    key = (path, device, compute_type, threads)
    with _generators_lock:
        generator = _generators.get(key)
        if generator is None:
            try:
                generator = ctranslate2.Generator(path, device=device, compute_type=compute_type,
                                                  intra_threads=threads, inter_threads=1)
            except (RuntimeError, ValueError) as exc:
                raise CheckpointError(f"cannot load the CTranslate2 model in {path}: {exc}",
                                      hint="delete that folder to have it converted again") from exc
            _generators[key] = generator
        return generator


def available_cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
