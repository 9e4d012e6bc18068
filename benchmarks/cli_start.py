"""Start-up time of ``wavllm tasks --json`` (goal < 1 s), against a bare ``python -c pass``."""

from __future__ import annotations

import subprocess
import sys

from benchmarks.common import Comparison, interleaved


def run(repeats: int = 10) -> list[Comparison]:
    def cli() -> None:
        subprocess.run([sys.executable, "-m", "wavllm_agent", "tasks", "--json"], check=True,
                       capture_output=True)

    def bare() -> None:
        subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True)

    subject, baseline = interleaved(("wavllm tasks --json", cli), ("python -c pass", bare), repeats=repeats)
    return [Comparison("cli start: wavllm tasks --json", subject, baseline, subject.median / baseline.median,
                       "subject median < 1 s", subject.median < 1.0,
                       notes={"seconds_over_bare_python": subject.median - baseline.median})]
