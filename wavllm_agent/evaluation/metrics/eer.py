"""Equal error rate of speaker verification scores, with the threshold there and the DET curve.

A trial is accepted as "same speaker" when its score is at or above a threshold. Sweeping the
threshold over every distinct score gives the false-positive rate (FPR: different-speaker trials
accepted) and the false-negative rate (FNR: same-speaker trials rejected) at each operating
point. The EER is where FPR = FNR: between the last point with FNR > FPR and the next, both
rates are interpolated linearly and the crossing of the two lines is taken, so a small trial
set still gives a value between its steps. The threshold at the EER is interpolated the same
way between the two scores.

The operating points come from scikit-learn's ``roc_curve`` when scikit-learn is installed and
from an equivalent numpy computation otherwise; both give the same points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.metrics.accuracy import parse_yes_no
from wavllm_agent.evaluation.metrics.base import Metric, MetricResult, Prediction, check_same_length

__all__ = ["EerMetric", "EerResult", "equal_error_rate", "roc_points"]


@dataclass(frozen=True)
class EerResult:
    """The equal error rate and the curve it was read from.

    Attributes:
        eer: Equal error rate, in percent.
        threshold: The score threshold at the EER (accept when score >= threshold).
        fpr: False-positive rate at each operating point, as a fraction in [0, 1] (DET x axis).
        fnr: False-negative rate at each operating point, as a fraction (DET y axis).
        thresholds: The threshold of each operating point (the first is +inf: accept nothing).
    """

    eer: float
    threshold: float
    fpr: np.ndarray
    fnr: np.ndarray
    thresholds: np.ndarray


def _roc_numpy(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, ...]:
    order = np.argsort(-scores, kind="mergesort")
    sorted_scores, sorted_labels = scores[order], labels[order]
    # The last index of each run of equal scores: tied trials change the rates together.
    last = np.r_[np.flatnonzero(np.diff(sorted_scores)), sorted_scores.size - 1]
    true_pos = np.cumsum(sorted_labels)[last]
    false_pos = last + 1 - true_pos
    tpr = np.r_[0.0, true_pos / true_pos[-1]]
    fpr = np.r_[0.0, false_pos / false_pos[-1]]
    return fpr, tpr, np.r_[np.inf, sorted_scores[last]]


def roc_points(
    scores: np.ndarray, labels: np.ndarray, *, use_sklearn: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(fpr, tpr, thresholds) at every distinct threshold, from accept-nothing to accept-all."""
    if use_sklearn:
        try:
            from sklearn.metrics import roc_curve
        except ImportError:
            pass
        else:
            # drop_intermediate=False keeps every point: the EER interpolation needs them.
            fpr, tpr, thresholds = roc_curve(labels, scores, drop_intermediate=False)
            return fpr, tpr, thresholds
    return _roc_numpy(scores, labels)


def _as_arrays(scores: Sequence[float], labels: Sequence[bool | int]) -> tuple[np.ndarray, ...]:
    check_same_length("eer", labels, scores)
    try:
        score_array = np.asarray(scores, dtype=np.float64)
    except (TypeError, ValueError) as err:
        raise UsageError("eer: every score must be a number") from err
    if score_array.ndim != 1 or not np.all(np.isfinite(score_array)):
        raise UsageError("eer: scores must be a flat list of finite numbers (no NaN or inf)")
    label_list = []
    for label in labels:
        if isinstance(label, (bool, np.bool_)) or label in (0, 1):
            label_list.append(int(label))
        else:
            raise UsageError(f"eer: a label must be true/false (or 1/0), not {label!r}")
    label_array = np.asarray(label_list, dtype=np.int64)
    positives = int(label_array.sum())
    if positives in (0, label_array.size):
        kind = "same-speaker" if positives else "different-speaker"
        raise UsageError(
            f"eer: all {label_array.size} trials are {kind} trials; an equal error rate needs both",
            hint="add trials with label true (same speaker) and with label false",
        )
    return score_array, label_array


def equal_error_rate(
    scores: Sequence[float], labels: Sequence[bool | int], *, use_sklearn: bool = True
) -> EerResult:
    """EER (percent) of verification scores, the threshold there, and the DET points.

    Args:
        scores: One score per trial; higher means more likely the same speaker.
        labels: ``True``/1 for a same-speaker (target) trial, ``False``/0 otherwise.
        use_sklearn: Use scikit-learn's ``roc_curve`` if installed (else numpy).

    Raises:
        UsageError: lengths differ, nothing is given, a score is not finite, a label is not
            binary, or all trials belong to one class.
    """
    score_array, label_array = _as_arrays(scores, labels)
    fpr, tpr, thresholds = roc_points(score_array, label_array, use_sklearn=use_sklearn)
    fnr = 1.0 - tpr
    gap = fnr - fpr  # +1 at accept-nothing, -1 at accept-all, never increasing in between
    after = int(np.flatnonzero(gap <= 0)[0])
    before = after - 1  # exists: gap[0] = 1 > 0
    # Where the two straight lines between the neighbouring points cross.
    t = gap[before] / (gap[before] - gap[after])
    eer = fpr[before] + t * (fpr[after] - fpr[before])
    low, high = thresholds[before], thresholds[after]
    threshold = high if math.isinf(low) else low + t * (high - low)
    return EerResult(
        eer=100.0 * float(eer),
        threshold=float(threshold),
        fpr=np.asarray(fpr, dtype=np.float64),
        fnr=np.asarray(fnr, dtype=np.float64),
        thresholds=np.asarray(thresholds, dtype=np.float64),
    )


class EerMetric(Metric):
    """``eer``: equal error rate of ``prediction.score`` against the rows' same-speaker labels.

    The label is ``row.label`` (a bool), else a yes/no ``row.text``. Adds ``eer_threshold``.
    """

    name = "eer"
    description = "equal error rate of speaker-verification scores (percent, lower is better)"

    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        check_same_length(self.name, rows, predictions)
        labels = []
        scores = []
        for row, prediction in zip(rows, predictions, strict=True):
            label = row.label if isinstance(row.label, bool) else parse_yes_no(row.text)
            if label is None:
                raise UsageError(
                    f"eer: row {row.id!r} has no same-speaker label",
                    hint="give each sv row label true/false (or a Yes/No text)",
                )
            if prediction.score is None:
                raise UsageError(
                    f"eer: the prediction for row {row.id!r} has no score",
                    hint="the engine must report a speaker-verification score",
                )
            labels.append(label)
            scores.append(prediction.score)
        result = equal_error_rate(scores, labels)
        return MetricResult(name=self.name, value=result.eer, details={"eer_threshold": result.threshold})
