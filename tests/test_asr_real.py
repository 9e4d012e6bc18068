"""ASR on real human speech through the library, against faster-whisper called directly.

Threshold measured on this set (LibriVox x5 + CMU ARCTIC x2, Whisper tiny.en int8, beam 5):
corpus WER 3.3 % both through ``run_task`` and through faster-whisper directly. The test asserts
the library is no worse than the direct call and under 6 %.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import speech

from wavllm_agent import run_task
from wavllm_agent.audio import load_audio
from wavllm_agent.evaluation.metrics.wer import word_error_rate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def clips() -> list[speech.Clip]:
    return speech.librivox() + speech.arctic()


def test_wer_matches_faster_whisper_called_directly(clips: list[speech.Clip]) -> None:
    from faster_whisper import WhisperModel

    from wavllm_agent.assets.whisper import whisper_tiny_en_path

    refs = [c.text for c in clips]
    ours = [run_task("asr", c.path).text for c in clips]
    model = WhisperModel(str(whisper_tiny_en_path()), device="cpu", compute_type="int8")
    direct = [" ".join(s.text.strip() for s in model.transcribe(
        load_audio(c.path).samples, language="en", beam_size=5, vad_filter=True)[0]) for c in clips]
    ours_wer = word_error_rate(refs, ours).wer
    direct_wer = word_error_rate(refs, direct).wer
    print(f"WER through run_task {ours_wer:.2f} %, faster-whisper directly {direct_wer:.2f} %")
    assert ours_wer <= direct_wer + 1e-9
    assert ours_wer < 6.0


def test_release_asr_example(clips: list[speech.Clip]) -> None:
    path = speech.release("audio/asr.flac")
    reference = speech.release("asr.tsv").read_text().splitlines()[1].split("\t")[4]
    result = run_task("asr", path)
    assert word_error_rate([reference], [result.text]).wer < 10.0
    assert result.language == "en"
    # segments are timed, ordered, inside the clip, and together say the whole text
    starts = [s.start for s in result.segments]
    assert starts == sorted(starts) and result.segments[-1].end <= 10.5
    assert " ".join(s.text for s in result.segments) == result.text


def test_long_audio_keeps_every_part_with_timestamps(clips: list[speech.Clip]) -> None:
    """Over a minute of real speech (clips joined with pauses): nothing is cut, times increase."""
    import numpy as np

    pause = np.zeros(16000 * 2, dtype=np.float32)
    parts, refs = [], []
    for clip in clips[:5] * 3:
        parts += [load_audio(clip.path).samples, pause]
        refs.append(clip.text)
    joined = np.concatenate(parts)
    assert len(joined) / 16000 > 60
    result = run_task("asr", joined, sampling_rate=16000, language="en")
    assert word_error_rate([" ".join(refs)], [result.text]).wer < 10.0
    assert result.segments[-1].end > 55.0
    assert all(a.start <= b.start for a, b in zip(result.segments, result.segments[1:], strict=False))


def test_silence_gives_an_empty_transcript() -> None:
    import numpy as np

    for seconds in (1, 30):
        result = run_task("asr", np.zeros(16000 * seconds, dtype=np.float32), sampling_rate=16000)
        assert result.text == "" and result.segments == []


def test_cli_json_stdout_is_exactly_one_object(clips: list[speech.Clip]) -> None:
    out = subprocess.run([sys.executable, "-m", "wavllm_agent", "run", "asr", str(clips[0].path), "--json"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("\n") == 1
    data = json.loads(out.stdout)
    assert data["task"] == "asr" and "dashwood" in data["text"].lower()
