"""Built-in plugin: automatic speech recognition (``asr``)."""

from __future__ import annotations

from wavllm_agent.hookspecs import hookimpl
from wavllm_asr.task import AsrTask

__all__ = ["AsrTask", "register_tasks"]


@hookimpl
def register_tasks(register):  # type: ignore[no-untyped-def]
    register(AsrTask())
