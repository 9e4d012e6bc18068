"""The run's metrics: one JSON object a line in ``metrics.jsonl``, and a loss-curve PNG.

Records have ``kind`` ``"train"`` (one per logged optimizer step) or ``"validation"``, with the
stage and step. On resume the file is cut back to the checkpoint the run resumes from, so the
steps that ran after it (and are about to run again) are not recorded twice.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any


class MetricsLog:
    """Appends records to ``metrics.jsonl`` (flushed and fsynced per line: a killed run keeps them)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[dict[str, Any]]:
        """Every complete record (a line cut short by a kill is ignored)."""
        if not self.path.exists():
            return []
        records = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return records

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, allow_nan=False, default=_plain)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def truncate(self, keep_stages: Sequence[str], stage: str, up_to_step: int) -> None:
        """Keep records of ``keep_stages`` and of ``stage`` up to ``up_to_step``; drop the rest."""
        kept = [
            r
            for r in self.read()
            if r.get("stage") in keep_stages or (r.get("stage") == stage and int(r.get("step", 0)) <= up_to_step)
        ]
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        os.replace(tmp, self.path)


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def finite(value: float | None) -> float | None:
    """``value`` as a float, or None when it is missing or not finite (JSON has no NaN)."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def plot_losses(records: Sequence[dict[str, Any]], path: Path) -> Path | None:
    """Training (and validation) loss per step, one colour per stage, steps counted over the whole
    run; returns the PNG's path, or None when there is nothing to plot."""
    train = [r for r in records if r.get("kind") == "train" and r.get("loss") is not None]
    if not train:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    stages: list[str] = []
    for r in train:
        if r["stage"] not in stages:
            stages.append(r["stage"])
    offsets, offset = {}, 0
    for name in stages:
        offsets[name] = offset
        offset += max(int(r["step"]) for r in train if r["stage"] == name)
    fig, ax = plt.subplots(figsize=(7, 4), dpi=100)
    for index, name in enumerate(stages):
        colour = f"C{index}"
        rows = [r for r in train if r["stage"] == name]
        ax.plot([offsets[name] + r["step"] for r in rows], [r["loss"] for r in rows], color=colour,
                label=f"{name} (train)")
        val = [r for r in records if r.get("kind") == "validation" and r.get("stage") == name
               and r.get("loss") is not None]
        if val:
            ax.plot([offsets[name] + r["step"] for r in val], [r["loss"] for r in val], "o--", color=colour,
                    label=f"{name} (validation)")
    ax.set_xlabel("optimizer step (whole run)")
    ax.set_ylabel("loss (target tokens)")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    tmp = path.with_name(path.stem + ".tmp.png")
    fig.savefig(tmp)
    plt.close(fig)
    os.replace(tmp, path)
    return path
