"""The hooks a wavllm-agent plugin can implement.

A plugin is a module (or object) with functions marked ``@wavllm_agent.hookimpl`` whose names are
the hooks below; a marked function whose name is no hook (a misspelling) gets the plugin refused
when it loads (``pm.check_pending()``). Hooks are called with keyword arguments; an implementation
may accept fewer arguments than the spec names, so specs can grow without breaking plugins. Each hook receives a
``register`` callback: the host keeps naming, collisions and error handling in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from wavllm_agent.engines.base import EngineFactory
    from wavllm_agent.tasks.base import Task

PROJECT = "wavllm_agent"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_tasks(register: Callable[[Task], None]) -> None:
    """Add tasks.

    :param register: call ``register(task)`` once per :class:`~wavllm_agent.tasks.base.Task`
        instance. A name already taken keeps its first owner; the later one is reported.
    """


@hookspec
def register_engines(register: Callable[[EngineFactory], None]) -> None:
    """Add engines.

    :param register: call ``register(factory)`` with an
        :class:`~wavllm_agent.engines.base.EngineFactory`; its ``create(**options)`` builds the
        engine lazily, when a caller first asks for it.
    """


@hookspec
def register_commands(register: Callable[..., None]) -> None:
    """Add commands to the interactive REPL (``wavllm chat``).

    :param register: call ``register(name, handler, help, usage="")``; ``/name ARGS`` in the REPL
        then calls ``handler(session, args: str)``, where ``session`` is the
        :class:`~wavllm_agent.repl.session.Session` and ``args`` the text after the name. The REPL's
        own commands (``/load``, ``/help``, ...) keep their names; a clash is reported.
    """
