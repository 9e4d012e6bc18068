"""Requests per second of the ``tiny`` WavLLM on CPU: eight requests in one batch vs one at a time.

Same eight real speech clips (LibriVox, 4-5 s, all of different lengths) and instructions, greedy
decoding forced to the same number of new tokens so both ways do the same work; prompt scales warm
in both; both go through the processor (feature extraction counts). Goal: batch 8 gives >= 4x the
throughput of batch 1. ``benchmarks/model/batch_profile.py`` shows where the time goes.
"""

from __future__ import annotations

from benchmarks.common import Comparison, interleaved
from benchmarks.model._common import INSTRUCTIONS, finish, parse, speech_clips


def main(argv: list[str] | None = None) -> list[Comparison]:
    args = parse(
        __doc__, argv, new_tokens=(int, 32, "new tokens per request"), preset=(str, "tiny", "preset")
    )
    import torch

    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    model = WavLLMForConditionalGeneration.from_pretrained(args.preset)
    clips, texts = speech_clips(8), INSTRUCTIONS[:8]
    options = {"max_new_tokens": args.new_tokens, "min_new_tokens": args.new_tokens}
    outputs: dict[str, list] = {}

    processor = model.processor

    def run(waves: list, instructions: list[str]) -> list[list[int]]:
        return model.generate(**processor(waves, instructions, padding_side="left"), **options).tolist()

    def batched() -> None:
        outputs["batch"] = run(clips, texts)

    def one_by_one() -> None:
        outputs["single"] = [run([c], [t])[0] for c, t in zip(clips, texts, strict=True)]

    with torch.no_grad():
        subject, baseline = interleaved(
            ("batch of 8", batched), ("8 x batch of 1", one_by_one), repeats=args.repeats
        )
    speedup = baseline.median / subject.median
    same = outputs["batch"] == outputs["single"]
    result = Comparison(
        "model: throughput batch 8 / batch 1",
        subject,
        baseline,
        speedup,
        ">= 4x, same outputs",
        speedup >= 4.0 and same,
        notes={"identical_outputs": same, "new_tokens": args.new_tokens},
    )
    audio = sum(len(c) for c in clips) / 16000
    extra = {
        "speedup": round(speedup, 2),
        "requests_per_s_batch8": round(8 / subject.median, 3),
        "requests_per_s_batch1": round(8 / baseline.median, 3),
        "audio_seconds": round(audio, 1),
        "identical_outputs": same,
    }
    return finish("model_batch_throughput", [result], extra, args.json)


if __name__ == "__main__":
    main()
