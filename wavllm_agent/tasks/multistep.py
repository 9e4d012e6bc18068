"""The one name of multi-step instructions (several tasks asked in one instruction).

Multi-step is no registered task: ``wavllm ask`` plans and runs it, ``wavllm eval`` scores it by
the instruction-following rate, and training composes such instructions from several sub-tasks.
All three use :data:`MULTI_STEP` and accept the older spellings in :data:`MULTI_STEP_ALIASES`.
"""

from __future__ import annotations

__all__ = ["MULTI_STEP", "MULTI_STEP_ALIASES", "MULTI_STEP_METRICS", "canonical_task_name"]

MULTI_STEP = "multi-step"
"""The task name of multi-step rows in manifests, training configs and ``wavllm eval`` output."""

MULTI_STEP_ALIASES = frozenset({MULTI_STEP, "multi_step", "multistep", "multi", "ask", "ifr"})
"""Spellings read as :data:`MULTI_STEP` (evaluation called it ``ask`` and training ``multi`` before)."""

MULTI_STEP_METRICS = ("ifr",)
"""The metrics that score multi-step rows (the instruction-following rate)."""


def canonical_task_name(name: str) -> str:
    """``name`` in lower case without surrounding spaces, any multi-step spelling as :data:`MULTI_STEP`."""
    clean = name.strip().lower()
    return MULTI_STEP if clean in MULTI_STEP_ALIASES else clean
