"""The task -> metrics table, result objects, and light imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wavllm_agent.errors import UnknownTaskError
from wavllm_agent.evaluation.metrics import metrics_for_task
from wavllm_agent.evaluation.metrics.base import Prediction, Step

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("task", "names"),
    [
        ("asr", ["wer"]),
        ("st", ["bleu"]),
        ("sv", ["eer", "accuracy"]),
        ("er", ["accuracy"]),
        ("sqa", ["accuracy"]),
        ("summarize", ["rouge", "similarity"]),
        ("multi-step", ["ifr"]),
        ("ask", ["ifr"]),
        ("ASR", ["wer"]),
    ],
)
def test_metrics_for_task(task: str, names: list[str]) -> None:
    assert [metric.name for metric in metrics_for_task(task)] == names


def test_language_reaches_the_tokenizers() -> None:
    (bleu,) = metrics_for_task("st", language="zh")
    assert bleu.language == "zh"
    rouge, _ = metrics_for_task("summarize", language="de")
    assert rouge.language == "de"


def test_unknown_task() -> None:
    with pytest.raises(UnknownTaskError, match="no evaluation metrics for task 'dance'") as caught:
        metrics_for_task("dance")
    assert "asr" in (caught.value.hint or "")


def test_prediction_from_task_results_and_json() -> None:
    class SvLike:
        text = "Yes"
        same_speaker = False
        score = 0.25

    sv = Prediction.from_output(SvLike())
    assert (sv.text, sv.decision, sv.score) == ("Yes", False, 0.25)
    asked = Prediction.from_output({"answer": "Hallo", "steps": [{"task": "asr", "text": "hello"}]})
    assert asked.text == "Hallo" and asked.steps == (Step("asr", "hello"),)
    er = Prediction.from_output({"task": "er", "text": "The speaker is sad", "emotion": "sad"})
    assert er.decision == "sad" and er.score is None


def test_importing_metrics_and_manifests_loads_no_heavy_library() -> None:
    code = (
        "import sys, wavllm_agent.evaluation.metrics as m, wavllm_agent.data;"
        "m.metrics_for_task('summarize'); m.metrics_for_task('asr');"
        "heavy = [n for n in ('torch', 'transformers', 'jiwer', 'sacrebleu', 'rouge_score',"
        " 'sklearn', 'whisper_normalizer') if n in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("spelling", ["multi-step", "multi", "ask", "Multi_Step"])
def test_every_multi_step_spelling_is_scored_by_ifr(spelling: str) -> None:
    assert [metric.name for metric in metrics_for_task(spelling)] == ["ifr"]


def test_a_plugin_task_is_scored_by_the_metrics_it_declares(clean_plugins: None) -> None:
    from taskfakes import FAKE_TASK, register_fake_tasks

    with pytest.raises(UnknownTaskError):
        metrics_for_task(FAKE_TASK)
    register_fake_tasks()
    (accuracy,) = metrics_for_task(FAKE_TASK)
    assert accuracy.name == "accuracy" and accuracy.kind == "exact"
    with pytest.raises(UnknownTaskError, match="no evaluation metrics for task 'fake_untrained'") as caught:
        metrics_for_task("fake_untrained")
    assert FAKE_TASK in (caught.value.hint or "") and "multi-step" in (caught.value.hint or "")


def test_a_declared_factory_builds_a_metric_of_the_plugin_s_own() -> None:
    from taskfakes import FakeLoudnessTask

    from wavllm_agent.evaluation.metrics.base import Metric, MetricResult

    class FakeLengthMetric(Metric):
        name = "fake_length"

        def __init__(self, language: str | None) -> None:
            self.language = language

        def compute(self, rows, predictions):  # type: ignore[no-untyped-def]
            return MetricResult(self.name, float(len(rows)))

    class Own(FakeLoudnessTask):
        metrics = ("wer", FakeLengthMetric)

    wer, own = metrics_for_task(Own.name, language="fr", tasks={Own.name: Own()})
    assert wer.name == "wer" and isinstance(own, FakeLengthMetric) and own.language == "fr"


def test_an_unknown_metric_name_is_reported_with_the_catalogue() -> None:
    from taskfakes import FakeLoudnessTask

    from wavllm_agent.errors import UsageError

    class Misspelt(FakeLoudnessTask):
        metrics = ("acuracy",)

    with pytest.raises(UsageError, match="declares unknown metric 'acuracy'") as caught:
        metrics_for_task(Misspelt.name, tasks={Misspelt.name: Misspelt()})
    assert "accuracy" in (caught.value.hint or "")
