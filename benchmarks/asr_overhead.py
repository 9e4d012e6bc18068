"""ASR through ``run_task`` vs faster-whisper called directly: same clips, same settings, warm.

The subject is the call users make by default, ``run_task("asr", path)`` with no language: the
engine must find out that the speech is English (it identifies the language only when Whisper
tiny.en's own decoding sounds unsure). The baseline is faster-whisper's tiny.en told the language.

Goal: time ratio <= 1.10 and the very same transcripts. Clips: the five LibriVox recordings of
Debian's pocketsphinx-testdata (real read speech, 24.7 s in all).
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
    engine = load_engine()  # the default engine, which run_task("asr", path) uses
    model = load_faster_whisper("whisper-tiny.en")  # the very model object the engine uses
    hyps: dict[str, list[str]] = {}
    identified: list[object] = []
    detect_language = engine.detect_language

    def counting_detect_language(audio: object) -> tuple[str, float]:
        identified.append(audio)
        return detect_language(audio)

    engine.detect_language = counting_detect_language  # counted, not changed

    def ours() -> None:
        # from the file, through the library, as users call it: decoding, task, engine (language
        # handling included), result objects
        hyps["ours"] = [run_task("asr", path).text for path, _ in pairs]
        engine.close()  # no transcript cache between repeats

    def direct() -> None:
        out = []
        for path, _ in pairs:
            samples = load_audio(path).samples
            segments, _ = model.transcribe(samples, language="en", beam_size=5, vad_filter=True)
            out.append(" ".join(s.text.strip() for s in segments if s.text.strip()))
        hyps["direct"] = out

    try:
        subject, baseline = interleaved(("run_task (default)", ours), ("faster-whisper direct", direct),
                                        repeats=repeats)
    finally:
        del engine.detect_language  # the engine's own method again
    refs = [text for _, text in pairs]
    wer_ours = word_error_rate(refs, hyps["ours"]).wer
    wer_direct = word_error_rate(refs, hyps["direct"]).wer
    ratio = subject.median / baseline.median
    return [Comparison("asr: run_task / faster-whisper", subject, baseline, ratio,
                       "<= 1.10, same transcripts", ratio <= 1.10 and hyps["ours"] == hyps["direct"],
                       notes={"wer_run_task": wer_ours, "wer_direct": wer_direct,
                              "same_transcripts": hyps["ours"] == hyps["direct"],
                              "language_identifications": len(identified),
                              "audio_seconds": 24.7, "clips": len(pairs)})]
