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
