"""The training loop: the curriculum's stages one after another, each on Hugging Face accelerate.

Read it top to bottom: :func:`train` sets the run up and walks the stages; :func:`run_stage` builds
a stage's parts, resumes it from its newest checkpoint if there is one, and calls :func:`fit`, the
step loop (forward, backward, clip, step; log, validate, checkpoint); the stage ends by saving its
model, which the next stage starts from.

Distributed training is accelerate's: the same code runs on one CPU, one GPU, or many processes
under ``accelerate launch`` (DDP, FSDP, DeepSpeed - see ``examples/accelerate/``). A stage's
``batch_size`` is the global batch: gradient accumulation makes up what the processes' micro-batches
do not, so a recipe trains the same way on any number of processes.
"""

from __future__ import annotations

import gc
import logging
import time
from pathlib import Path
from typing import Any

import torch

from wavllm_agent.errors import ConfigError, WavLLMError
from wavllm_agent.training import parts
from wavllm_agent.training.checkpoints import RunFolder, install_state_hooks
from wavllm_agent.training.config import StageSection, TrainConfig, load_config
from wavllm_agent.training.events import StageSummary, TrainingObserver, TrainResult
from wavllm_agent.training.records import MetricsLog, finite, plot_losses
from wavllm_agent.training.sources import TrainingRow, load_source
from wavllm_agent.training.validation import sharded_parameters, validate

log = logging.getLogger(__name__)


def train(
    config: TrainConfig | str | Path,
    *,
    output: str | Path | None = None,
    max_steps: int | None = None,
    restart: bool = False,
    threads: int | None = None,
    observer: TrainingObserver | None = None,
) -> TrainResult:
    """Run a training recipe; resume it if ``output`` holds an interrupted run of the same recipe.

    Args:
        config: a :class:`TrainConfig` or the path of a YAML recipe.
        output: the output folder (default: the recipe's ``run.output``).
        max_steps: cap every stage at this many optimizer steps (quick trials).
        restart: discard an earlier run in the output folder instead of resuming it.
        threads: torch threads per process (default: the recipe's, else this process's share of the cores).
        observer: receives progress on the main process (the CLI's progress bar).

    Raises:
        ConfigError: a bad recipe, or an output folder that holds something else.
        ManifestError, AudioError: unreadable training data.
    """
    if not isinstance(config, TrainConfig):
        config = load_config(config)
    config = _effective(config, output=output, max_steps=max_steps)
    observer = observer or TrainingObserver()
    parts.set_threads(threads or config.run.threads)
    accelerator = parts.make_accelerator(config.run)
    install_state_hooks(accelerator)
    for stage in config.stages:  # every stage's batch must split over the processes: fail before any runs
        stage.accumulation(accelerator.num_processes)
    folder = RunFolder(config.run.output)
    resuming = _prepare_folder(accelerator, folder, config, restart)
    if resuming and accelerator.is_main_process:
        observer.note(f"resuming the run in {folder.root}")
    metrics = MetricsLog(folder.metrics)
    sources = parts.load_sources(config)
    validation_rows = _validation_rows(config)

    summaries: list[StageSummary] = []
    for index, stage in enumerate(config.stages):
        previous = config.stages[index - 1].name if index else None
        start = folder.stage_model(previous) if previous else None
        summary = folder.finished(stage.name)
        if summary is None:
            summary = run_stage(accelerator, config, index, stage, start, sources, validation_rows, folder,
                                metrics, observer)
        elif accelerator.is_main_process:
            observer.note(f"stage {stage.name} finished earlier: skipped")
        summaries.append(summary)

    result = TrainResult(output=folder.root, stages=summaries, model=folder.model,
                         main_process=accelerator.is_main_process)
    if accelerator.is_main_process:
        folder.publish_model(config.stages[-1].name)
        folder.summary.write_text(_json(result.to_dict()), encoding="utf-8")
        if config.run.plot:
            plot_losses(metrics.read(), folder.plot)
    accelerator.wait_for_everyone()
    accelerator.end_training()
    return result


def run_stage(
    accelerator: Any,
    config: TrainConfig,
    index: int,
    stage: StageSection,
    start: Path | None,
    sources: list[Any],
    validation_rows: list[TrainingRow],
    folder: RunFolder,
    metrics: MetricsLog,
    observer: TrainingObserver,
) -> StageSummary:
    """One stage: build its parts, resume from its newest checkpoint, fit, save its model."""
    model = parts.load_model(config.model, start)
    parts.configure_model(model, stage)
    data = parts.build_data(config, stage, index, sources, accelerator.num_processes)
    optimizer, schedule = parts.build_optimizer(model, stage)
    trainable_names = list(model.trainable_state_dict())
    accelerator.gradient_accumulation_steps = data.accumulation
    model, optimizer, loader, schedule = accelerator.prepare(model, optimizer, data.loader, schedule)
    if accelerator.gradient_accumulation_steps != data.accumulation:  # DeepSpeed keeps its config's value
        raise ConfigError(
            f"stage {stage.name!r} needs gradient accumulation {data.accumulation}, the DeepSpeed config sets "
            f"{accelerator.gradient_accumulation_steps}",
            hint="use the same gradient accumulation (batch_size / (micro_batch_size x processes)) in every "
                 "stage, and set it as gradient_accumulation_steps in the DeepSpeed config",
        )

    done, first_loss = 0, None
    checkpoint = folder.latest(stage.name)
    if checkpoint is not None:
        path, progress = checkpoint
        accelerator.load_state(str(path), **_deepspeed_load_options(accelerator))
        done, first_loss = int(progress["step"]), progress.get("first_loss")
    if accelerator.is_main_process:
        finished = [s.name for s in config.stages[:index]]
        metrics.truncate(finished, stage.name, done)  # steps after the checkpoint run again
        observer.stage_started(stage.name, stage.steps, done)

    started = time.perf_counter()
    batches = parts.micro_batches(accelerator, loader, data.sampler, start_step=done,
                                  accumulation=data.accumulation)
    state = fit(accelerator, config, index, stage, model, optimizer, schedule, batches,
                data.accumulation, done, first_loss, validation_rows, folder, metrics, observer)
    batches.close()

    target = folder.stage_model(stage.name)
    save_model(accelerator, model, trainable_names, target)
    summary = StageSummary(
        name=stage.name, steps=stage.steps, first_loss=state["first_loss"], last_loss=state["last_loss"],
        model=str(target), seconds=round(time.perf_counter() - started, 2),
        validation=state["validation"], peak_memory_mb=state["peak_memory_mb"],
    )
    if accelerator.is_main_process:
        folder.mark_finished(summary)
        folder.drop_checkpoints(stage.name)
        if config.run.plot:
            plot_losses(metrics.read(), folder.plot)
        observer.stage_finished(summary)
    accelerator.wait_for_everyone()
    accelerator.free_memory()
    del model, optimizer, schedule, loader
    gc.collect()
    return summary


def fit(
    accelerator: Any,
    config: TrainConfig,
    index: int,
    stage: StageSection,
    model: Any,
    optimizer: Any,
    schedule: Any,
    batches: Any,
    accumulation: int,
    done: int,
    first_loss: float | None,
    validation_rows: list[TrainingRow],
    folder: RunFolder,
    metrics: MetricsLog,
    observer: TrainingObserver,
) -> dict[str, Any]:
    """The step loop of a stage, from step ``done + 1`` to ``stage.steps``."""
    rank, world = accelerator.process_index, accelerator.num_processes
    tokenizer = accelerator.unwrap_model(model).tokenizer
    trainable = [p for p in model.parameters() if p.requires_grad]
    last_loss, last_validation = None, {}
    parts.train_mode(accelerator.unwrap_model(model), stage.gradient_checkpointing)
    for step in range(done + 1, stage.steps + 1):
        began = time.perf_counter()
        loss_sum = torch.zeros((), device=accelerator.device)
        # audio seconds, target tokens, examples of this process's micro-batches
        counts = torch.zeros(3, dtype=torch.float64, device=accelerator.device)
        ids: list[str] = []
        grad_norm = None
        lr = schedule.get_last_lr()[0]  # the rate this step trains with
        for micro in range(accumulation):
            batch = next(batches)
            parts.seed_micro_batch(config.run.seed, index, step, micro * world + rank)
            with accelerator.accumulate(model):
                loss = model(batch["waveforms"], batch["instructions"], batch["targets"]).loss
                accelerator.backward(loss)
                if accelerator.sync_gradients:
                    if stage.max_grad_norm is not None:
                        grad_norm = accelerator.clip_grad_norm_(trainable, stage.max_grad_norm)
                    optimizer.step()
                    schedule.step()  # once per optimizer step, whatever the number of processes
                optimizer.zero_grad()
            loss_sum += loss.detach().float()
            tokens = sum(len(tokenizer.encode(t, add_special_tokens=False)) + 1 for t in batch["targets"])
            counts += torch.tensor([sum(batch["seconds"]), tokens, len(batch["ids"])], dtype=torch.float64,
                                   device=accelerator.device)
            ids += batch["ids"]
        if not accelerator.sync_gradients:  # cannot happen with whole-step epochs; guard the invariant
            raise WavLLMError(f"step {step} of stage {stage.name} ended without an optimizer step")
        # The step's loss is the mean of its micro-batch losses over every process (what the gradient averages).
        step_loss = float(accelerator.reduce(loss_sum / accumulation, reduction="mean"))
        totals = accelerator.reduce(counts, reduction="sum").tolist()
        if first_loss is None:
            first_loss = step_loss
        last_loss = step_loss
        if step % stage.log_every == 0 or step in (1, stage.steps):
            all_ids = _gather_ids(accelerator, ids)
            if accelerator.is_main_process:
                seconds = time.perf_counter() - began
                record = {
                    "kind": "train", "stage": stage.name, "step": step, "loss": finite(step_loss),
                    "lr": lr,
                    "grad_norm": finite(grad_norm) if grad_norm is not None else None,
                    "processes": world, "seconds": round(seconds, 4), "audio_seconds": round(totals[0], 3),
                    "target_tokens": int(totals[1]), "examples": int(totals[2]),
                    "audio_seconds_per_second": round(totals[0] / seconds, 3),
                    "target_tokens_per_second": round(totals[1] / seconds, 3),
                    "ids": all_ids,
                }
                metrics.append(record)
                observer.step(record)
        if validation_rows and (step == stage.steps or (stage.eval_every and step % stage.eval_every == 0)):
            last_validation = _validate(accelerator, config, stage, step, model, validation_rows, metrics,
                                        observer) or last_validation
        if stage.save_every and step % stage.save_every == 0 and step < stage.steps:
            save_checkpoint(accelerator, folder, config, stage, step, first_loss, observer)
    return {"first_loss": finite(first_loss), "last_loss": finite(last_loss), "validation": last_validation,
            "peak_memory_mb": round(parts.peak_memory_mb(), 1)}


def save_model(accelerator: Any, model: Any, trainable_names: list[str], target: Path) -> None:
    """Save the stage's result with ``save_pretrained`` (config + trainable weights). When the model is
    sharded over processes (FSDP, ZeRO-3) its full weights are gathered first (a collective call)."""
    from wavllm_agent.modeling import checkpoint_io

    gathered = accelerator.get_state_dict(model) if sharded_parameters(accelerator) else None
    if accelerator.is_main_process:
        accelerator.unwrap_model(model).save_pretrained(target)
        if gathered is not None:  # the bare model holds only its shard: write the gathered tensors
            checkpoint_io.save_trainable({name: gathered[name] for name in trainable_names}, target)
    accelerator.wait_for_everyone()


def save_checkpoint(accelerator: Any, folder: RunFolder, config: TrainConfig, stage: StageSection, step: int,
                    first_loss: float | None, observer: TrainingObserver) -> None:
    """Write a resumable checkpoint (trainable weights + accelerate's optimizer, schedule, RNG state)."""
    path = folder.checkpoint_dir(stage.name, step)
    if accelerator.is_main_process:
        folder.clear(path)  # what a run killed while writing this checkpoint left
    accelerator.wait_for_everyone()
    accelerator.save_state(str(path), **_deepspeed_save_options(accelerator))
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        folder.commit(path, {"stage": stage.name, "step": step, "first_loss": finite(first_loss)},
                      keep=config.run.keep_checkpoints)
        observer.note(f"checkpoint: {stage.name} step {step}")


# -- helpers --------------------------------------------------------------------------------------
def _effective(config: TrainConfig, *, output: str | Path | None, max_steps: int | None) -> TrainConfig:
    """The recipe with the command line's output folder and step cap applied."""
    if max_steps is not None and max_steps < 1:
        raise ConfigError(f"max_steps must be at least 1, got {max_steps}")
    stages = [s.model_copy(update={"steps": min(s.steps, max_steps)}) if max_steps else s for s in config.stages]
    run = config.run
    if output is not None:
        run = run.model_copy(update={"output": Path(output).expanduser().resolve()})
    return config.model_copy(update={"stages": stages, "run": run})


def _prepare_folder(accelerator: Any, folder: RunFolder, config: TrainConfig, restart: bool) -> bool:
    """Check or create the output folder on the main process; every process gets its verdict."""
    from accelerate.utils import broadcast_object_list

    verdict: list[Any] = [None]
    if accelerator.is_main_process:
        try:
            verdict[0] = folder.prepare({"config": config.model_dump(mode="json")}, restart=restart)
        except ConfigError as err:
            verdict[0] = err
    if accelerator.num_processes > 1:
        broadcast_object_list(verdict)
    if isinstance(verdict[0], ConfigError):
        raise verdict[0]
    return bool(verdict[0])


def _validation_rows(config: TrainConfig) -> list[TrainingRow]:
    spec = config.data.validation
    if spec is None:
        return []
    source = load_source("validation", spec.manifest, task=spec.task, max_seconds=config.data.max_audio_seconds,
                         limit=spec.max_rows)
    return source.rows


def _validate(accelerator: Any, config: TrainConfig, stage: StageSection, step: int, model: Any,
              rows: list[TrainingRow], metrics: MetricsLog, observer: TrainingObserver) -> dict[str, Any]:
    spec = config.data.validation
    assert spec is not None
    if sharded_parameters(accelerator):
        if accelerator.is_main_process:
            observer.note("validation skipped: the model is sharded over processes (FSDP / ZeRO-3)")
        return {}
    bare = accelerator.unwrap_model(model)
    bare.eval()
    try:
        result = validate(accelerator, model, rows, batch_size=spec.batch_size, generate=spec.generate,
                          max_new_tokens=spec.max_new_tokens)
    finally:
        parts.train_mode(bare, stage.gradient_checkpointing)
    record = {"kind": "validation", "stage": stage.name, "step": step, "loss": finite(result["loss"]),
              "metrics": result["metrics"], "rows": result["rows"], "examples": result.get("examples", [])}
    if accelerator.is_main_process:
        metrics.append(record)
        observer.validated(record)
    return {"loss": record["loss"], "metrics": record["metrics"], "step": step}


def _gather_ids(accelerator: Any, ids: list[str]) -> list[str]:
    if accelerator.num_processes == 1:
        return ids
    from accelerate.utils import gather_object

    return [item for chunk in gather_object([ids]) for item in chunk]


def _deepspeed_save_options(accelerator: Any) -> dict[str, Any]:
    from accelerate.utils import DistributedType

    if accelerator.distributed_type == DistributedType.DEEPSPEED:
        return {"exclude_frozen_parameters": True}  # the frozen encoders and LLM are not state
    return {}


def _deepspeed_load_options(accelerator: Any) -> dict[str, Any]:
    from accelerate.utils import DistributedType

    if accelerator.distributed_type == DistributedType.DEEPSPEED:
        return {"load_module_strict": False}
    return {}


def _json(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
