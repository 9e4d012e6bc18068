"""Reading lines: prompt_toolkit with history on a terminal, plain stdin otherwise (pipes, tests)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from wavllm_agent.repl.loop import ReadLine

HISTORY_FILE = "chat_history"
HISTORY_ENV = "WAVLLM_AGENT_CHAT_HISTORY"
"""Overrides where the line history is kept; set it empty to keep no history file."""


def history_path() -> Path | None:
    """The REPL's line history: ``$WAVLLM_AGENT_CHAT_HISTORY``, else ``<cache>/chat_history``
    in the user's cache folder; None when the variable is set empty."""
    import os

    explicit = os.environ.get(HISTORY_ENV)
    if explicit is not None:
        return Path(explicit).expanduser() if explicit.strip() else None
    from wavllm_agent.assets.cache import cache_root

    return cache_root() / HISTORY_FILE


def stream_reader(stream: TextIO) -> ReadLine:
    """Lines from ``stream``, without echoing a prompt (so piped output stays clean)."""

    def read(prompt: str) -> str:
        line = stream.readline()
        if not line:
            raise EOFError
        return line.rstrip("\r\n")

    return read


def terminal_reader(commands: Iterable[str], history: Path | None = None) -> ReadLine:
    """prompt_toolkit line editing, with the history kept in ``history`` and ``/command`` completion.

    Ctrl-C raises KeyboardInterrupt (the loop drops the line); Ctrl-D raises EOFError.
    """
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import WordCompleter
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    store = InMemoryHistory()
    if history is not None:
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            store = FileHistory(str(history))
        except OSError:
            pass  # a read-only home: keep the history for this session only
    completer = WordCompleter([f"/{c}" for c in commands], sentence=True)
    session: PromptSession[str] = PromptSession(history=store, completer=completer, complete_while_typing=False)

    def read(prompt: str) -> str:
        return session.prompt(prompt)

    return read


def make_reader(commands: Iterable[str], stdin: TextIO | None = None) -> ReadLine:
    """A terminal reader when stdin and stdout are terminals, else a plain stream reader."""
    stream = stdin or sys.stdin
    if stream.isatty() and sys.stdout.isatty():
        return terminal_reader(commands, history_path())
    return stream_reader(stream)
