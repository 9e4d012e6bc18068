"""What the GE2E speaker encoder hears: volume-normalised, silence-trimmed 40-band mel frames.

The same preprocessing as Resemblyzer (``resemblyzer/audio.py`` and ``hparams.py``), in numpy,
without librosa or webrtcvad:

* volume raised (never lowered) to -30 dBFS;
* long silences cut with a voice activity detector. Resemblyzer uses webrtcvad (30 ms windows,
  a moving average, gaps up to ~180 ms kept). webrtcvad is not installed here, so this uses the
  Silero VAD bundled with faster-whisper (``faster_whisper.vad``) with settings that keep the same
  shape of result: gaps shorter than 200 ms stay, longer ones shrink to 2 x 90 ms of padding;
* a power mel spectrogram equal to ``librosa.feature.melspectrogram(sr=16000, n_fft=400,
  hop_length=160, n_mels=40)``: periodic Hann window, centred frames padded with zeros (librosa
  >= 0.10's default), power 2, Slaney mel scale with Slaney area normalisation.
"""

from __future__ import annotations

import numpy as np

SAMPLE_RATE = 16_000
N_FFT = 400  # 25 ms windows
HOP_LENGTH = 160  # 10 ms hop
N_MELS = 40
TARGET_DBFS = -30.0
_INT16_MAX = 2**15 - 1


def hz_to_mel_slaney(hz: np.ndarray | float) -> np.ndarray:
    """Slaney's mel scale (librosa's default): linear below 1 kHz, logarithmic above."""
    hz = np.asarray(hz, dtype=np.float64)
    f_sp = 200.0 / 3
    min_log_hz, min_log_mel, logstep = 1000.0, 1000.0 / f_sp, np.log(6.4) / 27.0
    linear = hz / f_sp
    logarithmic = min_log_mel + np.log(np.maximum(hz, min_log_hz) / min_log_hz) / logstep
    return np.where(hz >= min_log_hz, logarithmic, linear)


def mel_to_hz_slaney(mel: np.ndarray | float) -> np.ndarray:
    """Inverse of :func:`hz_to_mel_slaney`."""
    mel = np.asarray(mel, dtype=np.float64)
    f_sp = 200.0 / 3
    min_log_hz, min_log_mel, logstep = 1000.0, 1000.0 / f_sp, np.log(6.4) / 27.0
    linear = f_sp * mel
    logarithmic = min_log_hz * np.exp(logstep * (mel - min_log_mel))
    return np.where(mel >= min_log_mel, logarithmic, linear)


def slaney_mel_filterbank(sample_rate: int = SAMPLE_RATE, n_fft: int = N_FFT,
                          n_mels: int = N_MELS, fmin: float = 0.0,
                          fmax: float | None = None) -> np.ndarray:
    """Triangular mel filters ``[n_mels, n_fft // 2 + 1]``, Slaney scale, Slaney area norm.

    Filter ``i`` rises from mel point ``i`` to ``i + 1`` and falls to ``i + 2`` (points evenly
    spaced in mel), scaled by ``2 / (f[i + 2] - f[i])`` so each filter has unit area in Hz.
    """
    fmax = sample_rate / 2 if fmax is None else fmax
    fft_freqs = np.linspace(0.0, sample_rate / 2, n_fft // 2 + 1)
    mel_points = np.linspace(hz_to_mel_slaney(fmin), hz_to_mel_slaney(fmax), n_mels + 2)
    hz_points = mel_to_hz_slaney(mel_points)
    widths = np.diff(hz_points)
    ramps = hz_points[:, None] - fft_freqs[None, :]
    weights = np.zeros((n_mels, len(fft_freqs)))
    for i in range(n_mels):
        rising = -ramps[i] / widths[i]
        falling = ramps[i + 2] / widths[i + 1]
        weights[i] = np.maximum(0.0, np.minimum(rising, falling))
    weights *= (2.0 / (hz_points[2:] - hz_points[:-2]))[:, None]
    return weights.astype(np.float32)


_FILTERBANK = slaney_mel_filterbank()
_WINDOW = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)


def mel_power_spectrogram(wav: np.ndarray) -> np.ndarray:
    """Power mel spectrogram ``[frames, 40]`` of 16 kHz audio (not log), as Resemblyzer feeds it.

    ``frames = 1 + len(wav) // 160`` (centred frames).
    """
    wav = np.asarray(wav, dtype=np.float32)
    padded = np.pad(wav, (N_FFT // 2, N_FFT // 2), mode="constant")
    n_frames = 1 + (len(padded) - N_FFT) // HOP_LENGTH
    frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP_LENGTH][:n_frames]
    spectrum = np.fft.rfft(frames * _WINDOW, axis=1)
    power = (spectrum.real**2 + spectrum.imag**2).astype(np.float32)
    return power @ _FILTERBANK.T


def normalize_volume(wav: np.ndarray, target_dbfs: float = TARGET_DBFS) -> np.ndarray:
    """Raise the level to ``target_dbfs`` (RMS re full scale); louder audio is left unchanged."""
    wav = np.asarray(wav, dtype=np.float32)
    rms = float(np.sqrt(np.mean((wav.astype(np.float64) * _INT16_MAX) ** 2))) if len(wav) else 0.0
    if rms == 0.0:  # digital silence: nothing to scale
        return wav
    change_db = target_dbfs - 20 * np.log10(rms / _INT16_MAX)
    if change_db < 0:
        return wav
    return (wav * 10 ** (change_db / 20)).astype(np.float32)


def trim_long_silences(wav: np.ndarray, *, pad_ms: int = 90, min_gap_ms: int = 200) -> np.ndarray:
    """Cut silences longer than ``min_gap_ms``, keeping ``pad_ms`` either side of speech.

    Uses faster-whisper's Silero VAD (see the module docstring). If it finds no speech at all the
    audio is returned unchanged, so a caller always gets something to embed.
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    wav = np.asarray(wav, dtype=np.float32)
    options = VadOptions(min_silence_duration_ms=min_gap_ms, speech_pad_ms=pad_ms)
    chunks = get_speech_timestamps(wav, options, sampling_rate=SAMPLE_RATE)
    if not chunks:
        return wav
    return np.concatenate([wav[c["start"]:c["end"]] for c in chunks])


def preprocess(wav: np.ndarray, *, trim_silence: bool = True) -> np.ndarray:
    """Volume normalisation then (optionally) silence trimming, as Resemblyzer's preprocess_wav."""
    wav = normalize_volume(wav)
    return trim_long_silences(wav) if trim_silence else wav
