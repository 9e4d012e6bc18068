"""ASR through ``run_task`` vs faster-whisper called directly: same clips, same settings, warm.

Goal: time ratio <= 1.10 and equal WER. Clips: the five LibriVox recordings of Debian's
pocketsphinx-testdata (real read speech, 24.7 s in all).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Comparison, interleaved

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")


def clips() -> list[tuple[Path, str]]:
    listing = (LIBRIVOX / "transcription").read_text().splitlines()
    out = []
    for line in listing:
        text, _, name = line.rpartition("(")
        out.append((LIBRIVOX / f"{name.strip(' )')}.wav", text.replace("<s>", "").replace("</s>", "").strip()))
    return out


def run(repeats: int = 5) -> list[Comparison]:
    from wavllm_agent import load_engine, run_task
    from wavllm_agent.assets.whisper import load_faster_whisper
    from wavllm_agent.audio import load_audio
    from wavllm_agent.evaluation.metrics.wer import word_error_rate

    pairs = clips()
    engine = load_engine("embedded")
    model = load_faster_whisper("whisper-tiny.en")  # the very model object the engine uses
    hyps: dict[str, list[str]] = {}

    def ours() -> None:
        # from the file, through the library: decoding, task, engine, result objects
        hyps["ours"] = [run_task("asr", path, engine, language="en").text for path, _ in pairs]
        engine.close()  # no transcript cache between repeats

    def direct() -> None:
        out = []
        for path, _ in pairs:
            samples = load_audio(path).samples
            segments, _ = model.transcribe(samples, language="en", beam_size=5, vad_filter=True)
            out.append(" ".join(s.text.strip() for s in segments if s.text.strip()))
        hyps["direct"] = out

    subject, baseline = interleaved(("run_task", ours), ("faster-whisper direct", direct), repeats=repeats)
    refs = [text for _, text in pairs]
    wer_ours = word_error_rate(refs, hyps["ours"]).wer
    wer_direct = word_error_rate(refs, hyps["direct"]).wer
    ratio = subject.median / baseline.median
    return [Comparison("asr: run_task / faster-whisper", subject, baseline, ratio, "<= 1.10, equal WER",
                       ratio <= 1.10 and abs(wer_ours - wer_direct) < 1e-9,
                       notes={"wer_run_task": wer_ours, "wer_direct": wer_direct,
                              "audio_seconds": 24.7, "clips": len(pairs)})]
