"""Where the time of the ``tiny`` WavLLM goes, batch 8 vs 8 x batch 1 (the throughput benchmark's work).

Times each phase with wall-clock hooks: the processor (log-mels, WavLM input, tokens), the Whisper
encoder (one 30 s window per clip), WavLM, the adapters and fusion, the prompt-scale pass (cold:
the cache is cleared first, as a new instruction would find it; ``--warm`` keeps it), the LLM's
prefill and its decoding steps. Prints seconds per phase for both ways and their ratio (a
diagnostic: it states no goal).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from benchmarks.model._common import INSTRUCTIONS, parse, speech_clips


class PhaseTimer:
    """Accumulates wall-clock seconds per phase from module hooks and wrapped callables."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._started: dict[int, float] = {}

    def hook(self, module: Any, name: str | Callable[[Any], str]) -> None:
        def before(mod: Any, args: Any, kwargs: Any) -> None:
            self._started[id(mod)] = time.perf_counter()

        def after(mod: Any, args: Any, kwargs: Any, out: Any) -> None:
            label = name if isinstance(name, str) else name(kwargs)
            self.seconds[label] += time.perf_counter() - self._started.pop(id(mod))

        module.register_forward_pre_hook(before, with_kwargs=True)
        module.register_forward_hook(after, with_kwargs=True)

    def wrap(self, owner: Any, attribute: str, name: str) -> None:
        original = getattr(owner, attribute)

        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - began

        setattr(owner, attribute, timed)


def _llm_phase(kwargs: dict[str, Any]) -> str:
    embeds = kwargs.get("inputs_embeds")
    ids = kwargs.get("input_ids")
    if embeds is None and ids is not None and ids.shape[1] > 1:
        return "prompt-scale pass (LLM, LoRA off)"
    length = (embeds if embeds is not None else ids).shape[1]
    return "llm prefill" if length > 1 else "llm decode steps"


def main(argv: list[str] | None = None) -> None:
    args = parse(
        __doc__,
        argv,
        new_tokens=(int, 32, "new tokens per request"),
        preset=(str, "tiny", "preset"),
        warm=(int, 1, "1: prompt scales warm (as the throughput benchmark); 0: cold"),
    )
    import torch

    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    model = WavLLMForConditionalGeneration.from_pretrained(args.preset)
    clips, texts = speech_clips(8), INSTRUCTIONS[:8]
    options = {"max_new_tokens": args.new_tokens, "min_new_tokens": args.new_tokens}
    timer = PhaseTimer()
    from wavllm_agent.modeling import audio_encoding

    timer.wrap(audio_encoding, "whisper_states", "whisper encoder")  # the encoder as WavLLM runs it
    timer.hook(model.wavlm, "wavlm")
    for module in (model.whisper_adapter, model.wavlm_adapter, model.fusion):
        timer.hook(module, "adapters + fusion")
    timer.hook(model.llm.model, _llm_phase)
    timer.wrap(model.processor.frontend, "whisper_chunks", "processor: log-mels")
    timer.wrap(model.processor.frontend, "wavlm_input", "processor: wavlm input")
    results: dict[str, dict[str, float]] = {}
    with torch.no_grad():
        model.generate_from_audio(clips[:1], texts[:1], **options)  # warm-up
        singles = [([c], [t]) for c, t in zip(clips, texts, strict=True)]
        for label, runs in (("batch of 8", [(clips, texts)]), ("8 x batch of 1", singles)):
            if args.warm:
                model.generate_from_audio(clips, texts, max_new_tokens=1)
            else:
                model.clear_prompt_scale_cache()
            timer.seconds.clear()
            began = time.perf_counter()
            for waves, instructions in runs:
                model.generate_from_audio(waves, instructions, **options)
            total = time.perf_counter() - began
            phases = dict(timer.seconds)
            phases["other (generate loop, tokens, glue)"] = total - sum(phases.values())
            phases["total"] = total
            results[label] = phases
    names = [k for k in results["8 x batch of 1"] if k != "total"] + ["total"]
    print(f"{'phase':40s} {'batch 8 (s)':>12s} {'8 x batch 1 (s)':>16s} {'ratio':>7s}")
    for name in names:
        b8, b1 = results["batch of 8"].get(name, 0.0), results["8 x batch of 1"].get(name, 0.0)
        ratio = f"{b1 / b8:7.2f}" if b8 > 0 else "      -"
        print(f"{name:40s} {b8:12.3f} {b1:16.3f} {ratio}")


if __name__ == "__main__":
    main()
