"""The Whisper encoder's kept positions, computed without the last layer's unread ones (fast; random weights)."""

from __future__ import annotations

import pytest
import torch

from wavllm_agent.modeling.whisper_kept import whisper_states


@pytest.fixture(scope="module")
def encoder() -> torch.nn.Module:
    from transformers import WhisperConfig
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    torch.manual_seed(0)
    config = WhisperConfig(d_model=48, encoder_layers=3, encoder_attention_heads=4, encoder_ffn_dim=96,
                           num_mel_bins=80, max_source_positions=1500)
    return WhisperEncoder(config).eval()


@pytest.mark.parametrize("keep", [1, 250, 1499])
def test_kept_positions_equal_the_full_encoder(encoder: torch.nn.Module, keep: int) -> None:
    features = torch.randn(3, 80, 3000)
    with torch.no_grad():
        full = encoder(features).last_hidden_state
        kept = whisper_states(encoder, features, keep)
    assert kept.shape == (3, keep, 48)
    torch.testing.assert_close(kept, full[:, :keep], rtol=1e-5, atol=1e-5)
    # and it is not the full output merely cut: the last layer's other positions were never computed,
    # yet a changed late frame still reaches the kept positions through the keys and values
    changed = features.clone()
    changed[:, :, 2500:] += 1.0
    with torch.no_grad():
        moved = whisper_states(encoder, changed, keep)
    assert (moved - kept).abs().max() > 1e-4


def test_full_forward_when_training_or_all_positions_are_read(encoder: torch.nn.Module) -> None:
    features = torch.randn(1, 80, 3000)
    with torch.no_grad():
        full = encoder(features).last_hidden_state
        assert torch.equal(whisper_states(encoder, features, None), full)
        assert torch.equal(whisper_states(encoder, features, 1500), full)
        encoder.train()
        try:
            assert torch.equal(whisper_states(encoder, features, 100), full[:, :100])
        finally:
            encoder.eval()


def test_wrong_window_length_is_refused(encoder: torch.nn.Module) -> None:
    with pytest.raises(ValueError, match="3000 mel frames"):
        whisper_states(encoder, torch.randn(1, 80, 2000), 10)
