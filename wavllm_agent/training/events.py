"""What a training run reports: per-step records to an observer, and its result.

The loop knows nothing of terminals: a surface (the CLI's progress bar) implements
:class:`TrainingObserver`; the default one shows nothing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class StageSummary:
    """How one stage went: its steps and its first and last training loss."""

    name: str
    steps: int
    first_loss: float | None
    last_loss: float | None
    model: str | None = None
    seconds: float | None = None
    validation: dict[str, Any] = field(default_factory=dict)
    peak_memory_mb: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StageSummary:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class TrainResult:
    """The outcome of :func:`~wavllm_agent.training.train`: the output folder and each stage's summary.

    ``to_dict()`` is the ``wavllm train --json`` object:
    ``{"output", "model", "stages": [{"name", "steps", "first_loss", "last_loss"}, ...]}``.
    """

    output: Path
    stages: list[StageSummary]
    model: Path | None = None
    main_process: bool = True
    """False in the other processes of a distributed run (only the main one reports)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "model": None if self.model is None else str(self.model),
            "stages": [
                {"name": s.name, "steps": s.steps, "first_loss": s.first_loss, "last_loss": s.last_loss}
                for s in self.stages
            ],
        }


class TrainingObserver:
    """Receives a run's progress (only on the main process). Override what you want to show."""

    def stage_started(self, name: str, total_steps: int, done_steps: int) -> None:
        """A stage begins (``done_steps`` > 0 when it resumes from a checkpoint)."""

    def step(self, record: dict[str, Any]) -> None:
        """A logged optimizer step: ``stage``, ``step``, ``loss``, ``lr``, throughput figures."""

    def validated(self, record: dict[str, Any]) -> None:
        """A validation finished: ``stage``, ``step``, ``loss``, ``metrics``."""

    def stage_finished(self, summary: StageSummary) -> None:
        """A stage ended and its model was saved."""

    def note(self, message: str) -> None:
        """Something worth a line (resuming, a skipped stage, a checkpoint)."""
