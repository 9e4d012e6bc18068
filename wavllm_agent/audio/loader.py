"""Decode any audio input into :class:`Audio` (mono float32, 16 kHz).

Files and byte strings are decoded through PyAV (FFmpeg), so wav, flac, mp3, ogg, m4a, webm and
whatever else FFmpeg reads all work. Limits are checked before decoding all of it: the byte size
first, then the duration the container declares, then the decoded length as it grows (a file that
lies in its header is still stopped), and a wall-clock bound on decoding.
"""

from __future__ import annotations

import io
import os
import re
import stat
import time
from pathlib import Path
from typing import IO, Any

import numpy as np

from wavllm_agent.audio.limits import AudioLimits
from wavllm_agent.audio.types import SAMPLE_RATE, Audio
from wavllm_agent.errors import AudioError, AudioLimitError

MIN_RATE, MAX_RATE = 1000, 768_000
"""Sample rates accepted for arrays (FFmpeg's range for real audio)."""

AudioInput = str | os.PathLike | bytes | bytearray | np.ndarray | Audio | IO[bytes]
"""What :func:`load_audio` accepts."""


def load_audio(
    source: AudioInput,
    *,
    sampling_rate: int | None = None,
    limits: AudioLimits | None = None,
) -> Audio:
    """Decode ``source`` into mono float32 audio at 16 kHz.

    Args:
        source: a path, the bytes of an encoded file, a binary file object, an array of samples
            (then ``sampling_rate`` is required), or an :class:`Audio` (returned as is).
        sampling_rate: the rate of an array input.
        limits: budgets; by default :meth:`AudioLimits.from_env`.

    Raises:
        AudioError: missing, unreadable, empty, undecodable input, no audio stream, NaN samples.
        AudioLimitError: over the byte-size or duration limit.
    """
    limits = limits or AudioLimits.from_env()
    if isinstance(source, Audio):
        _check_duration(source.duration, limits, source.source)
        return source
    if isinstance(source, np.ndarray):
        return _from_array(source, sampling_rate, limits)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if not data:
            raise AudioError("the audio data is empty (0 bytes)")
        if len(data) > limits.max_bytes:
            raise AudioLimitError(
                f"the audio data is {len(data)} bytes, over the limit of {limits.max_bytes}",
                hint="raise WAVLLM_AGENT_MAX_AUDIO_BYTES to accept it",
            )
        return _decode(io.BytesIO(data), "<bytes>", limits)
    if hasattr(source, "read"):
        return load_audio(source.read(), limits=limits)  # type: ignore[union-attr]
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        _check_file(path, limits)
        try:
            handle = open(path, "rb")
        except OSError as exc:
            raise AudioError(f"cannot read audio file {path}: {exc.strerror or exc}") from None
        with handle:
            return _decode(handle, str(path), limits)
    raise AudioError(f"unsupported audio input of type {type(source).__name__}")


def _check_file(path: Path, limits: AudioLimits) -> None:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise AudioError(f"audio file not found: {path}", hint="check the path") from None
    except OSError as exc:
        raise AudioError(f"cannot read audio file {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise AudioError(f"{path} is a folder, not an audio file")
    if not stat.S_ISREG(st.st_mode):
        # FIFOs and devices could block forever or never end.
        raise AudioError(f"{path} is not a regular file")
    if st.st_size == 0:
        raise AudioError(f"audio file {path} is empty (0 bytes)")
    if st.st_size > limits.max_bytes:
        raise AudioLimitError(
            f"audio file {path} is {st.st_size} bytes, over the limit of {limits.max_bytes}",
            hint="raise WAVLLM_AGENT_MAX_AUDIO_BYTES to accept it",
        )
    if not os.access(path, os.R_OK):
        raise AudioError(f"cannot read audio file {path}: permission denied")


def _check_duration(seconds: float, limits: AudioLimits, name: str) -> None:
    if seconds > limits.max_seconds:
        raise AudioLimitError(
            f"{name} lasts {seconds:.1f} s, over the limit of {limits.max_seconds:.0f} s",
            hint="split it, or raise WAVLLM_AGENT_MAX_AUDIO_SECONDS",
        )


def _declared_duration(container: Any, stream: Any) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000  # av.time_base
    return None


def _decode(handle: IO[bytes], name: str, limits: AudioLimits) -> Audio:
    import av  # deferred: PyAV loads FFmpeg's libraries

    try:
        container = av.open(handle, mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise AudioError(f"cannot decode {name}: not a readable audio file ({_reason(exc)})") from None
    with container:
        streams = [s for s in container.streams if s.type == "audio"]
        if not streams:
            raise AudioError(f"{name} has no audio stream")
        stream = streams[0]
        if stream.codec_context is None:  # e.g. a WAV header naming 0 bits per sample
            raise AudioError(f"cannot decode {name}: its audio codec is unknown or unsupported")
        declared = _declared_duration(container, stream)
        if declared is not None:
            _check_duration(declared, limits, name)
        rate = stream.codec_context.sample_rate or 0
        if rate and not MIN_RATE <= rate <= MAX_RATE:  # a damaged header: resampling from 1.8 GHz takes ~10 s
            raise AudioError(f"cannot decode {name}: it declares a sample rate of {rate} Hz, outside "
                             f"{MIN_RATE}-{MAX_RATE} Hz")
        channels = stream.codec_context.channels or 0
        samples = _decode_stream(container, stream, name, limits)
    if samples.size == 0:
        raise AudioError(f"{name} holds no audio samples")
    if not np.isfinite(samples).all():
        raise AudioError(f"{name} contains NaN or infinite samples")
    return Audio(samples, name, original_rate=rate or SAMPLE_RATE, original_channels=channels or 1)


def _decode_stream(container: Any, stream: Any, name: str, limits: AudioLimits) -> np.ndarray:
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    max_samples = int(limits.max_seconds * SAMPLE_RATE) + SAMPLE_RATE  # one second of slack
    deadline = time.monotonic() + limits.decode_timeout
    parts: list[np.ndarray] = []
    total = 0
    try:
        for frame in container.decode(stream):
            for out in resampler.resample(frame):
                chunk = out.to_ndarray().reshape(-1)
                parts.append(chunk)
                total += chunk.size
            if total > max_samples:
                _check_duration(total / SAMPLE_RATE, limits, name)
            if time.monotonic() > deadline:
                raise AudioError(
                    f"decoding {name} took over {limits.decode_timeout:.0f} s and was abandoned",
                    hint="raise WAVLLM_AGENT_DECODE_TIMEOUT if the file is sound",
                )
        for out in resampler.resample(None):
            parts.append(out.to_ndarray().reshape(-1))
    except av.error.FFmpegError as exc:
        if not parts:
            raise AudioError(f"cannot decode {name}: {_reason(exc)}") from None
        # A damaged tail after good audio: keep what decoded (as ffmpeg itself does).
    if not parts:
        return np.zeros(0, dtype=np.float32)
    return np.concatenate(parts).astype(np.float32, copy=False)


def _reason(exc: BaseException) -> str:
    """The library's own words for a failure, without FFmpeg's internal error number or the path."""
    text = getattr(exc, "strerror", None) or str(exc).strip() or type(exc).__name__
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", str(text).splitlines()[0])
    return text[:200]


def _from_array(array: np.ndarray, sampling_rate: int | None, limits: AudioLimits) -> Audio:
    if sampling_rate is None:
        raise AudioError("an array of samples needs its sampling_rate")
    if not isinstance(sampling_rate, (int, np.integer)) or not MIN_RATE <= sampling_rate <= MAX_RATE:
        raise AudioError(f"sampling_rate must be a whole number of Hz from {MIN_RATE} to {MAX_RATE}, "
                         f"got {sampling_rate!r}")
    if array.dtype.kind not in "iuf":
        raise AudioError(f"audio samples must be numbers, got dtype {array.dtype}")
    if array.ndim == 2:
        channel_axis = 0 if array.shape[0] < array.shape[1] else 1
        channels = array.shape[channel_axis]
        array = array.astype(np.float64).mean(axis=channel_axis) if channels > 1 else array.reshape(-1)
    elif array.ndim == 1:
        channels = 1
    else:
        raise AudioError(f"audio array must be 1-D or 2-D (samples x channels), got shape {array.shape}")
    if array.size == 0:
        raise AudioError("the audio array is empty")
    _check_duration(array.size / sampling_rate, limits, "<array>")
    if array.dtype.kind in "iu":
        info = np.iinfo(array.dtype)
        scale = float(max(abs(info.min), info.max))
        samples = array.astype(np.float32) / scale
    else:
        with np.errstate(over="ignore"):  # values beyond float32 become inf, refused just below
            samples = array.astype(np.float32)
    if not np.isfinite(samples).all():
        raise AudioError("the audio array contains NaN or infinite samples")
    if sampling_rate != SAMPLE_RATE:
        samples = _resample(samples, int(sampling_rate))
    return Audio(samples, "<array>", original_rate=int(sampling_rate), original_channels=channels)


def _resample(samples: np.ndarray, rate: int) -> np.ndarray:
    """Resample with FFmpeg's resampler (as for files): bounded memory for any pair of rates."""
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    parts = []
    step = rate * 10  # ten seconds per frame
    for start in range(0, len(samples), step):
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples[None, start:start + step]),
                                           format="flt", layout="mono")
        frame.sample_rate = rate
        parts += [out.to_ndarray().reshape(-1) for out in resampler.resample(frame)]
    parts += [out.to_ndarray().reshape(-1) for out in resampler.resample(None)]
    return np.concatenate(parts).astype(np.float32, copy=False) if parts else np.zeros(0, np.float32)
