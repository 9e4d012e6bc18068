"""The Resemblyzer GE2E speaker encoder, re-implemented in torch (no librosa, no webrtcvad).

Resemblyzer's ``VoiceEncoder`` (Apache-2.0) is a 3-layer LSTM over 40 mel bands whose last hidden
state goes through a linear layer, a ReLU and L2 normalisation: a 256-d "d-vector". Its weights,
``resemblyzer/pretrained.pt``, load here with ``torch.load(weights_only=True)``; the package's code
is never imported (it needs librosa). Preprocessing is in
:mod:`wavllm_agent.assets.speaker_frontend` and gives the same embeddings as Resemblyzer's
``preprocess_wav`` + ``embed_utterance`` (WebRTC VAD trimming included). The one-recording
consistency check trims silences with faster-whisper's Silero VAD instead, as it was calibrated.

An utterance is embedded as Resemblyzer's ``embed_utterance`` does: 1.6 s partial windows at
1.3 windows per second (the last one kept if at least 75 % covered, zero-padded), the mean of the
partial embeddings, re-normalised.

Thresholds (see ``docs/speakers.md`` for how they were calibrated and what they give):
:data:`SAME_SPEAKER_THRESHOLD` for two recordings, :data:`ONE_SPEAKER_THRESHOLD` for the
"one speaker throughout?" score of :meth:`SpeakerEncoder.consistency`.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from wavllm_agent.assets.resolve import DEFAULT_MODELS, resolve_model
from wavllm_agent.assets.speaker_frontend import (
    HOP_LENGTH,
    N_MELS,
    SAMPLE_RATE,
    mel_power_spectrogram,
    preprocess,
)
from wavllm_agent.errors import AudioError, CheckpointError, UnsafeCheckpointError

PARTIAL_FRAMES = 160  # 1.6 s of 10 ms frames
EMBEDDING_SIZE = 256

SAME_SPEAKER_THRESHOLD = 0.75
"""Cosine similarity at or above which two recordings count as one speaker. Calibrated on the
calibration speakers of four kinds of audio (read, meeting, telephone, espeak-ng voices): the
threshold with the best mean balanced accuracy over the kinds was 0.751 (docs/speakers.md)."""

ONE_SPEAKER_THRESHOLD = 0.757
"""Consistency score at or above which one recording counts as one speaker throughout: midway
between the highest two-speaker score (0.750) and the lowest one-speaker score (0.765, the
release's sv.wav) on real speech, with Silero VAD trimming (see docs/speakers.md)."""

_encoders: dict[tuple[str, str], SpeakerEncoder] = {}
_encoders_lock = threading.Lock()


class GE2EEncoder(nn.Module):
    """LSTM(40 -> 256, 3 layers) -> last hidden state -> Linear(256, 256) -> ReLU -> L2 norm."""

    def __init__(self, n_mels: int = N_MELS, hidden: int = 256, layers: int = 3,
                 embedding: int = EMBEDDING_SIZE) -> None:
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, layers, batch_first=True)
        self.linear = nn.Linear(hidden, embedding)
        self.relu = nn.ReLU()

    def forward(self, mels: torch.Tensor) -> torch.Tensor:
        """``mels [batch, frames, n_mels]`` -> unit-norm embeddings ``[batch, embedding]``."""
        _, (hidden, _) = self.lstm(mels)
        raw = self.relu(self.linear(hidden[-1]))
        return raw / raw.norm(dim=1, keepdim=True).clamp_min(1e-12)


@dataclass(frozen=True)
class SpeakerConsistency:
    """How consistently one recording sounds like a single speaker.

    Attributes:
        score: cosine similarity between the two most different "voices" found in the recording
            (the centroids of a two-way split of its 1.6 s partial embeddings); 1.0 when the
            speech is too short to hold two turns.
        sizes: partial windows on each side of the split.
        one_speaker: ``score >= threshold``.
        threshold: the threshold applied.
    """

    score: float
    sizes: tuple[int, int]
    one_speaker: bool
    threshold: float


class SpeakerEncoder:
    """Speaker embeddings of 16 kHz mono audio, and comparisons between them.

    Args:
        weights: a Resemblyzer-style ``.pt`` file (a dict with ``model_state``).
        device: torch device to run on.
        trim_silence: cut long silences with the VAD before embedding (as Resemblyzer does).

    Attributes:
        threshold: the two-recording decision threshold (:data:`SAME_SPEAKER_THRESHOLD`).
        single_speaker_threshold: the one-recording threshold (:data:`ONE_SPEAKER_THRESHOLD`).
    """

    def __init__(self, weights: str | Path, *, device: str = "cpu", trim_silence: bool = True) -> None:
        self.device = torch.device(device)
        self.trim_silence = trim_silence
        self.threshold = SAME_SPEAKER_THRESHOLD
        self.single_speaker_threshold = ONE_SPEAKER_THRESHOLD
        self.model = GE2EEncoder()
        try:
            self.model.load_state_dict(_load_state(Path(weights)))
        except RuntimeError as exc:  # missing keys or wrong shapes
            raise CheckpointError(f"{weights} does not fit the GE2E encoder: {exc}") from exc
        self.model.to(self.device).eval()

    def embed(self, wav_16k: np.ndarray) -> np.ndarray:
        """The unit-norm 256-d embedding of one utterance (float32).

        Raises:
            AudioError: the audio is empty or not 1-D.
        """
        return self.embed_many([wav_16k])[0]

    def embed_many(self, wavs: Sequence[np.ndarray]) -> np.ndarray:
        """Embeddings ``[len(wavs), 256]``; all partial windows go through the LSTM together."""
        prepared = [self._prepare(w) for w in wavs]
        return self._embed_prepared(prepared)

    @staticmethod
    def similarity(a: np.ndarray, b: np.ndarray) -> float:
        """Cosine similarity of two embeddings, in [-1, 1] (in practice [0, 1]: they are ReLU'd)."""
        a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
        denom = float(np.linalg.norm(a) * np.linalg.norm(b))
        return float(a @ b / denom) if denom > 0 else 0.0

    def same_speaker(self, wav_a: np.ndarray, wav_b: np.ndarray) -> tuple[bool, float]:
        """Whether two recordings carry one speaker (score >= :attr:`threshold`), and the score."""
        emb = self.embed_many([wav_a, wav_b])
        score = self.similarity(emb[0], emb[1])
        return score >= self.threshold, score

    def single_speaker_score(self, wav_16k: np.ndarray) -> float:
        """The :meth:`consistency` score alone; compare with :attr:`single_speaker_threshold`."""
        return self.consistency(wav_16k, threshold=self.single_speaker_threshold).score

    def consistency(self, wav_16k: np.ndarray, *, threshold: float | None = None,
                    min_turn_partials: int = 2) -> SpeakerConsistency:
        """Whether one speaker speaks throughout one recording.

        The silence-trimmed speech (Silero VAD) is cut into Resemblyzer's 1.6 s partial windows (one every
        0.77 s), each is embedded, and the embeddings are split two ways (cosine 2-means, each
        side at least ``min_turn_partials`` windows, i.e. a turn of about 2.4 s or more). The
        score is the similarity of the two sides' mean embeddings: with one speaker both sides
        are that speaker; with two, each side gathers one of them. Turns much shorter than
        ~2.4 s are not reliably detected. ``threshold`` defaults to
        :attr:`single_speaker_threshold`.
        """
        threshold = self.single_speaker_threshold if threshold is None else threshold
        speech = self._prepare(wav_16k, vad="silero")
        embeds = self._partial_embeddings(speech)
        if len(embeds) < 2 * min_turn_partials:
            return SpeakerConsistency(1.0, (len(embeds), 0), True, threshold)
        score, sizes = _two_way_split(embeds, min_turn_partials)
        return SpeakerConsistency(score, sizes, score >= threshold, threshold)

    def _prepare(self, wav: np.ndarray, *, vad: str = "webrtc") -> np.ndarray:
        wav = np.asarray(wav, dtype=np.float32)
        if wav.ndim != 1 or wav.size == 0:
            raise AudioError(f"speaker embedding needs non-empty mono audio, got shape {wav.shape}")
        return preprocess(wav, trim_silence=self.trim_silence, vad=vad)

    def _embed_prepared(self, wavs: Sequence[np.ndarray]) -> np.ndarray:
        mels = [partial_mels(wav) for wav in wavs]
        embeds = self._forward(np.stack([m for utterance in mels for m in utterance]))
        out = np.empty((len(wavs), EMBEDDING_SIZE), dtype=np.float32)
        start = 0
        for index, utterance in enumerate(mels):
            mean = embeds[start:start + len(utterance)].mean(axis=0)
            out[index] = mean / max(float(np.linalg.norm(mean)), 1e-12)
            start += len(utterance)
        return out

    def _partial_embeddings(self, wav: np.ndarray) -> np.ndarray:
        return self._forward(np.stack(partial_mels(wav)))

    @torch.no_grad()
    def _forward(self, mels: np.ndarray) -> np.ndarray:
        """Embeddings of partial windows ``[n, 160, 40]`` -> ``[n, 256]``, in batches of 64."""
        batch = torch.from_numpy(mels).to(self.device)
        return torch.cat([self.model(chunk) for chunk in batch.split(64)]).cpu().numpy()


def partial_slices(n_samples: int, *, rate: float = 1.3,
                   min_coverage: float = 0.75) -> list[tuple[int, int]]:
    """Frame ranges ``(start, stop)`` of the 1.6 s partial windows of an utterance.

    As Resemblyzer's ``compute_partial_slices``: windows start every ``1/rate`` seconds and cover
    the whole utterance; the last one is dropped if less than ``min_coverage`` of it is audio,
    unless it is the only one.
    """
    n_frames = int(np.ceil((n_samples + 1) / HOP_LENGTH))
    step = int(round(SAMPLE_RATE / rate / HOP_LENGTH))
    starts = range(0, max(1, n_frames - PARTIAL_FRAMES + step + 1), step)
    slices = [(s, s + PARTIAL_FRAMES) for s in starts]
    last_start = slices[-1][0] * HOP_LENGTH
    coverage = (n_samples - last_start) / (PARTIAL_FRAMES * HOP_LENGTH)
    if coverage < min_coverage and len(slices) > 1:
        slices.pop()
    return slices


def partial_mels(wav: np.ndarray) -> list[np.ndarray]:
    """The mel spectrograms ``[160, 40]`` of an utterance's partial windows (zero-padded)."""
    slices = partial_slices(len(wav))
    needed = slices[-1][1] * HOP_LENGTH
    if needed >= len(wav):
        wav = np.pad(wav, (0, needed - len(wav)))
    mel = mel_power_spectrogram(wav)
    return [mel[a:b] for a, b in slices]


def load_speaker_encoder(ref: str = DEFAULT_MODELS["speaker-encoder"], *,
                         device: str = "cpu") -> SpeakerEncoder:
    """The speaker encoder for ``ref`` (default: Resemblyzer's weights), once per process."""
    path = resolve_model(ref, kind="speaker-encoder")
    key = (str(path.resolve()), device)
    with _encoders_lock:
        if key not in _encoders:
            _encoders[key] = SpeakerEncoder(path, device=device)
        return _encoders[key]


def _two_way_split(embeds: np.ndarray, min_size: int, *, seeds: int = 8,
                   iters: int = 20) -> tuple[float, tuple[int, int]]:
    """The lowest centroid similarity over a few cosine 2-means runs, and that split's sizes.

    Each run starts from a maximally dissimilar pair of windows (the ``seeds`` windows with the
    least similar partner); a side smaller than ``min_size`` is topped up with the windows that
    lean most towards it, so a single odd window cannot make a "second speaker" on its own.
    """
    sims = embeds @ embeds.T
    n = len(embeds)
    best: tuple[float, tuple[int, int]] = (1.0, (n, 0))
    for i in np.argsort(sims.min(axis=1))[:seeds]:
        centroids = embeds[[i, int(np.argmin(sims[i]))]]
        labels = np.zeros(n, dtype=int)
        for _ in range(iters):
            affinity = embeds @ centroids.T
            new = np.argmax(affinity, axis=1)
            counts = np.bincount(new, minlength=2)
            if counts.min() < min_size:
                small = int(np.argmin(counts))
                lean = affinity[:, small] - affinity[:, 1 - small]
                new = np.full(n, 1 - small)
                new[np.argsort(-lean)[:min_size]] = small
            centroids = np.stack([embeds[new == k].mean(axis=0) for k in (0, 1)])
            centroids /= np.linalg.norm(centroids, axis=1, keepdims=True).clip(min=1e-12)
            if np.array_equal(new, labels):
                break
            labels = new
        score = float(centroids[0] @ centroids[1])
        if score < best[0]:
            counts = np.bincount(labels, minlength=2)
            best = (score, (int(counts[0]), int(counts[1])))
    return best


def _load_state(path: Path) -> dict[str, torch.Tensor]:
    try:
        checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:  # weights_only refuses anything that would run code
        raise UnsafeCheckpointError(f"{path} cannot be loaded safely: {exc}",
                                    hint="use a plain state-dict checkpoint") from exc
    except (OSError, RuntimeError, EOFError) as exc:
        raise CheckpointError(f"cannot read speaker encoder weights {path}: {exc}") from exc
    state = checkpoint.get("model_state", checkpoint) if isinstance(checkpoint, dict) else None
    if not isinstance(state, dict):
        raise CheckpointError(f"{path} holds no state dict")
    wanted = {k: v for k, v in state.items() if k.startswith(("lstm.", "linear."))}
    if not wanted:
        raise CheckpointError(f"{path} has no lstm.* / linear.* weights: not a GE2E encoder")
    return wanted
