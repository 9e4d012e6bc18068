"""Which examples an epoch holds, and how they are cut into length-bucketed micro-batches.

Everything here is a pure function of ``(seed, stage, epoch)``: a resumed run, or a run on another
number of processes, sees exactly the same micro-batches in the same order.

* :func:`epoch_plan` - the task mix. Each source's share of the epoch is its weight over the sum
  of weights; the epoch holds as many examples as the taking-part sources have rows. A source
  walks through a fresh permutation of its rows (cycled only when its share is larger than it).
* :class:`BucketBatchSampler` - length bucketing. The shuffled plan is cut into windows of
  ``bucket_batches`` micro-batches; each window is sorted by audio length and cut into
  micro-batches (so a batch pads little), and the micro-batches are shuffled. The epoch is
  trimmed to whole optimizer steps (``group`` micro-batches each, over all processes), so no step
  straddles two epochs and every process gets the same number of batches.

Keys are ``(epoch, slot, source, row)``: the slot (position in the epoch) seeds the example's
instruction wording, so a row that appears twice in an epoch is asked two ways.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from wavllm_agent.errors import ConfigError

ExampleKey = tuple[int, int, int, int]
"""``(epoch, slot, source, row)`` - what the sampler yields and the dataset reads."""


def _generator(*parts: int) -> np.random.Generator:
    return np.random.default_rng([abs(int(p)) for p in parts])


def shares(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainders get the leftovers)."""
    weight_sum = float(sum(weights))
    exact = [total * w / weight_sum for w in weights]
    counts = [int(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def epoch_plan(sizes: Sequence[int], weights: Sequence[float], *, seed: int, stage: int, epoch: int) -> list[tuple[int, int]]:
    """The ``(source, row)`` pairs of one epoch, shuffled (see the module docstring)."""
    taking_part = [i for i, w in enumerate(weights) if w > 0]
    total = sum(sizes[i] for i in taking_part)
    counts = shares(total, [weights[i] for i in taking_part])
    rng = _generator(seed, stage, epoch)
    plan: list[tuple[int, int]] = []
    for source, count in zip(taking_part, counts, strict=True):
        order = rng.permutation(sizes[source])
        rows = np.resize(order, count)  # cycles through the permutation when the share is larger
        plan.extend((source, int(row)) for row in rows)
    shuffled = rng.permutation(len(plan))
    return [plan[i] for i in shuffled]


class BucketBatchSampler:
    """Yields micro-batches of :data:`ExampleKey` for the epoch set with :meth:`use_epoch`.

    ``batch_size`` and ``drop_last`` are read by accelerate when it shards the batches over
    processes (process ``r`` takes every ``world``-th micro-batch, starting at ``r``).
    """

    drop_last = True

    def __init__(
        self,
        durations: Sequence[Sequence[float]],
        weights: Sequence[float],
        *,
        micro_batch_size: int,
        group: int,
        bucket_batches: int,
        seed: int,
        stage: int,
    ) -> None:
        self.durations = [list(d) for d in durations]
        self.weights = list(weights)
        self.batch_size = micro_batch_size
        self.group = group
        self.bucket_batches = bucket_batches
        self.seed = seed
        self.stage = stage
        self.epoch = 0
        sizes = [len(d) for d in self.durations]
        examples = sum(s for s, w in zip(sizes, self.weights, strict=True) if w > 0)
        batches = examples // micro_batch_size
        self._length = batches - batches % group
        if self._length == 0:
            raise ConfigError(
                f"an epoch holds {examples} examples, fewer than one optimizer step needs "
                f"({group} micro-batches of {micro_batch_size})",
                hint="add data or lower the stage's batch_size",
            )

    @property
    def steps_per_epoch(self) -> int:
        """Optimizer steps in one epoch."""
        return self._length // self.group

    def use_epoch(self, epoch: int) -> None:
        """Make the next iteration yield ``epoch`` (named so that accelerate's ``set_epoch`` calls,
        which count its own passes, never change it)."""
        self.epoch = epoch

    def batches(self, epoch: int) -> list[list[ExampleKey]]:
        """Every micro-batch of ``epoch``, in order."""
        sizes = [len(d) for d in self.durations]
        plan = epoch_plan(sizes, self.weights, seed=self.seed, stage=self.stage, epoch=epoch)
        micro = self.batch_size
        window = micro * self.bucket_batches
        batches: list[list[ExampleKey]] = []
        for start in range(0, len(plan) - len(plan) % micro, window):
            slots = range(start, min(start + window, len(plan) - len(plan) % micro))
            ordered = sorted(slots, key=lambda s: (self.durations[plan[s][0]][plan[s][1]], s))
            for i in range(0, len(ordered), micro):
                batches.append([(epoch, s, *plan[s]) for s in ordered[i : i + micro]])
        order = _generator(self.seed, self.stage, epoch, 1).permutation(len(batches))
        return [batches[i] for i in order[: self._length]]

    def __iter__(self) -> Iterator[list[ExampleKey]]:
        yield from self.batches(self.epoch)

    def __len__(self) -> int:
        return self._length
