"""WavLLM in Hugging Face style: two frozen speech encoders, adapters, and a LoRA'd frozen LLM.

Data flow of one request::

    waveform --Whisper (30 s chunks)--> adapter --+
                                                  +-- cut to shorter, concat, Linear --> audio embeds
    waveform --WavLM (whole) -> layer sum--> adapter --+
    instruction --quoted, LLM with LoRA off--> prompt adapter --> LoRA scale vectors s
    [prefix text] + audio embeds + [suffix text] --LLM with LoRA scaled by s--> answer

Batches are exact: padding never changes a row's audio encoding, prompt scale or output (rows are
encoded without cross-row padding effects, the prompt pass and pooling mask padding, generation
pads on the left with real-position ids). The encoders and the LLM are frozen; which of the
trainable groups (``adapters``, ``fusion``, ``lora``, ``prompt_adapter``) train is set by
:meth:`WavLLMForConditionalGeneration.set_trainable`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn
from transformers import PreTrainedModel
from transformers.modeling_outputs import CausalLMOutputWithPast

from wavllm_agent.errors import ConfigError
from wavllm_agent.modeling import checkpoint_io
from wavllm_agent.modeling.audio_encoding import encode_wavlm, encode_whisper
from wavllm_agent.modeling.audio_frontend import AudioFrontend, check_waveforms
from wavllm_agent.modeling.configuration_wavllm import TRAINABLE_GROUPS, WavLLMConfig
from wavllm_agent.modeling.frozen_parts import (
    FrozenParts,
    load_frozen_parts,
    load_tokenizer,
    random_part,
    seeded,
)
from wavllm_agent.modeling.fusion import AudioFusion
from wavllm_agent.modeling.input_assembly import AssembledInputs, assemble_inputs
from wavllm_agent.modeling.layer_weighted_sum import LayerWeightedSum
from wavllm_agent.modeling.modality_adapter import ModalityAdapter, length_mask
from wavllm_agent.modeling.prompt_adapter import PromptScaleAdapter, rotary_permutation
from wavllm_agent.modeling.prompt_layout import PromptBuilder
from wavllm_agent.modeling.prompt_lora import LoraScaleContext, PromptLoraLinear, inject_prompt_lora
from wavllm_agent.modeling.prompt_scales import ScaleCache, instruction_states
from wavllm_agent.modeling.trainable_groups import TrainableGroupsMixin

RELEASE_GENERATION = {
    "do_sample": True,
    "temperature": 0.5,
    "top_k": 0,
    "top_p": 1.0,
    "num_beams": 1,
    "max_new_tokens": 512,
}
"""The release's decoding settings: plain sampling (fairseq's, no top-k or nucleus cut) at
temperature 0.5, beam 1, at most 512 new tokens."""

_TRAINABLE_SEED_OFFSET = 404
_SCALE_CACHE_SIZE = 256


class WavLLMPreTrainedModel(PreTrainedModel):
    """Base class: config class, weight init of WavLLM's own modules, capability flags."""

    config_class = WavLLMConfig
    base_model_prefix = "wavllm"
    main_input_name = "input_features"
    input_modalities = ("audio", "text")
    supports_gradient_checkpointing = True
    _no_split_modules = ["WhisperEncoderLayer", "WavLMEncoderLayer", "LlamaDecoderLayer"]

    def _init_weights(self, module: nn.Module) -> None:
        # WavLLM's own modules start as the release's did: PyTorch's default initialisation
        # (LoRA: A uniform, B zero; layer weights: ones). Frozen parts initialise themselves.
        if isinstance(module, PromptLoraLinear):
            module.reset_lora_parameters()
        elif isinstance(module, LayerWeightedSum):
            with torch.no_grad():
                module.weights.fill_(1.0)
        elif isinstance(module, nn.Linear | nn.Conv1d | nn.LayerNorm) and not module.weight.is_meta:
            module.reset_parameters()


class WavLLMForConditionalGeneration(TrainableGroupsMixin, WavLLMPreTrainedModel):
    """The WavLLM speech LLM. Build with a config (random frozen parts, or pass ``parts``), or load
    with :meth:`from_pretrained` (a saved folder or a preset name)."""

    def __init__(self, config: WavLLMConfig, *, parts: FrozenParts | None = None) -> None:
        super().__init__(config)
        if parts is None:
            parts = FrozenParts(
                whisper=random_part("whisper", config),
                wavlm=random_part("wavlm", config),
                llm=random_part("llm", config),
                tokenizer=None,
            )
        for part in (parts.whisper, parts.wavlm, parts.llm):
            for module in part.modules():
                module._is_hf_initialized = True  # loaded or seeded already: post_init must not touch them
        self.whisper_encoder = parts.whisper
        self.wavlm = parts.wavlm
        self.llm = parts.llm
        self._tokenizer = parts.tokenizer

        hidden = config.llm_hidden_size
        with seeded(int(config.random_init_seed) + _TRAINABLE_SEED_OFFSET):
            self.whisper_adapter = ModalityAdapter(
                config.whisper_config.d_model,
                config.whisper_conv_channels,
                config.adapter_width,
                config.adapter_bottleneck,
                config.projector_width,
            )
            self.wavlm_layer_weights = LayerWeightedSum(config.wavlm_config.num_hidden_layers + 1)
            self.wavlm_adapter = ModalityAdapter(
                config.wavlm_config.hidden_size,
                config.wavlm_conv_channels,
                config.adapter_width,
                config.adapter_bottleneck,
                config.projector_width,
            )
            self.fusion = AudioFusion(config.projector_width, hidden)
            # The release builds this projection but never uses it; kept only for checkpoint fidelity.
            self.audio_proj = (
                nn.Linear(config.projector_width, hidden) if config.keep_unused_audio_proj else None
            )
            permutation = None
            if config.scale_rotary_permuted:
                permutation = rotary_permutation(config.llm_config.num_attention_heads, config.llm_head_dim)
            self.prompt_adapter = PromptScaleAdapter(
                hidden,
                config.prompt_adapter_hidden,
                kv_width=config.llm_kv_width,
                scale_max=config.prompt_scale_max,
                permutation=permutation,
            )
            self.lora_context = LoraScaleContext()
            self.lora_layers = inject_prompt_lora(
                self.llm,
                r=config.lora_r,
                dropout=float(config.lora_dropout),
                targets=list(config.lora_target_modules),
                context=self.lora_context,
            )
        self._mark_trainable_initialised()  # seeded above: post_init must not redraw them
        self._frontend: AudioFrontend | None = None
        self._prompt_builder: PromptBuilder | None = None
        self._scale_cache = ScaleCache(_SCALE_CACHE_SIZE)
        self._loaded_from: Path | None = None
        self.post_init()
        self.set_trainable(TRAINABLE_GROUPS)

    # -- helpers built on first use ---------------------------------------------------------------
    @property
    def tokenizer(self) -> Any:
        """The LLM's tokenizer (loaded from ``tokenizer_source`` on first use)."""
        if self._tokenizer is None:
            from wavllm_agent.assets.resolve import is_offline

            source = self.config.tokenizer_source or self.config.llm_source
            self._tokenizer = load_tokenizer(
                source, base_dir=self._loaded_from, local_files_only=is_offline()
            )
        return self._tokenizer

    @property
    def frontend(self) -> AudioFrontend:
        if self._frontend is None:
            cfg = self.config
            self._frontend = AudioFrontend(
                n_mels=cfg.whisper_config.num_mel_bins,
                sampling_rate=cfg.sampling_rate,
                chunk_seconds=cfg.whisper_chunk_seconds,
                normalize_wavlm=cfg.wavlm_normalize_input,
            )
        return self._frontend

    @property
    def prompt_builder(self) -> PromptBuilder:
        if self._prompt_builder is None:
            self._prompt_builder = PromptBuilder(self.config, self.tokenizer)
        return self._prompt_builder

    def train(self, mode: bool = True) -> WavLLMForConditionalGeneration:
        super().train(mode)
        # Frozen parts stay in eval mode (no dropout in encoders or LLM), as in the release.
        for part in (self.whisper_encoder, self.wavlm, self.llm):
            part.eval()
        if mode:
            for lora in self.lora_layers:
                lora.train(True)
        return self

    def _activation_checkpointing_enable(self, *args: Any, **kwargs: Any) -> None:
        super()._activation_checkpointing_enable(*args, **kwargs)
        for module in self.llm.modules():  # recomputed layers must see their forward's LoRA scales
            func = getattr(module, "_gradient_checkpointing_func", None)
            if func is not None and not getattr(func, "replays_lora", False):
                wrapped = self.lora_context.replaying(func)
                wrapped.replays_lora = True  # type: ignore[attr-defined]
                module._gradient_checkpointing_func = wrapped

    # -- audio ------------------------------------------------------------------------------------
    def encode_audio(
        self, waveforms: Sequence[np.ndarray], sampling_rate: int = 16000
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """The fused audio positions the LLM sees: (embeds [B, T, H], mask [B, T] bool), T = 12.5 per second.

        Raises:
            AudioError: waveforms that are not 16 kHz mono float arrays of at least 25 ms.
        """
        # The same array given several times (one clip scored against several answers) is encoded once.
        first: dict[int, int] = {}
        rows = [first.setdefault(id(w), len(first)) for w in waveforms]
        if len(first) < len(rows):
            unique = [waveforms[rows.index(k)] for k in range(len(first))]
            embeds, mask = self.encode_audio(unique, sampling_rate)
            index = torch.tensor(rows, device=embeds.device)
            return embeds[index], mask[index]
        clips = check_waveforms(waveforms, sampling_rate, self.config.sampling_rate)
        semantic, semantic_lengths = encode_whisper(
            self.whisper_encoder, self.whisper_adapter, self.frontend, clips, dtype=self.dtype
        )
        acoustic, acoustic_lengths = encode_wavlm(
            self.wavlm, self.wavlm_layer_weights, self.wavlm_adapter, self.frontend, clips, dtype=self.dtype
        )
        fused, lengths = self.fusion(semantic, semantic_lengths, acoustic, acoustic_lengths)
        return fused, length_mask(lengths, fused.shape[1])

    # -- prompt-aware scale -------------------------------------------------------------------------
    def prompt_scale(self, instructions: Sequence[str]) -> torch.Tensor:
        """The prompt-aware LoRA scale of each instruction, ``[B, hidden]``, every value in [0, max].

        A row depends only on its own instruction (padding is masked). In eval mode the values are
        computed without gradients and cached per instruction text (and per adapter weights); in
        training mode they are computed afresh, with gradients.
        """
        return self._prompt_scales(instructions)["o"]

    def _prompt_scales(self, instructions: Sequence[str]) -> dict[str, torch.Tensor]:
        texts = [str(text) for text in instructions]
        if self.training:  # the adapter may be learning: fresh values, with gradients
            return self._compute_prompt_scales(texts)
        # Keyed by the adapter's weights too (in-place edits bump a tensor's _version).
        params = list(self.prompt_adapter.parameters())
        version = (self.device, self.dtype, *(p._version for p in params), *(p.data_ptr() for p in params))
        with torch.no_grad():
            return self._scale_cache.get(texts, version, self._compute_prompt_scales)

    def clear_prompt_scale_cache(self) -> None:
        """Forget cached prompt scales (they are keyed by the adapter's weights, so edits show anyway)."""
        self._scale_cache.clear()

    def _compute_prompt_scales(self, texts: list[str]) -> dict[str, torch.Tensor]:
        rows = [self.prompt_builder.scale_prompt(text) for text in texts]
        hidden, mask = instruction_states(self.llm, self.lora_context, rows, self._pad_id())
        return self.prompt_adapter(hidden.to(self.dtype), mask)

    def _lora_scales(self, instructions: Sequence[str]) -> dict[str, Any]:
        if self.config.lora_scale_mode == "static":
            factor = float(self.config.lora_alpha) / float(self.config.lora_r)
            return dict.fromkeys(("q", "k", "v", "o"), factor)
        return self._prompt_scales(instructions)

    # -- LLM inputs, training and generation ---------------------------------------------------------
    def _pad_id(self) -> int:
        tokenizer = self.tokenizer
        pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        return int(pad)

    def build_inputs(
        self,
        waveforms: Sequence[np.ndarray],
        instructions: Sequence[str],
        targets: Sequence[str] | None = None,
        *,
        sampling_rate: int = 16000,
        padding_side: str = "right",
    ) -> AssembledInputs:
        """The LLM's input for a batch: embeddings with the audio spliced in, masks, and labels if targets."""
        if len(instructions) != len(waveforms) or (targets is not None and len(targets) != len(waveforms)):
            raise ConfigError("waveforms, instructions and targets must have one entry per sample")
        audio, audio_mask = self.encode_audio(waveforms, sampling_rate)
        pieces = [
            self.prompt_builder.pieces(instr, None if targets is None else targets[i])
            for i, instr in enumerate(instructions)
        ]
        return assemble_inputs(
            pieces,
            audio,
            audio_mask,
            self.llm.get_input_embeddings(),
            pad_id=self._pad_id(),
            padding_side=padding_side,
            with_labels=targets is not None,
        )

    def forward(
        self,
        waveforms: Sequence[np.ndarray],
        instructions: Sequence[str],
        targets: Sequence[str] | None = None,
        *,
        sampling_rate: int = 16000,
    ) -> CausalLMOutputWithPast:
        """Teacher-forced pass; with ``targets`` the loss covers only the target tokens and the end token."""
        inputs = self.build_inputs(waveforms, instructions, targets, sampling_rate=sampling_rate)
        with self.lora_context.apply(self._lora_scales(instructions)):
            return self.llm(
                inputs_embeds=inputs.inputs_embeds,
                attention_mask=inputs.attention_mask,
                position_ids=inputs.position_ids,
                labels=inputs.labels,
                use_cache=False,
            )

    @torch.no_grad()
    def score_targets(
        self,
        waveforms: Sequence[np.ndarray],
        instructions: Sequence[str],
        targets: Sequence[str],
        *,
        sampling_rate: int = 16000,
    ) -> torch.Tensor:
        """Log-probability of each target (its tokens and the end token) as the answer, ``[B]``.

        Used to choose among fixed answers ("Yes" / "No", emotion labels, option letters): the
        row with the highest score is the model's choice.
        """
        inputs = self.build_inputs(waveforms, instructions, targets, sampling_rate=sampling_rate)
        with self.lora_context.apply(self._lora_scales(instructions)):
            logits = self.llm(
                inputs_embeds=inputs.inputs_embeds,
                attention_mask=inputs.attention_mask,
                position_ids=inputs.position_ids,
                use_cache=False,
            ).logits
        labels = inputs.labels[:, 1:]
        logp = torch.log_softmax(logits[:, :-1].float(), dim=-1)
        picked = logp.gather(-1, labels.clamp(min=0).unsqueeze(-1)).squeeze(-1)
        return (picked * (labels != -100)).sum(dim=1)

    @torch.no_grad()
    def generate(
        self,
        waveforms: Sequence[np.ndarray],
        instructions: Sequence[str],
        *,
        sampling_rate: int = 16000,
        max_new_tokens: int = 512,
        do_sample: bool = False,
        temperature: float = 1.0,
        top_k: int = 0,
        top_p: float = 1.0,
        num_beams: int = 1,
        **generate_kwargs: Any,
    ) -> torch.LongTensor:
        """New token ids per request ``[B * num_return_sequences, N]`` (padded with the pad id).

        Greedy by default; ``do_sample=True`` samples at ``temperature`` (from the whole distribution
        unless ``top_k`` / ``top_p`` cut it); ``num_beams > 1`` runs beam search. Other keyword
        arguments go to transformers' ``generate``. The scale vectors are computed once per request
        and reused at every step. :data:`RELEASE_GENERATION` holds the release's settings.
        """
        inputs = self.build_inputs(waveforms, instructions, sampling_rate=sampling_rate, padding_side="left")
        options: dict[str, Any] = {
            "max_new_tokens": max_new_tokens,
            "do_sample": do_sample,
            "num_beams": num_beams,
            "pad_token_id": self._pad_id(),
            "eos_token_id": self.tokenizer.eos_token_id,
        }
        if do_sample:
            options.update(temperature=temperature, top_k=top_k, top_p=top_p)
        else:
            options.update(temperature=None, top_p=None, top_k=None)
        options.update(generate_kwargs)
        with self.lora_context.apply(self._lora_scales(instructions)):
            return self.llm.generate(
                inputs_embeds=inputs.inputs_embeds, attention_mask=inputs.attention_mask, **options
            )

    def generate_text(
        self, waveforms: Sequence[np.ndarray], instructions: Sequence[str], **kwargs: Any
    ) -> list[str]:
        """:meth:`generate`, decoded to text (special tokens removed, surrounding space stripped)."""
        tokens = self.generate(waveforms, instructions, **kwargs)
        return [text.strip() for text in self.tokenizer.batch_decode(tokens, skip_special_tokens=True)]

    # -- saving and loading ------------------------------------------------------------------------
    def save_pretrained(self, save_directory: str | Path, **_: Any) -> None:
        """Write ``config.json`` (naming the frozen parts) and the trainable weights as safetensors."""
        folder = Path(save_directory)
        folder.mkdir(parents=True, exist_ok=True)
        config_dict = checkpoint_io.portable_sources(self.config.to_dict(), self._loaded_from, folder)
        WavLLMConfig(
            **{k: v for k, v in config_dict.items() if k not in ("model_type", "transformers_version")}
        ).save_pretrained(folder)
        checkpoint_io.save_trainable(self.trainable_state_dict(), folder)

    @classmethod
    def from_pretrained(
        cls,
        pretrained_model_name_or_path: str | Path,
        *,
        dtype: torch.dtype = torch.float32,
        device: str | torch.device | None = None,
        local_files_only: bool | None = None,
        **config_overrides: Any,
    ) -> WavLLMForConditionalGeneration:
        """Load a saved WavLLM folder, or a preset name (frozen parts loaded, trainable parts fresh).

        ``dtype``: float32 or bfloat16 on CPU, bfloat16/float16 on GPU (pick it here rather than
        calling ``.to(dtype)`` later, which would also round the LLM's float32 rotary frequencies).
        ``local_files_only`` (default: whether the environment marks the machine offline) applies to
        hub ids among the frozen-part sources. ``config_overrides`` replace config fields (a dict
        for a sub-config is merged into it).
        """
        from wavllm_agent.assets.resolve import is_offline

        config, base_dir = checkpoint_io.resolve_config(pretrained_model_name_or_path, config_overrides)
        offline = is_offline() if local_files_only is None else local_files_only
        parts = load_frozen_parts(config, base_dir=base_dir, dtype=dtype, local_files_only=offline)
        model = cls(config, parts=parts)
        for group in TRAINABLE_GROUPS:  # the frozen parts are in dtype already (with fp32 rotary buffers)
            for module in model.trainable_modules(group):
                module.to(dtype)
        model._loaded_from = base_dir
        if base_dir is not None:
            state = checkpoint_io.load_trainable(base_dir)
            expected = {name: p.shape for name, p in model.trainable_state_dict().items()}
            checkpoint_io.check_trainable(expected, state, base_dir)
            model.load_state_dict(state, strict=False)
        if device is not None:
            model.to(device)
        return model.eval()
