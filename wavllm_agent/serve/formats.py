"""Transcript response formats: json, text, srt, vtt and verbose_json, in OpenAI's shapes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wavllm_agent.results import Segment

FORMATS = ("json", "text", "srt", "vtt", "verbose_json")


def _clock(seconds: float, sep: str) -> str:
    millis = int(round(max(0.0, seconds) * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{millis:03d}"


def srt(segments: Sequence[Segment]) -> str:
    """SubRip subtitles, one cue per segment."""
    cues = [f"{i}\n{_clock(s.start, ',')} --> {_clock(s.end, ',')}\n{s.text.strip()}\n"
            for i, s in enumerate(segments, 1)]
    return "\n".join(cues)


def vtt(segments: Sequence[Segment]) -> str:
    """WebVTT subtitles, one cue per segment."""
    cues = [f"{_clock(s.start, '.')} --> {_clock(s.end, '.')}\n{s.text.strip()}\n" for s in segments]
    return "WEBVTT\n\n" + "\n".join(cues)


def verbose(task: str, text: str, language: str | None, duration: float,
            segments: Sequence[Segment], words: Sequence[Any] | None = None) -> dict[str, Any]:
    """``verbose_json``: text, language, duration and segments (the fields OpenAI's clients parse).

    Engines give segment times, not token ids or log-probabilities: ``tokens`` is empty and
    ``avg_logprob``, ``compression_ratio`` and ``no_speech_prob`` are 0. ``words`` (objects with
    ``word``, ``start`` and ``end``), when given, are listed at the top level, as OpenAI lists them
    for ``timestamp_granularities[]=word``.
    """
    rows = [{"id": i, "seek": 0, "start": s.start, "end": s.end, "text": s.text, "tokens": [],
             "temperature": 0.0, "avg_logprob": 0.0, "compression_ratio": 0.0, "no_speech_prob": 0.0}
            for i, s in enumerate(segments)]
    out: dict[str, Any] = {"task": task, "language": language or "", "duration": round(duration, 3),
                           "text": text, "segments": rows}
    if words is not None:
        out["words"] = [{"word": w.word, "start": w.start, "end": w.end} for w in words]
    out["usage"] = {"type": "duration", "seconds": round(duration, 3)}
    return out
