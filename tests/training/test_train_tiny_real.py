"""The ``tiny`` preset (real Whisper tiny.en encoder, real SmolLM2-135M-Instruct) trained a few steps per
stage on espeak-ng speech: the loss falls in both stages and the result loads and answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from wavllm_agent.modeling import WavLLMForConditionalGeneration
from wavllm_agent.tasks.multistep import canonical_task_name
from wavllm_agent.training import parse_config, train
from wavllm_agent.training.dataset import TrainingDataset, collate, load_waveform
from wavllm_agent.training.sources import load_source


def _loss(model: WavLLMForConditionalGeneration, batch: dict) -> float:
    with torch.no_grad():
        return model(batch["waveforms"], batch["instructions"], batch["targets"]).loss.item()


@pytest.mark.slow
def test_tiny_preset_learns_in_both_stages(synth_dir: Path, tmp_path: Path) -> None:
    stage = {"batch_size": 2, "steps": 8, "warmup_steps": 2, "log_every": 1}
    recipe = {
        "model": {"name_or_path": "tiny"},
        "data": {"train": [{"manifest": str(synth_dir / f"{canonical_task_name(t)}.jsonl"), "task": t} for t in ("asr", "sv", "multi")],
                 "bucket_batches": 2},
        "stages": [
            {"name": "single", "mix": {"asr": 1, "sv": 1}, "lora_scale": "static", "varied_prompts": False,
             "lr": 1e-3, **stage},
            {"name": "multi", "mix": {"sv": 1, "multi": 1}, "trainable": ["adapters", "fusion", "lora", "prompt_adapter"],
             "lora_scale": "prompt", "lr": 5e-4, "gradient_checkpointing": True, **stage},
        ],
        "run": {"output": str(tmp_path / "run"), "threads": 1},
    }
    torch.set_num_threads(1)
    result = train(parse_config(recipe))
    records = [json.loads(line) for line in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    for name in ("single", "multi"):  # per-step losses swing with the batch's task: compare fixed rows below
        assert [r["step"] for r in records if r["kind"] == "train" and r["stage"] == name] == list(range(1, 9))

    # The same training rows scored before and after each stage (each stage's own LoRA scale mode).
    sources = [load_source(t, synth_dir / f"{canonical_task_name(t)}.jsonl", task=t, max_seconds=30) for t in ("sv", "multi")]
    dataset = TrainingDataset(sources, seed=0, stage=0, varied_prompts=False, max_subtasks=2)
    sv = collate([dataset[(0, i, 0, i)] for i in range(4)])
    multi = collate([dataset[(0, i, 1, i)] for i in range(3)])
    start = WavLLMForConditionalGeneration.from_pretrained("tiny", lora_scale_mode="static")
    single = WavLLMForConditionalGeneration.from_pretrained(result.output / "stages" / "single" / "model")
    before, after = _loss(start, sv), _loss(single, sv)
    assert after < before - 0.5, (before, after)  # measured: 7.18 -> 0.87
    del start
    single.config.lora_scale_mode = "prompt"  # as stage 2 started: stage 1's weights, prompt-aware scale
    final = WavLLMForConditionalGeneration.from_pretrained(result.model)
    assert final.config.lora_scale_mode == "prompt"
    before, after = _loss(single, multi), _loss(final, multi)
    assert after < before - 0.3, (before, after)  # measured: 4.94 -> 4.12

    row = sources[0].rows[0].row
    answer = final.generate_text([load_waveform(row)], ["Is there only one speaker in the audio clip?"],
                                 max_new_tokens=8)[0]
    assert isinstance(answer, str) and answer.strip()
