"""The ``wavllm`` command group: global options, error handling, and the commands."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from wavllm_agent import __version__
from wavllm_agent.cli.errors import EXIT_INTERNAL, debug_enabled, report

COMMANDS: dict[str, str] = {
    "tasks": "wavllm_agent.cli.commands.info:tasks",
    "plugins": "wavllm_agent.cli.commands.info:plugins",
    "engines": "wavllm_agent.cli.commands.info:engines",
    "run": "wavllm_agent.cli.commands.run:run",
    "ask": "wavllm_agent.cli.commands.ask:ask",
    "plan": "wavllm_agent.cli.commands.ask:plan_command",
    "convert": "wavllm_agent.cli.commands.convert:convert",
    "chat": "wavllm_agent.cli.commands.chat:chat",
    "eval": "wavllm_agent.cli.commands.eval:eval_command",
    "train": "wavllm_agent.cli.commands.train:train",
    "data": "wavllm_agent.cli.commands.data:data",
    "serve": "wavllm_agent.cli.commands.serve:serve",
}
"""Command name -> "module:attribute"; each module is imported only when its command runs."""


class LazyGroup(click.Group):
    """A group whose commands are imported on first use (fast start, no torch for ``tasks``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)

    def main(self, args: list[str] | None = None, prog_name: str | None = None, **extra: Any) -> Any:  # type: ignore[override]
        argv = sys.argv[1:] if args is None else list(args)
        debug = debug_enabled(argv)
        if debug:
            from wavllm_agent import plugins

            plugins.set_debug(True)  # a plugin's failure then shows its traceback too
        try:
            result = super().main(args=argv, prog_name=prog_name or "wavllm", standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            print("error: aborted", file=sys.stderr)
            sys.exit(130)
        except BaseException as exc:  # noqa: BLE001 - every failure becomes one error line
            if isinstance(exc, SystemExit):
                raise
            sys.exit(report(exc, debug=debug))
        if isinstance(result, int) and result:
            sys.exit(result)
        return result


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wavllm")
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
def cli(debug: bool) -> None:
    """wavllm: speech tasks, spoken instructions and plugins for LLM agents."""


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main()
    except SystemExit:
        raise
    except BaseException as exc:  # pragma: no cover - last resort
        sys.exit(report(exc, debug=debug_enabled()) or EXIT_INTERNAL)
