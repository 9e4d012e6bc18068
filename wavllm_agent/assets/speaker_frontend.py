"""What the GE2E speaker encoder hears: volume-normalised, silence-trimmed 40-band mel frames.

The same preprocessing as Resemblyzer (``resemblyzer/audio.py`` and ``hparams.py``), in numpy,
without librosa:

* volume raised (never lowered) to -30 dBFS;
* long silences cut with WebRTC's voice activity detector, as Resemblyzer does (the
  ``webrtcvad-wheels`` package: the same ``webrtcvad`` module, with binary wheels): 30 ms windows at
  aggressiveness 3, smoothed by a majority over 8 windows, every voiced window widened by 3 windows
  either side, so pauses up to ~180 ms stay and longer ones shrink to ~180 ms. This is what the
  encoder was trained on; faster-whisper's Silero VAD, used here before, cut meeting and telephone
  speech differently and cost accuracy there (docs/speakers.md);
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


VAD_WINDOW = 480  # 30 ms at 16 kHz
VAD_MODE = 3  # WebRTC's most aggressive setting, as Resemblyzer
VAD_SMOOTHING = 8  # windows in the majority vote
VAD_MAX_SILENCE = 6  # windows of silence kept either side of speech (dilation width 7)


def voiced_windows(wav: np.ndarray) -> np.ndarray:
    """WebRTC VAD decisions, one per whole 30 ms window of 16 kHz float audio."""
    import webrtcvad

    n = len(wav) // VAD_WINDOW
    pcm = np.clip(np.round(np.asarray(wav[:n * VAD_WINDOW], np.float64) * _INT16_MAX), -_INT16_MAX - 1,
                  _INT16_MAX).astype("<i2").tobytes()
    vad = webrtcvad.Vad(VAD_MODE)
    step = VAD_WINDOW * 2  # bytes
    return np.array([vad.is_speech(pcm[k * step:(k + 1) * step], SAMPLE_RATE) for k in range(n)], bool)


def speech_mask(flags: np.ndarray, *, smoothing: int = VAD_SMOOTHING,
                max_silence: int = VAD_MAX_SILENCE) -> np.ndarray:
    """Windows to keep, from per-window VAD ``flags``.

    A window counts as speech when a strict majority of the ``smoothing`` windows around it (3
    before, 4 after for 8) are voiced; this speech is then widened by ``(max_silence + 1) // 2``
    windows either side, so a pause of up to ``max_silence`` windows between stretches of it
    survives whole (the smoothing itself eats about one window at each edge of a raw pause).
    """
    flags = np.asarray(flags, bool)
    if flags.size == 0:
        return flags
    before, after = (smoothing - 1) // 2, smoothing // 2  # the window sits left of centre
    counts = np.convolve(np.pad(flags.astype(np.int32), (before, after)), np.ones(smoothing, np.int32),
                         mode="valid")
    majority = 2 * counts > smoothing  # exactly half is not a majority
    reach = (max_silence + 1) // 2
    widened = np.convolve(np.pad(majority.astype(np.int32), reach), np.ones(2 * reach + 1, np.int32),
                          mode="valid")
    return widened > 0


def trim_long_silences(wav: np.ndarray) -> np.ndarray:
    """Cut silences longer than ~180 ms with WebRTC's VAD, as Resemblyzer's preprocessing does.

    The audio is first cut to whole 30 ms windows. If the VAD finds no speech at all the audio is
    returned unchanged, so a caller always gets something to embed (Resemblyzer would return
    nothing).
    """
    wav = np.asarray(wav, dtype=np.float32)
    keep = speech_mask(voiced_windows(wav))
    if not keep.any():
        return wav
    return wav[:len(keep) * VAD_WINDOW][np.repeat(keep, VAD_WINDOW)]


def trim_silences_silero(wav: np.ndarray, *, pad_ms: int = 90, min_gap_ms: int = 200) -> np.ndarray:
    """Cut silences longer than ``min_gap_ms`` with faster-whisper's Silero VAD, keeping ``pad_ms``
    either side of speech; the audio unchanged if it finds no speech.

    Used by the "one speaker throughout?" check, whose threshold was calibrated with it (with
    WebRTC trimming the release's ``sv.wav`` fell below the highest two-speaker join:
    docs/speakers.md).
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    wav = np.asarray(wav, dtype=np.float32)
    options = VadOptions(min_silence_duration_ms=min_gap_ms, speech_pad_ms=pad_ms)
    chunks = get_speech_timestamps(wav, options, sampling_rate=SAMPLE_RATE)
    if not chunks:
        return wav
    return np.concatenate([wav[c["start"]:c["end"]] for c in chunks])


VADS = ("webrtc", "silero")


def preprocess(wav: np.ndarray, *, trim_silence: bool = True, vad: str = "webrtc") -> np.ndarray:
    """Volume normalisation then (optionally) silence trimming, as Resemblyzer's preprocess_wav.

    ``vad``: ``"webrtc"`` (Resemblyzer's, the default) or ``"silero"`` (:func:`trim_silences_silero`).
    """
    if vad not in VADS:
        raise ValueError(f"vad must be one of {VADS}, got {vad!r}")
    wav = normalize_volume(wav)
    if not trim_silence:
        return wav
    return trim_long_silences(wav) if vad == "webrtc" else trim_silences_silero(wav)
