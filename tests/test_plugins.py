"""Plugins: built-ins through entry points, the example third-party plugin installed for real,
``WAVLLM_AGENT_LOAD_PLUGINS``, and broken plugins survived with one warning each."""

from __future__ import annotations

import json
import os
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
    """The example plugin in examples/, installed by pip into its own folder."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                    "--target", str(target), str(ROOT / "examples/plugins/wavllm-keywords")],
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
