"""Built-in plugin: the ``er`` task."""

from __future__ import annotations

from wavllm_agent.hookspecs import hookimpl
from wavllm_er.task import ErTask

__all__ = ["ErTask", "register_tasks"]


@hookimpl
def register_tasks(register):  # type: ignore[no-untyped-def]
    register(ErTask())
