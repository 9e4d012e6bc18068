"""The read-eval loop: read a line, hand it to the session, until /quit or end of input."""

from __future__ import annotations

from collections.abc import Callable

from wavllm_agent.repl.session import Session

ReadLine = Callable[[str], str]
"""Reads one line given the prompt; raises EOFError at the end of input, KeyboardInterrupt on Ctrl-C."""


def run_loop(session: Session, read_line: ReadLine) -> int:
    """Drive ``session`` with lines from ``read_line``.

    * End of input (Ctrl-D, or the end of piped input) ends the session cleanly.
    * Ctrl-C at the prompt drops the line; Ctrl-C while an instruction runs cancels it
      (its result is not kept). Neither ends the session.

    Returns:
        The exit status (0).
    """
    while session.running:
        try:
            line = read_line(session.prompt)
        except EOFError:
            break
        except KeyboardInterrupt:
            continue
        try:
            session.handle(line)
        except KeyboardInterrupt:
            session.view.info("cancelled")
    return 0
