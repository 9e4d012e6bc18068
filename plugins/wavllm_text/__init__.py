"""Built-in plugin: text tasks used inside plans (``summarize``, ``translate``, ``continue``, ``instruct``)."""

from __future__ import annotations

from wavllm_agent.hookspecs import hookimpl
from wavllm_text.tasks import ContinueTask, InstructTask, SummarizeTask, TranslateTask

__all__ = ["ContinueTask", "InstructTask", "SummarizeTask", "TranslateTask", "register_tasks"]


@hookimpl
def register_tasks(register):  # type: ignore[no-untyped-def]
    for task in (SummarizeTask(), TranslateTask(), ContinueTask(), InstructTask()):
        register(task)
