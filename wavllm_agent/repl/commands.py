"""The REPL's built-in commands, and the ones plugins add through ``register_commands``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from wavllm_agent.registry import Command

if TYPE_CHECKING:
    from wavllm_agent.repl.session import Session


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
    current = session.current_engine_name
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
    """The commands plugins register (``register_commands`` hook), less those whose name is ``taken``.

    The registry collects them (a plugin that raises costs one warning line); a clash with a
    built-in command keeps the built-in and costs one warning line too.
    """
    from wavllm_agent.plugins import warn
    from wavllm_agent.registry import get_registry

    found = []
    for name, command in get_registry().commands.items():
        if name in taken:
            warn(f"plugin {command.plugin!r} registers command /{name}, which is already taken; ignoring it")
            continue
        found.append(command)
    return found
