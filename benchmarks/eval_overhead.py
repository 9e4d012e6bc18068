"""``evaluate`` (durable per-row records, scoring, report) vs a bare ``run_task`` loop + WER.

Goal: time ratio <= 1.10 with the same WER: the evaluation harness (manifest reading, task
inference, an fsync per row, metrics.json and report.md) costs little next to the model.
Clips: the five LibriVox recordings of Debian's pocketsphinx-testdata (24.7 s of read speech),
called as users call them by default (no language given, as in ``asr_overhead``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.asr_overhead import clips
from benchmarks.common import Comparison, interleaved


def run(repeats: int = 5) -> list[Comparison]:
    from wavllm_agent import load_engine, run_task
    from wavllm_agent.data import ManifestRow, write_jsonl
    from wavllm_agent.evaluation import evaluate
    from wavllm_agent.evaluation.metrics.wer import word_error_rate

    pairs = clips()
    engine = load_engine("embedded")
    wers: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="wavllm-bench-") as tmp:
        manifest = Path(tmp) / "librivox.jsonl"
        write_jsonl([ManifestRow(id=str(i), audio=path, text=text, extra={"task": "asr"})
                     for i, (path, text) in enumerate(pairs)], manifest)

        def harness() -> None:
            result = evaluate(manifest, engine=engine, output=Path(tmp) / "report", restart=True, plots=False)
            wers["evaluate"] = result.metrics["wer"] or 0.0
            engine.close()

        def loop() -> None:
            hyps = [run_task("asr", path, engine).text for path, _ in pairs]
            wers["loop"] = word_error_rate([text for _, text in pairs], hyps).wer
            engine.close()

        subject, baseline = interleaved(("evaluate", harness), ("run_task loop + WER", loop), repeats=repeats)
    ratio = subject.median / baseline.median
    return [Comparison("eval: evaluate / run_task loop", subject, baseline, ratio, "<= 1.10, equal WER",
                       ratio <= 1.10 and abs(wers["evaluate"] - wers["loop"]) < 1e-9,
                       notes={"wer_evaluate": wers["evaluate"], "wer_loop": wers["loop"], "clips": len(pairs)})]
