"""wavllm-agent: give LLM agents ears.

The top-level names load lazily so that ``import wavllm_agent`` (and ``wavllm tasks``) stays fast
and does not import torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.hookspecs import hookimpl
from wavllm_agent.lazy import lazy_exports

__version__ = "0.1.0"

__all__ = [
    "Audio", "AudioLimits", "Engine", "EngineFactory", "Task", "TaskInput", "TaskParams", "TaskResult",
    "WavLLMError", "__version__", "ask", "hookimpl", "load_audio", "load_engine", "run_task",
]

_LAZY = {
    "ask": "wavllm_agent.api", "load_engine": "wavllm_agent.api", "run_task": "wavllm_agent.api",
    "Audio": "wavllm_agent.audio", "AudioLimits": "wavllm_agent.audio", "load_audio": "wavllm_agent.audio",
    "Engine": "wavllm_agent.engines.base", "EngineFactory": "wavllm_agent.engines.base",
    "Task": "wavllm_agent.tasks.base", "TaskInput": "wavllm_agent.tasks.base",
    "TaskParams": "wavllm_agent.tasks.base", "TaskResult": "wavllm_agent.results",
    "WavLLMError": "wavllm_agent.errors",
}

if TYPE_CHECKING:
    from wavllm_agent.api import ask, load_engine, run_task
    from wavllm_agent.audio import Audio, AudioLimits, load_audio
    from wavllm_agent.engines.base import Engine, EngineFactory
    from wavllm_agent.errors import WavLLMError
    from wavllm_agent.results import TaskResult
    from wavllm_agent.tasks.base import Task, TaskInput, TaskParams

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
