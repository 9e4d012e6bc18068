"""Configuration of the WavLLM model (Hugging Face style).

A :class:`WavLLMConfig` holds three sub-configs for the frozen parts (the Whisper encoder, WavLM and
the LLaMA-family LLM), the sizes of the parts that train (modality adapters, fusion, LoRA, the
prompt-aware scale adapter), the prompt layout, and *where the frozen weights come from*
(``whisper_source``, ``wavlm_source``, ``llm_source``, ``tokenizer_source``). A saved WavLLM folder
holds only the trainable weights; the sources tell :meth:`from_pretrained` how to reassemble the
rest.

Source references:

* ``None`` - random initialisation, seeded by ``random_init_seed`` so that a reload rebuilds the
  very same weights (used by ``tiny-random`` and by WavLM in ``tiny``, since no WavLM weights
  install offline);
* a local folder (absolute, or relative to the saved model folder) or a hub id such as
  ``openai/whisper-large-v2`` - read with safetensors (or ``torch.load(weights_only=True)``);
* ``ct2:<ref>`` (Whisper only) - a CTranslate2 Whisper folder or known model name, rebuilt into an
  HF ``WhisperEncoder``;
* a known model name of :mod:`wavllm_agent.assets.resolve` (e.g. ``smollm2-135m-instruct``);
* ``builtin:bytes`` (tokenizer only) - a byte-level tokenizer built in code, for random LLMs.

Presets (:meth:`WavLLMConfig.from_preset`) are defined in :mod:`wavllm_agent.modeling.presets`.
"""

from __future__ import annotations

from typing import Any

from transformers import LlamaConfig, PreTrainedConfig, WavLMConfig, WhisperConfig
from transformers.configuration_utils import SubConfigSpec

from wavllm_agent.errors import ConfigError
from wavllm_agent.modeling.whisper_sizes import WHISPER_LARGE_V2

RELEASE_SYSTEM_PROMPT = (
    "As a helpful language and speech assistant, you are able to understand the speech content "
    "provided by the user, and assist the user with a variety of tasks using natural language."
)
"""The system text of the released WavLLM prompt."""

PROMPT_FORMATS = ("llama2", "chat_template")
LORA_SCALE_MODES = ("prompt", "static")
LONG_AUDIO_WINDOWS = ("release", "trim")
TRAINABLE_GROUPS = ("adapters", "fusion", "lora", "prompt_adapter")
"""Groups of trainable parameters; :meth:`WavLLMForConditionalGeneration.set_trainable` picks some."""

class WavLLMConfig(PreTrainedConfig):
    r"""Configuration of :class:`~wavllm_agent.modeling.WavLLMForConditionalGeneration`.

    Sub-configs:
        whisper_config: ``WhisperConfig`` of the semantic encoder (only its encoder is built).
        wavlm_config: ``WavLMConfig`` of the acoustic encoder.
        llm_config: ``LlamaConfig`` of the frozen LLM.

    Frozen-part sources (see the module docstring): ``whisper_source``, ``wavlm_source``,
    ``llm_source``, ``tokenizer_source`` (defaults to ``llm_source``); ``random_init_seed`` seeds the
    parts whose source is ``None``.

    Adapter sizes (release values for the 7B model in brackets): ``whisper_conv_channels`` - first
    subsampling conv of the Whisper branch, before its GLU [1280]; ``wavlm_conv_channels`` - the same
    for the WavLM branch [512]; ``adapter_width`` - width after the second conv and GLU, also the
    bottleneck's outer width [1024]; ``adapter_bottleneck`` [512]; ``projector_width`` - each
    branch's output; the two are concatenated and projected to the LLM width [2048];
    ``keep_unused_audio_proj`` - build the release's unused ``audio_proj`` (projector_width -> LLM
    width) so that converted checkpoints keep every tensor [True for converted releases].

    LoRA and the prompt-aware scale: ``lora_r`` [32], ``lora_alpha`` [32] (only used by
    ``lora_scale_mode="static"``, i.e. ``alpha / r`` as in plain LoRA, e.g. for the first training
    stage), ``lora_dropout`` [0.1], ``lora_target_modules`` [q, k, v, o], ``lora_scale_mode``
    (``"prompt"``: the per-request vector of the prompt adapter; ``"static"``), ``prompt_adapter_hidden``
    [1024], ``prompt_scale_max`` [3.0], ``scale_rotary_permuted`` (converted releases: q and k use
    the rotary-permuted copy of the scale vector, see :mod:`~wavllm_agent.modeling.convert_fairseq`).

    Prompt layout: ``prompt_format`` (``"llama2"``: the release's plain-text LLaMA-2 layout;
    ``"chat_template"``: the LLM tokenizer's own chat template with the speech spliced in),
    ``system_prompt``, ``speech_begin`` / ``speech_end`` (ordinary text, not special tokens),
    ``bos_after_audio`` (reproduce the release's generator, which puts BOS in place of the first
    text token after the audio; True in converted releases).

    Audio: ``sampling_rate`` (16000), ``whisper_chunk_seconds`` (30: Whisper's window),
    ``long_audio_windows`` (``"release"``: clips over 30 s are encoded as the release encodes them,
    the padded tail of the last window included, see :mod:`~wavllm_agent.modeling.audio_encoding`;
    ``"trim"``: each window cut to its own real frames),
    ``wavlm_normalize_input`` (zero-mean unit-variance waveform before WavLM, as the WavLM
    checkpoint's feature extractor says; False for microsoft/wavlm-base).
    """

    model_type = "wavllm"
    sub_configs_defaults = {
        "whisper_config": SubConfigSpec(config_class=WhisperConfig, init_kwargs=WHISPER_LARGE_V2),
        "wavlm_config": SubConfigSpec(config_class=WavLMConfig),
        "llm_config": SubConfigSpec(config_class=LlamaConfig),
    }

    whisper_config: dict | PreTrainedConfig | None = None
    wavlm_config: dict | PreTrainedConfig | None = None
    llm_config: dict | PreTrainedConfig | None = None

    whisper_source: str | None = None
    wavlm_source: str | None = None
    llm_source: str | None = None
    tokenizer_source: str | None = None
    random_init_seed: int = 0

    whisper_conv_channels: int = 1280
    wavlm_conv_channels: int = 512
    adapter_width: int = 1024
    adapter_bottleneck: int = 512
    projector_width: int = 2048
    keep_unused_audio_proj: bool = False

    lora_r: int = 32
    lora_alpha: float | int = 32
    lora_dropout: float | int = 0.1
    lora_target_modules: list[str] | tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj")
    lora_scale_mode: str = "prompt"
    prompt_adapter_hidden: int = 1024
    prompt_scale_max: float | int = 3.0
    scale_rotary_permuted: bool = False

    prompt_format: str = "llama2"
    system_prompt: str = RELEASE_SYSTEM_PROMPT
    speech_begin: str = "<SPEECH>"
    speech_end: str = "</SPEECH>"
    bos_after_audio: bool = False

    sampling_rate: int = 16000
    whisper_chunk_seconds: int = 30
    long_audio_windows: str = "release"
    wavlm_normalize_input: bool = False
    preset: str | None = None

    def __post_init__(self, **kwargs: Any) -> None:
        super().__post_init__(**kwargs)
        self.lora_target_modules = list(self.lora_target_modules)
        self.check()

    # -- derived sizes --------------------------------------------------------------------------
    @property
    def llm_hidden_size(self) -> int:
        """Width of the LLM's hidden states (the fused audio positions have this width)."""
        return int(self.llm_config.hidden_size)

    @property
    def llm_head_dim(self) -> int:
        """Width of one attention head of the LLM."""
        head_dim = getattr(self.llm_config, "head_dim", None)
        return int(head_dim or self.llm_config.hidden_size // self.llm_config.num_attention_heads)

    @property
    def llm_kv_width(self) -> int:
        """Output width of k_proj / v_proj (narrower than the hidden size under grouped-query attention)."""
        kv_heads = self.llm_config.num_key_value_heads or self.llm_config.num_attention_heads
        return int(kv_heads * self.llm_head_dim)

    @property
    def is_grouped_query(self) -> bool:
        """True when k and v are narrower than q (grouped-query attention)."""
        return self.llm_kv_width != self.llm_hidden_size

    def check(self) -> None:
        """Raise :class:`ConfigError` when values cannot make a working model."""
        if self.prompt_format not in PROMPT_FORMATS:
            raise ConfigError(
                f"unknown prompt_format {self.prompt_format!r}",
                hint=f"use one of {', '.join(PROMPT_FORMATS)}",
            )
        if self.lora_scale_mode not in LORA_SCALE_MODES:
            raise ConfigError(
                f"unknown lora_scale_mode {self.lora_scale_mode!r}",
                hint=f"use one of {', '.join(LORA_SCALE_MODES)}",
            )
        if self.long_audio_windows not in LONG_AUDIO_WINDOWS:
            raise ConfigError(
                f"unknown long_audio_windows {self.long_audio_windows!r}",
                hint=f"use one of {', '.join(LONG_AUDIO_WINDOWS)}",
            )
        unknown = set(self.lora_target_modules) - {"q_proj", "k_proj", "v_proj", "o_proj"}
        if unknown:
            raise ConfigError(
                f"LoRA targets must be attention projections, got {sorted(unknown)}",
                hint="WavLLM puts LoRA on q_proj, k_proj, v_proj and o_proj only",
            )
        sizes = {
            "lora_r": self.lora_r,
            "adapter_width": self.adapter_width,
            "adapter_bottleneck": self.adapter_bottleneck,
            "projector_width": self.projector_width,
            "whisper_conv_channels": self.whisper_conv_channels,
            "wavlm_conv_channels": self.wavlm_conv_channels,
            "prompt_adapter_hidden": self.prompt_adapter_hidden,
            "sampling_rate": self.sampling_rate,
        }
        for name, value in sizes.items():
            if int(value) <= 0:
                raise ConfigError(f"{name} must be positive, got {value}")
        for name in ("whisper_conv_channels", "wavlm_conv_channels"):
            if int(getattr(self, name)) % 2:
                raise ConfigError(f"{name} must be even (a GLU halves it), got {getattr(self, name)}")
        if not 0.0 <= float(self.lora_dropout) < 1.0:
            raise ConfigError(f"lora_dropout must be in [0, 1), got {self.lora_dropout}")
        if float(self.prompt_scale_max) <= 0:
            raise ConfigError(f"prompt_scale_max must be positive, got {self.prompt_scale_max}")
        if self.llm_head_dim * self.llm_config.num_attention_heads != self.llm_hidden_size:
            raise ConfigError(
                "the LLM's q_proj width must equal its hidden size",
                hint="WavLLM supports LLaMA-family models whose heads x head_dim == hidden size",
            )
        if self.scale_rotary_permuted and self.is_grouped_query:
            raise ConfigError("scale_rotary_permuted is only defined for full multi-head attention")

    @classmethod
    def from_preset(cls, name: str, **overrides: Any) -> WavLLMConfig:
        """The configuration of a named preset: ``"wavllm-7b"``, ``"tiny"`` or ``"tiny-random"``.

        ``overrides`` replace top-level fields; sub-config fields are overridden by passing a dict,
        e.g. ``llm_config={"num_key_value_heads": 2}`` (merged into the preset's sub-config).
        """
        from wavllm_agent.modeling.presets import preset_kwargs

        kwargs = preset_kwargs(name)
        for key, value in overrides.items():
            if key in cls.sub_configs_defaults and isinstance(value, dict):
                kwargs[key] = {**kwargs.get(key, {}), **value}
            else:
                kwargs[key] = value
        return cls(**kwargs)
