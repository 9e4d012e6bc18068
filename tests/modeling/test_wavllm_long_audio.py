"""Audio over 30 s: the converted release computes what the release computes, at every length."""

from __future__ import annotations

import pytest
import torch
from wavllm_release_reference import ReleaseReference

INSTRUCTION = "Summarise the audio clip in at most twenty words."


@pytest.fixture(scope="module")
def reference(release) -> ReleaseReference:
    state, _, _ = release
    return ReleaseReference(state)


@pytest.mark.parametrize("seconds", [30.0, 31.0, 34.3, 48.9, 60.0, 67.3])
def test_audio_positions_match_the_release_past_30_seconds(release, reference, wave, seconds: float) -> None:
    _, model, _ = release
    clip = wave(seconds, seed=int(seconds))
    expected = reference.encode_audio(clip)
    embeds, mask = model.encode_audio([clip])
    assert embeds.shape[1] == expected.shape[0] == int(mask.sum())
    torch.testing.assert_close(embeds[0], expected, atol=1e-4, rtol=1e-4)


def test_the_per_window_trim_option_is_not_the_release(release, reference, wave) -> None:
    _, model, _ = release
    clip = wave(34.3, seed=3)  # 4.3 s in the last window: its last position's convolutions reach the tail
    expected = reference.encode_audio(clip)
    model.config.long_audio_windows = "trim"
    try:
        trimmed, _ = model.encode_audio([clip])
    finally:
        model.config.long_audio_windows = "release"
    n = expected.shape[0]
    assert trimmed.shape[1] == n
    torch.testing.assert_close(trimmed[0, : n - 1], expected[: n - 1], atol=1e-4, rtol=1e-4)
    assert (trimmed[0, n - 1] - expected[n - 1]).abs().max() > 1e-3  # the last position sees the tail


def test_logits_after_long_audio_match_the_release(release, reference, wave) -> None:
    _, model, _ = release
    clip = wave(34.3, seed=5)
    inputs = model.processor([clip], [INSTRUCTION])
    pieces = model.prompt_builder.pieces(INSTRUCTION)
    audio = reference.encode_audio(clip)
    sequence = torch.cat([reference.embed(pieces.prefix), audio, reference.embed(pieces.suffix)])
    scale = reference.prompt_scale(model.prompt_builder.scale_prompt(INSTRUCTION))
    expected = reference.logits(sequence, scale)
    with torch.no_grad():
        ours = model(**inputs).logits[0]
    assert ours.shape == expected.shape
    after = len(pieces.prefix) + audio.shape[0]
    tolerance = 2e-3 * float(expected.abs().max())
    torch.testing.assert_close(ours[after:], expected[after:], atol=tolerance, rtol=1e-3)


def test_a_batch_of_long_and_short_clips_encodes_each_as_alone(release, wave) -> None:
    _, model, _ = release
    clips = [wave(48.9, seed=1), wave(2.0, seed=2), wave(67.3, seed=3)]
    batch, mask = model.encode_audio(clips)
    for row, clip in enumerate(clips):
        alone, _ = model.encode_audio([clip])
        n = alone.shape[1]
        assert int(mask[row].sum()) == n
        torch.testing.assert_close(batch[row, :n], alone[0], atol=1e-5, rtol=1e-4)
