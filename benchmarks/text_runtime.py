"""The library's text step (``engine.generate``, CTranslate2 int8) vs transformers ``generate`` on the
same model (the default text LLM, fp32), the same prompts and the same decoding, alternately, warm.

Goal: decode speed (seconds per new token) and time to first token both >= 2x better. Time to first
token is the time of the same call with ``max_new_tokens=1``. Prompts: what the text steps send
(a transcript to summarise, a 20-word summary to translate, a question about a transcript).
Both sides use the threads and OpenMP settings a user gets by default: CTranslate2 the cores
available, torch its own default. ``python -m benchmarks.text_runtime`` runs the thread sweep
(CTranslate2 threads x ``OMP_WAIT_POLICY``) behind the engine's defaults.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks.common import Comparison, Timing

TRANSCRIPT = (
    "Good morning everyone. Before we start, a few notices. The library will be closed on Monday for "
    "repairs to the roof and opens again on Wednesday at nine. Books that are due this week can be "
    "returned on Thursday without a fine. The children's reading club moves to Friday afternoon, and "
    "the chess club is looking for two new volunteers to help on Saturday mornings."
)
SUMMARY = ("The library closes Monday for roof repairs, reopens Wednesday at nine; "
           "overdue books can be returned Thursday without a fine.")
PROMPTS: list[tuple[str | None, str, int]] = [
    (None, f"<text>\n{TRANSCRIPT}\n</text>\n\nSummarise the text in no more than 20 words.", 64),
    ("You are a professional translator.", f"Translate into German. Reply with the translation only.\n\n"
                                           f"<text>\n{SUMMARY}\n</text>", 96),
    (None, f"<transcript>\n{TRANSCRIPT}\n</transcript>\n\nWho is the chess club looking for?", 48),
]


def run(repeats: int = 3) -> list[Comparison]:
    from wavllm_agent import load_engine

    engine = load_engine("embedded")  # the default engine and text LLM, as users get them
    llm: Any = engine.llm  # type: ignore[attr-defined]
    import torch

    from wavllm_agent.assets.smollm2 import load_chat_llm
    from wavllm_agent.engines.text_llm import REPETITION_PENALTY, chat_prompt_ids, end_of_turn_ids

    model, tokenizer = load_chat_llm(engine.describe()["llm"])
    stop = end_of_turn_ids(tokenizer)

    def library(system: str | None, prompt: str, limit: int) -> str:
        return engine.generate(prompt, system=system, max_new_tokens=limit)  # type: ignore[attr-defined]

    def transformers_generate(system: str | None, prompt: str, limit: int) -> str:
        ids = torch.tensor([chat_prompt_ids(tokenizer, prompt, system)])
        with torch.inference_mode():
            out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=limit,
                                 do_sample=False, repetition_penalty=REPETITION_PENALTY, eos_token_id=stop,
                                 pad_token_id=tokenizer.pad_token_id or stop[0])
        return tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True).strip()

    def n_tokens(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False)["input_ids"]) + 1  # + the end of the turn

    sides = {"engine.generate (ct2 int8)": library, "transformers generate (fp32)": transformers_generate}
    per_token: dict[str, list[float]] = {name: [] for name in sides}
    first: dict[str, list[float]] = {name: [] for name in sides}
    answers: dict[str, list[str]] = {}
    for call in sides.values():  # warm-up: both models loaded, caches built
        call(None, "Say hello.", 4)
    for _ in range(repeats):
        for name, call in sides.items():
            full_s, first_s, decoded = 0.0, 0.0, 0
            outs = []
            for system, prompt, limit in PROMPTS:
                start = time.perf_counter()
                call(system, prompt, 1)
                first_s += time.perf_counter() - start
                start = time.perf_counter()
                text = call(system, prompt, limit)
                full_s += time.perf_counter() - start
                decoded += max(1, n_tokens(text) - 1)
                outs.append(text)
            first[name].append(first_s / len(PROMPTS))
            per_token[name].append(max(full_s - first_s, 1e-9) / decoded)
            answers[name] = outs
    fast, slow = list(sides)
    decode = Comparison(
        "text runtime: decode s/token, transformers / engine", Timing(fast, per_token[fast]),
        Timing(slow, per_token[slow]), 0.0, ">= 2.0x faster", False, unit="s/token",
        notes={"tokens_per_s_engine": 1 / _median(per_token[fast]), "tokens_per_s_transformers":
               1 / _median(per_token[slow]), "model": engine.describe()["llm"],
               "runtime": getattr(llm, "runtime", "?"), "threads_torch": torch.get_num_threads(),
               "answers_engine": answers[fast], "answers_transformers": answers[slow]})
    decode.ratio = _median(per_token[slow]) / _median(per_token[fast])
    decode.met = decode.ratio >= 2.0
    ttft = Comparison(
        "text runtime: time to first token, transformers / engine", Timing(fast, first[fast]),
        Timing(slow, first[slow]), 0.0, ">= 2.0x faster", False,
        notes={"prompts": len(PROMPTS)})
    ttft.ratio = _median(first[slow]) / _median(first[fast])
    ttft.met = ttft.ratio >= 2.0
    return [decode, ttft]


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


_SWEEP_CHILD = """
import os, sys, time
from wavllm_agent.engines.llm_runtime import load_text_llm
llm = load_text_llm(None, runtime="ct2", threads=int(sys.argv[1]))
system, prompt, _ = PROMPTS[0]
llm.generate(prompt, system=system, max_new_tokens=4)
start = time.perf_counter(); llm.generate(prompt, system=system, max_new_tokens=1); first = time.perf_counter() - start
start = time.perf_counter(); out = llm.generate(prompt, system=system, max_new_tokens=48)
full = time.perf_counter() - start
n = len(llm.tokenizer(out, add_special_tokens=False)["input_ids"])
print(f"{first:.3f} {(full - first) / max(n - 1, 1):.4f} {os.getloadavg()[0]:.1f}")
"""


def thread_sweep(rounds: int = 3) -> list[dict[str, Any]]:
    """CTranslate2 threads (1, all cores) x ``OMP_WAIT_POLICY`` (runtime default, PASSIVE), each setting
    in a fresh process (the policy is read when the OpenMP runtime loads), settings alternated."""
    import os
    import subprocess
    import sys

    from wavllm_agent.assets.ct2_llm import available_cores

    settings = [(t, policy) for t in sorted({1, available_cores()}) for policy in ("", "PASSIVE")]
    child = f"PROMPTS = {PROMPTS!r}\n{_SWEEP_CHILD}"
    rows: dict[tuple[int, str], list[tuple[float, float, float]]] = {s: [] for s in settings}
    for _ in range(rounds):
        for threads, policy in settings:
            # an empty value keeps the runtime's own default (and stops the engine from choosing PASSIVE)
            env = {**os.environ, "OMP_WAIT_POLICY": policy}
            out = subprocess.run([sys.executable, "-c", child, str(threads)], env=env, capture_output=True,
                                 text=True, check=True).stdout.split()
            rows[(threads, policy)].append((float(out[0]), float(out[1]), float(out[2])))
    return [{"threads": t, "OMP_WAIT_POLICY": p or "(default)",
             "first_token_s": _median([r[0] for r in rows[(t, p)]]),
             "tokens_per_s": 1 / _median([r[1] for r in rows[(t, p)]]),
             "load_average": _median([r[2] for r in rows[(t, p)]])} for t, p in settings]


if __name__ == "__main__":  # python -m benchmarks.text_runtime: the thread sweep
    import json

    print(json.dumps(thread_sweep(), indent=2))
