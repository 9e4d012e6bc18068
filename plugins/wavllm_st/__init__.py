"""Built-in plugin: speech translation (``st``)."""

from __future__ import annotations

from wavllm_agent.hookspecs import hookimpl
from wavllm_st.task import StTask

__all__ = ["StTask", "register_tasks"]


@hookimpl
def register_tasks(register):  # type: ignore[no-untyped-def]
    register(StTask())
