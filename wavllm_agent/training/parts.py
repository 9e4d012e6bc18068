"""What a stage trains with: the accelerator, the model, the data loader, the optimizer and schedule.

Each function builds one part; :mod:`.loop` puts them together.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from wavllm_agent.errors import ConfigError
from wavllm_agent.training.config import ModelSection, RunSection, StageSection, TrainConfig, source_name
from wavllm_agent.training.dataset import TrainingDataset, collate
from wavllm_agent.training.sampling import BucketBatchSampler
from wavllm_agent.training.sources import Source, load_source

log = logging.getLogger(__name__)

_MIXED = {"fp32": "no", "bf16": "bf16", "fp16": "fp16"}


def available_cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def set_threads(requested: int | None) -> int:
    """Set torch's thread count: ``requested``, or this process's share of the available cores.

    Several processes on one machine (``LOCAL_WORLD_SIZE``, set by torchrun) share the cores:
    too many threads on too few cores slows torch down by orders of magnitude.
    """
    local = max(1, int(os.environ.get("LOCAL_WORLD_SIZE", "1")))
    threads = requested or max(1, available_cores() // local)
    torch.set_num_threads(threads)
    return threads


def make_accelerator(run: RunSection) -> Any:
    """An ``Accelerator`` for the run: mixed precision, and on a machine without CUDA a CPU process
    group (gloo), so ``accelerate launch --multi_gpu`` / ``torchrun`` also spread a run over CPU
    processes. The schedule is stepped by the loop itself, once per optimizer step, so it is the
    same whatever the number of processes."""
    from accelerate import Accelerator

    cuda = torch.cuda.is_available()
    if run.precision == "fp16" and not cuda:
        raise ConfigError("precision fp16 needs a CUDA GPU", hint="use bf16 or fp32 on a CPU")
    return Accelerator(cpu=not cuda, mixed_precision=_MIXED[run.precision], step_scheduler_with_optimizer=False)


def seed_micro_batch(*parts: int | str) -> None:
    """Seed torch's generator (dropout) from the run seed and the micro-batch's place in the run,
    so a resumed run, or one on another number of processes, draws the same masks."""
    digest = hashlib.sha256(":".join(str(p) for p in parts).encode()).hexdigest()
    torch.manual_seed(int(digest[:15], 16))


# -- model --------------------------------------------------------------------------------------
def load_model(model: ModelSection, start: Path | None) -> Any:
    """The model a stage starts from: the previous stage's saved result, or the recipe's model."""
    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    dtype = getattr(torch, model.dtype)
    if start is not None:
        return WavLLMForConditionalGeneration.from_pretrained(start, dtype=dtype)
    return WavLLMForConditionalGeneration.from_pretrained(model.name_or_path, dtype=dtype, **model.overrides)


def configure_model(model: Any, stage: StageSection) -> None:
    """Pick the trainable groups and the LoRA scale of ``stage``, and gradient checkpointing."""
    model.set_trainable(stage.trainable)
    model.config.lora_scale_mode = stage.lora_scale
    if stage.gradient_checkpointing:
        if float(getattr(model.config.llm_config, "attention_dropout", 0.0) or 0.0) > 0:
            raise ConfigError("gradient checkpointing puts the LLM's layers in training mode; its "
                              "attention_dropout must be 0")
        model.activation_checkpointing_enable()


def train_mode(model: Any, checkpointing: bool) -> None:
    """Training mode for the parts that train. The frozen LLM stays in eval mode, except that with
    gradient checkpointing its decoder layers must report training mode - transformers only
    recomputes layers in training mode - which changes nothing else (no dropout in them)."""
    from transformers.modeling_layers import GradientCheckpointingLayer

    model.train()
    if checkpointing:
        for module in model.llm.modules():
            if isinstance(module, GradientCheckpointingLayer):
                module.train()


# -- data ---------------------------------------------------------------------------------------
def load_sources(config: TrainConfig) -> list[Source]:
    """Every training source of the recipe (read once per run)."""
    data = config.data
    return [
        load_source(source_name(s), s.manifest, task=s.task, max_seconds=data.max_audio_seconds)
        for s in data.train
    ]


def stage_weights(config: TrainConfig, stage: StageSection) -> list[float]:
    """Each source's weight in ``stage`` (0 for sources the stage's mix leaves out)."""
    if stage.mix is None:
        return [s.weight for s in config.data.train]
    return [float(stage.mix.get(source_name(s), 0.0)) for s in config.data.train]


@dataclass
class StageData:
    """The data loader of a stage and the sampler behind it."""

    loader: Any
    sampler: BucketBatchSampler
    accumulation: int


def build_data(
    config: TrainConfig, stage: StageSection, index: int, sources: Sequence[Source], processes: int
) -> StageData:
    """Loader, sampler and gradient accumulation of ``stage`` on ``processes`` processes.

    Raises:
        ConfigError: ``batch_size`` is not a multiple of ``micro_batch_size x processes``, or an
            epoch holds less than one optimizer step.
    """
    from torch.utils.data import DataLoader

    micro, accumulation = stage.accumulation(processes)
    sampler = BucketBatchSampler(
        [[r.seconds for r in s.rows] for s in sources],
        stage_weights(config, stage),
        micro_batch_size=micro,
        group=accumulation * processes,
        bucket_batches=config.data.bucket_batches,
        seed=config.run.seed,
        stage=index,
    )
    dataset = TrainingDataset(
        sources, seed=config.run.seed, stage=index, varied_prompts=stage.varied_prompts,
        max_subtasks=stage.max_subtasks,
    )
    loader = DataLoader(dataset, batch_sampler=sampler, collate_fn=collate, num_workers=config.data.num_workers)
    return StageData(loader=loader, sampler=sampler, accumulation=accumulation)


def micro_batches(accelerator: Any, loader: Any, sampler: BucketBatchSampler, *, start_step: int,
                  accumulation: int) -> Iterator[dict[str, Any]]:
    """This process's micro-batches from optimizer step ``start_step`` on, epoch after epoch.

    A resumed run starts inside its epoch by skipping the micro-batches that steps before it used
    (``skip_first_batches``), so no example of the epoch is seen twice.
    """
    epoch, done = divmod(start_step, sampler.steps_per_epoch)
    skip = done * accumulation
    while True:
        sampler.use_epoch(epoch)
        source = accelerator.skip_first_batches(loader, skip) if skip else loader
        skip = 0
        finished = False
        try:
            yield from source
            finished = True
        finally:
            if not finished and hasattr(source, "end"):
                source.end()  # left mid-epoch: tell accelerate's gradient state this loader is done
        epoch += 1


# -- optimisation -------------------------------------------------------------------------------
def build_optimizer(model: Any, stage: StageSection) -> tuple[torch.optim.Optimizer, Any]:
    """AdamW over the parameters that train, and warmup + cosine decay over the stage's steps."""
    from transformers import get_cosine_schedule_with_warmup

    parameters = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(parameters, lr=stage.lr, weight_decay=stage.weight_decay)
    schedule = get_cosine_schedule_with_warmup(optimizer, stage.warmup_steps, stage.steps)
    return optimizer, schedule


def peak_memory_mb() -> float:
    """Peak memory of this process so far: GPU memory allocated on CUDA, else the resident set size."""
    if torch.cuda.is_available():
        return torch.cuda.max_memory_allocated() / 2**20
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
