"""Plugin discovery and loading on pluggy.

Built-in plugins and third-party ones load the same way: through the ``wavllm_agent`` entry-point
group. Those shipped in the ``wavllm-agent`` distribution always load; the others are filtered by
``WAVLLM_AGENT_LOAD_PLUGINS`` (unset: all; a comma list: only those distributions; empty: none).
A plugin that fails to import, or raises inside a hook, costs one warning line naming it and
nothing else.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from wavllm_agent import hookspecs

ENV_VAR = "WAVLLM_AGENT_LOAD_PLUGINS"
DISTRIBUTION = "wavllm-agent"

BUILTIN_PLUGINS: dict[str, str] = {
    "asr": "wavllm_asr",
    "st": "wavllm_st",
    "sv": "wavllm_sv",
    "er": "wavllm_er",
    "sqa": "wavllm_sqa",
    "text": "wavllm_text",
    "engines": "wavllm_agent.engines.plugin",
}
"""Entry-point name -> module of the plugins shipped with wavllm-agent. They are declared as entry
points in pyproject.toml; this table lets a source checkout without an install load them too."""


@dataclass
class PluginInfo:
    """What ``wavllm plugins`` reports about one loaded plugin."""

    name: str
    version: str | None
    distribution: str | None
    builtin: bool
    hooks: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "hooks": self.hooks, "version": self.version,
                "distribution": self.distribution, "builtin": self.builtin}


def warn(message: str) -> None:
    """One warning line on stderr (plugins' troubles must not stop the host)."""
    print(f"warning: {message}", file=sys.stderr)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _allowed_distributions() -> set[str] | None:
    raw = os.environ.get(ENV_VAR)
    if raw is None:
        return None
    return {_normalise(p) for p in raw.split(",") if p.strip()}


def _entry_points() -> Iterator[metadata.EntryPoint]:
    try:
        yield from metadata.entry_points(group=hookspecs.PROJECT)
    except Exception as exc:  # a broken installed distribution must not stop discovery
        warn(f"could not list installed plugins: {exc}")


class PluginManager:
    """Loads plugins once and calls their hooks one implementation at a time."""

    def __init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.info: dict[str, PluginInfo] = {}
        self._load()

    def _load(self) -> None:
        allowed = _allowed_distributions()
        for ep in _entry_points():
            dist = ep.dist.name if ep.dist is not None else None
            builtin = dist is not None and _normalise(dist) == DISTRIBUTION
            if not builtin and allowed is not None and _normalise(dist or ep.name) not in allowed:
                continue
            if ep.name in self.info:
                continue
            version = ep.dist.version if ep.dist is not None else None
            try:
                module = ep.load()
            except Exception as exc:  # noqa: BLE001 - any import failure is the plugin's
                warn(f"plugin {ep.name!r} ({dist or 'unknown distribution'}) failed to load: "
                     f"{type(exc).__name__}: {exc}")
                continue
            self._register(module, ep.name, version, dist, builtin)
        for name, module_name in BUILTIN_PLUGINS.items():
            if name not in self.info:  # a source checkout without the distribution installed
                self._register(importlib.import_module(module_name), name, None, DISTRIBUTION, True)

    def _register(self, module: Any, name: str, version: str | None, dist: str | None,
                  builtin: bool) -> None:
        try:
            self.pm.register(module, name=name)
        except Exception as exc:  # noqa: BLE001 - e.g. a hook name that does not exist
            warn(f"plugin {name!r} could not be registered: {exc}")
            return
        hooks = sorted(impl_hook for impl_hook in self._hooks_of(module))
        self.info[name] = PluginInfo(name, version, dist, builtin, hooks)

    def _hooks_of(self, module: Any) -> Iterator[str]:
        for caller in self.pm.get_hookcallers(module) or []:
            yield caller.name

    def plugins(self) -> list[PluginInfo]:
        """The loaded plugins, built-ins first."""
        order = list(BUILTIN_PLUGINS)
        return sorted(self.info.values(),
                      key=lambda p: (not p.builtin, order.index(p.name) if p.name in order else 0, p.name))


_MANAGER: PluginManager | None = None


def get_plugin_manager() -> PluginManager:
    """The process-wide plugin manager, loaded on first use."""
    global _MANAGER
    if _MANAGER is None:
        _MANAGER = PluginManager()
    return _MANAGER


def reset_plugin_manager() -> None:
    """Forget loaded plugins (tests, or after changing ``WAVLLM_AGENT_LOAD_PLUGINS``)."""
    global _MANAGER
    _MANAGER = None
    from wavllm_agent import registry

    registry.reset_registry()


def register_object(plugin: Any, name: str) -> None:
    """Register an in-process plugin object (a module or instance with hookimpls) by hand."""
    manager = get_plugin_manager()
    manager._register(plugin, name, None, None, False)
    from wavllm_agent import registry

    registry.reset_registry()

