"""Latency of the prompt-aware scale with the per-instruction cache cold vs warm (``tiny``, CPU).

Cold: the instruction runs through all 30 SmolLM2 layers (LoRA off) and the adapter; warm: a cache
lookup. Also a whole request (one 4 s clip, 8 new tokens) with the cache cold vs warm.
"""

from __future__ import annotations

from benchmarks.common import Comparison, Timing
from benchmarks.model._common import INSTRUCTIONS, finish, parse, speech_clips


def main(argv: list[str] | None = None) -> list[Comparison]:
    args = parse(__doc__, argv, preset=(str, "tiny", "preset"))
    import time

    import torch

    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    model = WavLLMForConditionalGeneration.from_pretrained(args.preset)
    text = INSTRUCTIONS[0]
    clip = speech_clips(1)

    def timed(work, *, cold: bool) -> float:
        if cold:
            model.clear_prompt_scale_cache()
        start = time.perf_counter()
        work()
        return time.perf_counter() - start

    with torch.no_grad():
        model.prompt_scale([text])  # warm the code paths
        model.generate(clip, [text], max_new_tokens=8, min_new_tokens=8)
        scale_cold, scale_warm = Timing("cold", []), Timing("warm", [])
        request_cold, request_warm = Timing("cold", []), Timing("warm", [])

        def request() -> None:
            model.generate(clip, [text], max_new_tokens=8, min_new_tokens=8)

        for _ in range(args.repeats):  # interleaved, so drifts of a busy machine hit both alike
            scale_cold.seconds.append(timed(lambda: model.prompt_scale([text]), cold=True))
            scale_warm.seconds.append(timed(lambda: model.prompt_scale([text]), cold=False))
            request_cold.seconds.append(timed(request, cold=True))
            request_warm.seconds.append(timed(request, cold=False))
    results = [
        Comparison(
            "model: prompt scale warm / cold",
            scale_warm,
            scale_cold,
            scale_warm.median / scale_cold.median,
            "warm much faster (< 0.1)",
            scale_warm.median < 0.1 * scale_cold.median,
        ),
        Comparison(
            "model: request warm / cold scale cache",
            request_warm,
            request_cold,
            request_warm.median / request_cold.median,
            "warm not slower (<= 1.0)",
            request_warm.median <= request_cold.median,
        ),
    ]
    extra = {
        "prompt_scale_cold_ms": round(1000 * scale_cold.median, 2),
        "prompt_scale_warm_ms": round(1000 * scale_warm.median, 3),
        "request_cold_s": round(request_cold.median, 3),
        "request_warm_s": round(request_warm.median, 3),
        "saved_per_request_ms": round(1000 * (request_cold.median - request_warm.median), 1),
    }
    return finish("model_prompt_scale_cache", results, extra, args.json)


if __name__ == "__main__":
    main()
