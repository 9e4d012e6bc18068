"""Typed errors raised by wavllm-agent.

Every error the library raises on purpose derives from :class:`WavLLMError`. Each carries
``exit_code`` (what the CLI exits with: 2 for bad input or usage, 1 for an internal failure)
and an optional ``hint`` that tells the user what to do next.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class WavLLMError(Exception):
    """Base class of every error raised on purpose by wavllm-agent."""

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UsageError(WavLLMError):
    """The caller asked for something invalid: bad arguments, unknown names, bad files."""

    exit_code = 2


class AudioError(UsageError):
    """Audio input that is missing, unreadable, empty, undecodable or has no audio stream."""


class LimitError(UsageError):
    """A configured budget was exceeded (file size, audio duration, new tokens, ...)."""


class AudioLimitError(AudioError, LimitError):
    """Audio over the configured file-size or duration limit."""


class UnknownTaskError(UsageError):
    """No registered task has that name."""


class UnknownEngineError(UsageError):
    """No registered engine has that name."""


class TaskNotSupportedError(UsageError):
    """The chosen engine cannot run this task (or this variant of it)."""


class ManifestError(UsageError):
    """A manifest (JSON Lines or the released tsv) that cannot be read."""


class ConfigError(UsageError):
    """A configuration file or value that is invalid."""


class PlanError(UsageError):
    """An instruction that cannot be turned into a plan of registered tasks."""


class ModelNotFoundError(UsageError):
    """A model reference that resolves to nothing: no local path, no installed package, offline."""


class UnsafeCheckpointError(UsageError):
    """A checkpoint that could only be loaded by running code from it (an unsafe pickle)."""


class CheckpointError(UsageError):
    """A checkpoint whose keys or shapes do not fit the model it is loaded into."""


class EngineError(WavLLMError):
    """An engine failed internally while running a task."""


class PluginError(WavLLMError):
    """A plugin failed to import or raised inside a hook."""


class UnsupportedLanguageError(TaskNotSupportedError):
    """A language the library knows, but that this task cannot produce or check (e.g. a translation target)."""


def validation_problems(errors: Iterable[Mapping[str, Any]], *, subject: str = "arguments",
                        limit: int = 5) -> str:
    """One line from pydantic's ``ValidationError.errors()``: ``"loc: msg; loc: msg"``.

    Args:
        errors: the error dicts (each with ``loc`` and ``msg``).
        subject: what an error without a location is about (``"arguments"``, ``"plan"``).
        limit: at most this many problems are named; the rest are counted.
    """
    items = list(errors)
    named = [f"{'.'.join(str(p) for p in e.get('loc', ())) or subject}: {e.get('msg', '')}" for e in items[:limit]]
    more = f"; and {len(items) - limit} more" if len(items) > limit else ""
    return "; ".join(named) + more
