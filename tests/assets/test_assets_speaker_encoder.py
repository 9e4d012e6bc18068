"""The GE2E speaker encoder: loading, partial windows, embeddings, and thresholds on real speech."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest
import speaker_trials
import speech

from wavllm_agent.assets.speaker_encoder import (
    ONE_SPEAKER_THRESHOLD,
    SAME_SPEAKER_THRESHOLD,
    SpeakerEncoder,
    load_speaker_encoder,
    partial_slices,
)
from wavllm_agent.errors import AudioError, CheckpointError, UnsafeCheckpointError

pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def encoder() -> SpeakerEncoder:
    return load_speaker_encoder()


@pytest.mark.parametrize(("seconds", "expected"), [
    (0.5, [(0, 160)]),  # shorter than one window: one zero-padded window
    (1.6, [(0, 160)]),
    (3.0, [(0, 160), (77, 237), (154, 314)]),  # 1.3 windows/s: a new one every 77 frames
    (2.5, [(0, 160), (77, 237)]),  # a third window would be under 75 % audio: dropped
])
def test_partial_windows_follow_resemblyzer(seconds: float, expected: list[tuple[int, int]]) -> None:
    assert partial_slices(int(seconds * 16_000)) == expected


def test_weights_load_into_the_lstm(encoder: SpeakerEncoder) -> None:
    lstm = encoder.model.lstm
    assert (lstm.input_size, lstm.hidden_size, lstm.num_layers) == (40, 256, 3)
    assert float(lstm.weight_ih_l0.detach().abs().sum()) > 0  # real weights, not a fresh init
    assert not encoder.model.training


def test_embedding_is_a_unit_vector_and_batching_changes_nothing(encoder: SpeakerEncoder) -> None:
    clips = [speaker_trials.load_16k(c.path) for c in speech.librivox()[:3]]
    one = encoder.embed(clips[0])
    assert one.shape == (256,) and one.dtype == np.float32
    assert np.linalg.norm(one) == pytest.approx(1.0, abs=1e-5)
    assert np.all(one >= 0)  # ReLU before the normalisation
    many = encoder.embed_many(clips)
    np.testing.assert_allclose(many[0], one, atol=1e-5)
    assert encoder.similarity(many[0], many[0]) == pytest.approx(1.0, abs=1e-6)


def test_bad_audio_is_an_audio_error(encoder: SpeakerEncoder) -> None:
    with pytest.raises(AudioError):
        encoder.embed(np.zeros(0, np.float32))
    with pytest.raises(AudioError):
        encoder.embed(np.zeros((2, 16_000), np.float32))


class _Payload:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("this would run on load",))


def test_checkpoints_that_would_run_code_are_refused(tmp_path: Path) -> None:
    unsafe = tmp_path / "unsafe.pt"
    with open(unsafe, "wb") as handle:
        pickle.dump({"model_state": _Payload()}, handle, protocol=2)
    with pytest.raises(UnsafeCheckpointError):
        SpeakerEncoder(unsafe)


def test_checkpoint_of_another_model_is_a_checkpoint_error(tmp_path: Path) -> None:
    import torch

    other = tmp_path / "other.pt"
    torch.save({"model_state": {"lstm.weight_ih_l0": torch.zeros(3, 3)}}, other)
    with pytest.raises(CheckpointError):
        SpeakerEncoder(other)
    with pytest.raises(CheckpointError):
        SpeakerEncoder(tmp_path / "missing.pt")


@pytest.mark.slow
def test_same_speaker_threshold_separates_the_real_speech_trials(encoder: SpeakerEncoder) -> None:
    """The threshold is calibrated on four kinds of audio (test_sv_kinds.py); on these 260 trials
    it stays on the safe side: EER 3.2 % at 0.713, at 0.75 miss 7.7 % and no false accept."""
    recs = speaker_trials.speaker_recordings()
    utts = speaker_trials.utterances(recs)
    same, diff = speaker_trials.verification_scores(encoder.embed_many([u.wav for u in utts]), utts)
    assert len(same) >= 20 and len(diff) >= 200
    eer, _ = speaker_trials.equal_error_rate(same, diff)
    assert eer < 0.06
    assert (same >= SAME_SPEAKER_THRESHOLD).mean() > 0.85
    assert (diff < SAME_SPEAKER_THRESHOLD).mean() > 0.95


@pytest.mark.slow
def test_one_speaker_throughout_on_real_recordings_and_joins(encoder: SpeakerEncoder) -> None:
    trials = speaker_trials.consistency_trials(speaker_trials.speaker_recordings())
    results = [(name, encoder.consistency(wav), one) for name, wav, one in trials]
    wrong = [name for name, result, one in results if result.one_speaker != one]
    assert len(results) >= 25
    assert len(wrong) <= 1, wrong  # measured: none wrong
    dialogues = {name: r.score for name, r, _ in results if name in ("sqa.wav", "II-task.wav")}
    assert dialogues and all(score < ONE_SPEAKER_THRESHOLD for score in dialogues.values())
    assert all(r.threshold == ONE_SPEAKER_THRESHOLD for _, r, _ in results)


def test_two_recording_decision_uses_the_threshold(encoder: SpeakerEncoder) -> None:
    clips = [speaker_trials.load_16k(c.path) for c in speech.librivox()[:2]]
    other = speaker_trials.load_16k(speech.pypi_clip("arctic_a0009").path)
    same, score = encoder.same_speaker(clips[0], clips[1])
    assert same and score >= encoder.threshold == SAME_SPEAKER_THRESHOLD
    different, score2 = encoder.same_speaker(clips[0], other)
    assert not different and score2 < encoder.threshold
    assert encoder.single_speaker_threshold == ONE_SPEAKER_THRESHOLD
    joined = np.concatenate([clips[0], other])
    assert encoder.single_speaker_score(joined) == encoder.consistency(joined).score


def test_too_short_for_two_turns_counts_as_one_speaker(encoder: SpeakerEncoder) -> None:
    wav = speaker_trials.load_16k(speech.pypi_clip("amfm_sample").path)  # 0.9 s
    result = encoder.consistency(wav)
    assert result.one_speaker and result.score == 1.0
