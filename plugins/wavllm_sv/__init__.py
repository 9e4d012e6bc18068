"""Built-in plugin: the ``sv`` task."""

from __future__ import annotations

from wavllm_agent.hookspecs import hookimpl
from wavllm_sv.task import SvTask

__all__ = ["SvTask", "register_tasks"]


@hookimpl
def register_tasks(register):  # type: ignore[no-untyped-def]
    register(SvTask())
