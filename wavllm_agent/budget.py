"""Per-call budgets: how many new tokens an answer may take, how long the audio may be.

A caller sets them for one call (``run_task(..., max_new_tokens=64, max_audio_seconds=600)``,
``--max-new-tokens`` on the CLI); engines read them where they generate. Audio over its budget is
refused before decoding (:class:`~wavllm_agent.audio.AudioLimits`); an answer that would need more
new tokens than its budget raises :class:`~wavllm_agent.errors.LimitError` instead of returning a
silently cut answer. Tasks also bound their own outputs (a 20-word summary needs few tokens); only
the caller's budget is an error when it is reached.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator
from dataclasses import dataclass

from wavllm_agent.errors import ConfigError, LimitError

DEFAULT_MAX_NEW_TOKENS = 1024


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < 1:
        raise ConfigError(f"{name} must be at least 1, got {raw!r}")
    return value


@dataclass(frozen=True)
class Budget:
    """Budgets of one call.

    Attributes:
        max_new_tokens: most tokens one generated answer may take (default 1024; env
            ``WAVLLM_AGENT_MAX_NEW_TOKENS``).
    """

    max_new_tokens: int

    @classmethod
    def from_env(cls) -> Budget:
        """The default budget, from ``WAVLLM_AGENT_MAX_NEW_TOKENS``."""
        return cls(_env_int("WAVLLM_AGENT_MAX_NEW_TOKENS", DEFAULT_MAX_NEW_TOKENS))

    def new_tokens(self, requested: int) -> int:
        """How many new tokens a generation asking for ``requested`` may take."""
        return max(1, min(requested, self.max_new_tokens))

    def check_finished(self, *, requested: int, generated: int, finished: bool) -> None:
        """Raise :class:`LimitError` when the caller's budget (not the task's own bound) cut an answer.

        Args:
            requested: what the task asked for.
            generated: how many new tokens were produced.
            finished: whether the model ended its answer itself (end-of-sequence token).
        """
        if not finished and generated >= self.max_new_tokens and self.max_new_tokens < requested:
            raise LimitError(
                f"the answer needed more than {self.max_new_tokens} new tokens, the budget of this call",
                hint="raise it with max_new_tokens=, --max-new-tokens or WAVLLM_AGENT_MAX_NEW_TOKENS",
            )


_current: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("wavllm_budget", default=None)


def current_budget() -> Budget:
    """The budget in force: the innermost :func:`budget_scope`, else the default."""
    return _current.get() or Budget.from_env()


@contextlib.contextmanager
def budget_scope(max_new_tokens: int | None = None) -> Iterator[Budget]:
    """Apply a budget to everything called inside the ``with`` block (None keeps the default).

    Raises:
        ConfigError: a budget below 1.
    """
    if max_new_tokens is not None and max_new_tokens < 1:
        raise ConfigError(f"max_new_tokens must be at least 1, got {max_new_tokens}")
    budget = Budget(max_new_tokens) if max_new_tokens is not None else current_budget()
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)
