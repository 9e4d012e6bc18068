"""The registry of tasks and engines collected from the plugins' hooks."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wavllm_agent.errors import UnknownEngineError, UnknownTaskError
from wavllm_agent.plugins import get_plugin_manager, warn

if TYPE_CHECKING:
    from wavllm_agent.engines.base import EngineFactory
    from wavllm_agent.tasks.base import Task


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    listed = ", ".join(sorted(known)) or "none"
    return (f"did you mean {close[0]!r}? " if close else "") + f"known: {listed}"


@dataclass
class Registry:
    """Tasks and engine factories by name, with the plugin that brought each."""

    tasks: dict[str, Task] = field(default_factory=dict)
    task_plugins: dict[str, str] = field(default_factory=dict)
    engines: dict[str, EngineFactory] = field(default_factory=dict)
    engine_plugins: dict[str, str] = field(default_factory=dict)

    def task(self, name: str) -> Task:
        """The task called ``name``.

        Raises:
            UnknownTaskError: with the known names and the closest match.
        """
        try:
            return self.tasks[name]
        except KeyError:
            raise UnknownTaskError(f"unknown task {name!r}", hint=_suggest(name, list(self.tasks))) from None

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
                f"unknown engine {name!r}", hint=_suggest(name, list(self.engines))
            ) from None

    def default_engine(self) -> str:
        """The name of the default engine (the first one registered with ``default=True``)."""
        for name, factory in self.engines.items():
            if factory.default:
                return name
        if not self.engines:
            raise UnknownEngineError("no engine is registered", hint="reinstall wavllm-agent")
        return next(iter(self.engines))


def _collect() -> Registry:
    from wavllm_agent.engines.base import EngineFactory
    from wavllm_agent.tasks.base import Task

    manager = get_plugin_manager()
    reg = Registry()
    owner = {"name": ""}

    def register_task(task: Task) -> None:
        if not isinstance(task, Task):
            raise TypeError(f"register() takes a Task instance, got {type(task).__name__}")
        if task.name in reg.tasks:
            warn(f"plugin {owner['name']!r} registers task {task.name!r}, which "
                 f"{reg.task_plugins[task.name]!r} already provides; keeping the first")
            return
        reg.tasks[task.name] = task
        reg.task_plugins[task.name] = owner["name"]

    def register_engine(factory: EngineFactory) -> None:
        if not isinstance(factory, EngineFactory):
            raise TypeError(f"register() takes an EngineFactory, got {type(factory).__name__}")
        if factory.name in reg.engines:
            warn(f"plugin {owner['name']!r} registers engine {factory.name!r}, which "
                 f"{reg.engine_plugins[factory.name]!r} already provides; keeping the first")
            return
        reg.engines[factory.name] = factory
        reg.engine_plugins[factory.name] = owner["name"]

    for info in manager.plugins():
        plugin = manager.pm.get_plugin(info.name)
        for hook, callback in (("register_tasks", register_task), ("register_engines", register_engine)):
            impls = [i for i in getattr(manager.pm.hook, hook).get_hookimpls() if i.plugin is plugin]
            for impl in impls:
                owner["name"] = info.name
                try:
                    impl.function(**({"register": callback} if "register" in impl.argnames else {}))
                except Exception as exc:  # noqa: BLE001 - a plugin's bug must not stop the host
                    warn(f"plugin {info.name!r} failed in {hook}: {type(exc).__name__}: {exc}")
    return reg


_REGISTRY: Registry | None = None


def get_registry() -> Registry:
    """The process-wide registry, collected from the plugins on first use."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _collect()
    return _REGISTRY


def reset_registry() -> None:
    """Forget the collected registry (the next call collects it again)."""
    global _REGISTRY
    _REGISTRY = None
