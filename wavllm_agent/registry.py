"""The registry: tasks, engines and REPL commands collected from the plugins' hooks.

Every hook is collected the same way: :meth:`~wavllm_agent.plugins.PluginManager.call_each` calls
it on one plugin at a time with a ``register`` callback that knows which plugin is registering.
The first plugin to take a name keeps it (built-ins load first); a later one is reported.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wavllm_agent.engines.base import EngineFactory
from wavllm_agent.errors import UnknownEngineError, UnknownTaskError, UsageError
from wavllm_agent.plugins import PluginManager, get_plugin_manager, warn
from wavllm_agent.tasks.base import Task


def suggest(name: str, known: list[str]) -> str:
    """A hint naming the closest of ``known`` to ``name``, and all of them."""
    close = difflib.get_close_matches(name, known, n=1)
    listed = ", ".join(sorted(known)) or "none"
    return (f"did you mean {close[0]!r}? " if close else "") + f"known: {listed}"


@dataclass(frozen=True)
class Command:
    """A REPL command, ``/name ARGS``: ``handler(session, args)`` runs it.

    Attributes:
        name: the word after the slash.
        handler: called with the REPL session and the text after the command.
        help: one line for ``/help``.
        usage: what follows the name, for ``/help`` (``"PATH"``).
        plugin: the plugin that registered it (None for the REPL's own commands).
    """

    name: str
    handler: Callable[..., Any]
    help: str
    usage: str = ""
    plugin: str | None = None


@dataclass
class Registry:
    """Tasks, engine factories and REPL commands by name, with the plugin that brought each."""

    tasks: dict[str, Task] = field(default_factory=dict)
    task_plugins: dict[str, str] = field(default_factory=dict)
    engines: dict[str, EngineFactory] = field(default_factory=dict)
    engine_plugins: dict[str, str] = field(default_factory=dict)
    commands: dict[str, Command] = field(default_factory=dict)
    """Commands plugins add to the REPL (the REPL's built-ins are not here, and win a clash)."""

    def task(self, name: str) -> Task:
        """The task called ``name``.

        Raises:
            UnknownTaskError: with the known names and the closest match.
        """
        try:
            return self.tasks[name]
        except KeyError:
            raise UnknownTaskError(f"unknown task {name!r}", hint=suggest(name, list(self.tasks))) from None

    def engine_factory(self, name: str | None = None) -> EngineFactory:
        """The engine factory called ``name``, or the default one.

        Raises:
            UnknownEngineError: with the known names.
        """
        if name is None:
            return self.engines[self.default_engine()]
        try:
            return self.engines[name]
        except KeyError:
            raise UnknownEngineError(
                f"unknown engine {name!r}", hint=suggest(name, list(self.engines))
            ) from None

    def default_engine(self) -> str:
        """The name of the default engine (the first one registered with ``default=True``)."""
        for name, factory in self.engines.items():
            if factory.default:
                return name
        if not self.engines:
            raise UnknownEngineError("no engine is registered", hint="reinstall wavllm-agent")
        return next(iter(self.engines))


def collect(manager: PluginManager) -> Registry:
    """Call ``register_tasks``, ``register_engines`` and ``register_commands`` on every plugin."""
    reg = Registry()

    def taken(kind: str, name: str, owner: str, first: str) -> None:
        warn(f"plugin {owner!r} registers {kind} {name!r}, which {first!r} already provides; keeping the first")

    def tasks_for(owner: str) -> dict[str, Any]:
        def register(task: Task) -> None:
            if not isinstance(task, Task):
                raise TypeError(f"register() takes a Task instance, got {type(task).__name__}")
            if task.name in reg.tasks:
                taken("task", task.name, owner, reg.task_plugins[task.name])
                return
            reg.tasks[task.name] = task
            reg.task_plugins[task.name] = owner
        return {"register": register}

    def engines_for(owner: str) -> dict[str, Any]:
        def register(factory: EngineFactory) -> None:
            if not isinstance(factory, EngineFactory):
                raise TypeError(f"register() takes an EngineFactory, got {type(factory).__name__}")
            if factory.name in reg.engines:
                taken("engine", factory.name, owner, reg.engine_plugins[factory.name])
                return
            reg.engines[factory.name] = factory
            reg.engine_plugins[factory.name] = owner
        return {"register": register}

    def commands_for(owner: str) -> dict[str, Any]:
        def register(name: str, handler: Callable[..., Any], help: str = "", usage: str = "") -> None:  # noqa: A002
            clean = str(name).strip().lstrip("/")
            if not clean or any(c.isspace() for c in clean):
                raise UsageError(f"invalid command name {name!r}")
            if not callable(handler):
                raise UsageError(f"the handler of /{clean} is not callable")
            if clean in reg.commands:
                taken("command", "/" + clean, owner, reg.commands[clean].plugin or "")
                return
            reg.commands[clean] = Command(clean, handler, help or "(plugin command)", usage, owner)
        return {"register": register}

    manager.call_each("register_tasks", tasks_for)
    manager.call_each("register_engines", engines_for)
    manager.call_each("register_commands", commands_for)
    return reg


_CACHE: tuple[PluginManager, int, Registry] | None = None


def get_registry() -> Registry:
    """The process-wide registry, collected from the plugins on first use.

    It is collected again whenever the plugin manager changed since (a new manager, or a plugin
    added with :func:`~wavllm_agent.plugins.register_object`).
    """
    global _CACHE
    manager = get_plugin_manager()
    if _CACHE is None or _CACHE[0] is not manager or _CACHE[1] != manager.generation:
        _CACHE = (manager, manager.generation, collect(manager))
    return _CACHE[2]


def reset_registry() -> None:
    """Forget the collected registry (the next call collects it again)."""
    global _CACHE
    _CACHE = None
