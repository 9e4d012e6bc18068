"""``wavllm tasks``, ``wavllm plugins``, ``wavllm engines``: what is installed. No model loads."""

from __future__ import annotations

import click

from wavllm_agent.cli.output import console, emit_json
from wavllm_agent.plugins import get_plugin_manager
from wavllm_agent.registry import get_registry

json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")


@click.command()
@json_option
def tasks(as_json: bool) -> None:
    """List the registered tasks."""
    reg = get_registry()
    rows = [{"name": name, "description": task.description, "plugin": reg.task_plugins[name],
             "kind": task.kind.value} for name, task in reg.tasks.items()]
    if as_json:
        emit_json({"tasks": rows})
        return
    from rich.table import Table

    table = Table(title="Tasks", title_justify="left")
    for column in ("name", "kind", "plugin", "description"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["name"], row["kind"], row["plugin"], row["description"])
    console().print(table)


@click.command()
@json_option
def plugins(as_json: bool) -> None:
    """List the plugins, the hooks each implements, and any that failed (with why)."""
    get_registry()  # calls every hook, so a plugin whose hook raises shows as failed
    infos = get_plugin_manager().plugins()
    if as_json:
        emit_json({"plugins": [p.to_dict() for p in infos]})
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="Plugins", title_justify="left")
    for column in ("name", "version", "distribution", "hooks", "status"):
        table.add_column(column, overflow="fold")
    for p in infos:
        status = "ok" if p.ok else "[red]failed[/red]: " + escape("; ".join(p.errors))
        table.add_row(p.name, p.version or "-", (p.distribution or "-") + (" (built-in)" if p.builtin else ""),
                      ", ".join(p.hooks), status)
    console().print(table)


@click.command()
@json_option
def engines(as_json: bool) -> None:
    """List the registered engines (the default one is marked)."""
    reg = get_registry()
    default = reg.default_engine()
    rows = [{"name": name, "default": name == default, "description": f.description,
             "plugin": reg.engine_plugins[name], "options": f.options} for name, f in reg.engines.items()]
    if as_json:
        emit_json({"engines": rows})
        return
    from rich.table import Table

    table = Table(title="Engines", title_justify="left")
    for column in ("name", "default", "plugin", "description"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["name"], "yes" if row["default"] else "", row["plugin"], row["description"])
    console().print(table)
