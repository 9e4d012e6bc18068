"""The plugin's own tests: they run on a small scripted engine, so no model is needed."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
import soundfile
import wavllm_myplugin

from wavllm_agent import run_task
from wavllm_agent.audio import Audio
from wavllm_agent.engines.base import Engine, EngineFactory, Transcript
from wavllm_agent.errors import UsageError
from wavllm_agent.hookspecs import hookimpl
from wavllm_agent.results import Segment


class ScriptedEngine(Engine):
    """Hears nothing: "transcribes" every recording as the text it was given."""

    name = "scripted"

    def __init__(self, transcript: str) -> None:
        super().__init__()
        self.transcript = transcript

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        return Transcript([Segment(0.0, audio.duration, self.transcript)], "en")

    def listen(self, audio: Audio, instruction: str, *, max_new_tokens: int = 256) -> str:
        return self.transcript

    def listen_choose(self, audio: Audio, instruction: str, options: Sequence[str]) -> list[float]:
        return [1.0 / len(options)] * len(options)

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        return self.transcript

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        return [1.0 / len(options)] * len(options)


def seconds(n: float) -> Audio:
    return Audio(np.zeros(int(16000 * n), dtype=np.float32))


@pytest.fixture
def plugin_loaded() -> Iterator[ScriptedEngine]:
    """This plugin and the scripted engine registered in a fresh plugin manager."""
    from wavllm_agent.api import clear_engines
    from wavllm_agent.plugins import register_object, reset_plugin_manager

    engine = ScriptedEngine("the quick brown fox jumps over the lazy dog")

    class Scripted:
        @hookimpl
        def register_engines(self, register):  # type: ignore[no-untyped-def]
            register(EngineFactory("scripted", create=lambda **_: engine))

    reset_plugin_manager()
    register_object(wavllm_myplugin, "myplugin")
    register_object(Scripted(), "scripted")
    yield engine
    reset_plugin_manager()
    clear_engines()


def test_counts_words_and_rate(plugin_loaded: ScriptedEngine) -> None:
    result = run_task("wordcount", seconds(30), "scripted")
    assert (result.words, result.words_per_minute) == (9, 18.0)
    assert result.to_dict()["words"] == 9 and result.engine == "scripted"


def test_min_length_parameter(plugin_loaded: ScriptedEngine) -> None:
    assert run_task("wordcount", seconds(60), "scripted", min_length=4).words == 5
    with pytest.raises(UsageError, match="min_length"):
        run_task("wordcount", seconds(60), "scripted", min_length=0)


def test_the_plugin_is_healthy_and_registers_its_command(plugin_loaded: ScriptedEngine) -> None:
    from wavllm_agent.plugins import get_plugin_manager
    from wavllm_agent.registry import get_registry

    info = get_plugin_manager().info["myplugin"]
    assert info.ok and info.hooks == ["register_commands", "register_tasks"]
    registry = get_registry()
    assert registry.task_plugins["wordcount"] == "myplugin"
    assert registry.commands["wordcount"].plugin == "myplugin"


def test_the_command_in_a_repl_session(plugin_loaded: ScriptedEngine) -> None:
    from wavllm_agent.repl import RecordingView, Session

    session = Session(RecordingView(), engine="scripted")
    session.handle("/wordcount")
    session.audio = seconds(60)
    session.handle("/wordcount")
    view = session.view
    assert isinstance(view, RecordingView)
    assert "load a recording first" in view.of("error")[0] and view.of("info") == ["9 words (9.0 per minute)"]


# What the task declares (phrases, metrics, training) is all the core needs: the planner picks it
# from a free instruction, ``wavllm eval`` scores it and training samples it.


def test_the_planner_picks_the_task_from_a_free_instruction(plugin_loaded: ScriptedEngine) -> None:
    from wavllm_agent import ask
    from wavllm_agent.planning import plan

    steps = plan("Transcribe the audio, then count the words.").steps
    assert [step.task for step in steps] == ["asr", "wordcount"]
    done = ask(seconds(30), "How many words are spoken in this recording?", "scripted")
    assert [step.task for step in done.steps] == ["wordcount"] and done.answer == "9 words"


def test_wavllm_eval_scores_the_task(plugin_loaded: ScriptedEngine, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wavllm_agent.cli import cli
    from wavllm_agent.data import ManifestRow, write_jsonl

    rows = []
    for i, expected in enumerate(["9 words", "9 words", "12 words", "9 words"]):
        audio = tmp_path / f"{i}.wav"
        soundfile.write(audio, np.zeros(16000, dtype=np.float32), 16000)
        rows.append(ManifestRow(id=str(i), audio=audio, text=expected, extra={"task": "wordcount"}))
    write_jsonl(rows, tmp_path / "wordcount.jsonl")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "wordcount.jsonl"), "--engine", "scripted", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["task"], data["n"], data["metrics"]["accuracy"]) == ("wordcount", 4, 75.0)


def test_training_samples_the_task(plugin_loaded: ScriptedEngine, tmp_path: Path) -> None:
    from wavllm_agent.data import ManifestRow, write_jsonl
    from wavllm_agent.tasks.multistep import MULTI_STEP
    from wavllm_agent.training.instructions import request_for
    from wavllm_agent.training.sources import load_source

    audio = tmp_path / "a.wav"
    soundfile.write(audio, np.zeros(16000, dtype=np.float32), 16000)
    write_jsonl([ManifestRow(id="1", audio=audio, text="9 words", extra={"task": "wordcount"})],
                tmp_path / "train.jsonl")
    (row,) = load_source("wordcount", tmp_path / "train.jsonl", task=None, max_seconds=30).rows
    single = request_for(row.row, row.task, rng=random.Random(0))
    assert single.instruction in wavllm_myplugin.WordCountTask.prompts and single.target == "9 words"
    composed = ManifestRow(id="2", audio=audio, text="the words", extra={"word_count": "2 words"})
    multi = request_for(composed, MULTI_STEP, rng=None)
    assert multi.subtasks == ("asr", "wordcount") and multi.target == "the words\n2 words"
