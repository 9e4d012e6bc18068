"""What every wavllm LangChain tool shares: the engine, error handling, async and JSON artifacts.

* Bad input (a missing or undecodable file, an unknown language or task, arguments a task
  refuses, an instruction that cannot be planned) raises :class:`ToolException`; with
  ``handle_tool_error=True`` (the default) the agent gets the message as the tool's output and
  can correct itself. Arguments that do not fit the schema are reported the same way. Any other
  exception is a bug and propagates.
* ``_arun`` runs the blocking work in a thread executor, so the event loop stays free. Calls from
  many threads are safe: the core API holds the engine's lock while a model runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, Literal

from langchain_core.runnables.config import run_in_executor
from langchain_core.tools import BaseTool, ToolException
from pydantic import ValidationError

from wavllm_agent.engines.base import Engine
from wavllm_agent.errors import UsageError, validation_problems


@contextlib.contextmanager
def tool_errors() -> Iterator[None]:
    """Turn the library's bad-input errors into :class:`ToolException` (the agent's to fix)."""
    try:
        yield
    except UsageError as exc:
        raise ToolException(f"error: {exc}") from exc


def validation_message(exc: ValidationError | Exception) -> str:
    """A short, readable account of arguments that do not fit a tool's schema."""
    if isinstance(exc, ValidationError):
        problems = validation_problems(exc.errors())
        return f"error: invalid arguments: {problems}"
    return f"error: invalid arguments: {exc}"


class AudioTool(BaseTool):
    """Base of the wavllm tools: holds the engine and the shared error and async behaviour.

    Attributes:
        engine: an :class:`~wavllm_agent.engines.base.Engine`, a registered engine's name, or
            None for the default engine; resolved on each call (engines are built once per process).
    """

    engine: Any = None
    response_format: Literal["content", "content_and_artifact"] = "content_and_artifact"
    handle_tool_error: Any = True
    handle_validation_error: Any = validation_message

    def __init__(self, engine: Engine | str | None = None, **kwargs: Any) -> None:
        super().__init__(engine=engine, **kwargs)

    def resolved_engine(self) -> Engine:
        """The engine the next call runs on."""
        from wavllm_agent.api import resolve_engine

        with tool_errors():  # an unknown engine name is the caller's to fix
            return resolve_engine(self.engine)

    async def _arun(self, *args: Any, **kwargs: Any) -> Any:
        # The models are blocking CPU/GPU work: run them off the event loop. run_in_executor
        # also carries the context (callbacks, config) into the worker thread.
        kwargs.pop("run_manager", None)
        return await run_in_executor(None, self._run, *args, **kwargs)
