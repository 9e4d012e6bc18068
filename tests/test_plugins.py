"""Plugins: built-ins through entry points, the example third-party plugin installed for real,
``WAVLLM_AGENT_LOAD_PLUGINS``, and broken plugins survived with one warning each."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import speech

ROOT = Path(__file__).resolve().parents[1]
BUILTIN_TASKS = {"asr", "st", "sv", "er", "sqa", "summarize", "translate", "continue", "instruct"}


def wavllm(*args: str, extra_path: list[Path] | None = None, env: dict[str, str] | None = None,
           ) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "WAVLLM_AGENT_LOAD_PLUGINS"}
    paths = [str(p) for p in extra_path or []] + [environ.get("PYTHONPATH", "")]
    environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "wavllm_agent", *args], capture_output=True, text=True,
                          env=environ, timeout=300)


@pytest.fixture(scope="module")
def example_plugin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plugin in examples/, installed by pip into its own folder (built from a copy: a
    build in the source tree would leave an egg-info that later test runs find on sys.path)."""
    target = tmp_path_factory.mktemp("site")
    source = tmp_path_factory.mktemp("src") / "wavllm-keywords"
    shutil.copytree(ROOT / "examples/plugins/wavllm-keywords", source,
                    ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                    "--target", str(target), str(source)],
                   check=True, capture_output=True, timeout=300)
    assert (target / "wavllm_keywords").is_dir()
    return target


def fake_distribution(site: Path, dist: str, module: str, source: str) -> None:
    """An installed distribution (dist-info with an entry point) whose module is ``source``."""
    (site / f"{module}.py").write_text(source)
    info = site / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[wavllm_agent]\n{dist} = {module}\n")


@pytest.fixture(scope="module")
def broken_plugins(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("broken")
    fake_distribution(site, "broken-import", "broken_import_plugin", "raise ImportError('missing thing')\n")
    fake_distribution(site, "broken-hook", "broken_hook_plugin",
                      "from wavllm_agent import hookimpl\n\n"
                      "@hookimpl\ndef register_tasks(register):\n    raise RuntimeError('hook exploded')\n")
    return site


def test_builtins_load_through_entry_points() -> None:
    out = wavllm("plugins", "--json")
    assert out.returncode == 0, out.stderr
    plugins = {p["name"]: p for p in json.loads(out.stdout)["plugins"]}
    assert {"asr", "st", "sv", "er", "sqa", "text", "engines"} <= set(plugins)
    assert plugins["asr"]["hooks"] == ["register_tasks"]
    assert plugins["engines"]["hooks"] == ["register_engines"]
    assert plugins["asr"]["version"] == "0.1.0"


def test_example_plugin_task_is_listed(example_plugin: Path) -> None:
    out = wavllm("tasks", "--json", extra_path=[example_plugin])
    assert out.returncode == 0, out.stderr
    tasks = {t["name"]: t for t in json.loads(out.stdout)["tasks"]}
    assert BUILTIN_TASKS <= set(tasks)
    assert tasks["keywords"]["plugin"] == "keywords"
    plugins = json.loads(wavllm("plugins", "--json", extra_path=[example_plugin]).stdout)["plugins"]
    assert {"name": "keywords", "hooks": ["register_tasks"], "version": "0.1.0"}.items() <= next(
        p for p in plugins if p["name"] == "keywords").items()


@pytest.mark.slow
def test_example_plugin_task_runs_on_real_speech(example_plugin: Path) -> None:
    clip = speech.librivox()[2]  # "unless to be rather cold hearted and rather selfish is to be ill disposed"
    out = wavllm("run", "keywords", str(clip.path), "--arg", "words=selfish,disposed,elephant", "--json",
                 extra_path=[example_plugin])
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["task"] == "keywords" and result["engine"] == "embedded"
    assert {h["word"] for h in result["hits"]} == {"selfish", "disposed"}
    assert all(0 <= h["start"] < h["end"] <= 6.0 for h in result["hits"])
    assert result["missing"] == ["elephant"]


@pytest.mark.parametrize(("setting", "expect_keywords"), [(None, True), ("", False),
                                                        ("wavllm-keywords", True), ("other-thing", False)])
def test_load_plugins_variable(example_plugin: Path, setting: str | None, expect_keywords: bool) -> None:
    env = {} if setting is None else {"WAVLLM_AGENT_LOAD_PLUGINS": setting}
    out = wavllm("tasks", "--json", extra_path=[example_plugin], env=env)
    assert out.returncode == 0, out.stderr
    names = {t["name"] for t in json.loads(out.stdout)["tasks"]}
    assert BUILTIN_TASKS <= names  # built-ins always load
    assert ("keywords" in names) is expect_keywords


def test_broken_plugins_cost_one_warning_each(broken_plugins: Path, example_plugin: Path) -> None:
    out = wavllm("tasks", "--json", extra_path=[broken_plugins, example_plugin])
    assert out.returncode == 0, out.stderr
    names = {t["name"] for t in json.loads(out.stdout)["tasks"]}
    assert BUILTIN_TASKS | {"keywords"} <= names
    warnings = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(warnings) == 2, out.stderr
    assert any(w.startswith("warning: plugin 'broken-import'") and "missing thing" in w for w in warnings)
    assert any(w.startswith("warning: plugin 'broken-hook'") and "hook exploded" in w for w in warnings)
    assert "Traceback" not in out.stderr


def test_broken_plugins_are_not_loaded_when_excluded(broken_plugins: Path) -> None:
    out = wavllm("tasks", "--json", extra_path=[broken_plugins], env={"WAVLLM_AGENT_LOAD_PLUGINS": ""})
    assert out.returncode == 0 and out.stderr.strip() == ""


def test_task_name_collision_keeps_the_first(clean_plugins: None, capsys: pytest.CaptureFixture[str]) -> None:
    from wavllm_asr import AsrTask

    from wavllm_agent.hookspecs import hookimpl
    from wavllm_agent.plugins import register_object
    from wavllm_agent.registry import get_registry

    class Impostor(AsrTask):
        description = "not the real asr"

    class Plugin:
        @hookimpl
        def register_tasks(self, register):  # type: ignore[no-untyped-def]
            register(Impostor())

    register_object(Plugin(), "impostor")
    reg = get_registry()
    assert reg.tasks["asr"].description != "not the real asr"
    assert reg.task_plugins["asr"] == "asr"
    assert "impostor" in capsys.readouterr().err


def test_registering_a_non_task_is_reported(clean_plugins: None, capsys: pytest.CaptureFixture[str]) -> None:
    from wavllm_agent.hookspecs import hookimpl
    from wavllm_agent.plugins import register_object
    from wavllm_agent.registry import get_registry

    class Plugin:
        @hookimpl
        def register_tasks(self, register):  # type: ignore[no-untyped-def]
            register("asr")

    register_object(Plugin(), "confused")
    assert "asr" in get_registry().tasks
    err = capsys.readouterr().err
    assert "confused" in err and "Task instance" in err


@pytest.mark.parametrize("setting", ["other, wavllm-keywords", " keywords ", "wavllm_keywords,"])
def test_load_plugins_accepts_spaces_and_the_listed_name(example_plugin: Path, setting: str) -> None:
    out = wavllm("tasks", "--json", extra_path=[example_plugin], env={"WAVLLM_AGENT_LOAD_PLUGINS": setting})
    assert out.returncode == 0, out.stderr
    assert "keywords" in {t["name"] for t in json.loads(out.stdout)["tasks"]}


def test_load_plugins_names_an_unknown_plugin_with_a_warning(example_plugin: Path) -> None:
    out = wavllm("tasks", "--json", extra_path=[example_plugin],
                 env={"WAVLLM_AGENT_LOAD_PLUGINS": "wavllm-keywords, no-such-plugin"})
    assert out.returncode == 0, out.stderr
    (warning,) = out.stderr.strip().splitlines()
    assert warning.startswith("warning: WAVLLM_AGENT_LOAD_PLUGINS names 'no-such-plugin'")
    assert "keywords" in warning  # what is installed, so the user can correct the name


def test_plugins_json_reports_failed_plugins(broken_plugins: Path) -> None:
    out = wavllm("plugins", "--json", extra_path=[broken_plugins])
    assert out.returncode == 0, out.stderr
    plugins = {p["name"]: p for p in json.loads(out.stdout)["plugins"]}
    assert plugins["asr"]["ok"] is True and plugins["asr"]["errors"] == []
    assert plugins["broken-hook"]["ok"] is False and "hook exploded" in plugins["broken-hook"]["errors"][0]
    assert plugins["broken-import"]["ok"] is False and "missing thing" in plugins["broken-import"]["errors"][0]
    table = wavllm("plugins", extra_path=[broken_plugins])
    assert "failed" in table.stdout and "hook exploded" in table.stdout


def test_debug_shows_tracebacks_of_plugin_failures(broken_plugins: Path) -> None:
    quiet = wavllm("tasks", "--json", extra_path=[broken_plugins])
    loud = wavllm("--debug", "tasks", "--json", extra_path=[broken_plugins])
    assert loud.returncode == quiet.returncode == 0
    assert "Traceback" not in quiet.stderr
    assert loud.stderr.count("Traceback") == 2 and "RuntimeError: hook exploded" in loud.stderr


def test_a_misspelt_hook_is_refused_not_ignored(clean_plugins: None, capsys: pytest.CaptureFixture[str]) -> None:
    from wavllm_asr import AsrTask

    from wavllm_agent.hookspecs import hookimpl
    from wavllm_agent.plugins import get_plugin_manager, register_object
    from wavllm_agent.registry import get_registry

    class Speller(AsrTask):
        name = "speller"

    class Plugin:
        @hookimpl
        def register_tasks(self, register):  # type: ignore[no-untyped-def]
            register(Speller())

        @hookimpl
        def register_engnes(self, register):  # type: ignore[no-untyped-def]
            raise AssertionError("never called")

    register_object(Plugin(), "misspelt")
    err = capsys.readouterr().err
    assert "misspelt" in err and "register_engnes" in err
    info = get_plugin_manager().info["misspelt"]
    assert not info.ok and "register_engnes" in info.errors[0]
    assert "speller" not in get_registry().tasks  # the plugin is refused as a whole


def test_registry_collects_commands_through_the_hook(clean_plugins: None) -> None:
    from wavllm_agent.hookspecs import hookimpl
    from wavllm_agent.plugins import register_object
    from wavllm_agent.registry import get_registry

    def handler(session, args):  # type: ignore[no-untyped-def]
        return args

    class Plugin:
        @hookimpl
        def register_commands(self, register):  # type: ignore[no-untyped-def]
            register("/echo", handler, "say it back", usage="TEXT")

    register_object(Plugin(), "echo-plugin")
    command = get_registry().commands["echo"]
    assert (command.handler, command.help, command.usage, command.plugin) == (
        handler, "say it back", "TEXT", "echo-plugin")


def test_an_engine_factory_may_load_another_engine(fake_engine: object) -> None:
    import threading

    from wavllm_agent.api import load_engine
    from wavllm_agent.engines.base import EngineFactory
    from wavllm_agent.hookspecs import hookimpl
    from wavllm_agent.plugins import register_object

    class Wrapping:
        @hookimpl
        def register_engines(self, register):  # type: ignore[no-untyped-def]
            register(EngineFactory("wrapping", create=lambda **o: load_engine("fake")))
            register(EngineFactory("selfish", create=lambda **o: load_engine("selfish")))

    register_object(Wrapping(), "wrapping-engines")
    got: list[object] = []
    worker = threading.Thread(target=lambda: got.append(load_engine("wrapping")), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "load_engine deadlocked on a factory that loads another engine"
    assert got == [fake_engine]
    from wavllm_agent.errors import UsageError

    with pytest.raises(UsageError, match="itself"):
        load_engine("selfish")


def pytest_in(folder: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """Run a plugin's own tests, the plugin importable from ``site``, as its author would."""
    environ = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    environ.pop("WAVLLM_AGENT_LOAD_PLUGINS", None)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
                           str(folder), str(folder / "tests")], capture_output=True, text=True, env=environ,
                          cwd=folder, timeout=300)


def pip_target(project: Path, target: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                    "--target", str(target), str(project)], check=True, capture_output=True, timeout=300)
    return target


def test_example_engine_plugin_is_listed_and_its_tests_pass(tmp_path: Path) -> None:
    project = ROOT / "examples/plugins/wavllm-gain"
    site = pip_target(project, tmp_path / "site")
    out = wavllm("engines", "--json", extra_path=[site])
    assert out.returncode == 0, out.stderr
    engines = {e["name"]: e for e in json.loads(out.stdout)["engines"]}
    assert engines["gain"]["plugin"] == "gain" and engines["gain"]["default"] is False
    assert engines["embedded"]["default"] is True
    tests = pytest_in(project, site)
    assert tests.returncode == 0 and " passed" in tests.stdout, tests.stdout + tests.stderr


def test_a_plugin_made_from_the_template_passes_its_own_tests(tmp_path: Path) -> None:
    made = tmp_path / "wavllm-wordcount"
    subprocess.run([sys.executable, str(ROOT / "examples/plugins/new_plugin.py"), "wordcount", str(made)],
                   check=True, capture_output=True, timeout=60)
    assert (made / "wavllm_wordcount" / "__init__.py").is_file()
    assert "myplugin" not in (made / "pyproject.toml").read_text()
    site = pip_target(made, tmp_path / "site")
    tests = pytest_in(made, site)
    assert tests.returncode == 0 and "7 passed" in tests.stdout, tests.stdout + tests.stderr
    out = wavllm("plugins", "--json", extra_path=[site], env={"WAVLLM_AGENT_LOAD_PLUGINS": "wavllm-wordcount"})
    plugin = next(p for p in json.loads(out.stdout)["plugins"] if p["name"] == "wordcount")
    assert plugin["ok"] and plugin["hooks"] == ["register_commands", "register_tasks"]


@pytest.mark.slow
def test_example_engine_plugin_runs_on_real_speech(tmp_path: Path) -> None:
    site = pip_target(ROOT / "examples/plugins/wavllm-gain", tmp_path / "site")
    clip = speech.librivox()[2]
    out = wavllm("run", "asr", str(clip.path), "--engine", "gain", "--json", extra_path=[site])
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["engine"] == "gain" and "selfish" in result["text"].lower()
