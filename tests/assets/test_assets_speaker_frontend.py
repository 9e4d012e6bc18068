"""The speaker encoder's front end: power mel spectrogram, volume, VAD trim (checked against Resemblyzer's)."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf
import speech

from wavllm_agent.assets.speaker_frontend import (
    mel_power_spectrogram,
    normalize_volume,
    preprocess,
    speech_mask,
    trim_long_silences,
    trim_silences_silero,
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


def test_speech_mask_takes_a_strict_majority_of_8_windows_then_widens_by_3() -> None:
    flags = np.zeros(40, bool)
    flags[10:14] = True  # 4 voiced windows: never a strict majority of 8
    assert not speech_mask(flags).any()
    flags[10:15] = True  # 5 voiced windows: a majority for the windows whose 8 cover all 5
    # window i sees windows i-3 .. i+4, which cover all of 10..14 for i = 10..13; then 3 either side
    assert np.flatnonzero(speech_mask(flags)).tolist() == list(range(7, 17))
    pause = np.zeros(60, bool)
    pause[5:20] = pause[25:45] = True  # a 150 ms pause inside speech survives whole
    assert speech_mask(pause)[5:45].all()
    pause[25:28] = False  # a 240 ms pause: what smoothing + widening leave uncovered (90 ms) goes
    assert np.flatnonzero(~speech_mask(pause)[5:45]).tolist() == [17, 18, 19]
    assert speech_mask(np.zeros(0, bool)).size == 0


@pytest.mark.parametrize("rate", [16_000, 8_000])
def test_trimming_equals_resemblyzers_on_real_speech(rate: int) -> None:
    """Resemblyzer's own trim_long_silences (its webrtcvad code) cuts exactly the same samples."""
    from resemblyzer.audio import trim_long_silences as resemblyzer_trim
    from scipy.signal import resample_poly

    wav = _real_speech()
    if rate == 8_000:  # band-limited as over a phone line, back at 16 kHz
        wav = resample_poly(resample_poly(wav, 1, 2), 2, 1).astype(np.float32)
    gap = np.zeros(16_000, np.float32)
    wav = normalize_volume(np.concatenate([wav[:40_000], gap, wav[40_000:]]))
    ours = trim_long_silences(wav)
    theirs = resemblyzer_trim(wav.astype(np.float64))
    assert len(ours) < len(wav) - 0.7 * 16_000
    assert len(ours) == len(theirs)
    np.testing.assert_allclose(ours, theirs, atol=1e-6)


def test_silero_trim_cuts_long_gaps_and_preprocess_picks_the_vad() -> None:
    wav = _real_speech()
    with_gap = np.concatenate([wav[:40_000], np.zeros(32_000, np.float32), wav[40_000:]])
    assert len(trim_silences_silero(with_gap)) < len(with_gap) - 1.5 * 16_000
    webrtc, silero = preprocess(with_gap), preprocess(with_gap, vad="silero")
    assert len(webrtc) != len(silero)  # two different detectors
    np.testing.assert_array_equal(preprocess(with_gap, trim_silence=False), normalize_volume(with_gap))
    with pytest.raises(ValueError):
        preprocess(with_gap, vad="energy")
