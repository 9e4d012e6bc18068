"""Equal error rate on score sets whose answer is known exactly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from wavllm_agent.data import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.base import Prediction
from wavllm_agent.evaluation.metrics.eer import EerMetric, equal_error_rate


@pytest.mark.parametrize("use_sklearn", [True, False])
def test_eer_at_an_exact_operating_point(use_sklearn: bool) -> None:
    # targets 0.9 0.8 0.7 0.4, non-targets 0.6 0.3 0.2 0.1.
    # Threshold 0.6 accepts 3 targets (FNR 1/4) and 1 non-target (FPR 1/4): EER = 25 %.
    result = equal_error_rate(
        [0.9, 0.8, 0.7, 0.4, 0.6, 0.3, 0.2, 0.1], [1, 1, 1, 1, 0, 0, 0, 0], use_sklearn=use_sklearn
    )
    assert result.eer == pytest.approx(25.0)
    assert result.threshold == pytest.approx(0.6)


@pytest.mark.parametrize("use_sklearn", [True, False])
def test_eer_interpolates_between_operating_points(use_sklearn: bool) -> None:
    # targets 0.9 0.5, non-targets 0.5 0.1 (a tie at 0.5).
    # Points (FPR, FNR): accept none (0, 1); >=0.9 (0, 1/2); >=0.5 (1/2, 0); >=0.1 (1, 0).
    # Between (0, 1/2) and (1/2, 0) FNR - FPR goes 1/2 -> -1/2, crossing half-way:
    # EER = 0 + 0.5 * 1/2 = 25 %, threshold = 0.9 + 0.5 * (0.5 - 0.9) = 0.7.
    result = equal_error_rate([0.9, 0.5, 0.5, 0.1], [True, True, False, False], use_sklearn=use_sklearn)
    assert result.eer == pytest.approx(25.0)
    assert result.threshold == pytest.approx(0.7)
    assert result.fpr == pytest.approx([0, 0, 0.5, 1])
    assert result.fnr == pytest.approx([1, 0.5, 0, 0])


def test_perfect_separation_gives_zero() -> None:
    # Accepting scores >= 0.8 takes both targets and no non-target.
    result = equal_error_rate([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])
    assert result.eer == pytest.approx(0.0)
    assert result.threshold == pytest.approx(0.8)


def test_scores_upside_down_give_100() -> None:
    assert equal_error_rate([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0]).eer == pytest.approx(100.0)


def test_sklearn_and_numpy_paths_agree_on_random_trials() -> None:
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 2, size=300)
    scores = np.round(rng.normal(labels * 1.0, 1.0), 1)  # rounding makes ties
    with_sklearn = equal_error_rate(scores.tolist(), labels.tolist(), use_sklearn=True)
    with_numpy = equal_error_rate(scores.tolist(), labels.tolist(), use_sklearn=False)
    assert with_sklearn.eer == pytest.approx(with_numpy.eer)
    assert with_sklearn.threshold == pytest.approx(with_numpy.threshold)
    assert np.allclose(with_sklearn.fpr, with_numpy.fpr)
    assert 20.0 < with_numpy.eer < 45.0  # two unit Gaussians one apart: ~31 %


@pytest.mark.parametrize(
    ("scores", "labels", "message"),
    [
        ([0.1, 0.2], [1, 1], "all 2 trials are same-speaker"),
        ([0.1, 0.2], [0, 0], "all 2 trials are different-speaker"),
        ([0.1, float("nan")], [0, 1], "finite"),
        ([0.1, 0.2], [0, "maybe"], "label must be"),
        ([0.1], [0, 1], "2 references but 1 predictions"),
    ],
)
def test_bad_input_is_a_usage_error(scores: list, labels: list, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        equal_error_rate(scores, labels)


def test_metric_uses_scores_and_row_labels(tmp_path: Path) -> None:
    rows = [
        ManifestRow(id=str(i), audio=tmp_path / f"{i}.wav", text=text, label=label)
        for i, (text, label) in enumerate([("Yes", None), ("", True), ("", False), ("No", None)])
    ]
    predictions = [Prediction(score=s) for s in (0.9, 0.5, 0.5, 0.1)]
    result = EerMetric().compute(rows, predictions)
    assert result.to_dict() == pytest.approx({"eer": 25.0, "eer_threshold": 0.7})
    with pytest.raises(UsageError, match="has no score"):
        EerMetric().compute(rows, [Prediction(text="yes")] * 4)
