"""Waveforms -> encoder inputs: Whisper log-mel chunks and WavLM waveforms.

Whisper sees 30 s windows: audio over 30 s is cut into consecutive 30 s chunks (the last one
shorter), each padded to 30 s by the Whisper feature extractor; the number of real mel frames per
chunk is kept so that the encoder's output can be trimmed to the real audio (never the padded
window). WavLM sees the whole waveform at once, optionally normalised to zero mean and unit
variance (as the WavLM checkpoint's own feature extractor says).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from wavllm_agent.errors import AudioError

MIN_SAMPLES = 400
"""Shortest waveform accepted (25 ms at 16 kHz): one frame of WavLM's convolutional front end."""


@dataclass
class WhisperChunks:
    """Log-mel features of every 30 s chunk of a batch of waveforms."""

    features: torch.Tensor  # [N, n_mels, 3000]
    frames: torch.Tensor  # [N] real mel frames per chunk
    owners: list[int]  # the waveform each chunk belongs to, in time order


def check_waveforms(waveforms: Sequence[Any], sampling_rate: int, expected_rate: int) -> list[np.ndarray]:
    """Validate a batch of mono waveforms; return them as contiguous float32 arrays.

    Raises:
        AudioError: not a non-empty list of 1-D finite arrays at ``expected_rate``, or a clip under 25 ms.
    """
    if sampling_rate != expected_rate:
        raise AudioError(
            f"audio at {sampling_rate} Hz, but WavLLM takes {expected_rate} Hz",
            hint="resample first (wavllm_agent.audio.load_audio returns 16 kHz mono)",
        )
    if isinstance(waveforms, np.ndarray | torch.Tensor) or not isinstance(waveforms, Sequence):
        raise AudioError("waveforms must be a list of 1-D arrays", hint="wrap a single clip in a list")
    if len(waveforms) == 0:
        raise AudioError("no waveforms given")
    checked = []
    for index, waveform in enumerate(waveforms):
        array = (
            waveform.detach().cpu().numpy() if isinstance(waveform, torch.Tensor) else np.asarray(waveform)
        )
        if array.ndim == 2 and 1 in array.shape:
            array = array.reshape(-1)
        if array.ndim != 1:
            raise AudioError(
                f"waveform {index} has shape {array.shape}; mono 1-D audio is needed",
                hint="mix the channels down to mono",
            )
        if not np.issubdtype(array.dtype, np.number):
            raise AudioError(f"waveform {index} is not numeric ({array.dtype})")
        if array.size < MIN_SAMPLES:
            raise AudioError(
                f"waveform {index} is {array.size} samples long; at least {MIN_SAMPLES} "
                f"({1000 * MIN_SAMPLES // expected_rate} ms) are needed"
            )
        array = np.ascontiguousarray(array, dtype=np.float32)
        if not np.isfinite(array).all():
            raise AudioError(f"waveform {index} contains NaN or infinite samples")
        checked.append(array)
    return checked


def split_chunks(waveform: np.ndarray, chunk_samples: int) -> list[np.ndarray]:
    """Consecutive chunks of ``chunk_samples`` (the last one shorter); one chunk up to that length."""
    return [waveform[start : start + chunk_samples] for start in range(0, len(waveform), chunk_samples)]


class AudioFrontend:
    """Feature extraction for both encoders (no weights; builds its Whisper extractor once)."""

    def __init__(
        self,
        *,
        n_mels: int,
        sampling_rate: int = 16000,
        chunk_seconds: int = 30,
        normalize_wavlm: bool = False,
    ) -> None:
        from transformers import Wav2Vec2FeatureExtractor, WhisperFeatureExtractor

        self.sampling_rate = sampling_rate
        self.chunk_samples = chunk_seconds * sampling_rate
        self.normalize_wavlm = normalize_wavlm
        self.extractor = WhisperFeatureExtractor(
            feature_size=n_mels, sampling_rate=sampling_rate, chunk_length=chunk_seconds
        )
        # WavLM's own feature extractor class (microsoft/wavlm-base: no normalisation).
        self.wavlm_extractor = Wav2Vec2FeatureExtractor(
            feature_size=1,
            sampling_rate=sampling_rate,
            padding_value=0.0,
            do_normalize=normalize_wavlm,
            return_attention_mask=True,
        )

    def whisper_chunks(self, waveforms: Sequence[np.ndarray]) -> WhisperChunks:
        """Every waveform cut into 30 s chunks; the log-mels of all chunks in one batch."""
        chunks, owners = [], []
        for index, waveform in enumerate(waveforms):
            parts = split_chunks(waveform, self.chunk_samples)
            chunks.extend(parts)
            owners.extend([index] * len(parts))
        with torch.autocast("cpu", enabled=False):  # features are an input: float32 even under autocast
            out = self.extractor(
                chunks,
                sampling_rate=self.sampling_rate,
                return_attention_mask=True,
                return_tensors="pt",
                padding="max_length",
            )
        frames = out["attention_mask"].sum(dim=-1).long()
        return WhisperChunks(features=out["input_features"], frames=frames, owners=owners)

    def wavlm_input(self, waveform: np.ndarray) -> torch.Tensor:
        """One waveform as WavLM input ``[1, samples]`` (zero mean, unit variance if the extractor says so)."""
        values = np.ascontiguousarray(waveform, dtype=np.float32)
        if self.normalize_wavlm:
            values = self.wavlm_extractor(values, sampling_rate=self.sampling_rate).input_values[0]
        return torch.from_numpy(np.ascontiguousarray(values, dtype=np.float32)).unsqueeze(0)
