"""Shared helpers of the model benchmarks: arguments, threads, real speech, table and JSON output."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import Comparison, machine, table

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
RESULTS = Path(__file__).resolve().parent / "results"
INSTRUCTIONS = [
    "Based on the attached audio, generate a comprehensive text transcription of the spoken content.",
    "Is there only one speaker in the audio clip?",
    "Translate the audio clip into German.",
    "Can you describe the emotional condition of the speaker in the provided audio clip?",
    "Summarise the audio clip in at most twenty words.",
    "",
    "Transcribe the audio clip into text.",
    "What is the speaker talking about?",
]


def parse(description: str, argv: list[str] | None, **extra: Any) -> argparse.Namespace:
    """Options ``--threads``, ``--repeats``, ``--json``, plus ``extra``: name -> (type, default, help)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    parser.add_argument("--repeats", type=int, default=3, help="timed repeats (median and min-max reported)")
    parser.add_argument(
        "--json", type=Path, default=None, help="results file (default: benchmarks/model/results/)"
    )
    for name, (kind, default, text) in extra.items():
        parser.add_argument(f"--{name.replace('_', '-')}", type=kind, default=default, help=text)
    args = parser.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    return args


def speech_clips(count: int, seconds: float = 4.0) -> list[np.ndarray]:
    """``count`` real speech clips of about ``seconds`` each, of different lengths (LibriVox, cut and cycled).

    Falls back to tones where Debian's pocketsphinx-testdata is not installed.
    """
    import soundfile

    files = sorted(LIBRIVOX.glob("*.wav"))
    clips = []
    for index in range(count):
        length = int(seconds * 16000) + index * 1600
        if files:
            audio, _ = soundfile.read(files[index % len(files)], dtype="float32")
            start = (index // len(files)) * 8000
            clips.append(np.ascontiguousarray(audio[start : start + length]))
        else:
            t = np.arange(length) / 16000
            clips.append((0.1 * np.sin(2 * np.pi * (150 + 20 * index) * t)).astype(np.float32))
    return clips


def finish(name: str, results: list[Comparison], extra: dict[str, Any], out: Path | None) -> list[Comparison]:
    """Print the table, write the JSON (results, figures, machine), and return the comparisons."""
    import torch

    print(table(results))
    for key, value in extra.items():
        print(f"  {key}: {value}")
    path = out or RESULTS / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "benchmark": name,
        "machine": machine(),
        "torch_threads": torch.get_num_threads(),
        "results": [r.to_dict() for r in results],
        "figures": extra,
    }
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    print(f"(written to {path})")
    return results
