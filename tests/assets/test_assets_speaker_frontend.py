"""The speaker encoder's front end: power mel spectrogram, volume, VAD trim."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf
import speech

from wavllm_agent.assets.speaker_frontend import (
    mel_power_spectrogram,
    normalize_volume,
    trim_long_silences,
)


def _real_speech() -> np.ndarray:
    wav, rate = sf.read(str(speech.librivox()[0].path), dtype="float32")
    assert rate == 16_000
    return wav


def test_mel_frames_and_bands_on_a_tone() -> None:
    """A 1 kHz tone lands in the Slaney mel band around 1 kHz (mel 15 of 0..~40 for 0..8 kHz)."""
    tone = (0.5 * np.sin(2 * np.pi * 1000 * np.arange(16_000) / 16_000)).astype(np.float32)
    mel = mel_power_spectrogram(tone)
    assert mel.shape == (1 + 16_000 // 160, 40)
    assert int(np.argmax(mel[50])) in (12, 13)  # Slaney bands 12-13 straddle 1 kHz at 40 bands


def test_mel_spectrogram_of_real_speech_is_finite_and_positive() -> None:
    wav = _real_speech()
    mel = mel_power_spectrogram(wav)
    assert mel.shape == (1 + len(wav) // 160, 40)
    assert np.isfinite(mel).all() and (mel >= 0).all() and mel.max() > 0


def test_volume_is_raised_to_minus_30_dbfs_but_never_lowered() -> None:
    wav = _real_speech()

    def dbfs(x: np.ndarray) -> float:
        return 20 * np.log10(np.sqrt(np.mean(x.astype(np.float64) ** 2)))

    quiet = wav * 0.01
    assert dbfs(normalize_volume(quiet)) == pytest.approx(-30.0, abs=0.01)
    loud = wav / np.abs(wav).max() * 0.9
    assert dbfs(loud) > -30
    np.testing.assert_array_equal(normalize_volume(loud), loud)
    silent = np.zeros(1600, np.float32)
    np.testing.assert_array_equal(normalize_volume(silent), silent)


def test_long_silences_are_cut_and_short_ones_kept() -> None:
    wav = _real_speech()
    gap = np.zeros(32_000, np.float32)  # 2 s of silence in the middle of speech
    half = len(wav) // 2
    with_gap = np.concatenate([wav[:half], gap, wav[half:]])
    trimmed = trim_long_silences(with_gap)
    assert len(trimmed) < len(with_gap) - 1.5 * 16_000
    assert len(trimmed) > 0.7 * len(wav)  # the speech itself stays
    short = np.concatenate([wav[:half], np.zeros(1600, np.float32), wav[half:]])  # 0.1 s pause
    assert abs(len(trim_long_silences(short)) - len(trim_long_silences(wav)) - 1600) < 0.2 * 16_000


def test_audio_without_speech_is_returned_whole() -> None:
    noise = (np.random.default_rng(0).standard_normal(16_000) * 1e-4).astype(np.float32)
    np.testing.assert_array_equal(trim_long_silences(noise), noise)
