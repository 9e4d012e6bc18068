"""Coverage-guided fuzzing of the audio loader with atheris (optional, longer than CI's budget).

    pip install atheris
    python fuzz/fuzz_audio.py -max_total_time=600 fuzz/corpus

Any exception other than ``AudioError`` (or a hang past the decode bound) is a bug: atheris stops
and writes the input that caused it. Seed the corpus with a few real files, e.g.
``cp examples/audio/* fuzz/corpus/``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["wavllm_agent"]):
    from wavllm_agent.audio import AudioLimits, load_audio
    from wavllm_agent.errors import AudioError

LIMITS = AudioLimits(max_bytes=4_000_000, max_seconds=120, decode_timeout=5)


def test_one_input(data: bytes) -> None:
    try:
        load_audio(data, limits=LIMITS)
    except AudioError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
