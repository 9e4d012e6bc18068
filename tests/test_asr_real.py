"""ASR on real human speech through the library, against faster-whisper called directly.

The yardstick is faster-whisper called directly in the same test, on the same clips, with the same
model and settings (Whisper tiny.en, int8, beam 5, VAD): the library must give the very same
transcripts, so nothing it adds (decoding the file, the default language handling, the result
objects) may cost a word. That holds on any CPU.

Absolute WER is a property of the CPU's int8 kernels, not of the library. On this set (LibriVox x5
+ CMU ARCTIC x2, 91 words: one word is 1.1 points) it measured 3.30 % on an Intel Xeon and on an AMD
EPYC with CTranslate2's default kernels, 5.49 % on that EPYC with the AVX-512 or MKL kernels forced
(``CT2_FORCE_CPU_ISA``, ``CT2_USE_MKL``), and 6.59 % on another AMD EPYC. The absolute bounds below
only catch a broken model or pipeline; each says its margin.

Whisper's temperature fallback samples: a segment whose beam search looks wrong (low log-probability,
high compression) is decoded again at temperature 0.2, 0.4, ... The release's sv.wav ends with such a
segment; faster-whisper called directly gives "... I think that." in one call and "... And I think that
the…" in the next, in the same process, and seeding CTranslate2's generator does not fix it (its worker
threads sample). So on that clip the library is held to faster-whisper's segments up to the first one it
sampled (:func:`assert_same_as_direct`); the beam-searched segments are deterministic.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import speech

from wavllm_agent import run_task
from wavllm_agent.audio import load_audio
from wavllm_agent.evaluation.metrics.wer import word_error_rate

pytestmark = pytest.mark.slow

CORPUS_WER_LIMIT = 12.0
"""Nearly twice the worst WER measured on any machine (6.59 %): five words more than that."""


@pytest.fixture(scope="module")
def clips() -> list[speech.Clip]:
    return speech.librivox() + speech.arctic()


@pytest.fixture(scope="module")
def direct() -> object:
    """Transcribe a file with faster-whisper called directly (tiny.en, the library's settings)."""
    from faster_whisper import WhisperModel

    from wavllm_agent.assets.whisper import whisper_tiny_en_path

    model = WhisperModel(str(whisper_tiny_en_path()), device="cpu", compute_type="int8")

    def transcribe(path: Path) -> str:
        return " ".join(text for text, _ in transcribe_segments(path))

    def transcribe_segments(path: Path) -> list[tuple[str, float]]:
        segments, _ = model.transcribe(load_audio(path).samples, language="en", beam_size=5, vad_filter=True)
        return [(s.text.strip(), s.temperature) for s in segments if s.text.strip()]

    transcribe.segments = transcribe_segments
    return transcribe


def assert_same_as_direct(result, direct_segments: list[tuple[str, float]]) -> None:
    """The library's segments are faster-whisper's, up to the first one faster-whisper sampled (the module
    docstring says why); all of them when it sampled none."""
    sure = 0
    while sure < len(direct_segments) and direct_segments[sure][1] == 0.0:
        sure += 1
    ours = [s.text for s in result.segments]
    if sure == len(direct_segments):
        assert ours == [text for text, _ in direct_segments]
    else:
        assert ours[:sure] == [text for text, _ in direct_segments[:sure]] and len(ours) > sure, ours


@pytest.fixture
def engine() -> object:
    """A fresh embedded engine (no transcripts cached from other tests)."""
    from wavllm_agent.engines.embedded import EmbeddedEngine

    engine = EmbeddedEngine()
    yield engine
    engine.close()


def test_wer_matches_faster_whisper_called_directly(clips: list[speech.Clip], direct) -> None:
    refs = [c.text for c in clips]
    ours = [run_task("asr", c.path).text for c in clips]  # the default call: no language given
    theirs = [direct(c.path) for c in clips]
    ours_wer = word_error_rate(refs, ours).wer
    direct_wer = word_error_rate(refs, theirs).wer
    print(f"WER through run_task {ours_wer:.2f} %, faster-whisper directly {direct_wer:.2f} %")
    assert ours == theirs
    assert ours_wer == direct_wer < CORPUS_WER_LIMIT


def test_default_call_on_clear_english_identifies_no_language(clips: list[speech.Clip], engine) -> None:
    """Clear English costs one tiny.en pass, as faster-whisper directly: no Whisper base pass first."""
    calls: list[object] = []

    def detect_language(audio: object) -> tuple[str, float]:
        calls.append(audio)
        return "en", 1.0

    engine.detect_language = detect_language
    results = [run_task("asr", c.path, engine) for c in speech.librivox()]
    assert calls == [] and all(r.language == "en" and r.text for r in results)


@pytest.mark.parametrize("name", ["asr.flac", "st.flac", "sv.wav", "sqqa.wav"])
def test_release_english_examples_by_default_as_english(name: str, direct, engine) -> None:
    """The release's English speech, confident or not (st.flac's "Should be alright." is not), comes
    out exactly as faster-whisper's English transcription."""
    path = speech.release(f"audio/{name}")
    result = run_task("asr", path, engine)
    assert result.language == "en"
    assert_same_as_direct(result, direct.segments(path))


FOREIGN = [
    ("fr", "Bonjour, je m'appelle Marie et j'habite à Paris.", ("bonjour", "paris")),
    ("es", "Buenos días. Me llamo Carlos y vivo en Madrid.", ("buenos", "madrid")),
]


@pytest.mark.parametrize(("lang", "sentence", "words"), FOREIGN, ids=[f[0] for f in FOREIGN])
def test_default_call_transcribes_other_languages_in_their_own(lang: str, sentence: str, words: tuple[str, ...],
                                                               tmp_path: Path, engine) -> None:
    """espeak-ng French and Spanish (slow, with word gaps: what Whisper base identifies reliably): identified,
    and transcribed exactly as faster-whisper's multilingual model called directly in that language (the
    baseline, run here: int8 kernels differ between machines - an AMD EPYC drops the French "Bonjour", an
    Intel Xeon keeps it - so the words themselves are held only loosely)."""
    from faster_whisper import WhisperModel

    from wavllm_agent.assets.whisper import whisper_base_path

    path = speech.espeak(sentence, tmp_path / f"{lang}.wav", voice=lang, speed=120, gap=8)
    result = run_task("asr", path, engine)
    assert result.language == lang, result.text
    model = WhisperModel(str(whisper_base_path()), device="cpu", compute_type="int8")
    segments, _ = model.transcribe(load_audio(path).samples, language=lang, beam_size=5, vad_filter=True)
    assert result.text == " ".join(s.text.strip() for s in segments if s.text.strip())
    assert any(w in result.text.lower() for w in words), result.text


def test_release_asr_example(direct) -> None:
    path = speech.release("audio/asr.flac")
    reference = speech.release("asr.tsv").read_text().splitlines()[1].split("\t")[4]
    result = run_task("asr", path)
    wer = word_error_rate([reference], [result.text]).wer
    print(f"release asr.flac WER {wer:.2f} %")
    assert_same_as_direct(result, direct.segments(path))
    # 28 words, one is 3.6 points: measured 3.6 % (one word) with both kernel sets above; the bound
    # lets two words more through, for other CPUs, and no mangled transcript
    assert wer < 11.0
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
    wer = word_error_rate([" ".join(refs)], [result.text]).wer
    print(f"joined LibriVox WER {wer:.2f} %")
    # 213 words: measured 1.4 % (3 words) with both kernel sets above; 6 % leaves nine words for
    # other CPUs, while a clip cut off (8 to 21 words) comes near or over it
    assert wer < 6.0
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
