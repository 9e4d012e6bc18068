"""The example third-party plugin (examples/plugins/wavllm-keywords) gets evaluation and training
support from what its task declares, with no change to the core. Runs on the FAKE engine
(plumbing only, never accuracy)."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import speech
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "examples/plugins/wavllm-keywords"))

import wavllm_keywords  # noqa: E402

from wavllm_agent.cli import cli  # noqa: E402
from wavllm_agent.data import ManifestRow, write_jsonl  # noqa: E402
from wavllm_agent.tasks.multistep import MULTI_STEP  # noqa: E402


@pytest.fixture
def keywords_loaded(fake_engine: object) -> Iterator[object]:
    """The example plugin registered in a fresh plugin manager, next to the FAKE engine."""
    from wavllm_agent.plugins import register_object

    register_object(wavllm_keywords, "keywords")
    yield fake_engine


def test_plan_args_read_the_words_to_spot() -> None:
    task = wavllm_keywords.KeywordsTask()
    assert task.plan_args("Find the keywords 'budget' and \"rent\" in the audio.") == {"words": ("budget", "rent")}
    assert task.plan_args("spot the words budget, rent or deadline") == {"words": ("budget", "rent", "deadline")}
    assert task.plan_args("Is anything said about money?") == {}


def test_wavllm_eval_scores_keywords_by_the_plugin_s_own_metric(keywords_loaded: object, tmp_path: Path) -> None:
    clip = speech.librivox()[0].path
    # The FAKE engine hears "hello world from the fake engine" in every file.
    rows = [ManifestRow(id="a", audio=clip, text="hello", extra={"task": "keywords", "words": "hello,budget"}),
            ManifestRow(id="b", audio=clip, text="", extra={"task": "keywords", "words": ["budget"]}),
            ManifestRow(id="c", audio=clip, text="world", extra={"task": "keywords", "words": "world,engine"})]
    write_jsonl(rows, tmp_path / "keywords.jsonl")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "keywords.jsonl"), "--engine", "fake", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["task"], data["n"]) == ("keywords", 3)
    assert data["metrics"]["keyword_accuracy"] == pytest.approx(200 / 3)


def test_training_samples_keywords_alone_and_in_multi_step_rows(keywords_loaded: object) -> None:
    from wavllm_agent.training.instructions import request_for

    row = ManifestRow(id="k", audio=Path("/a.wav"), text="budget at 1.0s", extra={"words": "budget,rent"})
    single = request_for(row, "keywords", rng=random.Random(0))
    assert "budget, rent" in single.instruction and single.target == "budget at 1.0s"
    multi = request_for(ManifestRow(id="m", audio=Path("/a.wav"), text="we spent the budget",
                                    extra={"words": "budget", "keyword_hits": "budget at 1.0s"}),
                        MULTI_STEP, rng=None)
    assert multi.subtasks == ("asr", "keywords")
    assert multi.target == "we spent the budget\nbudget at 1.0s" and "budget?" in multi.instruction


def test_the_planner_plans_keywords_from_a_free_instruction(keywords_loaded: object) -> None:
    from wavllm_agent import ask

    clip = speech.librivox()[0].path
    done = ask(clip, "Transcribe the audio, then spot the words hello and budget.", "fake")
    assert [(step.task, dict(step.args)) for step in done.plan.steps] == [
        ("asr", {}), ("keywords", {"words": ["hello", "budget"]})]
    assert done.steps[-1].text == "hello at 0.0s"
