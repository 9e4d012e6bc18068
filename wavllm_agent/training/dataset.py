"""Training examples: audio, instruction and target of each key the sampler yields.

The instruction's wording is drawn with a ``random.Random`` seeded by the run's seed, the stage,
the epoch and the example's slot, never by global state: a resumed run and every process agree.
An sv pair is heard as one recording - the first clip, a short pause, the second clip.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.training.instructions import request_for
from wavllm_agent.training.sampling import ExampleKey
from wavllm_agent.training.sources import PAIR_GAP_SECONDS, Source, TrainingRow

SAMPLE_RATE = 16000


@dataclass
class Example:
    """One training example (``id`` is ``source/row id``: unique over the sources)."""

    id: str
    task: str
    waveform: np.ndarray
    instruction: str
    target: str
    subtasks: tuple[str, ...]

    @property
    def seconds(self) -> float:
        return len(self.waveform) / SAMPLE_RATE


def load_waveform(row: ManifestRow) -> np.ndarray:
    """The row's audio as mono float32 at 16 kHz; an sv pair joined with a pause between the clips.

    Raises:
        AudioError: a clip that is missing or cannot be decoded.
    """
    from wavllm_agent.audio import load_audio

    first = load_audio(row.audio).samples
    if row.audio2 is None:
        return first
    second = load_audio(row.audio2).samples
    gap = np.zeros(int(PAIR_GAP_SECONDS * SAMPLE_RATE), dtype=np.float32)
    return np.concatenate([first, gap, second]).astype(np.float32)


def wording_rng(seed: int, stage: int, epoch: int, slot: int) -> random.Random:
    """The generator that picks one example's wording (string seeds hash the same everywhere)."""
    return random.Random(f"wavllm-train:{seed}:{stage}:{epoch}:{slot}")


class TrainingDataset:
    """Map-style dataset over the sources, indexed by :data:`ExampleKey`."""

    def __init__(
        self, sources: Sequence[Source], *, seed: int, stage: int, varied_prompts: bool, max_subtasks: int
    ) -> None:
        self.sources = list(sources)
        self.seed = seed
        self.stage = stage
        self.varied_prompts = varied_prompts
        self.max_subtasks = max_subtasks

    def __len__(self) -> int:
        return sum(len(s.rows) for s in self.sources)

    def row(self, key: ExampleKey) -> TrainingRow:
        _, _, source, index = key
        return self.sources[source].rows[index]

    def __getitem__(self, key: ExampleKey) -> Example:
        epoch, slot, source, _ = key
        item = self.row(key)
        rng = wording_rng(self.seed, self.stage, epoch, slot) if self.varied_prompts else None
        request = request_for(item.row, item.task, rng=rng, max_subtasks=self.max_subtasks)
        return Example(
            id=f"{self.sources[source].name}/{item.row.id}",
            task=item.task,
            waveform=load_waveform(item.row),
            instruction=request.instruction,
            target=request.target,
            subtasks=request.subtasks,
        )


def collate(examples: list[Example]) -> dict[str, Any]:
    """A batch as plain lists (accelerate moves tensors only; the model takes arrays and strings)."""
    return {
        "waveforms": [e.waveform for e in examples],
        "instructions": [e.instruction for e in examples],
        "targets": [e.target for e in examples],
        "ids": [e.id for e in examples],
        "tasks": [e.task for e in examples],
        "seconds": [e.seconds for e in examples],
    }
