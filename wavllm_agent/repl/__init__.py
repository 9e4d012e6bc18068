"""The interactive REPL behind ``wavllm chat``.

* :mod:`.session` — state, commands, history and saving (no terminal libraries: testable);
* :mod:`.commands` — the built-in commands and the ones plugins add (``register_commands``);
* :mod:`.view` — what the session shows, as an interface, plus a recording implementation;
* :mod:`.rich_view` — the terminal rendering with rich;
* :mod:`.line_input` — prompt_toolkit line editing and history, or plain stdin when piped;
* :mod:`.loop` — the read-eval loop (Ctrl-C cancels a line, Ctrl-D ends).
"""

from __future__ import annotations

from typing import Any, TextIO

from wavllm_agent.repl.loop import run_loop
from wavllm_agent.repl.session import Command, Session
from wavllm_agent.repl.view import RecordingView, View

__all__ = ["Command", "RecordingView", "Session", "View", "run_chat", "run_loop"]

BANNER = "wavllm chat — type an instruction about the audio, or /help. Ctrl-D or /quit to leave."


def run_chat(audio: str | None = None, *, engine: str | None = None, engine_options: dict[str, Any] | None = None,
             planner: str = "rules", stdin: TextIO | None = None, console: Any = None) -> int:
    """Run the REPL on a terminal (or on piped input) until /quit or end of input.

    Args:
        audio: a recording to load first (a bad file raises :class:`~wavllm_agent.errors.AudioError`
            before the REPL starts, as an unknown engine raises ``UnknownEngineError``).
        engine, engine_options: the engine to use, as for ``wavllm ask``.
        planner: ``"rules"`` or ``"llm"``.
        stdin: where lines come from (default: the process's stdin).
        console: a rich Console to draw on (default: stdout).

    Returns:
        The exit status (0).
    """
    from wavllm_agent.repl.line_input import make_reader
    from wavllm_agent.repl.rich_view import RichView

    view = RichView(console)
    session = Session(view, engine=engine, engine_options=engine_options, planner=planner)
    session.engine  # noqa: B018 - an unknown engine fails now, not at the first instruction
    if audio is not None:
        session.load(audio)
    view.info(BANNER)
    with view.reporting():
        return run_loop(session, make_reader(session.commands, stdin))
