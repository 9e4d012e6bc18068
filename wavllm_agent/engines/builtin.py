"""Built-in plugin: the engines shipped with wavllm-agent.

The factories import their engine modules only when an engine is first built, so listing engines
stays fast and torch-free.
"""

from __future__ import annotations

from typing import Any

from wavllm_agent.engines.base import Engine, EngineFactory
from wavllm_agent.hookspecs import hookimpl


def _embedded(**options: Any) -> Engine:
    from wavllm_agent.engines.embedded import EmbeddedEngine

    return EmbeddedEngine(**options)


def _wavllm(**options: Any) -> Engine:
    from wavllm_agent.engines.wavllm import WavLLMEngine

    return WavLLMEngine(**options)


@hookimpl
def register_engines(register):  # type: ignore[no-untyped-def]
    register(EngineFactory(
        name="embedded",
        create=_embedded,
        description=("Cascade of small real models that install from PyPI: Whisper tiny.en / base "
                     "(faster-whisper), Resemblyzer speaker encoder, Qwen2.5-Coder-0.5B-Instruct (CTranslate2 int8). CPU."),
        default=True,
        options={"device": "cpu or cuda", "asr_model": "model reference for English ASR",
                 "multilingual_model": "model reference for other languages and translation",
                 "llm": "model reference for the text LLM",
                 "llm_runtime": "ct2 (CTranslate2 int8, default) or transformers", "threads": "CPU threads"},
    ))
    register(EngineFactory(
        name="wavllm",
        create=_wavllm,
        description=("WavLLM: Whisper + WavLM encoders, adapters and a prompt-aware LoRA'd LLM that hears "
                     "the voice. Needs --model (a converted or trained folder); GPU for the 7B."),
        options={"model": "folder from 'wavllm convert' / 'wavllm train', or a preset name",
                 "device": "cpu or cuda", "dtype": "float32, bfloat16 or float16",
                 "sampling": "greedy or release (temperature 0.5)", "batch_size": "windows per batch",
                 "max_new_tokens": "longest answer asked of the model (default 512)"},
    ))
