"""What the GE2E speaker encoder hears: volume-normalised, silence-trimmed 40-band mel frames.

The same preprocessing as Resemblyzer (``resemblyzer/audio.py`` and ``hparams.py``), in numpy,
without librosa or webrtcvad:

* volume raised (never lowered) to -30 dBFS;
* long silences cut with a voice activity detector. Resemblyzer uses webrtcvad (30 ms windows,
  a moving average, gaps up to ~180 ms kept). webrtcvad is not installed here, so this uses the
  Silero VAD bundled with faster-whisper (``faster_whisper.vad``) with settings that keep the same
  shape of result: gaps shorter than 200 ms stay, longer ones shrink to 2 x 90 ms of padding;
* a power mel spectrogram equal to ``librosa.feature.melspectrogram(sr=16000, n_fft=400,
  hop_length=160, n_mels=40)``, computed with torchaudio: periodic Hann window, centred frames padded
  with zeros (librosa >= 0.10's default), power 2, Slaney mel scale with Slaney area normalisation.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

SAMPLE_RATE = 16_000
N_FFT = 400  # 25 ms windows
HOP_LENGTH = 160  # 10 ms hop
N_MELS = 40
TARGET_DBFS = -30.0
_INT16_MAX = 2**15 - 1


@functools.cache
def _mel_transform() -> Any:
    import torchaudio

    # librosa.feature.melspectrogram's defaults, which Resemblyzer was trained with
    return torchaudio.transforms.MelSpectrogram(
        SAMPLE_RATE, n_fft=N_FFT, hop_length=HOP_LENGTH, n_mels=N_MELS, power=2.0, center=True,
        pad_mode="constant", norm="slaney", mel_scale="slaney")


def mel_power_spectrogram(wav: np.ndarray) -> np.ndarray:
    """Power mel spectrogram ``[frames, 40]`` of 16 kHz audio (not log), as Resemblyzer feeds it.

    ``frames = 1 + len(wav) // 160`` (centred frames). Computed by torchaudio's ``MelSpectrogram``.
    """
    import torch

    with torch.no_grad():
        mel = _mel_transform()(torch.from_numpy(np.ascontiguousarray(wav, dtype=np.float32)))
    return mel.T.numpy()


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
