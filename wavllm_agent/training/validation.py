"""Periodic validation: teacher-forced loss on the validation rows and the task metrics of answers.

Rows keep their own prompt or get their task's first phrasing (no randomness: every validation
asks the same). Each process takes every N-th row and runs the bare model on them; the sums are
gathered. (Under FSDP or DeepSpeed ZeRO-3 no process holds the whole model, so the loop skips
validation there: evaluate the saved stage models instead.) Answers are generated greedily and scored with the project's
metrics, in percent: ``asr_wer``, ``st_bleu``, ``sv_accuracy``, ``er_accuracy``, ``sqa_accuracy``.
Rows of other tasks (``multi``, text tasks) count in the loss only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import torch

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.training.dataset import load_waveform
from wavllm_agent.training.instructions import request_for
from wavllm_agent.training.sources import TrainingRow

log = logging.getLogger(__name__)


def _metric(task: str, row: ManifestRow) -> Any | None:
    from wavllm_agent.evaluation.metrics.accuracy import AccuracyMetric
    from wavllm_agent.evaluation.metrics.bleu import BleuMetric
    from wavllm_agent.evaluation.metrics.wer import WerMetric

    if task == "asr":
        return WerMetric()
    if task == "st":
        return BleuMetric(language=row.extra.get("target_lang") or "de")
    if task in ("sv", "er", "sqa"):
        return AccuracyMetric(task)
    return None


def score(rows: Sequence[TrainingRow], texts: Sequence[str]) -> dict[str, float]:
    """Task metrics of generated ``texts`` for ``rows`` (``TASK_METRIC`` -> percent)."""
    from wavllm_agent.evaluation.metrics.base import Prediction

    by_task: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        by_task.setdefault(row.task, []).append(index)
    figures: dict[str, float] = {}
    for task, indices in sorted(by_task.items()):
        metric = _metric(task, rows[indices[0]].row)
        if metric is None:
            continue
        try:
            result = metric.compute([rows[i].row for i in indices], [Prediction(text=texts[i]) for i in indices])
        except UsageError as err:  # e.g. every reference empty: no figure rather than no run
            log.warning("validation: no %s %s (%s)", task, metric.name, err.message)
            continue
        figures[f"{task}_{metric.name}"] = float(result.value)
    return figures


def sharded_parameters(accelerator: Any) -> bool:
    """True under FSDP or DeepSpeed ZeRO-3, where no process holds the whole model."""
    from accelerate.utils import DistributedType

    if accelerator.distributed_type == DistributedType.FSDP:
        return True
    if accelerator.distributed_type == DistributedType.DEEPSPEED:
        plugin = accelerator.state.deepspeed_plugin
        return plugin is not None and int(plugin.zero_stage) == 3
    return False


@torch.no_grad()
def validate(
    accelerator: Any,
    model: Any,
    rows: Sequence[TrainingRow],
    *,
    batch_size: int,
    generate: bool,
    max_new_tokens: int,
) -> dict[str, Any]:
    """Validation loss (mean over target tokens) and, with ``generate``, the task metrics.

    Each process runs the bare model (no distributed wrapper, so no collective calls) on every
    N-th row; the figures are then gathered. Every process must call it; all get the result.
    """
    rank, world = accelerator.process_index, accelerator.num_processes
    mine = list(range(rank, len(rows), world))
    bare = accelerator.unwrap_model(model)
    tokenizer = bare.tokenizer
    loss_sum = torch.zeros((), dtype=torch.float64, device=accelerator.device)
    tokens = torch.zeros((), dtype=torch.float64, device=accelerator.device)
    answers: list[tuple[int, str]] = []
    for start in range(0, len(mine), batch_size):
        chunk = mine[start : start + batch_size]
        requests = [request_for(rows[i].row, rows[i].task, rng=None) for i in chunk]
        waves = [load_waveform(rows[i].row) for i in chunk]
        instructions = [r.instruction for r in requests]
        targets = [r.target for r in requests]
        with accelerator.autocast():
            out = bare(waves, instructions, targets)
        # The model's loss is the mean over the batch's target tokens (each target + its end token).
        count = sum(len(tokenizer.encode(t, add_special_tokens=False)) + 1 for t in targets)
        loss_sum += out.loss.double() * count
        tokens += count
        if generate:
            texts = bare.generate_text(waves, instructions, max_new_tokens=max_new_tokens)
            answers += list(zip(chunk, texts, strict=True))
    total_loss = accelerator.reduce(loss_sum, reduction="sum")
    total_tokens = accelerator.reduce(tokens, reduction="sum")
    result: dict[str, Any] = {
        "loss": float(total_loss / total_tokens) if float(total_tokens) > 0 else None,
        "rows": len(rows),
        "metrics": {},
    }
    if generate:
        from accelerate.utils import gather_object

        gathered = dict(gather_object(answers) if world > 1 else answers)
        texts = [gathered.get(i, "") for i in range(len(rows))]
        result["metrics"] = score(rows, texts)
        result["examples"] = [
            {"id": rows[i].row.id, "task": rows[i].task, "output": texts[i]} for i in range(min(3, len(rows)))
        ]
    return result
