"""Options and helpers shared by the CLI commands that run models."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

json_option = click.option("--json", "as_json", is_flag=True, help="Print exactly one JSON object on stdout.")
engine_option = click.option("--engine", "engine_name", default=None, metavar="NAME",
                             help="Engine to use (default: the embedded one; see 'wavllm engines').")
model_option = click.option("--model", "model", default=None, metavar="PATH",
                            help="Point the engine at a local model folder.")
device_option = click.option("--device", default=None, metavar="DEVICE", help="cpu, cuda, cuda:1, ...")


def engine_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--engine``, ``--model`` and ``--device``."""
    for option in (device_option, model_option, engine_option):
        func = option(func)
    return func


def budget_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--max-new-tokens`` and ``--max-audio-seconds``: per-call budgets."""
    func = click.option("--max-audio-seconds", type=float, default=None, metavar="S",
                        help="Refuse audio longer than this (checked before decoding it all).")(func)
    return click.option("--max-new-tokens", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Most new tokens any generated answer may take; more is an error.")(func)


def get_engine(engine_name: str | None, model: str | None, device: str | None) -> Any:
    """Load the chosen engine with the options given on the command line."""
    from wavllm_agent.api import load_engine

    return load_engine(engine_name, model=model, device=device)


@contextlib.contextmanager
def progress_on_terminal() -> Iterator[None]:
    """Show the core's slow steps (model loading) as a spinner on stderr, when it is a terminal."""
    from wavllm_agent import progress

    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    stderr = Console(stderr=True)

    def reporter(message: str) -> contextlib.AbstractContextManager[None]:
        return stderr.status(message, spinner="dots")

    progress.set_reporter(reporter)
    try:
        yield
    finally:
        progress.set_reporter(None)
