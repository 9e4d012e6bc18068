"""PNG plots of an evaluation, drawn with matplotlib's Agg renderer (no display, no pyplot).

Per task:

* asr - ``wer_histogram.png``: how many utterances fall at each WER;
* st - ``bleu_histogram.png``: sentence BLEU per row;
* sv - ``sv_scores.png``: score distributions of same- and different-speaker trials with the
  threshold at the EER; ``sv_det.png``: the DET curve (miss rate against false-alarm rate on
  normal-deviate axes, the usual way to draw it) with the EER point;
* er, sqa - ``accuracy_by_label.png``: accuracy per reference label;
* multi-step (``ask``) - ``ifr_subtasks.png``: IFR per sub-task; ``ifr_types.png``: IFR per
  instruction type (the row's ``type`` field, else its set of sub-tasks).

Figures are built with :class:`matplotlib.figure.Figure` directly, so drawing changes no global
matplotlib state (backend, pyplot figures) of a program that imports this library.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from statistics import NormalDist
from typing import TYPE_CHECKING, Any

from wavllm_agent.evaluation.metrics.accuracy import parse_yes_no

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from wavllm_agent.evaluation.result import EvalResult

__all__ = ["det_axis", "make_plots"]

_DPI = 110
_SIZE = (6.4, 4.0)
_DET_FLOOR, _DET_CEIL = 0.001, 0.995
_PROBIT_TICKS = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.99)


def _figure() -> tuple[Figure, Axes]:
    from matplotlib.figure import Figure

    figure = Figure(figsize=_SIZE, dpi=_DPI, layout="constrained")
    return figure, figure.add_subplot()


def _save(figure: Figure, path: Path) -> Path:
    figure.savefig(path, format="png")
    return path


def _histogram(values: Sequence[float], path: Path, *, title: str, xlabel: str, upper: float) -> Path:
    figure, axes = _figure()
    top = max(upper, max(values, default=0.0))
    axes.hist(values, bins=20, range=(0.0, top), color="#4c72b0", edgecolor="white")
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel("rows")
    axes.yaxis.get_major_locator().set_params(integer=True)
    return _save(figure, path)


def det_axis(rate: float) -> float:
    """A rate (0-1) on the DET plot's normal-deviate scale.

    Rates are clipped to [0.1 %, 99.5 %], just inside the plotted range, so that a rate of 0 (a
    fully separated trial set) draws along the plot's edge instead of vanishing off it.
    """
    return NormalDist().inv_cdf(min(max(rate, _DET_FLOOR), _DET_CEIL))


def _sv_plots(result: EvalResult, folder: Path) -> list[Path]:
    from wavllm_agent.evaluation.metrics.eer import equal_error_rate

    assert result.scores is not None
    trials = [
        (prediction.score, label)
        for row, prediction in zip(result.scores.rows, result.scores.predictions, strict=True)
        if prediction.score is not None
        and (label := row.label if isinstance(row.label, bool) else parse_yes_no(row.text)) is not None
    ]
    same = [score for score, label in trials if label]
    different = [score for score, label in trials if not label]
    if not trials:
        return []
    paths = []
    eer = equal_error_rate([s for s, _ in trials], [lab for _, lab in trials]) if same and different else None
    figure, axes = _figure()
    low = min(s for s, _ in trials)
    high = max(s for s, _ in trials)
    bins = [low + (high - low) * i / 24 for i in range(25)] if high > low else 10
    if same:
        axes.hist(same, bins=bins, alpha=0.6, color="#55a868", label=f"same speaker ({len(same)})")
    if different:
        axes.hist(different, bins=bins, alpha=0.6, color="#c44e52", label=f"different speakers ({len(different)})")
    if eer is not None:
        axes.axvline(eer.threshold, color="black", linestyle="--",
                     label=f"threshold at EER ({eer.threshold:.3f})")
    axes.set_title("Speaker verification scores")
    axes.set_xlabel("score (higher: more likely the same speaker)")
    axes.set_ylabel("trials")
    axes.legend(loc="upper left", fontsize="small")
    paths.append(_save(figure, folder / "sv_scores.png"))
    if eer is not None:
        figure, axes = _figure()
        axes.plot([det_axis(x) for x in eer.fpr], [det_axis(y) for y in eer.fnr], color="#4c72b0",
                  label="DET")
        point = det_axis(eer.eer / 100)
        axes.plot([point], [point], "o", color="black", label=f"EER {eer.eer:.2f} %")
        ticks = [det_axis(t) for t in _PROBIT_TICKS]
        labels = [f"{100 * t:g}" for t in _PROBIT_TICKS]
        limit = (NormalDist().inv_cdf(0.0007), NormalDist().inv_cdf(0.997))
        for axis_ticks, axis_labels, set_lim in ((axes.set_xticks, axes.set_xticklabels, axes.set_xlim),
                                                 (axes.set_yticks, axes.set_yticklabels, axes.set_ylim)):
            axis_ticks(ticks)
            axis_labels(labels, fontsize="x-small")
            set_lim(*limit)
        axes.plot(limit, limit, color="grey", linewidth=0.5, linestyle=":")
        axes.set_title(f"DET curve ({len(same)} same / {len(different)} different-speaker trials)")
        axes.set_xlabel("false alarm rate (%)")
        axes.set_ylabel("miss rate (%)")
        axes.grid(True, linewidth=0.3)
        axes.legend(loc="upper right", fontsize="small")
        paths.append(_save(figure, folder / "sv_det.png"))
    return paths


def _bars(values: dict[str, float], counts: dict[str, int], path: Path, *, title: str, ylabel: str) -> Path:
    figure, axes = _figure()
    names = list(values)
    bars = axes.bar(range(len(names)), [values[n] for n in names], color="#4c72b0", width=0.6)
    axes.set_xlim(-0.75, max(len(names), 3) - 0.25)  # one or two bars stay bars, not slabs
    axes.set_xticks(range(len(names)))
    axes.set_xticklabels([f"{n}\n(n={counts.get(n, 0)})" for n in names], fontsize="small",
                         rotation=0 if len(names) <= 5 else 30)
    axes.bar_label(bars, labels=[f"{values[n]:.1f}" for n in names], fontsize="small")
    axes.set_ylim(0, 110)
    axes.set_title(title)
    axes.set_ylabel(ylabel)
    return _save(figure, path)


def _ifr_plots(result: EvalResult, folder: Path) -> list[Path]:
    assert result.scores is not None
    ifr = result.scores.results.get("ifr")
    if ifr is None:
        return []
    per_task = {key[4:]: value for key, value in ifr.details.items() if key.startswith("ifr_") and key != "ifr_all"}
    requested: dict[str, int] = defaultdict(int)
    by_type: dict[str, list[float]] = defaultdict(list)
    for row, value in zip(result.scores.rows, ifr.per_item, strict=False):
        tasks = [str(t) for t in row.extra.get("tasks", [])]
        for task in tasks:
            requested[task] += 1
        kind = row.extra.get("type")
        by_type[str(kind) if kind else "+".join(tasks)].append(float(value or 0.0))
    paths = [_bars(per_task, requested, folder / "ifr_subtasks.png",
                   title="Instruction following per sub-task", ylabel="IFR (%)")]
    means = {kind: sum(v) / len(v) for kind, v in by_type.items()}
    paths.append(_bars(means, {k: len(v) for k, v in by_type.items()}, folder / "ifr_types.png",
                       title="Instruction following per instruction type", ylabel="mean IFR of rows (%)"))
    return paths


def _accuracy_plot(result: EvalResult, folder: Path) -> list[Path]:
    assert result.scores is not None
    accuracy = result.scores.results.get("accuracy")
    if accuracy is None or not accuracy.per_item:
        return []
    groups: dict[str, list[float]] = defaultdict(list)
    for row, value in zip(result.scores.rows, accuracy.per_item, strict=False):
        label = row.label if row.label is not None else row.text
        groups[str(label).strip()[:24] or "(empty)"].append(float(value or 0.0))
    if len(groups) > 20:
        return []  # free-text references (spoken questions): one bar per row says nothing
    means = {label: sum(v) / len(v) for label, v in sorted(groups.items())}
    return [_bars(means, {k: len(v) for k, v in groups.items()}, folder / "accuracy_by_label.png",
                  title=f"{result.task}: accuracy per reference label", ylabel="accuracy (%)")]


def make_plots(result: EvalResult, folder: str | Path) -> list[Path]:
    """Draw the plots of the task's headline metric into ``folder``; return the files written (none
    for some metrics)."""
    folder = Path(folder)
    if result.scores is None:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = result.scores.results
    if "wer" in results:
        return [_histogram(results["wer"].per_item, folder / "wer_histogram.png", upper=100.0,
                           title=f"Per-utterance WER ({result.n} rows, corpus WER "
                                 f"{results['wer'].value:.2f} %)", xlabel="WER (%)")]
    if "bleu" in results:
        return [_histogram(results["bleu"].per_item, folder / "bleu_histogram.png", upper=100.0,
                           title=f"Sentence BLEU ({result.n} rows, corpus BLEU {results['bleu'].value:.1f})",
                           xlabel="sentence BLEU")]
    if "eer" in results or "eer" in result.scores.metrics:
        return _sv_plots(result, folder)
    if "ifr" in results:
        return _ifr_plots(result, folder)
    if "accuracy" in results:
        return _accuracy_plot(result, folder)
    return []
