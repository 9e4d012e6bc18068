"""Audio input: every format, bytes, arrays, rates, channels; every kind of bad input."""

from __future__ import annotations

import io
import os
import wave
from pathlib import Path

import av
import numpy as np
import pytest
import speech

from wavllm_agent.audio import SAMPLE_RATE, Audio, AudioLimits, load_audio
from wavllm_agent.errors import AudioError, AudioLimitError, UsageError

FORMATS = {  # extension -> (container format, codec)
    "wav": ("wav", "pcm_s16le"), "flac": ("flac", "flac"), "mp3": ("mp3", "libmp3lame"),
    "ogg": ("ogg", "libopus"), "m4a": ("ipod", "aac"), "webm": ("webm", "libopus"),
}


def encode(samples: np.ndarray, rate: int, path: Path, container: str, codec: str, channels: int = 1) -> Path:
    """Encode float samples [-1, 1] with PyAV (the same FFmpeg the loader uses)."""
    layout = {1: "mono", 2: "stereo", 6: "5.1"}[channels]
    data = np.tile(samples.astype(np.float32)[None, :], (channels, 1))
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=48000 if codec == "libopus" else rate, layout=layout)
        frame = av.AudioFrame.from_ndarray(data, format="fltp", layout=layout)
        frame.sample_rate = rate
        if codec == "libopus" and rate != 48000:
            resampler = av.AudioResampler(format="fltp", layout=layout, rate=48000)
            frames = resampler.resample(frame)
        else:
            frames = [frame]
        for f in frames:
            for packet in stream.encode(f):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


@pytest.fixture(scope="module")
def real_clip() -> Audio:
    return load_audio(speech.librivox()[1].path)


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_every_format_decodes_to_the_same_speech(ext: str, real_clip: Audio, tmp_path: Path) -> None:
    container, codec = FORMATS[ext]
    path = encode(real_clip.samples, SAMPLE_RATE, tmp_path / f"clip.{ext}", container, codec)
    audio = load_audio(path)
    assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1
    # lossy codecs add priming samples and shift a little; the duration must stay within 100 ms
    assert abs(audio.duration - real_clip.duration) < 0.1
    n = min(len(audio.samples), len(real_clip.samples))
    energy = lambda x: float(np.sqrt(np.mean(x[:n] ** 2)))  # noqa: E731
    assert energy(audio.samples) == pytest.approx(energy(real_clip.samples), rel=0.2)


@pytest.mark.parametrize("rate", [8000, 22050, 44100, 48000])
def test_rates_are_resampled_to_16k(rate: int, tmp_path: Path) -> None:
    t = np.arange(int(rate * 1.5)) / rate
    tone = 0.5 * np.sin(2 * np.pi * 440 * t)
    audio = load_audio(encode(tone, rate, tmp_path / "tone.wav", "wav", "pcm_s16le"))
    assert audio.original_rate == rate
    assert len(audio.samples) == pytest.approx(1.5 * SAMPLE_RATE, abs=20)
    spectrum = np.abs(np.fft.rfft(audio.samples))
    peak_hz = np.argmax(spectrum) * SAMPLE_RATE / len(audio.samples)
    assert abs(peak_hz - 440) < 5


def test_six_channels_are_mixed_down(tmp_path: Path) -> None:
    tone = 0.3 * np.sin(2 * np.pi * 300 * np.arange(16000) / 16000)
    audio = load_audio(encode(tone, 16000, tmp_path / "six.wav", "wav", "pcm_s16le", channels=6))
    assert audio.original_channels == 6 and audio.samples.ndim == 1
    assert float(np.max(np.abs(audio.samples))) > 0.05


def test_bytes_and_file_objects(real_clip: Audio) -> None:
    data = speech.librivox()[1].path.read_bytes()
    assert np.array_equal(load_audio(data).samples, real_clip.samples)
    assert np.array_equal(load_audio(io.BytesIO(data)).samples, real_clip.samples)


def test_arrays_need_a_rate_and_are_resampled() -> None:
    with pytest.raises(AudioError, match="sampling_rate"):
        load_audio(np.zeros(100, dtype=np.float32))
    pcm = (np.sin(np.arange(44100) / 10) * 20000).astype(np.int16)
    audio = load_audio(pcm, sampling_rate=44100)
    assert len(audio.samples) == pytest.approx(16000, abs=2)
    assert 0.5 < float(np.max(np.abs(audio.samples))) <= 1.0  # int16 scaled into [-1, 1]
    stereo = np.stack([pcm, pcm], axis=1)
    assert load_audio(stereo, sampling_rate=44100).original_channels == 2


def write_wav(path: Path, data: bytes, *, rate: int = 16000, width: int = 2) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(data)
    return path


def nan_wav(path: Path) -> Path:
    """A 32-bit float WAV whose samples are all NaN."""
    samples = np.full(1600, np.nan, dtype=np.float32)
    with av.open(str(path), "w", format="wav") as out:
        stream = out.add_stream("pcm_f32le", rate=16000, layout="mono")
        frame = av.AudioFrame.from_ndarray(samples[None, :], format="flt", layout="mono")
        frame.sample_rate = 16000
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return path


def put(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BAD_INPUTS = {
    "missing": lambda d: d / "nope.wav",
    "empty file": lambda d: put(d / "empty.wav", b""),
    "folder": lambda d: d,
    "random bytes": lambda d: put(d / "noise.wav", os.urandom(4096)),
    "text named mp3": lambda d: put(d / "notes.mp3", b"not audio at all\n" * 50),
    "truncated header": lambda d: put(d / "trunc.wav", write_wav(d / "full.wav", b"\x01\x00" * 8000).read_bytes()[:30]),
    "nan floats": lambda d: nan_wav(d / "nan.wav"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_raises_audio_error(case: str, tmp_path: Path) -> None:
    path = BAD_INPUTS[case](tmp_path)
    with pytest.raises(AudioError) as info:
        load_audio(path)
    assert isinstance(info.value, UsageError) and info.value.exit_code == 2
    assert path.name in str(info.value)  # the message names the file


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_wav(tmp_path / "locked.wav", b"\x00\x01" * 1600)
    path.chmod(0)
    if os.access(path, os.R_OK):  # root ignores permission bits: make the check see them
        monkeypatch.setattr("wavllm_agent.audio.loader.os.access", lambda *_: False)
    try:
        with pytest.raises(AudioError, match="permission"):
            load_audio(path)
    finally:
        path.chmod(0o644)


def test_empty_bytes_and_empty_array() -> None:
    with pytest.raises(AudioError, match="empty"):
        load_audio(b"")
    with pytest.raises(AudioError, match="empty"):
        load_audio(np.zeros(0, dtype=np.float32), sampling_rate=16000)


def test_no_audio_stream(tmp_path: Path) -> None:
    path = tmp_path / "video.webm"
    with av.open(str(path), "w", format="webm") as out:
        stream = out.add_stream("libvpx", rate=5)
        stream.width, stream.height, stream.pix_fmt = 32, 32, "yuv420p"
        for i in range(3):
            frame = av.VideoFrame.from_ndarray(np.full((32, 32, 3), i * 40, np.uint8), format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    with pytest.raises(AudioError, match="no audio stream"):
        load_audio(path)


def test_a_header_with_an_impossible_sample_rate_is_refused() -> None:
    buf = io.BytesIO()  # a damaged WAV header (found by the fuzz test): 1.8 GHz; resampling from it took ~10 s
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(1_795_178_112)
        w.writeframes(b"\x10\x00" * 8000)
    with pytest.raises(AudioError, match="sample rate of 1795178112 Hz"):
        load_audio(buf.getvalue())


def test_one_millisecond_is_valid(tmp_path: Path) -> None:
    audio = load_audio(write_wav(tmp_path / "ms.wav", b"\x10\x00" * 16))
    assert len(audio.samples) == 16


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "big.wav", b"\x00\x00" * 16000)
    with pytest.raises(AudioLimitError, match="bytes"):
        load_audio(path, limits=AudioLimits(max_bytes=1000))


def test_duration_limit_refuses_three_hours_before_decoding_it(tmp_path: Path) -> None:
    # Three hours of digital silence compress to a small FLAC; the header declares the length,
    # so the loader must refuse it without decoding 172 million samples.
    path = tmp_path / "three-hours.flac"
    rate = 8000
    with av.open(str(path), "w", format="flac") as out:
        stream = out.add_stream("flac", rate=rate, layout="mono")
        block = np.zeros((1, rate * 60), dtype=np.int16)
        for _ in range(180):
            frame = av.AudioFrame.from_ndarray(block, format="s16", layout="mono")
            frame.sample_rate = rate
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    assert path.stat().st_size < 5_000_000
    import tracemalloc

    tracemalloc.start()
    with pytest.raises(AudioLimitError, match="lasts"):
        load_audio(path, limits=AudioLimits(max_seconds=3600))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 50_000_000  # refused from the header, not after decoding it all


def test_duration_limit_also_holds_while_decoding(tmp_path: Path) -> None:
    # A raw stream with no declared duration is stopped as soon as the decoded audio passes the limit.
    path = tmp_path / "long.wav"
    write_wav(path, b"\x00\x00" * 16000 * 30)
    data = bytearray(path.read_bytes())
    data[40:44] = (0xFFFFFFFF).to_bytes(4, "little")  # "unknown" data size, as streaming writers do
    data[4:8] = (0xFFFFFFFF).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(AudioLimitError):
        load_audio(path, limits=AudioLimits(max_seconds=10))


def test_audio_windows_cover_everything() -> None:
    audio = load_audio(np.ones(16000 * 65, dtype=np.float32) * 0.1, sampling_rate=16000)
    windows = list(audio.windows(30))
    assert [round(start) for start, _ in windows] == [0, 30, 60]
    assert sum(len(w.samples) for _, w in windows) == len(audio.samples)


def test_silence_is_detected() -> None:
    assert load_audio(np.zeros(16000, np.float32), sampling_rate=16000).is_silent()
    assert not load_audio(np.full(16000, 0.1, np.float32), sampling_rate=16000).is_silent()
