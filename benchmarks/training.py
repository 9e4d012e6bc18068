"""Training throughput and memory of the ``tiny`` WavLLM on the CPU (``python -m benchmarks training``).

Data: twelve espeak-ng clips of the synthetic training set (``wavllm data synth``: asr, sqa and sv
rows, 2-7 s each), three batches of four, stage-1 settings (adapters, fusion and LoRA train, static
LoRA scale, AdamW). Three comparisons, subject and baseline timed alternately in one invocation:

1. ``training: WavLLM step / bare-LLM step`` - a whole training step (both frozen encoders, the
   adapters, the LLM with LoRA, backward, optimizer step) against the same step of the bare LLM
   (LoRA on) on inputs of exactly the same shape and the same target tokens: what the audio path
   costs on top of the language model. Goal: <= 2.0 (the audio path costs at most as much as the
   LLM's own step).
2. ``training: train() loop / bare model step, same batches`` - the real loop (accelerate, decoding
   the WAV files, counting tokens, logging; ``train()`` on a one-stage recipe over the same twelve
   rows, six steps, the first left out; runs alternate with the bare steps, after one warm-up run)
   against the bare training step of comparison 1 on exactly the batches the loop drew (read back
   from its ``ids`` records). Goal: <= 1.15.
3. ``training: gradient checkpointing on / off`` - step time, and in a fresh process for each
   configuration the resident memory after loading and its peak during the three training steps
   (Linux ``/proc``: the peak is reset after loading). Goal: time <= 1.6x, a lower training peak.

Figures in the notes: audio seconds and target tokens per second, peak memory in MiB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Comparison, Timing, interleaved

ROOT = Path(__file__).resolve().parents[1]
ROWS = 12
BATCH = 4


def _batches(folder: Path) -> list[dict[str, Any]]:
    """Three fixed batches of four examples (asr, sqa, sv rows), as the training loop builds them."""
    from wavllm_agent.training.dataset import TrainingDataset, collate
    from wavllm_agent.training.sources import load_source
    from wavllm_agent.training.synth import synthesize

    synthesize(folder, tasks=("asr", "sv", "sqa"), n=4, validation=0, seed=3)
    sources = [load_source(t, folder / f"{t}.jsonl", task=t, max_seconds=30) for t in ("asr", "sqa", "sv")]
    dataset = TrainingDataset(sources, seed=0, stage=0, varied_prompts=False, max_subtasks=2)
    keys = [(0, slot, source, row) for slot, (source, row) in enumerate((s, r) for s in range(3) for r in range(4))]
    return [collate([dataset[k] for k in keys[i : i + BATCH]]) for i in range(0, ROWS, BATCH)]


def _model(checkpointing: bool = False) -> Any:
    from wavllm_agent.modeling import WavLLMForConditionalGeneration
    from wavllm_agent.training.config import StageSection
    from wavllm_agent.training.parts import configure_model, train_mode

    model = WavLLMForConditionalGeneration.from_pretrained("tiny")
    stage = StageSection(name="b", steps=1, lr=1e-3, gradient_checkpointing=checkpointing)
    configure_model(model, stage)
    train_mode(model, checkpointing)
    return model


def _model_step(model: Any, batches: list[dict[str, Any]]) -> Any:
    import torch

    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)

    def work() -> None:
        for batch in batches:
            model(batch["waveforms"], batch["instructions"], batch["targets"]).loss.backward()
            optimizer.step()
            optimizer.zero_grad()

    return work


def _llm_step(model: Any, batches: list[dict[str, Any]]) -> tuple[Any, int]:
    """The bare LLM's training step on inputs shaped as the model's (random embeddings, same labels)."""
    import torch

    shapes = []
    with torch.no_grad():
        for batch in batches:
            inputs = model.build_inputs(batch["waveforms"], batch["instructions"], batch["targets"])
            embeds = torch.randn_like(inputs.inputs_embeds) * inputs.inputs_embeds.std()
            shapes.append((embeds, inputs.attention_mask, inputs.position_ids, inputs.labels))
    lora = [p for layer in model.lora_layers for p in layer.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(lora, lr=1e-4)
    factor = float(model.config.lora_alpha) / float(model.config.lora_r)

    def work() -> None:
        for embeds, mask, positions, labels in shapes:
            with model.lora_context.apply(dict.fromkeys(("q", "k", "v", "o"), factor)):
                model.llm(inputs_embeds=embeds, attention_mask=mask, position_ids=positions, labels=labels,
                          use_cache=False).loss.backward()
            optimizer.step()
            optimizer.zero_grad()

    tokens = sum(int(mask.sum()) for _, mask, _, _ in shapes)
    return work, tokens


def _loop_run(folder: Path) -> tuple[list[float], list[dict[str, Any]], dict[str, Any]]:
    """Run ``train()`` over the same rows (one stage, batches of four); return the seconds of its steps
    after the first (which warms up), the batches those steps trained on, and throughput notes."""
    from wavllm_agent.training import parse_config, train
    from wavllm_agent.training.dataset import TrainingDataset, collate
    from wavllm_agent.training.sources import load_source

    tasks = ("asr", "sqa", "sv")
    recipe = {
        "model": {"name_or_path": "tiny"},
        "data": {"train": [{"manifest": str(folder / f"{t}.jsonl"), "task": t} for t in tasks]},
        "stages": [{"name": "single", "steps": 6, "lr": 1e-4, "batch_size": BATCH, "lora_scale": "static",
                    "varied_prompts": False}],
        "run": {"output": str(folder / "run"), "plot": False},
    }
    train(parse_config(recipe), restart=True)
    records = [json.loads(line) for line in (folder / "run" / "metrics.jsonl").read_text().splitlines()]
    steady = [r for r in records if r["kind"] == "train" and r["step"] > 1]
    # The same examples, in the same batches, for the bare step (ids are "source/row id").
    sources = [load_source(t, folder / f"{t}.jsonl", task=t, max_seconds=30) for t in tasks]
    dataset = TrainingDataset(sources, seed=0, stage=0, varied_prompts=False, max_subtasks=2)
    where = {f"{s.name}/{row.row.id}": (i, j) for i, s in enumerate(sources) for j, row in enumerate(s.rows)}
    batches = [collate([dataset[(0, 0, *where[i])] for i in r["ids"]]) for r in steady]
    seconds = sum(r["seconds"] for r in steady)
    notes = {"loop_audio_seconds_per_s": round(sum(r["audio_seconds"] for r in steady) / seconds, 2),
             "loop_target_tokens_per_s": round(sum(r["target_tokens"] for r in steady) / seconds, 2),
             "loop_steps": len(steady)}
    return [r["seconds"] for r in steady], batches, notes


_MEMORY_CHILD = """
import json, sys
sys.path[:0] = {paths!r}
import torch
torch.set_num_threads({threads!r})
from benchmarks.training import _batches, _model, _model_step, _rss
from pathlib import Path
batches = _batches(Path({folder!r}))
model = _model(checkpointing={checkpointing!r})
step = _model_step(model, batches)
loaded = _rss(reset_peak=True)
step()
print(json.dumps({{"loaded_mb": loaded["rss_mb"], "peak_mb": _rss()["peak_mb"]}}))
"""


def _rss(reset_peak: bool = False) -> dict[str, float]:
    """This process's resident memory and its peak, in MiB (Linux ``/proc``). ``reset_peak`` makes the
    peak start again from now (writing 5 to ``clear_refs``), so the peak of one phase can be read."""
    status = Path("/proc/self/status").read_text()
    values = {line.split(":")[0]: float(line.split()[1]) / 1024 for line in status.splitlines()
              if line.startswith(("VmRSS", "VmHWM"))}
    if reset_peak:
        Path("/proc/self/clear_refs").write_text("5")
    return {"rss_mb": values["VmRSS"], "peak_mb": values["VmHWM"]}


def _peak_memory(folder: Path, checkpointing: bool) -> dict[str, float]:
    import torch

    code = _MEMORY_CHILD.format(paths=[str(ROOT), str(ROOT / "plugins")], folder=str(folder / "mem"),
                                checkpointing=checkpointing, threads=torch.get_num_threads())
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(repeats: int = 3) -> list[Comparison]:
    import torch

    from wavllm_agent.training.parts import available_cores

    torch.set_num_threads(available_cores())
    with tempfile.TemporaryDirectory(prefix="wavllm-bench-train-") as tmp:
        folder = Path(tmp)
        batches = _batches(folder)
        audio = sum(sum(batch["seconds"]) for batch in batches)
        model = _model()
        tokenizer = model.tokenizer
        targets = sum(len(tokenizer.encode(t, add_special_tokens=False)) + 1 for b in batches for t in b["targets"])
        llm_work, sequence_tokens = _llm_step(model, batches)
        subject, baseline = interleaved(("WavLLM train step x3", _model_step(model, batches)),
                                        ("bare LLM train step x3", llm_work), repeats=repeats)
        ratio = subject.median / baseline.median
        first = Comparison(
            "training: WavLLM step / bare-LLM step", subject, baseline, ratio, "<= 2.0 (audio path <= LLM step)",
            ratio <= 2.0,
            notes={"audio_seconds_per_s": round(audio / subject.median, 2),
                   "target_tokens_per_s": round(targets / subject.median, 2),
                   "llm_sequence_tokens_per_s": round(sequence_tokens / baseline.median, 1),
                   "audio_seconds": round(audio, 2), "target_tokens": targets, "batches": len(batches),
                   "batch_size": BATCH, "threads": torch.get_num_threads()},
        )

        # Runs of the loop alternate with bare steps on the batches it drew (the machine's drifts hit
        # both alike); the first run warms up.
        _, loop_batches, loop_notes = _loop_run(folder)
        loop = Timing("train() steps x5", [])
        bare = Timing(f"model step x{len(loop_batches)}", [])
        for _ in range(repeats):
            loop_seconds, _, loop_notes = _loop_run(folder)
            loop.seconds.append(sum(loop_seconds))
            start = time.perf_counter()
            _model_step(model, loop_batches)()
            bare.seconds.append(time.perf_counter() - start)
        second = Comparison(
            "training: train() loop / bare model step, same batches", loop, bare, loop.median / bare.median,
            "<= 1.15", loop.median / bare.median <= 1.15, notes=loop_notes,
        )

        checkpointed = _model(checkpointing=True)
        with_ckpt, without = interleaved(("checkpointing on", _model_step(checkpointed, batches)),
                                         ("checkpointing off", _model_step(model, batches)), repeats=repeats)
        del checkpointed, model
        memory_on, memory_off = _peak_memory(folder, True), _peak_memory(folder, False)
        growth_on = memory_on["peak_mb"] - memory_on["loaded_mb"]
        growth_off = memory_off["peak_mb"] - memory_off["loaded_mb"]
        time_ratio = with_ckpt.median / without.median
        third = Comparison(
            "training: gradient checkpointing on / off", with_ckpt, without, time_ratio,
            "<= 1.6x time, less memory growth", time_ratio <= 1.6 and growth_on < growth_off,
            notes={"peak_mb_on": round(memory_on["peak_mb"]), "peak_mb_off": round(memory_off["peak_mb"]),
                   "growth_mb_on": round(growth_on), "growth_mb_off": round(growth_off),
                   "loaded_mb": round(memory_off["loaded_mb"])},
        )
    return [first, second, third]
