"""Speak the fortune sentences with many espeak-ng voices: the ASR training set of the recipe.

    python examples/listening/make_speech.py runs/listening-data --n 6000

writes ``OUT/audio/*.wav`` (16 kHz), ``OUT/asr.jsonl`` (training rows: ``audio``, ``text``,
``task: asr``) and ``OUT/validation.jsonl`` (synthetic rows with a fixed prompt, spoken by voices
that no training row uses). Each clip draws a voice (an English accent of espeak-ng with one of its
voice variants), a speaking rate and a pitch, and half of the clips get background noise at 10-30 dB
SNR: the variety is what lets a model trained on synthetic speech hear real speakers.

The real speech the recipe is scored on (LibriVox, CMU ARCTIC, LibriSpeech: ``evaluate.py``) is
never spoken here; its transcripts (``held_out.txt``) are dropped from the sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import soundfile

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sentences import corpus  # noqa: E402

from wavllm_agent.engines.wavllm import ASR_INSTRUCTION  # noqa: E402
from wavllm_agent.training.synth import speak  # noqa: E402

ACCENTS = ("en-us", "en-gb", "en-gb-scotland", "en-gb-x-rp", "en-029", "en-gb-x-gbclan", "en-gb-x-gbcwmd")
VARIANTS = ("m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "klatt", "klatt2", "klatt3",
            "adam", "Alex", "Andy", "Annie", "aunty", "benjamin", "caleb", "david", "ed", "edward", "Gene", "john",
            "Lee", "linda", "max", "Michael", "paul", "quincy", "rob", "robert", "steph", "travis", "norbert")
HELD_OUT_VARIANTS = ("f5", "m8", "klatt4", "belinda", "victor", "shelby")
"""Voice variants only the validation rows use."""


def _noisy(path: Path, rng: random.Random) -> None:
    """Add white noise at a random SNR between 10 and 30 dB to the clip at ``path``."""
    audio, rate = soundfile.read(str(path), dtype="float32")
    power = float(np.mean(audio**2)) or 1e-8
    snr = rng.uniform(10.0, 30.0)
    noise = np.random.default_rng(rng.randrange(2**32)).standard_normal(len(audio)).astype(np.float32)
    noisy = np.clip(audio + noise * np.sqrt(power / 10 ** (snr / 10)), -1.0, 1.0)
    soundfile.write(str(path), noisy, rate, subtype="PCM_16")


def phrase(sentence: str, rng: random.Random) -> str:
    """A run of 2 to 5 words of ``sentence``, without the punctuation at its ends (short rows start
    the model on word-sized pieces of speech)."""
    words = sentence.split()
    size = min(len(words), rng.randint(2, 5))
    start = rng.randint(0, len(words) - size)
    return " ".join(words[start:start + size]).strip(",.;:!?'- ")


def _make(job: tuple[str, str, Path, int, bool]) -> dict[str, object]:
    """Speak one row (run in a worker process)."""
    name, text, out, seed, validation = job
    rng = random.Random(seed)
    variant = rng.choice(HELD_OUT_VARIANTS if validation else VARIANTS)
    voice = f"{rng.choice(ACCENTS)}+{variant}"
    path = out / "audio" / f"{name}.wav"
    seconds = speak(text, path, voice=voice, speed=rng.randint(120, 200), pitch=rng.randint(25, 75))
    if rng.random() < 0.5:
        _noisy(path, rng)
    row: dict[str, object] = {"id": name, "audio": f"audio/{name}.wav", "text": text, "task": "asr",
                              "duration": round(seconds, 3), "voice": voice}
    if validation:
        row["prompt"] = ASR_INSTRUCTION
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=6000, help="training rows")
    parser.add_argument("--validation", type=int, default=32, help="validation rows")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2, help="espeak-ng processes")
    parser.add_argument("--phrases", type=float, default=0.3,
                        help="share of training rows that speak a 2-5 word run of a sentence")
    parser.add_argument("--exclude", type=Path, action="append",
                        default=[Path(__file__).with_name("held_out.txt")],
                        help="a text file whose lines must not be spoken (default: held_out.txt, the "
                             "transcripts evaluate.py scores on)")
    args = parser.parse_args(argv)

    excluded = {line.strip().lower() for path in args.exclude for line in path.read_text().splitlines()}
    texts = [s for s in corpus() if s.lower() not in excluded]
    random.Random(args.seed).shuffle(texts)
    if len(texts) < args.n + args.validation:
        raise SystemExit(f"only {len(texts)} sentences for {args.n} + {args.validation} rows")
    jobs = [(f"val-{i:05d}", text, args.out, args.seed * 1_000_003 + i, True)
            for i, text in enumerate(texts[: args.validation])]
    picker = random.Random(args.seed + 1)
    train = [phrase(text, picker) if picker.random() < args.phrases else text
             for text in texts[args.validation: args.validation + args.n]]
    jobs += [(f"train-{i:05d}", text, args.out, args.seed * 1_000_003 + 500_000 + i, False)
             for i, text in enumerate(train)]
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(_make, jobs, chunksize=32))
    for name, chosen in (("validation", rows[: args.validation]), ("asr", rows[args.validation:])):
        (args.out / f"{name}.jsonl").write_text("".join(json.dumps(row) + "\n" for row in chosen))
    hours = sum(float(row["duration"]) for row in rows[args.validation:]) / 3600  # type: ignore[arg-type]
    print(json.dumps({"train_rows": args.n, "validation_rows": args.validation, "train_hours": round(hours, 2)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
