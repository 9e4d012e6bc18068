"""The starting point of the listening recipe: the ``tiny`` preset with its audio positions at the
scale of the LLM's word embeddings.

    python examples/listening/init_model.py runs/listening-data runs/listening-init

With PyTorch's default initialisation (what the preset uses, as the release's code did) the fused
audio positions of ``tiny`` start 2.5 times larger (RMS 0.35) than SmolLM2's token embeddings
(RMS 0.14), half of each made of the random WavLM's noise. Trained from there, the recipe's first
version left the model deaf: after 120 steps the audio positions had grown to RMS 5.6, its loss was
the same with each clip's own audio as with another clip's (3.666 vs 3.670), and it answered every
clip with one sentence (still so at step 267). This script

1. zeroes the half of the fusion projection that reads the WavLM branch (its WavLM has random
   weights: at the start that half only adds noise; it still trains, from zero), and
2. scales the rest of the fusion projection so that the audio positions of a few training clips
   have the RMS of the token embeddings,

then saves the model with ``save_pretrained``; the recipe's ``model.name_or_path`` starts from it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import soundfile
import torch

from wavllm_agent.engines.wavllm import ASR_INSTRUCTION
from wavllm_agent.modeling import WavLLMForConditionalGeneration


def audio_rms(model: WavLLMForConditionalGeneration, clips: list) -> float:
    """RMS of the fused audio positions of ``clips``."""
    inputs = model.processor(clips, [ASR_INSTRUCTION] * len(clips))
    with torch.no_grad():
        audio, mask = model.get_audio_features(inputs["input_features"], inputs["window_frames"],
                                               inputs["window_owners"], inputs["wavlm_input_values"],
                                               inputs["wavlm_lengths"])
    return float(audio[mask].pow(2).mean().sqrt())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the folder make_speech.py wrote")
    parser.add_argument("out", type=Path)
    parser.add_argument("--clips", type=int, default=16, help="training clips to measure the scale on")
    args = parser.parse_args(argv)

    torch.manual_seed(0)
    model = WavLLMForConditionalGeneration.from_pretrained("tiny")
    rows = [json.loads(line) for line in (args.data / "asr.jsonl").read_text().splitlines()[: args.clips]]
    clips = [soundfile.read(str(args.data / row["audio"]), dtype="float32")[0] for row in rows]
    target = float(model.llm.get_input_embeddings().weight.pow(2).mean().sqrt())
    proj = model.fusion.proj
    half = proj.in_features // 2  # inputs: [Whisper branch, WavLM branch]
    before = audio_rms(model, clips)
    with torch.no_grad():
        proj.weight[:, half:] = 0.0
        proj.bias.zero_()
        proj.weight.mul_(target / audio_rms(model, clips))
    after = audio_rms(model, clips)
    model.save_pretrained(args.out)
    print(json.dumps({"embedding_rms": round(target, 4), "audio_rms_before": round(before, 4),
                      "audio_rms_after": round(after, 4), "out": str(args.out)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
