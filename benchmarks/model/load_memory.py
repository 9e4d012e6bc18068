"""Peak memory of building and loading a large WavLLM: meta-device build, then streamed weights.

1. The ``wavllm-7b`` architecture (7.6 B parameters) built on the meta device: memory it takes.
2. Loading a WavLLM whose LLM is a *synthetic* mid-size LLaMA written to a temporary folder
   (default ~0.95 B parameters in bf16, ~1.9 GB; the real 7B weights are not at hand here), through
   ``from_pretrained``: the frozen LLM is built on the meta device and its safetensors shards are
   streamed in. Measured in a fresh process: the peak resident memory while loading and then
   reading every weight once (``VmHWM``, reset just before; ``ru_maxrss`` where that reset is
   unavailable) minus the resident memory before loading, divided by the size of the weights on
   disk. Reading the weights matters: safetensors are memory-mapped, and untouched pages of the
   file are not resident yet.
   Goal: <= 1.2x the weights' size.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from benchmarks.common import Comparison, Timing
from benchmarks.model._common import finish, parse

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    import torch
    from wavllm_agent.modeling import WavLLMConfig, WavLLMForConditionalGeneration

    def status(field):
        for line in open("/proc/self/status"):
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    def rss():
        return status("VmRSS")
    def reset_peak():  # Linux: writing 5 to clear_refs resets the high-water mark (VmHWM)
        try:
            with open("/proc/self/clear_refs", "w") as handle:
                handle.write("5")
            return True
        except OSError:
            return False
    mode, folder = sys.argv[1], sys.argv[2]
    config = WavLLMConfig.from_preset("tiny-random")
    with torch.device("meta"):  # warm the imports and code paths
        WavLLMForConditionalGeneration(config)
    import gc; gc.collect()
    exact = reset_peak()
    before = rss()
    start = time.perf_counter()
    if mode == "meta":
        with torch.device("meta"):
            model = WavLLMForConditionalGeneration(WavLLMConfig.from_preset("wavllm-7b"))
    else:
        model = WavLLMForConditionalGeneration.from_pretrained(folder, dtype=torch.bfloat16)
    seconds = time.perf_counter() - start
    with torch.no_grad():  # read every weight once: memory-mapped pages count only once touched
        for parameter in model.parameters():
            if not parameter.is_meta:
                parameter.sum()
    peak = status("VmHWM") if exact else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    params = sum(p.numel() for p in model.parameters())
    print(json.dumps({"before": before, "peak": peak, "after": rss(), "seconds": seconds, "params": params,
                      "exact_peak": exact}))
    """
)


def _write_synthetic(folder: Path, hidden: int, layers: int, intermediate: int, vocab: int) -> int:
    """A WavLLM folder whose LLM is a random mid-size LLaMA in sharded bf16 safetensors; returns its bytes."""
    import torch
    from safetensors.torch import save_file

    from wavllm_agent.modeling import WavLLMConfig, WavLLMForConditionalGeneration

    llm_dir = folder / "llm"
    llm_dir.mkdir(parents=True, exist_ok=True)
    llm = {
        "vocab_size": vocab,
        "hidden_size": hidden,
        "intermediate_size": intermediate,
        "num_hidden_layers": layers,
        "num_attention_heads": hidden // 128,
        "num_key_value_heads": hidden // 128,
        "max_position_embeddings": 4096,
        "bos_token_id": 1,
        "eos_token_id": 2,
        "pad_token_id": 0,
    }
    config = WavLLMConfig.from_preset("tiny-random", llm_config=llm, llm_source="llm", preset=None)
    (llm_dir / "config.json").write_text(
        json.dumps(
            {"model_type": "llama", "architectures": ["LlamaForCausalLM"], **config.llm_config.to_dict()}
        )
    )
    generator = torch.Generator().manual_seed(0)

    def tensor(*shape: int) -> torch.Tensor:
        return (torch.randn(*shape, generator=generator) * 0.02).to(torch.bfloat16)

    shards: list[dict[str, torch.Tensor]] = [
        {
            "model.embed_tokens.weight": tensor(vocab, hidden),
            "lm_head.weight": tensor(vocab, hidden),
            "model.norm.weight": torch.ones(hidden, dtype=torch.bfloat16),
        }
    ]
    for index in range(layers):
        if index % 4 == 0:
            shards.append({})
        p = f"model.layers.{index}."
        shards[-1].update(
            {
                **{f"{p}self_attn.{n}_proj.weight": tensor(hidden, hidden) for n in "qkvo"},
                f"{p}mlp.gate_proj.weight": tensor(intermediate, hidden),
                f"{p}mlp.up_proj.weight": tensor(intermediate, hidden),
                f"{p}mlp.down_proj.weight": tensor(hidden, intermediate),
                f"{p}input_layernorm.weight": torch.ones(hidden, dtype=torch.bfloat16),
                f"{p}post_attention_layernorm.weight": torch.ones(hidden, dtype=torch.bfloat16),
            }
        )
    index_map, total = {}, 0
    for number, shard in enumerate(shards, 1):
        name = f"model-{number:05d}-of-{len(shards):05d}.safetensors"
        save_file(shard, str(llm_dir / name), metadata={"format": "pt"})
        index_map.update(dict.fromkeys(shard, name))
        total += sum(t.numel() * t.element_size() for t in shard.values())
        shard.clear()
    (llm_dir / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {"total_size": total}, "weight_map": index_map})
    )
    with torch.device("meta"):
        skeleton = WavLLMForConditionalGeneration(config)
    trainable = {
        k: torch.zeros(v.shape, dtype=torch.bfloat16) for k, v in skeleton.trainable_state_dict().items()
    }
    save_file(trainable, str(folder / "model.safetensors"), metadata={"format": "pt"})
    config.save_pretrained(folder)
    return total + sum(t.numel() * 2 for t in trainable.values())


def _child(mode: str, folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(folder)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> list[Comparison]:
    args = parse(
        __doc__,
        argv,
        hidden=(int, 2048, "LLM width"),
        layers=(int, 16, "LLM layers"),
        intermediate=(int, 5632, "LLM MLP width"),
        vocab=(int, 32000, "vocabulary"),
        workdir=(Path, Path("/tmp/wavllm-load-memory"), "where the synthetic checkpoint goes"),
    )
    import shutil

    shutil.rmtree(args.workdir, ignore_errors=True)
    weights = _write_synthetic(args.workdir, args.hidden, args.layers, args.intermediate, args.vocab)
    meta = _child("meta", args.workdir)
    loads = [_child("load", args.workdir) for _ in range(max(1, args.repeats))]
    shutil.rmtree(args.workdir, ignore_errors=True)
    ratios = [(run["peak"] - run["before"]) / weights for run in loads]
    ratio = sorted(ratios)[len(ratios) // 2]
    timing = Timing("from_pretrained (bf16)", [run["seconds"] for run in loads])
    results = [
        Comparison(
            "model: peak memory of loading / weights' size",
            timing,
            None,
            ratio,
            "<= 1.2",
            ratio <= 1.2,
            unit="s",
            notes={"weights_bytes": weights, "ratios": ratios},
        )
    ]
    extra = {
        "synthetic_llm": f"{args.hidden}-d, {args.layers} layers, {args.intermediate} MLP, "
        f"{args.vocab} vocab (bf16)",
        "weights_gb": round(weights / 1e9, 3),
        "parameters_loaded": loads[0]["params"],
        "peak_over_weights": [round(r, 3) for r in ratios],
        "meta_build_7b_params": meta["params"],
        "meta_build_7b_mb": round((meta["peak"] - meta["before"]) / 1e6, 1),
        "meta_build_7b_seconds": round(meta["seconds"], 2),
    }
    return finish("model_load_memory", results, extra, args.json)


if __name__ == "__main__":
    main()
