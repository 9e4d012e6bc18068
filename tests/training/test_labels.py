"""Loss on the target only: in a training batch (composed multi-task rows included) every label outside
the target tokens and their end token is -100, and the loss is the cross-entropy on those tokens alone."""

from __future__ import annotations

from pathlib import Path

import torch
from torch.nn import functional as F

from wavllm_agent.modeling import WavLLMForConditionalGeneration
from wavllm_agent.modeling.input_assembly import IGNORE_INDEX
from wavllm_agent.tasks.multistep import MULTI_STEP, canonical_task_name
from wavllm_agent.training.dataset import TrainingDataset, collate
from wavllm_agent.training.sampling import BucketBatchSampler
from wavllm_agent.training.sources import load_source


def test_labels_are_masked_outside_the_targets_of_a_training_batch(synth_dir: Path) -> None:
    sources = [load_source(name, synth_dir / f"{canonical_task_name(name)}.jsonl", task=name, max_seconds=30)
               for name in ("sv", "multi")]
    sampler = BucketBatchSampler([[r.seconds for r in s.rows] for s in sources], [1, 1], micro_batch_size=3,
                                 group=1, bucket_batches=1, seed=0, stage=1)
    dataset = TrainingDataset(sources, seed=0, stage=1, varied_prompts=True, max_subtasks=4)
    keys = next(b for b in sampler.batches(0) if {dataset.row(k).task for k in b} == {"sv", MULTI_STEP})
    batch = collate([dataset[key] for key in keys])
    assert any("\n" in target for target in batch["targets"])  # a composed multi-task target is in it

    model = WavLLMForConditionalGeneration.from_pretrained("tiny-random")
    inputs = model.build_inputs(batch["waveforms"], batch["instructions"], batch["targets"])
    tokenizer = model.tokenizer
    for row, target in enumerate(batch["targets"]):
        labels = inputs.labels[row]
        expected = tokenizer.encode(target, add_special_tokens=False) + [tokenizer.eos_token_id]
        real = int(inputs.attention_mask[row].sum())
        start = real - len(expected)
        assert labels[start:real].tolist() == expected  # the target and its end token ...
        assert (labels[:start] == IGNORE_INDEX).all()  # ... and nothing before (system, audio, instruction)
        assert (labels[real:] == IGNORE_INDEX).all()  # ... or after (padding)

    with torch.no_grad():
        out = model(batch["waveforms"], batch["instructions"], batch["targets"])
        with model.lora_context.apply(model._lora_scales(batch["instructions"])):
            logits = model.llm(inputs_embeds=inputs.inputs_embeds, attention_mask=inputs.attention_mask,
                               position_ids=inputs.position_ids).logits
    shifted_logits, shifted_labels = logits[:, :-1], inputs.labels[:, 1:]
    keep = shifted_labels != IGNORE_INDEX
    expected_loss = F.cross_entropy(shifted_logits[keep].float(), shifted_labels[keep])
    torch.testing.assert_close(out.loss, expected_loss, atol=1e-4, rtol=1e-4)
