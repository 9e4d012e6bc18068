"""The benchmark table and the machine it ran on, as Markdown ready to paste into the README."""

from __future__ import annotations

import math
from typing import Any

from benchmarks.common import Comparison, Timing


def _cell(timing: Timing | None, unit: str) -> str:
    if timing is None:
        return "-"
    s = timing.summary()
    return f"{timing.name}: {s['median']:.3g} {unit} ({s['min']:.3g} / {s['max']:.3g}, n={len(timing.seconds)})"


def _machine_line(machine: dict[str, Any]) -> str:
    parts = [f"{machine.get('cpu_model') or machine.get('processor')} ({machine.get('cpus')} CPUs)"]
    if machine.get("cuda"):
        parts.append(f"GPU {machine['cuda']}")
    parts.append(str(machine.get("platform")))
    parts.append(f"Python {machine.get('python')}")
    if machine.get("torch"):
        parts.append(f"torch {machine['torch']}")
    return ", ".join(parts)


def markdown(results: list[Comparison], *, machine: dict[str, Any], date: str, command: str) -> str:
    """A Markdown section: the ratios table (median, min / max of the repeats) and the machine."""
    lines = [
        "| benchmark | subject: median (min / max) | baseline: median (min / max) | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        ratio = "-" if not math.isfinite(r.ratio) else f"{r.ratio:.3f}"
        lines.append(f"| {r.benchmark} | {_cell(r.subject, r.unit)} | {_cell(r.baseline, r.unit)} | {ratio} | "
                     f"{r.goal} | {'yes' if r.met else '**no**'} |")
    lines += [
        "",
        f"Measured {date} on {_machine_line(machine)}, with `{command}`. Ratios are subject / baseline "
        "of the medians; subject and baseline run alternately in the same invocation.",
        "",
    ]
    return "\n".join(lines)
