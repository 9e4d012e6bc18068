"""The in-memory audio type every task and engine works on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

SAMPLE_RATE = 16_000
"""Every decoded waveform is mono float32 at this rate."""


@dataclass(frozen=True, eq=False)
class Audio:
    """Mono float32 samples at 16 kHz, in [-1, 1], with where they came from.

    Attributes:
        samples: 1-D float32 array.
        source: a path or a short description of the origin (for messages and traces).
        original_rate: the sample rate before resampling.
        original_channels: the channel count before down-mixing.
    """

    samples: np.ndarray
    source: str = "<array>"
    original_rate: int = SAMPLE_RATE
    original_channels: int = 1
    sample_rate: int = field(default=SAMPLE_RATE, init=False)

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return len(self.samples) / SAMPLE_RATE

    def slice(self, start: float, end: float | None = None) -> Audio:
        """The part between ``start`` and ``end`` seconds (end of the audio when None)."""
        a = max(0, int(round(start * SAMPLE_RATE)))
        b = len(self.samples) if end is None else min(len(self.samples), int(round(end * SAMPLE_RATE)))
        return Audio(self.samples[a:b], self.source, self.original_rate, self.original_channels)

    def windows(self, seconds: float) -> Iterator[tuple[float, Audio]]:
        """Consecutive windows of at most ``seconds``, each with its start time in seconds.

        The last window holds the rest; nothing is dropped.
        """
        step = int(seconds * SAMPLE_RATE)
        for a in range(0, max(len(self.samples), 1), step):
            yield a / SAMPLE_RATE, Audio(
                self.samples[a : a + step], self.source, self.original_rate, self.original_channels
            )

    def is_silent(self, threshold_db: float = -60.0) -> bool:
        """True when the peak level is below ``threshold_db`` dBFS (digital silence or near it)."""
        if len(self.samples) == 0:
            return True
        peak = float(np.max(np.abs(self.samples)))
        return peak <= 10 ** (threshold_db / 20)

    def __repr__(self) -> str:
        return f"Audio(source={self.source!r}, duration={self.duration:.2f}s)"
