"""The REPL session: its state, command dispatch, the history of results, saving them.

No rich and no prompt_toolkit here: the session shows things through a
:class:`~wavllm_agent.repl.view.View` and is fed lines by whoever drives it (a terminal, a
pipe, a test), so all of its behaviour can be tested without a terminal.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wavllm_agent.errors import UsageError, WavLLMError
from wavllm_agent.jsonable import jsonable
from wavllm_agent.registry import Command
from wavllm_agent.repl.commands import BUILTIN_COMMANDS, plugin_commands
from wavllm_agent.repl.view import View

Handler = Callable[["Session", str], Any]
"""A command's handler: ``handler(session, args)``, ``args`` being the text after the command."""

__all__ = ["Command", "Handler", "Session", "error_line", "one_line"]


def one_line(text: str) -> str:
    """``text`` folded onto one line."""
    return " ".join(str(text).split())


def error_line(exc: BaseException) -> str:
    """The one line an error is shown as."""
    if isinstance(exc, WavLLMError):
        line = f"error: {one_line(exc.message)}"
        return line + (f" ({one_line(exc.hint)})" if exc.hint else "")
    return f"error: internal error: {type(exc).__name__}: {one_line(str(exc))}"


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


class Session:
    """One interactive session: the loaded audio, the engine, the commands, the results so far.

    Plugins' command handlers get this object. Besides the methods, they may read ``audio``
    (the decoded :class:`~wavllm_agent.audio.Audio` or None), ``audio_path``, ``engine`` (the
    engine, loaded on first use), ``entries`` (results so far, JSON data) and ``view`` (to show
    things: ``session.view.info("...")``).

    Args:
        view: where things are shown.
        engine: the engine's name (None: the default engine).
        engine_options: options for the engine (``model=``, ``device=``).
        planner: ``"rules"`` or ``"llm"``, as for ``wavllm ask``.
        load_plugin_commands: also add the commands plugins register (``register_commands`` hook).
    """

    def __init__(self, view: View, *, engine: str | None = None, engine_options: dict[str, Any] | None = None,
                 planner: str = "rules", load_plugin_commands: bool = True) -> None:
        self.view = view
        self.engine_name = engine
        self.engine_options = {k: v for k, v in (engine_options or {}).items() if v is not None}
        self.planner = planner
        self.audio: Any = None
        self.audio_path: str | None = None
        self.entries: list[dict[str, Any]] = []
        self.running = True
        self.commands: dict[str, Command] = {c.name: c for c in BUILTIN_COMMANDS}
        if load_plugin_commands:
            for command in plugin_commands(self.commands):
                self.commands[command.name] = command

    # -- state -----------------------------------------------------------------------------------
    @property
    def engine(self) -> Any:
        """The current engine (built on first use; its models load when a task needs them)."""
        from wavllm_agent.api import load_engine

        return load_engine(self.engine_name, **self.engine_options)

    @property
    def current_engine_name(self) -> str:
        """The registered name of the engine in use (the default engine's when none was chosen)."""
        from wavllm_agent.registry import get_registry

        return self.engine_name or get_registry().default_engine()

    @property
    def prompt(self) -> str:
        """The input prompt, naming the loaded recording."""
        return f"wavllm [{Path(self.audio_path).name}]> " if self.audio_path else "wavllm> "

    def register(self, name: str, handler: Handler, help: str, *, usage: str = "",
                 plugin: str | None = None) -> None:
        """Add (or replace) the command ``/name``."""
        self.commands[name] = Command(name.lstrip("/"), handler, help, usage, plugin)

    # -- input -----------------------------------------------------------------------------------
    def handle(self, line: str) -> bool:
        """Run one line: a ``/command`` or an instruction. Errors are shown, never raised.

        Returns:
            Whether the session goes on (False after ``/quit``).

        Raises:
            KeyboardInterrupt: the user pressed Ctrl-C while it ran (the caller cancels the line).
        """
        text = line.strip()
        if not text:
            return self.running
        try:
            if text.startswith("/"):
                name, _, args = text[1:].partition(" ")
                self.command(name.strip(), args.strip())
            else:
                self.instruct(text)
        except WavLLMError as exc:
            self.view.error(error_line(exc))
        except Exception as exc:  # noqa: BLE001 - a bug (ours or a plugin's) must not end the session
            self.view.error(error_line(exc))
        return self.running

    def command(self, name: str, args: str) -> None:
        """Run ``/name args``.

        Raises:
            UsageError: an unknown command.
        """
        found = self.commands.get(name)
        if found is None:
            close = difflib.get_close_matches(name, list(self.commands), n=1)
            hint = (f"did you mean /{close[0]}? " if close else "") + "/help lists the commands"
            raise UsageError(f"unknown command /{name}", hint=hint)
        found.handler(self, args)

    # -- actions ---------------------------------------------------------------------------------
    def load(self, path: str) -> None:
        """Decode the recording at ``path`` and make it the one instructions work on.

        Raises:
            AudioError: a missing, unreadable or undecodable file.
        """
        from wavllm_agent.audio import load_audio

        path = path.strip().strip("'\"")
        if not path:
            raise UsageError("/load needs a file", hint="/load PATH")
        self.audio = load_audio(path)
        self.audio_path = path
        self.view.info(f"loaded {path} ({self.audio.duration:.1f} s)")

    def make_plan(self, instruction: str) -> Any:
        """The plan for ``instruction`` (rules; no model runs). Raises PlanError."""
        from wavllm_agent.planning import plan
        from wavllm_agent.registry import get_registry

        return plan(instruction, tasks=get_registry().tasks)

    def show_plan(self, instruction: str) -> None:
        """Plan ``instruction`` without running it, show the plan, and keep it in the history."""
        if not instruction.strip():
            raise UsageError("/plan needs an instruction", hint="/plan transcribe it and summarise it")
        the_plan = self.make_plan(instruction)
        self.view.plan(the_plan)
        self.entries.append({"kind": "plan", "time": _now(), "instruction": instruction,
                             "plan": the_plan.to_dict()})

    def instruct(self, instruction: str) -> None:
        """Plan ``instruction``, run it on the loaded audio step by step, show and keep the results."""
        from wavllm_agent.api import ask

        shown = None
        if self.planner == "rules":
            shown = self.make_plan(instruction)  # fails fast, before any model loads
            self.view.plan(shown)
        engine = self.engine
        try:
            execution = ask(self.audio, instruction, engine, planner=self.planner, on_step=self.view.step,
                            plan=shown)
        except UsageError as exc:
            if self.audio is None:
                raise type(exc)(exc.message, hint="load a recording first: /load PATH") from exc
            raise
        if self.planner != "rules":
            self.view.plan(execution.plan)  # the LLM's plan is known only once it has been made
        self.view.execution(execution)
        self.entries.append(self._entry(instruction, engine.name, execution))

    def _entry(self, instruction: str, engine: str, execution: Any) -> dict[str, Any]:
        steps = [trace.to_dict(with_result=True) for trace in execution.steps]
        return jsonable({"kind": "ask", "time": _now(), "instruction": instruction, "audio": self.audio_path,
                          "engine": engine, "answer": execution.answer, "plan": execution.plan.to_dict(),
                          "steps": steps})

    def switch_engine(self, name: str) -> None:
        """Use the engine called ``name`` from now on (``--model`` applies to the first one only)."""
        from wavllm_agent.api import load_engine

        options = {k: v for k, v in self.engine_options.items() if k == "device"}
        engine = load_engine(name, **options)  # an unknown name raises here, the old engine stays
        self.engine_name, self.engine_options = name, options
        self.view.info(f"engine: {engine.name}")

    def save(self, path: str) -> Path:
        """Write the session's results to ``path`` as one JSON object.

        Raises:
            UsageError: no file named, or the file cannot be written.
        """
        path = path.strip().strip("'\"")
        if not path:
            raise UsageError("/save needs a file name", hint="/save results.json")
        target = Path(path).expanduser()
        payload = {"engine": self.current_engine_name, "audio": self.audio_path, "results": self.entries}
        try:
            target.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
        self.view.info(f"saved {len(self.entries)} result(s) to {path}")
        return target
