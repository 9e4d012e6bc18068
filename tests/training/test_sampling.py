"""The task mix and length bucketing: deterministic, proportional, whole steps, little padding."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from wavllm_agent.errors import ConfigError
from wavllm_agent.training.sampling import BucketBatchSampler, epoch_plan, shares


def test_shares_split_exactly_in_proportion() -> None:
    assert shares(10, [1, 1]) == [5, 5]
    assert shares(10, [3, 1]) == [8, 2]  # 7.5 / 2.5: the larger remainder wins the tie by position
    assert sum(shares(97, [0.2, 1.3, 2.9])) == 97


def test_an_epoch_holds_every_row_once_when_weights_follow_the_sizes() -> None:
    plan = epoch_plan([5, 10], [1, 2], seed=1, stage=0, epoch=0)
    assert sorted(plan) == [(0, i) for i in range(5)] + [(1, i) for i in range(10)]
    assert plan == epoch_plan([5, 10], [1, 2], seed=1, stage=0, epoch=0)
    assert plan != epoch_plan([5, 10], [1, 2], seed=1, stage=0, epoch=1)


def test_weights_set_each_sources_share_and_a_small_source_repeats_evenly() -> None:
    plan = epoch_plan([4, 20], [1, 1], seed=0, stage=0, epoch=0)
    per_source = Counter(source for source, _ in plan)
    assert per_source == {0: 12, 1: 12}
    assert Counter(row for source, row in plan if source == 0) == dict.fromkeys(range(4), 3)
    assert all(source == 1 for source, _ in epoch_plan([4, 20], [0, 1], seed=0, stage=0, epoch=0))


def _padding(batches: list[list[tuple]], durations: list[list[float]]) -> float:
    total = 0.0
    for batch in batches:
        lengths = [durations[s][r] for _, _, s, r in batch]
        total += sum(max(lengths) - x for x in lengths)
    return total


def test_bucketing_cuts_padding_and_keeps_whole_steps() -> None:
    rng = np.random.default_rng(0)
    durations = [list(rng.uniform(1, 20, 50)), list(rng.uniform(1, 20, 30))]

    def sampler(bucket_batches: int) -> BucketBatchSampler:
        return BucketBatchSampler(durations, [1, 1], micro_batch_size=4, group=3, bucket_batches=bucket_batches,
                                  seed=5, stage=1)

    bucketed, plain = sampler(8), sampler(1)
    assert len(bucketed) == 18 and bucketed.steps_per_epoch == 6  # 80 // 4 = 20 batches, trimmed to 3s
    first = bucketed.batches(0)
    assert len(first) == 18 and all(len(b) == 4 for b in first)
    assert len({key[1] for b in first for key in b}) == 72  # no example twice in the epoch
    assert _padding(first, durations) < 0.5 * _padding(plain.batches(0), durations)
    bucketed.use_epoch(1)
    assert list(bucketed) == bucketed.batches(1) != first


def test_an_epoch_smaller_than_one_step_is_refused() -> None:
    with pytest.raises(ConfigError, match="fewer than one optimizer step"):
        BucketBatchSampler([[1.0] * 5], [1], micro_batch_size=2, group=4, bucket_batches=1, seed=0, stage=0)
