"""The WavLLM processor: waveforms and text -> the tensors the model takes.

As in transformers' audio LLMs (Qwen2-Audio), the processor owns feature extraction and text, and
the model takes tensors only. One call returns a :class:`~transformers.BatchFeature` with

* ``input_features`` ``[N, n_mels, 3000]``: Whisper log-mels of every 30 s window of every clip
  (:class:`~transformers.WhisperFeatureExtractor`), with ``window_frames`` ``[N]`` (real mel frames
  of each window) and ``window_owners`` ``[N]`` (the clip each window belongs to, in time order);
* ``wavlm_input_values`` ``[C, samples]`` (right-padded with zeros) and ``wavlm_lengths`` ``[C]``:
  the WavLM input (:class:`~transformers.Wav2Vec2FeatureExtractor`, normalised or not as the WavLM
  checkpoint says);
* ``input_ids`` / ``attention_mask`` ``[B, L]``: the release's prompt layout
  (:mod:`~wavllm_agent.modeling.prompt_layout`) with one placeholder per audio position, marked by
  ``speech_positions`` ``[B, L]`` (bool). The number of audio positions of a clip is known before
  the encoders run (it follows from the sample count), so the placeholders fit exactly;
* ``scale_input_ids`` / ``scale_attention_mask``: the quoted instruction that the prompt-aware
  adapter reads (no BOS, right-padded);
* ``labels`` when targets are given (-100 outside the target tokens and the end token);
* ``audio_index`` ``[B]`` when several rows share one waveform (the same array object): each
  distinct clip is then extracted and encoded once.

``padding_side="left"`` is what generation needs (new tokens follow every row's last real
position); training and scoring use ``"right"``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from wavllm_agent.errors import ConfigError
from wavllm_agent.modeling.audio_frontend import AudioFrontend, check_waveforms
from wavllm_agent.modeling.input_assembly import IGNORE_INDEX
from wavllm_agent.modeling.modality_adapter import conv_output_lengths
from wavllm_agent.modeling.prompt_layout import PromptBuilder

AUDIO_KEYS = ("input_features", "window_frames", "window_owners", "wavlm_input_values", "wavlm_lengths")
"""The audio tensors of a processor output (what ``get_audio_features`` takes)."""


def wavlm_frame_lengths(samples: torch.Tensor, conv_kernel: Sequence[int], conv_stride: Sequence[int]) -> torch.Tensor:
    """Frames out of WavLM's convolutional front end for ``samples`` input samples (per row)."""
    lengths = samples.clone()
    for kernel, stride in zip(conv_kernel, conv_stride, strict=True):
        lengths = torch.div(lengths - int(kernel), int(stride), rounding_mode="floor") + 1
    return lengths


def window_encoder_frames(
    window_frames: torch.Tensor, window_owners: torch.Tensor, n_clips: int, rule: str
) -> torch.Tensor:
    """Whisper encoder frames each window keeps before the adapter (see :mod:`.audio_encoding`)."""
    frames = conv_output_lengths(window_frames, 1)  # Whisper's stride-2 conv
    if rule == "release":  # every window of a clip keeps as many frames as the clip's longest window
        longest = torch.zeros(n_clips, dtype=frames.dtype, device=frames.device)
        frames = longest.scatter_reduce(0, window_owners, frames, reduce="amax")[window_owners]
    return frames


class WavLLMProcessor:
    """Whisper and WavLM feature extraction, the LLM tokenizer and the release's prompt layout.

    Build it from a config and a tokenizer, or with :meth:`from_pretrained` (a saved WavLLM folder
    or a preset name); a loaded model has one as ``model.processor``.
    """

    def __init__(self, config: Any, tokenizer: Any) -> None:
        self.config = config
        self.tokenizer = tokenizer
        self.frontend = AudioFrontend(
            n_mels=config.whisper_config.num_mel_bins,
            sampling_rate=config.sampling_rate,
            chunk_seconds=config.whisper_chunk_seconds,
            normalize_wavlm=config.wavlm_normalize_input,
        )
        self.prompt_builder = PromptBuilder(config, tokenizer)

    @property
    def feature_extractor(self) -> Any:
        """The Whisper feature extractor (log-mels of 30 s windows)."""
        return self.frontend.extractor

    @property
    def wavlm_feature_extractor(self) -> Any:
        """The WavLM feature extractor (waveform, normalised or not)."""
        return self.frontend.wavlm_extractor

    @classmethod
    def from_pretrained(
        cls, pretrained_model_name_or_path: str | Path, *, local_files_only: bool | None = None, **kwargs: Any
    ) -> WavLLMProcessor:
        """The processor of a saved WavLLM folder or a preset (``kwargs``: config overrides)."""
        from wavllm_agent.assets.resolve import is_offline
        from wavllm_agent.modeling import checkpoint_io
        from wavllm_agent.modeling.frozen_parts import follow_wavlm_preprocessor, load_tokenizer

        config, base_dir = checkpoint_io.resolve_config(pretrained_model_name_or_path, kwargs)
        follow_wavlm_preprocessor(config, base_dir)
        offline = is_offline() if local_files_only is None else local_files_only
        source = config.tokenizer_source or config.llm_source
        return cls(config, load_tokenizer(source, base_dir=base_dir, local_files_only=offline))

    def save_pretrained(self, save_directory: str | Path) -> None:
        """Write both feature extractors' configs (``preprocessor_config.json``: Whisper's;
        ``wavlm_preprocessor_config.json``: WavLM's)."""
        folder = Path(save_directory)
        folder.mkdir(parents=True, exist_ok=True)
        self.feature_extractor.to_json_file(folder / "preprocessor_config.json")
        self.wavlm_feature_extractor.to_json_file(folder / "wavlm_preprocessor_config.json")

    # -- audio --------------------------------------------------------------------------------------
    def audio(self, waveforms: Sequence[Any], sampling_rate: int = 16000) -> dict[str, torch.Tensor]:
        """Encoder inputs of a batch of clips, plus ``audio_lengths`` (positions each clip gives).

        Raises:
            AudioError: waveforms that are not 16 kHz mono numeric arrays of at least 25 ms.
        """
        clips = check_waveforms(waveforms, sampling_rate, self.config.sampling_rate)
        chunks = self.frontend.whisper_chunks(clips)
        values = [self.frontend.wavlm_input(clip)[0] for clip in clips]
        lengths = torch.tensor([len(v) for v in values], dtype=torch.long)
        padded = torch.nn.utils.rnn.pad_sequence(values, batch_first=True)
        owners = torch.tensor(chunks.owners, dtype=torch.long)
        out = {
            "input_features": chunks.features,
            "window_frames": chunks.frames,
            "window_owners": owners,
            "wavlm_input_values": padded,
            "wavlm_lengths": lengths,
        }
        out["audio_lengths"] = self.audio_lengths(chunks.frames, owners, lengths)
        return out

    def audio_lengths(
        self, window_frames: torch.Tensor, window_owners: torch.Tensor, wavlm_lengths: torch.Tensor
    ) -> torch.Tensor:
        """Fused audio positions per clip: the shorter of the two branches (12.5 per second)."""
        n_clips = len(wavlm_lengths)
        frames = window_encoder_frames(window_frames, window_owners, n_clips, self.config.long_audio_windows)
        per_window = conv_output_lengths(frames, 2)
        semantic = torch.zeros(n_clips, dtype=per_window.dtype).scatter_add(0, window_owners, per_window)
        wavlm = self.config.wavlm_config
        acoustic = conv_output_lengths(wavlm_frame_lengths(wavlm_lengths, wavlm.conv_kernel, wavlm.conv_stride), 2)
        return torch.minimum(semantic, acoustic)

    # -- text ---------------------------------------------------------------------------------------
    def scale_inputs(self, instructions: Sequence[str]) -> dict[str, torch.Tensor]:
        """What the prompt-aware adapter reads: the quoted instructions, right-padded, with a mask."""
        rows = [self.prompt_builder.scale_prompt(str(text)) for text in instructions]
        width = max(len(row) for row in rows)
        pad = self.pad_id
        return {
            "scale_input_ids": torch.tensor([row + [pad] * (width - len(row)) for row in rows], dtype=torch.long),
            "scale_attention_mask": torch.tensor(
                [[1] * len(row) + [0] * (width - len(row)) for row in rows], dtype=torch.long
            ),
        }

    @property
    def pad_id(self) -> int:
        """The id that fills padding (the tokenizer's pad token, else its end token)."""
        tokenizer = self.tokenizer
        pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        return int(pad)

    def __call__(
        self,
        audio: Sequence[Any],
        text: Sequence[str],
        targets: Sequence[str] | None = None,
        *,
        sampling_rate: int = 16000,
        padding_side: str = "right",
    ) -> Any:
        """Model inputs for one request per (clip, instruction[, target]) row; see the module docstring.

        Raises:
            AudioError: bad waveforms. ConfigError: lists of different lengths or a bad padding side.
        """
        from transformers import BatchFeature

        if isinstance(text, str):
            raise ConfigError("text must be a list of instructions, one per clip")
        if padding_side not in ("left", "right"):
            raise ConfigError(f"padding_side must be 'left' or 'right', got {padding_side!r}")
        if isinstance(audio, np.ndarray | torch.Tensor) or not isinstance(audio, Sequence):
            audio = [audio]  # check_waveforms reports what is wrong with it
        if len(text) != len(audio) or (targets is not None and len(targets) != len(audio)):
            raise ConfigError("waveforms, instructions and targets must have one entry per sample")
        first: dict[int, int] = {}
        rows = [first.setdefault(id(w), len(first)) for w in audio]
        unique = [audio[rows.index(k)] for k in range(len(first))]
        data: dict[str, torch.Tensor] = self.audio(unique, sampling_rate)
        lengths = data.pop("audio_lengths")
        if len(unique) < len(rows):
            data["audio_index"] = torch.tensor(rows, dtype=torch.long)
        data.update(self._text(text, targets, [int(lengths[r]) for r in rows], padding_side))
        data.update(self.scale_inputs(text))
        return BatchFeature(data=data)

    def _text(
        self, instructions: Sequence[str], targets: Sequence[str] | None, n_audio: list[int], side: str
    ) -> dict[str, torch.Tensor]:
        pad = self.pad_id
        ids, speech, labels = [], [], []
        for i, instruction in enumerate(instructions):
            piece = self.prompt_builder.pieces(str(instruction), None if targets is None else str(targets[i]))
            row = piece.prefix + [pad] * n_audio[i] + piece.suffix + piece.target
            ids.append(row)
            speech.append([False] * len(piece.prefix) + [True] * n_audio[i] + [False] * (len(row) - len(piece.prefix) - n_audio[i]))
            labels.append([IGNORE_INDEX] * (len(row) - len(piece.target)) + piece.target)
        width = max(len(row) for row in ids)

        def pad_to(values: list, fill: object) -> list:
            gap = [fill] * (width - len(values))
            return gap + values if side == "left" else values + gap

        out = {
            "input_ids": torch.tensor([pad_to(r, pad) for r in ids], dtype=torch.long),
            "attention_mask": torch.tensor([pad_to([1] * len(r), 0) for r in ids], dtype=torch.long),
            "speech_positions": torch.tensor([pad_to(s, False) for s in speech], dtype=torch.bool),
        }
        if targets is not None:
            out["labels"] = torch.tensor([pad_to(lr, IGNORE_INDEX) for lr in labels], dtype=torch.long)
        return out

    # -- decoding -----------------------------------------------------------------------------------
    def batch_decode(self, sequences: Any, **kwargs: Any) -> list[str]:
        """Token rows -> text (special tokens removed and surrounding space stripped by default)."""
        kwargs.setdefault("skip_special_tokens", True)
        return [text.strip() for text in self.tokenizer.batch_decode(sequences, **kwargs)]

    def decode(self, ids: Any, **kwargs: Any) -> str:
        """One token row -> text (as :meth:`batch_decode`)."""
        return self.batch_decode([ids], **kwargs)[0]
