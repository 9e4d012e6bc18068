"""The report folder of an evaluation: ``metrics.json``, ``report.md`` and PNG plots.

``predictions.jsonl`` (one record per row, with per-row scores) is written beside them by the
run itself. ``metrics.json`` is the ``wavllm eval --json`` object plus the date, the machine and
the files of the report. ``report.md`` is a Markdown summary for people: the figures, the notes,
the worst rows, the engine, date and machine, and the plots.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wavllm_agent.evaluation.scoring import LOWER_IS_BETTER

if TYPE_CHECKING:
    from wavllm_agent.evaluation.result import EvalResult

__all__ = ["machine_info", "markdown_report", "write_report"]

METRICS_FILE = "metrics.json"
REPORT_FILE = "report.md"


def machine_info() -> dict[str, Any]:
    """Where the figures were taken: OS, Python, CPU, and torch/GPU when torch is already loaded."""
    info: dict[str, Any] = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "cpu": platform.processor() or platform.machine(),
    }
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            names = [line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")]
        if names:
            info["cpu"] = names[0]
    except OSError:
        pass
    torch = sys.modules.get("torch")  # never imported just for this
    if torch is not None:
        info["torch"] = getattr(torch, "__version__", None)
        try:
            info["gpu"] = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
        except Exception:  # noqa: BLE001 - a broken CUDA setup must not break the report
            info["gpu"] = None
    return info


def _cell(text: Any, width: int = 80) -> str:
    """Text fit for one Markdown table cell: one line, pipes escaped, long text shortened."""
    value = " ".join(str(text if text is not None else "").split()).replace("|", "\\|")
    return value if len(value) <= width else value[: width - 1] + "…"


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def markdown_report(result: EvalResult, *, date: str, machine: dict[str, Any], plots: list[str]) -> str:
    """The text of ``report.md``."""
    lines = [
        f"# Evaluation: {result.task} on {Path(result.manifest).name}",
        "",
        f"- manifest: `{result.manifest}`",
        f"- task: `{result.task}`" + (" (inferred from the rows)" if result.inferred else ""),
        f"- engine: `{result.engine}`",
        f"- rows: {result.n} ({result.errors} failed, counted as wrong; {result.resumed} resumed "
        "from an earlier run)",
        f"- date: {date}",
        f"- machine: {machine.get('cpu')} ({machine.get('cpus')} CPUs), {machine.get('platform')}, "
        f"Python {machine.get('python')}"
        + (f", torch {machine['torch']}" if machine.get("torch") else "")
        + (f", GPU {machine['gpu']}" if machine.get("gpu") else ""),
        f"- time: {result.seconds:.1f} s",
        "",
        "## Metrics",
        "",
        "| metric | value |",
        "|---|---|",
    ]
    for name, value in result.metrics.items():
        better = " (lower is better)" if name in LOWER_IS_BETTER else ""
        lines.append(f"| {name}{better} | {_figure(value)} |")
    if result.notes:
        lines += ["", "Notes:", ""] + [f"- {_cell(note, 300)}" for note in result.notes]
    if result.worst:
        metric = result.worst[0].get("metric") or "value"
        lines += ["", "## Worst rows", "", f"| id | {metric} | reference | output |", "|---|---|---|---|"]
        for row in result.worst:
            output = row["output"] if row.get("error") is None else f"**error**: {row['error']}"
            lines.append(f"| {_cell(row['id'], 30)} | {_figure(row.get('value'))} | "
                         f"{_cell(row['reference'])} | {_cell(output)} |")
    if plots:
        lines += ["", "## Plots", ""] + [f"![{Path(p).stem}]({p})" for p in plots]
    lines += ["", "Per-row outputs and scores: `predictions.jsonl`. All figures: `metrics.json`.", ""]
    return "\n".join(lines)


def write_report(result: EvalResult, folder: str | Path, *, plots: bool = True) -> list[Path]:
    """Write ``metrics.json``, ``report.md`` and (with ``plots``) the PNG plots into ``folder``.

    Returns:
        The files written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if plots:
        from wavllm_agent.evaluation.plots import make_plots

        written += make_plots(result, folder)
    names = [path.name for path in written]
    date = _dt.datetime.now().astimezone().isoformat(timespec="seconds")
    machine = machine_info()
    payload = {**result.to_dict(), "date": date, "machine": machine, "plots": names}
    metrics_path = folder / METRICS_FILE
    metrics_path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report_path = folder / REPORT_FILE
    report_path.write_text(markdown_report(result, date=date, machine=machine, plots=names), encoding="utf-8")
    return [metrics_path, report_path, *written]
