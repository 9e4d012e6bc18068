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


@hookimpl
def register_engines(register):  # type: ignore[no-untyped-def]
    register(EngineFactory(
        name="embedded",
        create=_embedded,
        description=("Cascade of small real models that install from PyPI: Whisper tiny.en / base "
                     "(faster-whisper), Resemblyzer speaker encoder, SmolLM2-135M-Instruct. CPU."),
        default=True,
        options={"device": "cpu or cuda", "asr_model": "model reference for English ASR",
                 "multilingual_model": "model reference for other languages and translation",
                 "llm": "model reference for the text LLM", "threads": "CPU threads"},
    ))
