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

LLM_META_KEY = "wavllm_agent.llm"
"""Where ``--llm`` leaves its (checked) value in the click context's ``meta`` for :func:`get_engine`."""


def _remember_llm(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        from wavllm_agent.engines.llm_runtime import check_llm_ref

        value = check_llm_ref(value)  # an unknown name fails here, before any audio is read
    ctx.meta[LLM_META_KEY] = value


llm_option = click.option(
    "--llm", default=None, metavar="NAME", expose_value=False, callback=_remember_llm,
    help="Text LLM of the embedded engine: qwen2.5-coder-1.5b-instruct (default), "
         "qwen2.5-coder-0.5b-instruct (faster), smollm2-135m-instruct, or a local folder / .gguf file.")


def chosen_llm() -> str | None:
    """The ``--llm`` value of the running command (None when not given)."""
    ctx = click.get_current_context(silent=True)
    return None if ctx is None else ctx.meta.get(LLM_META_KEY)


def engine_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--engine``, ``--model`` and ``--device``."""
    for option in (device_option, model_option, engine_option):
        func = option(func)
    return func


def engine_option_values(engine_name: str | None, model: str | None, device: str | None) -> dict[str, Any]:
    """The engine options given on the command line (``--llm`` only where the engine takes it).

    Raises:
        UsageError: ``--llm`` given for an engine without a text-LLM option.
    """
    options: dict[str, Any] = {"model": model, "device": device}
    llm = chosen_llm()
    if llm is not None:
        from wavllm_agent.errors import UsageError
        from wavllm_agent.registry import get_registry

        factory = get_registry().engine_factory(engine_name)
        if "llm" not in factory.options:
            raise UsageError(f"--llm does not apply to the {factory.name!r} engine",
                             hint="use it with the embedded engine")
        options["llm"] = llm
    return options


def budget_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--max-new-tokens`` and ``--max-audio-seconds``: per-call budgets."""
    func = click.option("--max-audio-seconds", type=float, default=None, metavar="S",
                        help="Refuse audio longer than this (checked before decoding it all).")(func)
    return click.option("--max-new-tokens", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Most new tokens any generated answer may take; more is an error.")(func)


def get_engine(engine_name: str | None, model: str | None, device: str | None) -> Any:
    """Load the chosen engine with the options given on the command line."""
    from wavllm_agent.api import load_engine

    return load_engine(engine_name, **engine_option_values(engine_name, model, device))


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
