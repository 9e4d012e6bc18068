"""Plugin discovery and loading on pluggy.

Built-in plugins and third-party ones load the same way: through the ``wavllm_agent`` entry-point
group. Those shipped in the ``wavllm-agent`` distribution always load; the others are filtered by
``WAVLLM_AGENT_LOAD_PLUGINS`` (unset: all; a comma list of distribution or plugin names, spaces
allowed: only those; empty: none). A plugin that fails to import, implements a hook that does not
exist, or raises inside a hook costs one warning line naming it (and a traceback in debug mode);
``wavllm plugins`` then shows it as failed, with the reason.

Hooks are called through :meth:`PluginManager.call_each`, one plugin at a time through pluggy's
own hook callers, so that one plugin's failure is charged to that plugin and nobody else.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from wavllm_agent import hookspecs

ENV_VAR = "WAVLLM_AGENT_LOAD_PLUGINS"
DEBUG_ENV_VAR = "WAVLLM_AGENT_DEBUG"
DISTRIBUTION = "wavllm-agent"

BUILTIN_PLUGINS: dict[str, str] = {
    "asr": "wavllm_asr",
    "st": "wavllm_st",
    "sv": "wavllm_sv",
    "er": "wavllm_er",
    "sqa": "wavllm_sqa",
    "text": "wavllm_text",
    "engines": "wavllm_agent.engines.builtin",
}
"""Entry-point name -> module of the plugins shipped with wavllm-agent. They are declared as entry
points in pyproject.toml; this table lets a source checkout without an install load them too."""

_debug = False


def set_debug(enabled: bool) -> None:
    """Print a traceback under each plugin warning (the CLI's ``--debug``)."""
    global _debug
    _debug = enabled


def debug_enabled() -> bool:
    """``set_debug(True)`` was called, or ``WAVLLM_AGENT_DEBUG`` is set (and not ``0``)."""
    return _debug or os.environ.get(DEBUG_ENV_VAR, "") not in ("", "0")


def warn(message: str, exc: BaseException | None = None) -> None:
    """One warning line on stderr (plugins' troubles must not stop the host).

    In debug mode the traceback of ``exc`` is printed above the line.
    """
    if exc is not None and debug_enabled():
        traceback.print_exception(exc, file=sys.stderr)
    print(f"warning: {message}", file=sys.stderr)


@dataclass
class PluginInfo:
    """What ``wavllm plugins`` reports about one plugin: what it is and whether it works.

    Attributes:
        name: the entry-point name (what ``WAVLLM_AGENT_LOAD_PLUGINS`` accepts, as is the distribution's).
        version, distribution: of the installed distribution that brought it (None when unknown).
        builtin: shipped with wavllm-agent.
        hooks: the hooks it implements.
        errors: one line per failure (import, unknown hook, a hook that raised); empty when healthy.
    """

    name: str
    version: str | None
    distribution: str | None
    builtin: bool
    hooks: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing about this plugin failed."""
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        """``{"name", "hooks", "version", "distribution", "builtin", "ok", "errors"}``."""
        return {"name": self.name, "hooks": self.hooks, "version": self.version,
                "distribution": self.distribution, "builtin": self.builtin, "ok": self.ok,
                "errors": list(self.errors)}


def normalise(name: str) -> str:
    """A distribution or plugin name compared the way pip compares them (``Foo_bar`` = ``foo-bar``)."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def allowed_names(raw: str | None) -> set[str] | None:
    """The names ``WAVLLM_AGENT_LOAD_PLUGINS`` allows: None when unset (all), else the normalised set."""
    if raw is None:
        return None
    return {normalise(p) for p in raw.split(",") if p.strip()}


def _entry_points() -> Iterator[metadata.EntryPoint]:
    try:
        yield from metadata.entry_points(group=hookspecs.PROJECT)
    except Exception as exc:  # noqa: BLE001 - a broken installed distribution must not stop discovery
        warn(f"could not list installed plugins: {exc}", exc)


class PluginManager:
    """Loads plugins once; calls their hooks one plugin at a time (see :meth:`call_each`).

    Attributes:
        pm: the pluggy manager.
        info: every plugin seen, by name, loaded or failed.
        generation: bumped whenever plugins are added, so collected registries know they are stale.
    """

    def __init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.info: dict[str, PluginInfo] = {}
        self.generation = 0
        self._load()

    def _load(self) -> None:
        allowed = allowed_names(os.environ.get(ENV_VAR))
        matched: set[str] = set()
        for ep in _entry_points():
            dist = ep.dist.name if ep.dist is not None else None
            builtin = dist is not None and normalise(dist) == DISTRIBUTION
            names = {normalise(ep.name)} | ({normalise(dist)} if dist else set())
            if allowed is not None:
                matched |= names & allowed
                if not builtin and not names & allowed:
                    continue
            if ep.name in self.info:
                continue
            version = ep.dist.version if ep.dist is not None else None
            try:
                # A built-in loads from the table (authoritative even over a stale installed entry point).
                module = (importlib.import_module(BUILTIN_PLUGINS[ep.name])
                          if builtin and ep.name in BUILTIN_PLUGINS else ep.load())
            except Exception as exc:  # noqa: BLE001 - any import failure is the plugin's
                reason = f"failed to load: {type(exc).__name__}: {exc}"
                self.info[ep.name] = PluginInfo(ep.name, version, dist, builtin, errors=[reason])
                warn(f"plugin {ep.name!r} ({dist or 'unknown distribution'}) {reason}", exc)
                continue
            self.add(module, ep.name, version=version, distribution=dist, builtin=builtin)
        for name, module_name in BUILTIN_PLUGINS.items():
            if name not in self.info:  # a source checkout without the distribution installed
                self.add(importlib.import_module(module_name), name, distribution=DISTRIBUTION, builtin=True)
        for name in sorted((allowed or set()) - matched - {normalise(n) for n in BUILTIN_PLUGINS}):
            installed = sorted(i.name for i in self.info.values() if not i.builtin)
            warn(f"{ENV_VAR} names {name!r}, which is not an installed plugin "
                 f"(installed: {', '.join(installed) or 'none'}; 'wavllm plugins' lists them)")

    def add(self, plugin: Any, name: str, *, version: str | None = None, distribution: str | None = None,
            builtin: bool = False) -> PluginInfo | None:
        """Register ``plugin`` (a module or an object with hookimpls) under ``name``.

        A plugin implementing a hook that does not exist (a misspelt name) or with a bad signature
        is refused, blocked and reported; it then registers nothing at all.

        Returns:
            Its :class:`PluginInfo`, or None when it was refused.
        """
        if self.pm.get_plugin(name) is not None:
            warn(f"a plugin named {name!r} is already registered; ignoring the second one")
            return None
        info = PluginInfo(name, version, distribution, builtin)
        self.info[name] = info
        try:
            self.pm.register(plugin, name=name)
            self.pm.check_pending()
        except Exception as exc:  # noqa: BLE001 - pluggy's PluginValidationError, or a plugin's oddity
            if self.pm.is_registered(plugin):
                self.pm.unregister(plugin)
            self.pm.set_blocked(name)
            info.errors.append(f"not registered: {exc}")
            warn(f"plugin {name!r} could not be registered: {exc}", exc)
            return None
        info.hooks = sorted(caller.name for caller in self.pm.get_hookcallers(plugin) or [])
        self.generation += 1
        return info

    def plugins(self) -> list[PluginInfo]:
        """Every plugin seen (loaded or failed), built-ins first."""
        order = list(BUILTIN_PLUGINS)
        return sorted(self.info.values(),
                      key=lambda p: (not p.builtin, order.index(p.name) if p.name in order else 0, p.name))

    def call_each(self, hook: str, make_kwargs: Callable[[str], dict[str, Any]]) -> None:
        """Call ``hook`` on each registered plugin in :meth:`plugins` order, one plugin at a time.

        Each call goes through pluggy (``pm.subset_hook_caller``), so keyword matching and wrappers
        behave as pluggy documents. A plugin that raises is warned about, its error recorded in its
        :class:`PluginInfo`, and the other plugins still run.

        Args:
            hook: the hook's name, e.g. ``"register_tasks"``.
            make_kwargs: plugin name -> the keyword arguments for that plugin's call (a ``register``
                callback that knows who is registering).
        """
        loaded = [(info, self.pm.get_plugin(info.name)) for info in self.plugins()]
        loaded = [(info, plugin) for info, plugin in loaded if plugin is not None]
        everyone = [plugin for _, plugin in loaded]
        for info, plugin in loaded:
            if hook not in info.hooks:
                continue
            caller = self.pm.subset_hook_caller(hook, [p for p in everyone if p is not plugin])
            try:
                caller(**make_kwargs(info.name))
            except Exception as exc:  # noqa: BLE001 - a plugin's bug must not stop the host
                reason = f"failed in {hook}: {type(exc).__name__}: {exc}"
                if reason not in info.errors:
                    info.errors.append(reason)
                warn(f"plugin {info.name!r} {reason}", exc)


_MANAGER: PluginManager | None = None


def get_plugin_manager() -> PluginManager:
    """The process-wide plugin manager, loaded on first use."""
    global _MANAGER
    if _MANAGER is None:
        _MANAGER = PluginManager()
    return _MANAGER


def reset_plugin_manager() -> None:
    """Forget loaded plugins (tests, or after changing ``WAVLLM_AGENT_LOAD_PLUGINS``).

    The registry notices: it is collected again from the new manager on next use.
    """
    global _MANAGER
    _MANAGER = None


def register_object(plugin: Any, name: str) -> None:
    """Register an in-process plugin object (a module or instance with hookimpls) by hand.

    The registry is collected again on its next use, with this plugin's tasks, engines and commands.
    """
    get_plugin_manager().add(plugin, name)
