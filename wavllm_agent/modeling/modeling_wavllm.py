"""WavLLM in Hugging Face style: two frozen speech encoders, adapters, and a LoRA'd frozen LLM.

Data flow of one request::

    waveform --Whisper (30 s chunks)--> adapter --+
                                                  +-- cut to shorter, concat, Linear --> audio embeds
    waveform --WavLM (whole) -> layer sum--> adapter --+
    instruction --quoted, LLM with LoRA off--> prompt adapter --> LoRA scale vectors s
    [prefix text] + audio embeds + [suffix text] --LLM with LoRA scaled by s--> answer

The model takes tensors, as transformers' audio LLMs do: :class:`~wavllm_agent.modeling.
processing_wavllm.WavLLMProcessor` (``model.processor``) turns waveforms and text into them, and
``model(**processor(...))`` / ``model.generate(**processor(..., padding_side="left"))`` run them.
Waveform-and-string conveniences (``encode_audio``, ``prompt_scale``, ``generate_text``,
``score_targets``, ...) go through the processor (:mod:`~wavllm_agent.modeling.audio_text_api`).

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

import torch
from torch import nn
from transformers import PreTrainedModel
from transformers.modeling_outputs import CausalLMOutputWithPast

from wavllm_agent.errors import ConfigError
from wavllm_agent.modeling import checkpoint_io
from wavllm_agent.modeling.audio_encoding import encode_wavlm, encode_whisper
from wavllm_agent.modeling.audio_frontend import AudioFrontend
from wavllm_agent.modeling.audio_text_api import AudioTextConveniences
from wavllm_agent.modeling.configuration_wavllm import TRAINABLE_GROUPS, WavLLMConfig
from wavllm_agent.modeling.decoding_rules import RELEASE_GENERATION, generation_options
from wavllm_agent.modeling.frozen_parts import (
    FrozenParts,
    load_frozen_parts,
    load_tokenizer,
    random_part,
    seeded,
)
from wavllm_agent.modeling.fusion import AudioFusion
from wavllm_agent.modeling.input_assembly import IGNORE_INDEX
from wavllm_agent.modeling.layer_weighted_sum import LayerWeightedSum
from wavllm_agent.modeling.modality_adapter import ModalityAdapter, length_mask
from wavllm_agent.modeling.processing_wavllm import WavLLMProcessor
from wavllm_agent.modeling.prompt_adapter import PromptScaleAdapter, rotary_permutation
from wavllm_agent.modeling.prompt_layout import PromptBuilder
from wavllm_agent.modeling.prompt_lora import LoraScaleContext, PromptLoraLinear, inject_prompt_lora
from wavllm_agent.modeling.prompt_scales import PromptScaleMixin, ScaleCache
from wavllm_agent.modeling.trainable_groups import TrainableGroupsMixin

__all__ = ["RELEASE_GENERATION", "WavLLMForConditionalGeneration", "WavLLMPreTrainedModel"]

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


class WavLLMForConditionalGeneration(
    AudioTextConveniences, PromptScaleMixin, TrainableGroupsMixin, WavLLMPreTrainedModel
):
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
        self._processor: WavLLMProcessor | None = None
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
    def processor(self) -> WavLLMProcessor:
        """The processor that turns waveforms and text into this model's tensors."""
        if self._processor is None:
            self._processor = WavLLMProcessor(self.config, self.tokenizer)
        return self._processor

    @property
    def frontend(self) -> AudioFrontend:
        """The processor's audio feature extraction (Whisper log-mels, WavLM input)."""
        return self.processor.frontend

    @property
    def prompt_builder(self) -> PromptBuilder:
        """The processor's prompt layout."""
        return self.processor.prompt_builder

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
    def get_audio_features(
        self,
        input_features: torch.Tensor,
        window_frames: torch.Tensor,
        window_owners: torch.Tensor,
        wavlm_input_values: torch.Tensor,
        wavlm_lengths: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """The fused audio positions of each clip, ``(embeds [C, T, H], mask [C, T] bool)``, from the
        processor's audio tensors (see :mod:`~wavllm_agent.modeling.processing_wavllm`)."""
        n_clips = int(wavlm_lengths.shape[0])
        semantic, semantic_lengths = encode_whisper(
            self.whisper_encoder,
            self.whisper_adapter,
            input_features,
            window_frames,
            window_owners,
            n_clips,
            dtype=self.dtype,
            window_rule=self.config.long_audio_windows,
        )
        acoustic, acoustic_lengths = encode_wavlm(
            self.wavlm, self.wavlm_layer_weights, self.wavlm_adapter, wavlm_input_values, wavlm_lengths,
            dtype=self.dtype,
        )
        fused, lengths = self.fusion(semantic, semantic_lengths, acoustic, acoustic_lengths)
        return fused, length_mask(lengths, fused.shape[1])

    def _pad_id(self) -> int:
        return self.processor.pad_id

    # -- LLM inputs, training and generation ---------------------------------------------------------
    def llm_inputs(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        *,
        speech_positions: torch.Tensor,
        input_features: torch.Tensor,
        window_frames: torch.Tensor,
        window_owners: torch.Tensor,
        wavlm_input_values: torch.Tensor,
        wavlm_lengths: torch.Tensor,
        audio_index: torch.Tensor | None = None,
        **_: Any,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """``(inputs_embeds, attention_mask, position_ids)``: the text embeddings with each row's
        audio positions written where ``speech_positions`` says; positions count real tokens only."""
        device = self.device
        audio, audio_mask = self.get_audio_features(
            input_features, window_frames, window_owners, wavlm_input_values, wavlm_lengths
        )
        if audio_index is not None:
            index = audio_index.to(audio.device)
            audio, audio_mask = audio[index], audio_mask[index]
        input_ids = input_ids.to(device)
        speech = speech_positions.to(device).bool()
        if speech.shape[0] != audio.shape[0] or not torch.equal(speech.sum(1), audio_mask.sum(1)):
            raise ConfigError(
                "the audio placeholders in input_ids do not match the audio's length",
                hint="build input_ids and the audio tensors in one call of model.processor",
            )
        embeds = self.llm.get_input_embeddings()(input_ids)
        embeds = embeds.masked_scatter(speech.unsqueeze(-1), audio[audio_mask].to(embeds.dtype))
        attention = torch.ones_like(input_ids) if attention_mask is None else attention_mask.to(device)
        positions = (attention.long().cumsum(dim=1) - 1).clamp(min=0)
        return embeds, attention, positions

    def forward(  # type: ignore[override]
        self,
        input_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        targets: Sequence[str] | None = None,
        *,
        speech_positions: torch.Tensor | None = None,
        input_features: torch.Tensor | None = None,
        window_frames: torch.Tensor | None = None,
        window_owners: torch.Tensor | None = None,
        wavlm_input_values: torch.Tensor | None = None,
        wavlm_lengths: torch.Tensor | None = None,
        scale_input_ids: torch.Tensor | None = None,
        scale_attention_mask: torch.Tensor | None = None,
        audio_index: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        sampling_rate: int = 16000,
        **kwargs: Any,
    ) -> CausalLMOutputWithPast:
        """Teacher-forced pass on the processor's tensors; with ``labels`` the loss covers the target
        tokens and the end token only.

        For compatibility, ``model(waveforms, instructions, targets)`` (lists) runs the processor first.
        """
        if input_ids is not None and not isinstance(input_ids, torch.Tensor):
            inputs = self.processor(input_ids, attention_mask, targets, sampling_rate=sampling_rate)  # type: ignore[arg-type]
            return self(**inputs)
        if input_ids is None or speech_positions is None or input_features is None:
            raise ConfigError("forward needs input_ids and the audio tensors", hint="use model.processor")
        embeds, attention, positions = self.llm_inputs(
            input_ids,
            attention_mask,
            speech_positions=speech_positions,
            input_features=input_features,
            window_frames=window_frames,
            window_owners=window_owners,
            wavlm_input_values=wavlm_input_values,
            wavlm_lengths=wavlm_lengths,
            audio_index=audio_index,
        )
        with self.lora_context.apply(self.lora_scales(scale_input_ids, scale_attention_mask)):
            if labels is None:
                return self.llm(inputs_embeds=embeds, attention_mask=attention, position_ids=positions,
                                use_cache=False, **kwargs)
            return self._labelled_loss(embeds, attention, positions, labels.to(embeds.device), **kwargs)

    def _labelled_loss(self, embeds: torch.Tensor, attention: torch.Tensor, positions: torch.Tensor,
                       labels: torch.Tensor, **kwargs: Any) -> CausalLMOutputWithPast:
        """The loss over the labelled tokens, projecting onto the vocabulary only the positions that
        predict one (the LLM's ``logits_to_keep`` mask): the same mean cross-entropy as the LLM's own
        loss, without the vocabulary-wide logits of the system text, audio and instruction (about a
        sixth of the time of a training step on ``tiny``). ``logits`` holds the kept positions'
        logits, flattened row by row (``[labelled tokens, vocab]``)."""
        targets = labels[:, 1:]
        predicts = targets != IGNORE_INDEX  # position t predicts the label at t + 1
        keep = torch.nn.functional.pad(predicts, (0, 1), value=False)
        out = self.llm(inputs_embeds=embeds, attention_mask=attention, position_ids=positions, use_cache=False,
                       logits_to_keep=keep, **kwargs)
        logits = out.logits
        loss = torch.nn.functional.cross_entropy(logits.float(), targets[predicts]) if bool(predicts.any()) \
            else logits.sum() * 0.0
        return CausalLMOutputWithPast(loss=loss, logits=logits)

    @torch.no_grad()
    def target_log_probs(self, *, labels: torch.Tensor, **inputs: Any) -> torch.Tensor:
        """Log-probability of each row's labelled tokens (its target and end token), ``[B]``."""
        logits = self(**inputs).logits
        labels = labels.to(logits.device)[:, 1:]
        logp = torch.log_softmax(logits[:, :-1].float(), dim=-1)
        picked = logp.gather(-1, labels.clamp(min=0).unsqueeze(-1)).squeeze(-1)
        return (picked * (labels != -100)).sum(dim=1)

    @torch.no_grad()
    def generate(  # type: ignore[override]
        self,
        input_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        *,
        speech_positions: torch.Tensor | None = None,
        input_features: torch.Tensor | None = None,
        window_frames: torch.Tensor | None = None,
        window_owners: torch.Tensor | None = None,
        wavlm_input_values: torch.Tensor | None = None,
        wavlm_lengths: torch.Tensor | None = None,
        scale_input_ids: torch.Tensor | None = None,
        scale_attention_mask: torch.Tensor | None = None,
        audio_index: torch.Tensor | None = None,
        max_new_tokens: int = 512,
        do_sample: bool = False,
        temperature: float = 1.0,
        top_k: int = 0,
        top_p: float = 1.0,
        num_beams: int = 1,
        release_token_rules: bool = False,
        **generate_kwargs: Any,
    ) -> Any:
        """New token ids per request ``[B * num_return_sequences, N]`` (padded with the pad id); the
        prompt is not repeated in the output. Inputs: the processor's tensors, left-padded.

        Greedy by default; ``do_sample=True`` samples at ``temperature`` (from the whole distribution
        unless ``top_k`` / ``top_p`` cut it); ``num_beams > 1`` runs beam search;
        ``release_token_rules`` applies the release generator's rules (never token id 0, no end token
        as the first answer token). Other keyword arguments go to transformers' ``generate``. The
        scale vectors are computed once per request and reused at every step.
        :data:`RELEASE_GENERATION` holds the release's settings.

        For compatibility, ``generate(waveforms, instructions, ...)`` (lists) runs the processor first.
        """
        options = generation_options(
            self.tokenizer,
            self._pad_id(),
            max_new_tokens=max_new_tokens,
            do_sample=do_sample,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            num_beams=num_beams,
            release_token_rules=release_token_rules,
            extra=generate_kwargs,
        )
        if input_ids is not None and not isinstance(input_ids, torch.Tensor):
            sampling_rate = int(options.pop("sampling_rate", 16000))
            inputs = self.processor(input_ids, attention_mask, sampling_rate=sampling_rate, padding_side="left")  # type: ignore[arg-type]
            return self.generate(**inputs, **options)
        if input_ids is None or speech_positions is None or input_features is None:
            raise ConfigError("generate needs input_ids and the audio tensors", hint="use model.processor")
        embeds, attention, _ = self.llm_inputs(
            input_ids,
            attention_mask,
            speech_positions=speech_positions,
            input_features=input_features,
            window_frames=window_frames,
            window_owners=window_owners,
            wavlm_input_values=wavlm_input_values,
            wavlm_lengths=wavlm_lengths,
            audio_index=audio_index,
        )
        with self.lora_context.apply(self.lora_scales(scale_input_ids, scale_attention_mask)):
            return self.llm.generate(inputs_embeds=embeds, attention_mask=attention, **options)

    # -- saving and loading ------------------------------------------------------------------------
    def save_pretrained(  # type: ignore[override]
        self,
        save_directory: str | Path,
        is_main_process: bool = True,
        state_dict: dict[str, torch.Tensor] | None = None,
        push_to_hub: bool = False,
        **kwargs: Any,
    ) -> None:
        """Write ``config.json`` (naming the frozen parts) and the trainable weights as safetensors.

        Same signature as transformers'; ``state_dict`` (if given) supplies the trainable tensors by
        name; ``push_to_hub`` is refused (nothing leaves the machine); other options of transformers'
        (``safe_serialization``, ``max_shard_size``, ...) do not apply to the small file and are ignored.
        """
        if push_to_hub:
            raise ConfigError("push_to_hub is not supported", hint="upload the saved folder yourself")
        if not is_main_process:
            return
        folder = Path(save_directory)
        folder.mkdir(parents=True, exist_ok=True)
        config_dict = checkpoint_io.portable_sources(self.config.to_dict(), self._loaded_from, folder)
        WavLLMConfig(
            **{k: v for k, v in config_dict.items() if k not in ("model_type", "transformers_version")}
        ).save_pretrained(folder)
        trainable = self.trainable_state_dict()
        if state_dict is not None:
            trainable = {name: state_dict.get(name, tensor) for name, tensor in trainable.items()}
        checkpoint_io.save_trainable(trainable, folder)

    @classmethod
    def from_pretrained(  # type: ignore[override]
        cls,
        pretrained_model_name_or_path: str | Path,
        *model_args: Any,
        config: WavLLMConfig | None = None,
        dtype: torch.dtype | str | None = None,
        device: str | torch.device | None = None,
        device_map: str | torch.device | None = None,
        local_files_only: bool | None = None,
        **kwargs: Any,
    ) -> WavLLMForConditionalGeneration:
        """Load a saved WavLLM folder, or a preset name (frozen parts loaded, trainable parts fresh).

        Same call shape as transformers': ``config`` replaces the folder's config; ``dtype`` (or
        ``torch_dtype``; a dtype or its name, ``"auto"`` = float32): float32 or bfloat16 on CPU,
        bfloat16/float16 on GPU (pick it here rather than calling ``.to(dtype)`` later, which would
        also round the LLM's float32 rotary frequencies); ``device`` or ``device_map`` (one device);
        ``local_files_only`` (default: whether the environment marks the machine offline) applies to
        hub ids among the frozen-part sources. Other keyword arguments replace config fields (a dict
        for a sub-config is merged into it); transformers' hub options (``revision``,
        ``cache_dir``, ...) are accepted and ignored.
        """
        from wavllm_agent.assets.resolve import is_offline

        if model_args:
            raise ConfigError("from_pretrained takes no positional arguments after the path")
        dtype = checkpoint_io.load_dtype(kwargs.pop("torch_dtype", None) if dtype is None else dtype)
        device = device if device is not None else checkpoint_io.load_device(device_map)
        overrides = {k: v for k, v in kwargs.items() if k not in checkpoint_io.HUB_ONLY_OPTIONS}
        resolved, base_dir = checkpoint_io.resolve_config(pretrained_model_name_or_path, overrides)
        if config is not None:
            resolved = config
        offline = is_offline() if local_files_only is None else local_files_only
        parts = load_frozen_parts(resolved, base_dir=base_dir, dtype=dtype, local_files_only=offline)
        model = cls(resolved, parts=parts)
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

