"""Periodic validation: teacher-forced loss on the validation rows and the task metrics of answers.

Rows keep their own prompt or get their task's first phrasing (no randomness: every validation
asks the same). Each process takes every N-th row and runs the bare model on them; the sums are
gathered. (Under FSDP or DeepSpeed ZeRO-3 no process holds the whole model, so the loop skips
validation there: evaluate the saved stage models instead.) Answers are generated greedily and scored, in percent,
by the first metric the row's task declares (``Task.metrics``) that can score generated text (``TASK_METRIC``:
``asr_wer``, ``st_bleu``, ``sv_accuracy`` - its ``eer`` needs scores -, ``er_accuracy``, ``sqa_accuracy``, and a
plugin's speech task alike). Rows of text tasks and multi-step rows count in the loss only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import torch

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import UsageError
from wavllm_agent.tasks.base import TaskKind
from wavllm_agent.training.dataset import load_waveform
from wavllm_agent.training.instructions import request_for
from wavllm_agent.training.sources import TrainingRow

log = logging.getLogger(__name__)


def _metrics(task: str, row: ManifestRow) -> list[Any]:
    """The metrics a speech task declares, headline first (none for text tasks and multi-step rows)."""
    from wavllm_agent.evaluation.metrics.registry import metrics_for_task
    from wavllm_agent.registry import get_registry

    tasks = get_registry().tasks
    spec = tasks.get(task)
    if spec is None or spec.kind != TaskKind.SPEECH or not spec.metrics:
        return []
    return metrics_for_task(task, language=row.extra.get("target_lang"), tasks=tasks)


def score(rows: Sequence[TrainingRow], texts: Sequence[str]) -> dict[str, float]:
    """Task metrics of generated ``texts`` for ``rows`` (``TASK_METRIC`` -> percent)."""
    from wavllm_agent.evaluation.metrics.base import Prediction

    by_task: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        by_task.setdefault(row.task, []).append(index)
    figures: dict[str, float] = {}
    for task, indices in sorted(by_task.items()):
        problems = []
        for metric in _metrics(task, rows[indices[0]].row):
            try:
                result = metric.compute([rows[i].row for i in indices], [Prediction(text=texts[i]) for i in indices])
            except UsageError as err:  # needs scores, or every reference empty: try the next metric
                problems.append(f"{metric.name}: {err.message}")
                continue
            figures[f"{task}_{metric.name}"] = float(result.value)
            break
        else:
            if problems:
                log.warning("validation: no %s figure (%s)", task, "; ".join(problems))
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
