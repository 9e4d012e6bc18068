"""The speaker encoder's front end: Slaney mel filterbank, power mel spectrogram, volume, VAD trim."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf
import speech

from wavllm_agent.assets.speaker_frontend import (
    hz_to_mel_slaney,
    mel_power_spectrogram,
    mel_to_hz_slaney,
    normalize_volume,
    slaney_mel_filterbank,
    trim_long_silences,
)


def _real_speech() -> np.ndarray:
    wav, rate = sf.read(str(speech.librivox()[0].path), dtype="float32")
    assert rate == 16_000
    return wav


def test_slaney_mel_scale_known_points() -> None:
    # Linear below 1 kHz (200/3 Hz per mel), 27 mels per factor 6.4 above.
    assert hz_to_mel_slaney(1000.0) == pytest.approx(15.0)
    assert hz_to_mel_slaney(500.0) == pytest.approx(7.5)
    assert hz_to_mel_slaney(6400.0) == pytest.approx(42.0)
    hz = np.array([0.0, 123.0, 999.0, 1000.0, 4321.0, 8000.0])
    np.testing.assert_allclose(mel_to_hz_slaney(hz_to_mel_slaney(hz)), hz, rtol=1e-9, atol=1e-9)


def test_filterbank_follows_the_triangle_formula() -> None:
    bank = slaney_mel_filterbank()
    assert bank.shape == (40, 201)
    edges = mel_to_hz_slaney(np.linspace(0.0, hz_to_mel_slaney(8000.0), 42))
    freqs = np.linspace(0.0, 8000.0, 201)
    for i in (0, 7, 20, 39):
        lo, mid, hi = edges[i], edges[i + 1], edges[i + 2]
        height = 2.0 / (hi - lo)  # unit area
        expected = height * np.clip(np.minimum((freqs - lo) / (mid - lo), (hi - freqs) / (hi - mid)), 0, None)
        np.testing.assert_allclose(bank[i], expected, rtol=1e-5, atol=1e-9)
        assert np.all(bank[i][(freqs <= lo) | (freqs >= hi)] == 0)


def test_filterbank_matches_torchaudio() -> None:
    import torchaudio.functional as F

    reference = F.melscale_fbanks(201, 0.0, 8000.0, 40, 16_000, norm="slaney", mel_scale="slaney").numpy().T
    np.testing.assert_allclose(slaney_mel_filterbank(), reference, rtol=1e-4, atol=1e-7)


def test_mel_spectrogram_matches_torchaudio_on_real_speech() -> None:
    import torch
    import torchaudio

    wav = _real_speech()
    transform = torchaudio.transforms.MelSpectrogram(
        16_000, n_fft=400, hop_length=160, n_mels=40, power=2.0, norm="slaney", mel_scale="slaney",
        center=True, pad_mode="constant")
    reference = transform(torch.from_numpy(wav)).numpy().T
    got = mel_power_spectrogram(wav)
    assert got.shape == reference.shape == (1 + len(wav) // 160, 40)
    np.testing.assert_allclose(got, reference, rtol=1e-3, atol=1e-6 * reference.max())


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
