"""encode_audio: positions per second, 30 s chunking, trimming, batch independence, input checks."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from wavllm_agent.errors import AudioError
from wavllm_agent.modeling.audio_encoding import encode_whisper
from wavllm_agent.modeling.audio_frontend import split_chunks


def _semantic(model, clip, rule="release"):
    audio = model.processor.audio([clip])
    return encode_whisper(
        model.whisper_encoder,
        model.whisper_adapter,
        audio["input_features"],
        audio["window_frames"],
        audio["window_owners"],
        1,
        dtype=model.dtype,
        window_rule=rule,
    )


def test_ten_seconds_give_125_positions(tiny_random, wave) -> None:
    embeds, mask = tiny_random.encode_audio([wave(10.0)])
    assert embeds.shape == (1, 125, tiny_random.config.llm_hidden_size)
    assert mask.dtype == torch.bool and mask.all()
    assert embeds.is_contiguous()


@pytest.mark.parametrize("seconds", [0.5, 1.0, 2.4, 3.0])
def test_positions_follow_both_branches_and_are_cut_to_the_shorter(tiny_random, wave, seconds: float) -> None:
    samples = int(seconds * 16000)
    whisper_frames = -(-samples // 160)  # real log-mel frames
    encoder = (whisper_frames - 1) // 2 + 1  # Whisper's stride-2 conv
    semantic = ((encoder - 1) // 2 + 1 - 1) // 2 + 1  # the adapter's two convs
    wavlm_frames = int(tiny_random.wavlm._get_feat_extract_output_lengths(torch.tensor(samples)))
    acoustic = ((wavlm_frames - 1) // 2 + 1 - 1) // 2 + 1
    embeds, mask = tiny_random.encode_audio([wave(seconds)])
    assert embeds.shape[1] == min(semantic, acoustic) == int(mask.sum())


def test_long_audio_is_encoded_in_30_second_chunks_joined_in_time(tiny_random, wave, monkeypatch) -> None:
    seen: list[tuple[int, ...]] = []
    original = tiny_random.whisper_encoder.forward

    def spy(features, *args, **kwargs):
        seen.append(tuple(features.shape))
        return original(features, *args, **kwargs)

    monkeypatch.setattr(tiny_random.whisper_encoder, "forward", spy)
    clip = wave(34.3)
    embeds, mask = tiny_random.encode_audio([clip])
    assert seen == [(2, 80, 3000)]  # two 30 s windows, each padded to 30 s
    # 30 s -> 375 positions; the 4.3 s rest: 430 mel frames -> 215 encoder frames -> 108 -> 54.
    wavlm_frames = int(tiny_random.wavlm._get_feat_extract_output_lengths(torch.tensor(len(clip))))
    acoustic = ((wavlm_frames - 1) // 2 + 1 - 1) // 2 + 1
    assert embeds.shape[1] == min(375 + 54, acoustic) and mask.all()
    first = tiny_random.encode_audio([clip[: 30 * 16000]])[0]
    assert first.shape[1] == 375
    semantic_first, _ = _semantic(tiny_random, clip[: 30 * 16000])
    semantic_all, lengths = _semantic(tiny_random, clip)
    # The release's rule keeps the last window's padded tail (the fusion cuts it to WavLM's length).
    assert lengths.tolist() == [375 + 375]
    torch.testing.assert_close(semantic_all[0, :375], semantic_first[0], atol=1e-5, rtol=1e-4)
    trimmed, trimmed_lengths = _semantic(tiny_random, clip, rule="trim")
    assert trimmed_lengths.tolist() == [375 + 54]
    torch.testing.assert_close(trimmed[0, :375], semantic_first[0], atol=1e-5, rtol=1e-4)
    # Only the last real position's convolutions reach the padded tail, under the release's rule.
    torch.testing.assert_close(trimmed[0, 375:428], semantic_all[0, 375:428], atol=1e-5, rtol=1e-4)
    assert (trimmed[0, 428] - semantic_all[0, 428]).abs().max() > 1e-4


def test_split_chunks_matches_the_release() -> None:
    clip = np.arange(10)
    assert [len(c) for c in split_chunks(clip, 4)] == [4, 4, 2]
    assert [len(c) for c in split_chunks(clip, 10)] == [10]
    assert [len(c) for c in split_chunks(clip, 20)] == [10]


def test_a_batch_encodes_each_clip_as_alone(tiny_random, wave) -> None:
    clips = [wave(1.0, seed=1), wave(2.5, seed=2), wave(1.0, seed=3)]
    batch, batch_mask = tiny_random.encode_audio(clips)
    for index, clip in enumerate(clips):
        alone, _ = tiny_random.encode_audio([clip])
        n = alone.shape[1]
        assert int(batch_mask[index].sum()) == n
        torch.testing.assert_close(batch[index, :n], alone[0], atol=1e-5, rtol=1e-4)
        assert torch.all(batch[index, n:] == 0)


def test_different_clips_give_different_embeddings(tiny_random, wave) -> None:
    a, _ = tiny_random.encode_audio([wave(1.0, seed=1)])
    b, _ = tiny_random.encode_audio([wave(1.0, seed=5)])
    assert (a - b).abs().max() > 1e-3


@pytest.mark.parametrize(
    "bad, rate, message",
    [
        ([np.zeros(16000, np.float32)], 8000, "16000 Hz"),
        ([np.zeros(100, np.float32)], 16000, "at least"),
        ([np.full(16000, np.nan, np.float32)], 16000, "NaN"),
        ([np.zeros((2, 16000), np.float32)], 16000, "mono"),
        ([], 16000, "no waveforms"),
        (np.zeros(16000, np.float32), 16000, "list"),
        ([np.array(["a"] * 500)], 16000, "numeric"),
    ],
)
def test_bad_audio_raises_audio_error(tiny_random, bad, rate: int, message: str) -> None:
    with pytest.raises(AudioError, match=message):
        tiny_random.encode_audio(bad, sampling_rate=rate)


def test_single_channel_column_is_accepted(tiny_random, wave) -> None:
    clip = wave(1.0)
    column, _ = tiny_random.encode_audio([clip.reshape(-1, 1)])
    flat, _ = tiny_random.encode_audio([clip])
    torch.testing.assert_close(column, flat)
