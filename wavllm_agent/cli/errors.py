"""How the CLI reports failures: one ``error:`` line on stderr and a meaningful exit status."""

from __future__ import annotations

import os
import sys
import traceback

import click

from wavllm_agent.errors import WavLLMError

EXIT_USAGE = 2
EXIT_INTERNAL = 1


def debug_enabled(argv: list[str] | None = None) -> bool:
    """``--debug`` anywhere on the command line, or ``WAVLLM_AGENT_DEBUG=1``."""
    args = sys.argv[1:] if argv is None else argv
    return "--debug" in args or os.environ.get("WAVLLM_AGENT_DEBUG", "") not in ("", "0")


def one_line(text: str) -> str:
    """``text`` folded onto one line."""
    return " ".join(str(text).split())


def report(exc: BaseException, *, debug: bool) -> int:
    """Print the error line (and the traceback when debugging); return the exit status."""
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, WavLLMError):
        message = one_line(exc.message)
        if exc.hint:
            message += f" ({one_line(exc.hint)})"
        print(f"error: {message}", file=sys.stderr)
        return exc.exit_code
    if isinstance(exc, click.UsageError):
        hint = ""
        if exc.ctx is not None:
            hint = f" (run '{exc.ctx.command_path} --help' for usage)"
        print(f"error: {one_line(exc.format_message())}{hint}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, click.ClickException):
        print(f"error: {one_line(exc.format_message())}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, KeyboardInterrupt):
        print("error: interrupted", file=sys.stderr)
        return 130
    text = one_line(str(exc)) or type(exc).__name__
    print(f"error: internal error: {type(exc).__name__}: {text} (rerun with --debug for the traceback, "
          "and report it if it persists)", file=sys.stderr)
    return EXIT_INTERNAL
