"""Built-in plugin: the ``sqa`` task."""

from __future__ import annotations

from wavllm_agent.hookspecs import hookimpl
from wavllm_sqa.task import SqaTask

__all__ = ["SqaTask", "register_tasks"]


@hookimpl
def register_tasks(register):  # type: ignore[no-untyped-def]
    register(SqaTask())
