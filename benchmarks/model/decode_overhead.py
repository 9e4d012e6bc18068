"""Decode speed of WavLLM's LLM path vs the same LLM alone through ``generate`` (``tiny``, CPU).

Both decode greedily from the same input embeddings (a real request: system text, 4 s of audio,
instruction) for the same number of tokens. Subject: ``model.llm.generate`` inside the request's
LoRA scale context, as ``WavLLMForConditionalGeneration.generate`` runs it (q, k, v, o carry the
prompt-scaled LoRA). Baseline: a separately loaded, unmodified SmolLM2. Decode time per token is
(time for 1 + N tokens - time for 1 token) / N, so the shared prefill cancels out.
Goal: overhead <= 15 %.
"""

from __future__ import annotations

import time

from benchmarks.common import Comparison, Timing
from benchmarks.model._common import INSTRUCTIONS, finish, parse, speech_clips


def main(argv: list[str] | None = None) -> list[Comparison]:
    args = parse(__doc__, argv, new_tokens=(int, 64, "decoded tokens"), batch=(int, 1, "requests per batch"))
    import torch
    from transformers import LlamaForCausalLM

    from wavllm_agent.assets.resolve import resolve_model
    from wavllm_agent.modeling import WavLLMForConditionalGeneration

    model = WavLLMForConditionalGeneration.from_pretrained("tiny")
    plain = LlamaForCausalLM.from_pretrained(str(resolve_model(model.config.llm_source, kind="llm"))).eval()
    clips, texts = speech_clips(args.batch), INSTRUCTIONS[: args.batch]
    with torch.no_grad():
        inputs = model.build_inputs(clips, texts, padding_side="left")
        scales = model._prompt_scales(texts)
    common = {
        "inputs_embeds": inputs.inputs_embeds,
        "attention_mask": inputs.attention_mask,
        "do_sample": False,
        "pad_token_id": model._pad_id(),
    }

    def decode(llm, context, tokens: int) -> float:
        start = time.perf_counter()
        with torch.no_grad(), context:
            llm.generate(max_new_tokens=tokens, min_new_tokens=tokens, **common)
        return time.perf_counter() - start

    class NoContext:
        def __enter__(self) -> None: ...
        def __exit__(self, *exc: object) -> None: ...

    runs = {"wavllm": (model.llm, lambda: model.lora_context.apply(scales)), "llm alone": (plain, NoContext)}
    per_token: dict[str, list[float]] = {name: [] for name in runs}
    for llm, context in runs.values():  # warm-up
        decode(llm, context(), 2)
    for _ in range(args.repeats):
        for name, (llm, context) in runs.items():
            full, prefill = decode(llm, context(), args.new_tokens + 1), decode(llm, context(), 1)
            per_token[name].append((full - prefill) / args.new_tokens)
    subject, baseline = (
        Timing("wavllm decode", per_token["wavllm"]),
        Timing("llm alone", per_token["llm alone"]),
    )
    ratio = subject.median / baseline.median
    result = Comparison(
        "model: decode time per token wavllm / llm",
        subject,
        baseline,
        ratio,
        "<= 1.15",
        ratio <= 1.15,
        unit="s/token",
        notes={"batch": args.batch, "new_tokens": args.new_tokens},
    )
    extra = {
        "overhead_percent": round(100 * (ratio - 1), 1),
        "wavllm_tokens_per_s": round(args.batch / subject.median, 1),
        "llm_tokens_per_s": round(args.batch / baseline.median, 1),
        "prefix_positions": int(inputs.inputs_embeds.shape[1]),
    }
    return finish("model_decode_overhead", [result], extra, args.json)


if __name__ == "__main__":
    main()
