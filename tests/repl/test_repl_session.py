"""The REPL session driven by scripted input on the FAKE engine (plumbing): every command, errors,
/save, plugin commands. No terminal involved: the session shows things through a RecordingView."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from wavllm_agent.audio import Audio
from wavllm_agent.engines.base import Transcript
from wavllm_agent.hookspecs import hookimpl
from wavllm_agent.plugins import register_object
from wavllm_agent.registry import get_registry
from wavllm_agent.repl import RecordingView, Session, run_loop
from wavllm_agent.repl.line_input import stream_reader


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    path = tmp_path / "clip.wav"
    sf.write(path, np.full(24000, 0.1, dtype="float32"), 16000)  # 1.5 s
    return path


@pytest.fixture
def session(fake_engine: Any) -> Session:
    return Session(RecordingView(), engine="fake")


def drive(session: Session, *lines: str) -> int:
    return run_loop(session, stream_reader(io.StringIO("".join(f"{line}\n" for line in lines))))


def view(session: Session) -> RecordingView:
    assert isinstance(session.view, RecordingView)
    return session.view


def test_load_shows_duration_and_names_the_clip_in_the_prompt(session: Session, clip: Path) -> None:
    drive(session, f"/load {clip}")
    assert view(session).of("info") == [f"loaded {clip} (1.5 s)"]
    assert session.prompt == "wavllm [clip.wav]> " and session.audio.duration == pytest.approx(1.5)


def test_bad_file_is_one_error_line_and_the_session_goes_on(session: Session, clip: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(b"\x00garbage" * 50)
    drive(session, f"/load {clip}", f"/load {tmp_path / 'missing.wav'}", f"/load {junk}", "/tasks")
    errors = view(session).of("error")
    assert len(errors) == 2 and all(e.startswith("error: ") and "\n" not in e for e in errors)
    assert "missing.wav" in errors[0]
    assert session.audio_path == str(clip)  # the good clip stays loaded
    assert view(session).of("tasks")  # and later commands still run


def test_tasks_lists_every_registered_task_with_its_plugin(session: Session) -> None:
    drive(session, "/tasks")
    rows = view(session).of("tasks")[0]
    assert [r["name"] for r in rows] == list(get_registry().tasks)
    assert {r["name"]: r["plugin"] for r in rows}["summarize"] == "text"


def test_plan_shows_steps_without_running_anything(session: Session, fake_engine: Any) -> None:
    drive(session, "/plan transcribe it, then summarise it in 10 words", "/plan")
    plan = view(session).of("plan")[0]
    assert [(s.task, s.args) for s in plan.steps] == [("asr", {}), ("summarize", {"max_words": 10})]
    assert fake_engine.calls == []
    assert session.entries[0]["kind"] == "plan" and "needs an instruction" in view(session).of("error")[0]


def test_instruction_runs_step_by_step_and_is_kept(session: Session, clip: Path, fake_engine: Any) -> None:
    fake_engine.answers = {"summar": "Short."}
    drive(session, f"/load {clip}", "transcribe it and summarise it")
    recorded = view(session)
    assert [s.task for s in recorded.of("plan")[0].steps] == ["asr", "summarize"]
    assert [(e.kind, e.step.task) for e in recorded.of("step")] == [
        ("started", "asr"), ("finished", "asr"), ("started", "summarize"), ("finished", "summarize")]
    execution = recorded.of("execution")[0]
    assert execution.answer == "Short."
    entry = session.entries[-1]
    assert entry["kind"] == "ask" and entry["answer"] == "Short." and entry["engine"] == "fake"
    assert entry["steps"][0]["result"]["segments"][0] == {"start": 0.0, "end": 1.5,
                                                          "text": "hello world from the fake engine"}


def test_instruction_without_audio_says_how_to_load_one(session: Session) -> None:
    drive(session, "transcribe it")
    assert "/load PATH" in view(session).of("error")[0]


def test_engine_shows_switches_and_refuses_unknown_names(session: Session) -> None:
    drive(session, "/engine", "/engine nope", "/engine embedded")
    info = view(session).of("info")
    assert info[0].startswith("engine: fake") and "embedded" in info[0]
    assert "unknown engine 'nope'" in view(session).of("error")[0]
    assert info[1] == "engine: embedded" and session.engine_name == "embedded"


def test_history_and_save_write_every_result(session: Session, clip: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    drive(session, f"/load {clip}", "transcribe it", "/plan summarise it", "/history", f"/save {out}")
    assert [e["kind"] for e in view(session).of("history")[0]] == ["ask", "plan"]
    saved = json.loads(out.read_text())
    assert saved["engine"] == "fake" and saved["audio"] == str(clip)
    ask, plan = saved["results"]
    assert ask["instruction"] == "transcribe it" and ask["answer"] == "hello world from the fake engine"
    assert ask["steps"][0]["result"]["segments"][0]["end"] == 1.5 and ask["plan"]["steps"][0]["task"] == "asr"
    assert plan["plan"]["steps"][-1]["task"] == "summarize"
    assert view(session).of("info")[-1] == f"saved 2 result(s) to {out}"


def test_save_errors(session: Session, tmp_path: Path) -> None:
    drive(session, "/save", f"/save {tmp_path / 'no' / 'such' / 'dir.json'}")
    first, second = view(session).of("error")
    assert "needs a file name" in first and second.startswith("error: cannot write")


def test_help_lists_every_command_and_unknown_ones_get_a_suggestion(session: Session) -> None:
    drive(session, "/help", "/lod x")
    usages = [usage.split()[0] for usage, _ in view(session).of("commands")[0]]
    for name in ("/load", "/tasks", "/plan", "/engine", "/history", "/save", "/help", "/quit"):
        assert name in usages
    assert view(session).of("error") == ["error: unknown command /lod (did you mean /load? /help lists the commands)"]


def test_quit_stops_reading_and_eof_ends_cleanly(session: Session) -> None:
    reader = io.StringIO("/quit\n/tasks\n")
    assert run_loop(session, stream_reader(reader)) == 0
    assert reader.read() == "/tasks\n" and not session.running
    assert drive(Session(RecordingView(), engine="fake")) == 0  # empty input: EOF at once


def test_ctrl_c_drops_the_line_or_cancels_the_instruction(session: Session, clip: Path,
                                                          fake_engine: Any) -> None:
    lines = iter([KeyboardInterrupt(), f"/load {clip}", "transcribe it", "/tasks", EOFError()])

    def read(prompt: str) -> str:
        item = next(lines)
        if isinstance(item, BaseException):
            raise item
        return item

    def interrupted(audio: Audio, *, language: str | None = None) -> Transcript:
        raise KeyboardInterrupt

    fake_engine.transcribe = interrupted
    assert run_loop(session, read) == 0
    assert "cancelled" in view(session).of("info") and view(session).of("tasks")
    assert session.entries == []  # the cancelled instruction left no result


def test_engine_bug_is_one_line_and_the_session_goes_on(session: Session, clip: Path, fake_engine: Any) -> None:
    def broken(audio: Audio, *, language: str | None = None) -> Transcript:
        raise RuntimeError("boom")

    fake_engine.transcribe = broken
    drive(session, f"/load {clip}", "transcribe it", "/tasks")
    (error,) = view(session).of("error")
    assert error.startswith("error: ") and "boom" in error and view(session).of("tasks")


def test_plugin_commands_come_through_the_hook(fake_engine: Any, clip: Path, capsys: Any) -> None:
    class ShoutCommands:
        @hookimpl
        def register_commands(self, register):  # type: ignore[no-untyped-def]
            register("shout", lambda session, args: session.view.info(args.upper() + "!"), "say it louder")
            register("duration", lambda session, args: session.view.info(f"{session.audio.duration:.1f}"),
                     "length of the loaded clip")
            register("load", lambda session, args: None, "tries to take a built-in name")
            register("oops", lambda session, args: 1 / 0, "a buggy command")

    class BrokenPlugin:
        @hookimpl
        def register_commands(self, register):  # type: ignore[no-untyped-def]
            raise RuntimeError("plugin bug")

    register_object(ShoutCommands(), "shout-commands")
    register_object(BrokenPlugin(), "broken-commands")
    session = Session(RecordingView(), engine="fake")
    drive(session, "/help", "/shout hello there", f"/load {clip}", "/duration", "/oops", "/tasks")
    recorded = view(session)
    helps = dict(recorded.of("commands")[0])
    assert helps["/shout"] == "say it louder" and session.commands["shout"].plugin == "shout-commands"
    assert recorded.of("info")[0] == "HELLO THERE!" and recorded.of("info")[-1] == "1.5"
    assert "ZeroDivisionError" in recorded.of("error")[0] and recorded.of("tasks")
    warnings = capsys.readouterr().err
    assert "/load, which is already taken" in warnings and "plugin bug" in warnings
