"""The two-stage recipe end to end on ``tiny-random`` and synthetic speech: the loss falls in both stages,
each stage trains its groups only, the outputs are written, and the result loads and generates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from training_support import tiny_recipe

from wavllm_agent.modeling import WavLLMForConditionalGeneration
from wavllm_agent.training import parse_config, train
from wavllm_agent.training.dataset import TrainingDataset, collate
from wavllm_agent.training.sources import load_source


@pytest.fixture(scope="module")
def run(synth_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    output = tmp_path_factory.mktemp("run")
    torch.set_num_threads(1)
    result = train(parse_config(tiny_recipe(synth_dir, output, steps=8, lr=0.02, eval_every=4)))
    from accelerate.state import AcceleratorState, GradientState

    AcceleratorState._reset_state(reset_partial_state=True)
    GradientState._reset_state()
    return result


def _records(output: Path, kind: str, stage: str) -> list[dict]:
    lines = (output / "metrics.jsonl").read_text().splitlines()
    return [r for r in map(json.loads, lines) if r["kind"] == kind and r["stage"] == stage]


def test_result_follows_the_cli_contract(run) -> None:
    data = run.to_dict()
    assert data["output"] == str(run.output) and Path(data["model"]).is_dir()
    assert [s["name"] for s in data["stages"]] == ["single", "multi"]
    for stage in data["stages"]:
        assert set(stage) == {"name", "steps", "first_loss", "last_loss"} and stage["steps"] == 8
    assert json.loads((run.output / "summary.json").read_text()) == data


def test_the_loss_falls_in_both_stages(run) -> None:
    for stage in ("single", "multi"):
        losses = [r["loss"] for r in _records(run.output, "train", stage)]
        assert len(losses) == 8
        assert sum(losses[-3:]) / 3 < sum(losses[:3]) / 3 - 0.05, (stage, losses)


def test_training_lowered_the_loss_on_the_training_rows(run, synth_dir: Path) -> None:
    """The same examples, scored by the untrained model and by stage 1's result (static LoRA scale)."""
    source = load_source("asr", synth_dir / "asr.jsonl", task="asr", max_seconds=30)
    examples = [TrainingDataset([source], seed=0, stage=0, varied_prompts=False, max_subtasks=2)[(0, i, 0, i)]
                for i in range(4)]
    batch = collate(examples)
    before = WavLLMForConditionalGeneration.from_pretrained("tiny-random", lora_scale_mode="static")
    after = WavLLMForConditionalGeneration.from_pretrained(run.output / "stages" / "single" / "model")
    with torch.no_grad():
        losses = [m(batch["waveforms"], batch["instructions"], batch["targets"]).loss.item() for m in (before, after)]
    assert losses[1] < losses[0] - 0.1, losses


def test_each_stage_trains_its_groups_and_scale(run) -> None:
    fresh = WavLLMForConditionalGeneration.from_pretrained("tiny-random").trainable_state_dict()
    single = WavLLMForConditionalGeneration.from_pretrained(run.output / "stages" / "single" / "model")
    final = WavLLMForConditionalGeneration.from_pretrained(run.model)
    assert single.config.lora_scale_mode == "static" and final.config.lora_scale_mode == "prompt"

    def changed(model: WavLLMForConditionalGeneration, prefix: str) -> bool:
        state = model.trainable_state_dict()
        return any(not torch.equal(state[k], fresh[k]) for k in state if k.startswith(prefix))

    assert changed(single, "whisper_adapter") and changed(single, "fusion") and changed(single, "llm")  # LoRA
    assert not changed(single, "prompt_adapter")  # stage 1 leaves the prompt-aware adapter alone
    assert changed(final, "prompt_adapter")


def test_the_result_loads_and_generates(run, synth_dir: Path) -> None:
    model = WavLLMForConditionalGeneration.from_pretrained(run.model)
    source = load_source("sqa", synth_dir / "sqa.jsonl", task="sqa", max_seconds=30)
    example = TrainingDataset([source], seed=0, stage=0, varied_prompts=False, max_subtasks=2)[(0, 0, 0, 0)]
    texts = model.generate_text([example.waveform, example.waveform[:16000]], [example.instruction, "Transcribe."],
                                max_new_tokens=5)
    assert len(texts) == 2 and all(isinstance(t, str) for t in texts)
    tokens = model.generate([example.waveform], [example.instruction], max_new_tokens=5)
    assert tokens.shape[0] == 1 and 1 <= tokens.shape[1] <= 5


def test_outputs_records_plot_and_no_leftover_checkpoints(run) -> None:
    for stage in ("single", "multi"):
        train_records = _records(run.output, "train", stage)
        assert [r["step"] for r in train_records] == list(range(1, 9))
        first = train_records[0]
        assert first["examples"] == 4 and first["audio_seconds"] > 0 and first["target_tokens"] > 0
        assert len(first["ids"]) == 4 and first["lr"] > 0
        validation = _records(run.output, "validation", stage)
        assert [r["step"] for r in validation] == [4, 8]
        assert validation[-1]["loss"] > 0
        metrics = validation[-1]["metrics"]
        assert {"asr_wer", "sv_accuracy", "sqa_accuracy"} <= set(metrics)
        assert all(0 <= v <= 100 or k == "asr_wer" for k, v in metrics.items())
        assert not (run.output / "stages" / stage / "checkpoints").exists()
        assert json.loads((run.output / "stages" / stage / "stage.json").read_text())["steps"] == 8
    assert (run.output / "loss.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bf16_mixed_precision_trains_like_fp32(synth_dir: Path, tmp_path: Path) -> None:
    recipe = tiny_recipe(synth_dir, tmp_path / "fp32", steps=2, lr=0.02)
    recipe["stages"] = recipe["stages"][:1]
    recipe["data"]["validation"] = None
    fp32 = train(parse_config(recipe))
    from accelerate.state import AcceleratorState

    AcceleratorState._reset_state(reset_partial_state=True)  # a new precision needs a fresh state
    recipe["run"] |= {"output": str(tmp_path / "bf16"), "precision": "bf16"}
    bf16 = train(parse_config(recipe))
    a, b = fp32.stages[0], bf16.stages[0]
    assert b.first_loss == pytest.approx(a.first_loss, abs=0.05) and b.first_loss != a.first_loss  # bf16 ran
    assert b.last_loss < b.first_loss
