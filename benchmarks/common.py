"""What every benchmark shares: repeated timing, min/median/max, ratios, a table, a JSON file."""

from __future__ import annotations

import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Timing:
    """Seconds of each repeat of one measured thing."""

    name: str
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def summary(self) -> dict[str, float]:
        return {"min": min(self.seconds), "median": self.median, "max": max(self.seconds)}


@dataclass
class Comparison:
    """One benchmark's verdict: subject against baseline, the ratio, and the goal it is held to.

    ``ratio`` is subject / baseline of the median (for throughput benchmarks the subject and
    baseline are chosen so that the ratio reads the way the goal is written).
    """

    benchmark: str
    subject: Timing | None
    baseline: Timing | None
    ratio: float
    goal: str
    met: bool
    unit: str = "s"
    notes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("subject", "baseline"):
            timing = getattr(self, key)
            data[key] = None if timing is None else {"name": timing.name, **timing.summary(),
                                                     "repeats": len(timing.seconds)}
        return data


def measure(name: str, work: Callable[[], Any], *, repeats: int, warmup: int = 1) -> Timing:
    """Run ``work`` ``warmup`` times unmeasured, then ``repeats`` times measured."""
    for _ in range(warmup):
        work()
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - start)
    return Timing(name, seconds)


def interleaved(subject: tuple[str, Callable[[], Any]], baseline: tuple[str, Callable[[], Any]], *,
                repeats: int, warmup: int = 1) -> tuple[Timing, Timing]:
    """Time subject and baseline alternately, so drifts of the machine hit both alike."""
    for _ in range(warmup):
        subject[1]()
        baseline[1]()
    a, b = Timing(subject[0], []), Timing(baseline[0], [])
    for _ in range(repeats):
        for timing, work in ((a, subject[1]), (b, baseline[1])):
            start = time.perf_counter()
            work()
            timing.seconds.append(time.perf_counter() - start)
    return a, b


def machine() -> dict[str, Any]:
    """Where the figures were taken."""
    import os

    info: dict[str, Any] = {"python": platform.python_version(), "platform": platform.platform(),
                            "processor": platform.processor() or platform.machine(),
                            "cpus": os.cpu_count()}
    try:
        import torch

        info["torch"] = torch.__version__
        info["cuda"] = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    except ImportError:
        pass
    try:
        with open("/proc/cpuinfo") as f:
            names = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
        if names:
            info["cpu_model"] = names[0]
    except OSError:
        pass
    return info


def _ratio(value: float) -> str:
    return f"{value:.3f}" if value == value and abs(value) != float("inf") else "-"  # NaN: no baseline


def table(results: list[Comparison]) -> str:
    """A plain-text table (Markdown-compatible) of the comparisons."""
    lines = ["| benchmark | subject (median, min-max) | baseline (median, min-max) | ratio | goal | met |",
             "|---|---|---|---|---|---|"]

    def cell(t: Timing | None, unit: str) -> str:
        if t is None:
            return "-"
        s = t.summary()
        return f"{t.name}: {s['median']:.3g} {unit} ({s['min']:.3g}-{s['max']:.3g})"

    for r in results:
        lines.append(f"| {r.benchmark} | {cell(r.subject, r.unit)} | {cell(r.baseline, r.unit)} | "
                     f"{_ratio(r.ratio)} | {r.goal} | {'yes' if r.met else 'NO'} |")
    return "\n".join(lines)
