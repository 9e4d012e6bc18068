"""The REPL's built-in commands, and the ones plugins add through ``register_commands``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from wavllm_agent.errors import UsageError

if TYPE_CHECKING:
    from wavllm_agent.repl.session import Command, Session


def _load(session: Session, args: str) -> None:
    session.load(args)


def _tasks(session: Session, args: str) -> None:
    from wavllm_agent.registry import get_registry

    registry = get_registry()
    session.view.tasks([{"name": t.name, "description": t.description, "kind": t.kind.value,
                         "plugin": registry.task_plugins.get(t.name, "")} for t in registry.tasks.values()])


def _plan(session: Session, args: str) -> None:
    session.show_plan(args)


def _engine(session: Session, args: str) -> None:
    if args:
        session.switch_engine(args)
        return
    from wavllm_agent.registry import get_registry

    registry = get_registry()
    current = session.engine_name or registry.default_engine()
    session.view.info(f"engine: {current} (registered: {', '.join(registry.engines)})")


def _history(session: Session, args: str) -> None:
    session.view.history(session.entries)


def _save(session: Session, args: str) -> None:
    session.save(args)


def _help(session: Session, args: str) -> None:
    rows = [(f"/{c.name}" + (f" {c.usage}" if c.usage else ""), c.help) for c in session.commands.values()]
    rows.append(("TEXT", "an instruction about the loaded audio, e.g. 'transcribe it and summarise it'"))
    session.view.commands(rows)


def _quit(session: Session, args: str) -> None:
    session.running = False


def _builtins() -> list[Command]:
    from wavllm_agent.repl.session import Command

    return [
        Command("load", _load, "decode a recording; instructions then work on it", "PATH"),
        Command("tasks", _tasks, "list the tasks (plugins' included)"),
        Command("plan", _plan, "show how an instruction splits into steps, without running it", "TEXT"),
        Command("engine", _engine, "show the engine, or switch to another", "[NAME]"),
        Command("history", _history, "list this session's results"),
        Command("save", _save, "write this session's results to a JSON file", "FILE"),
        Command("help", _help, "this list"),
        Command("quit", _quit, "leave (Ctrl-D too)"),
        Command("exit", _quit, "leave"),
    ]


BUILTIN_COMMANDS = _builtins()
"""The commands every session has."""


def plugin_commands(taken: Mapping[str, Any]) -> list[Command]:
    """The commands plugins register through the ``register_commands`` hook.

    A plugin that raises inside the hook, registers a name already taken (built-ins win) or
    passes a handler that is not callable costs one warning line and nothing else.
    """
    from wavllm_agent.plugins import get_plugin_manager, warn
    from wavllm_agent.repl.session import Command

    manager = get_plugin_manager()
    found: list[Command] = []
    names = set(taken)
    owner = {"name": ""}

    def register(name: str, handler: Callable[..., Any], help: str = "") -> None:  # noqa: A002
        clean = str(name).strip().lstrip("/")
        if not clean or " " in clean:
            raise UsageError(f"invalid command name {name!r}")
        if not callable(handler):
            raise UsageError(f"the handler of /{clean} is not callable")
        if clean in names:
            warn(f"plugin {owner['name']!r} registers command /{clean}, which is already taken; ignoring it")
            return
        names.add(clean)
        found.append(Command(clean, handler, help or "(plugin command)", plugin=owner["name"]))

    for info in manager.plugins():
        plugin = manager.pm.get_plugin(info.name)
        for impl in manager.pm.hook.register_commands.get_hookimpls():
            if impl.plugin is not plugin:
                continue
            owner["name"] = info.name
            try:
                impl.function(**({"register": register} if "register" in impl.argnames else {}))
            except Exception as exc:  # noqa: BLE001 - a plugin's bug must not stop the REPL
                warn(f"plugin {info.name!r} failed in register_commands: {type(exc).__name__}: {exc}")
    return found
