"""The training recipe as configuration: one YAML file, validated by the models below.

A recipe names the model to start from, the data (manifests, each a *source* with a task and a
weight, and a validation manifest), the stages of the curriculum and run-wide settings. Each field
is documented where it is declared (those docstrings are also the field descriptions of the JSON
schema, and docs/training.md lists them). Unknown keys are refused, so a misspelt field is an
error rather than a silently ignored setting. Paths are relative to the YAML file's folder.

The paper's curriculum is the default shape (``examples/train_tiny.yaml``)::

    stages:
      - name: single           # stage 1: mixed single tasks, static LoRA scale
        trainable: [adapters, fusion, lora]
        lora_scale: static
      - name: multi            # stage 2: multi-task instructions, varied wordings,
        trainable: [adapters, fusion, lora, prompt_adapter]   # prompt-aware LoRA scale
        lora_scale: prompt
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from wavllm_agent.errors import ConfigError

TRAINABLE = Literal["adapters", "fusion", "lora", "prompt_adapter"]
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True, frozen=True)


class ModelSection(_Section):
    """Where training starts."""

    name_or_path: str = "tiny"
    """A preset (``tiny-random``, ``tiny``, ``wavllm-7b``) or a saved WavLLM folder (relative to the
    recipe's folder, or absolute). A folder's trainable weights are the starting point."""
    dtype: Literal["float32", "bfloat16"] = "float32"
    """Storage type of the weights. Keep ``float32`` with ``precision: bf16`` for mixed precision;
    ``bfloat16`` halves memory but also rounds the weights that train."""
    overrides: dict[str, Any] = Field(default_factory=dict)
    """WavLLM config fields to replace, e.g. ``{lora_dropout: 0.0}`` or ``{lora_r: 16, lora_alpha: 16}``
    (a preset's trainable parts are then built to the new sizes)."""


class SourceSection(_Section):
    """One training manifest."""

    manifest: Path
    """JSON Lines or released-tsv manifest (see docs/evaluation.md for the row format)."""
    name: str | None = None
    """Name the stages' ``mix`` refers to (default: the task, else the manifest's file stem)."""
    task: str | None = None
    """Task of every row (``asr``, ``st``, ``sv``, ``er``, ``sqa``, ``multi``, ...). Default: each row's
    ``task`` field."""
    weight: float = Field(1.0, ge=0)
    """Share of this source in an epoch, relative to the other sources (used by stages without a
    ``mix``). A source smaller than its share repeats within the epoch."""


class ValidationSection(_Section):
    """Periodic validation: teacher-forced loss and, optionally, the task metrics of generated answers."""

    manifest: Path
    """Validation manifest; rows with a ``prompt`` keep it, others get their task's first phrasing."""
    task: str | None = None
    """Task of every row (default: each row's ``task`` field)."""
    max_rows: int | None = Field(32, ge=1)
    """Use only the first N rows (None: all)."""
    batch_size: int = Field(4, ge=1)
    """Rows per forward pass (per process)."""
    generate: bool = True
    """Also generate answers (greedy) and score them: asr WER, st BLEU, sv/er/sqa accuracy, in percent
    (off: the loss only, which is much quicker). Under FSDP or DeepSpeed ZeRO-3 no process holds the
    whole model and validation is skipped."""
    max_new_tokens: int = Field(48, ge=1)
    """Most new tokens per generated answer."""


class DataSection(_Section):
    """Training and validation data."""

    train: list[SourceSection] = Field(min_length=1)
    """The training sources (manifests)."""
    validation: ValidationSection | None = None
    """Validation data (none: no validation)."""
    max_audio_seconds: float = Field(30.0, gt=0)
    """Rows with longer audio (both clips of an sv pair together) are left out, with a warning."""
    bucket_batches: int = Field(8, ge=1)
    """Length bucketing: each window of this many micro-batches is sorted by audio length before it is
    cut into micro-batches, so a batch holds clips of similar length (1: no bucketing)."""
    num_workers: int = Field(0, ge=0)
    """DataLoader worker processes that decode audio (0: the training process itself)."""


class StageSection(_Section):
    """One stage of the curriculum; it starts from the previous stage's result."""

    name: str
    """Stage name (letters, digits, ``_.-``): the stage's folder under the output folder."""
    trainable: list[TRAINABLE] = Field(default_factory=lambda: ["adapters", "fusion", "lora"], min_length=1)
    """Parameter groups that train: ``adapters`` (both modality adapters and the WavLM layer weights),
    ``fusion``, ``lora``, ``prompt_adapter``. Encoders and the LLM never train."""
    lora_scale: Literal["static", "prompt"] = "static"
    """LoRA scale: ``static`` (alpha / r, stage 1) or ``prompt`` (the prompt-aware adapter's vector)."""
    mix: dict[str, float] | None = None
    """Source name -> weight for this stage (default: the sources' own weights). Sources left out do not
    take part."""
    varied_prompts: bool = True
    """Draw each row's instruction from its task's bank of phrasings (seeded); off: always the first
    phrasing. Rows with their own ``prompt`` keep it."""
    max_subtasks: int = Field(4, ge=2)
    """Multi-task rows: most sub-tasks joined into one instruction (at least two)."""
    steps: int = Field(ge=1)
    """Optimizer steps of this stage."""
    lr: float = Field(gt=0)
    """Peak learning rate (AdamW), reached after the warmup, then a cosine decay to zero."""
    warmup_steps: int = Field(0, ge=0)
    """Linear warmup from zero, in optimizer steps."""
    weight_decay: float = Field(0.0, ge=0)
    """AdamW weight decay."""
    batch_size: int = Field(8, ge=1)
    """Examples per optimizer step over all processes (the global batch)."""
    micro_batch_size: int | None = Field(None, ge=1)
    """Examples per process per forward pass (default: each process's share of ``batch_size``, no
    accumulation). Gradient accumulation is ``batch_size / (micro_batch_size x processes)``, so the
    same recipe trains the same way on any number of processes; it must divide evenly."""
    max_grad_norm: float | None = Field(1.0, gt=0)
    """Clip the gradient norm to this (None: no clipping)."""
    gradient_checkpointing: bool = False
    """Recompute the LLM's layer activations in the backward pass (``tiny`` on a CPU: a quarter less
    training memory, a third more time)."""
    log_every: int = Field(1, ge=1)
    """Show and record the training loss every N steps."""
    eval_every: int | None = Field(None, ge=1)
    """Validate every N steps (and always at the end of the stage when there is validation data)."""
    save_every: int | None = Field(None, ge=1)
    """Write a resumable checkpoint every N steps (the stage's end is always saved)."""

    @field_validator("name")
    @classmethod
    def _safe_name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("use letters, digits, '_', '.' and '-' only (it names a folder)")
        return value

    @model_validator(mode="after")
    def _batches(self) -> StageSection:
        if self.micro_batch_size and self.batch_size % self.micro_batch_size:
            raise ValueError(f"batch_size {self.batch_size} is not a multiple of micro_batch_size "
                             f"{self.micro_batch_size}")
        if "prompt_adapter" in self.trainable and self.lora_scale == "static":
            # With the static scale the adapter's output is never used: it would get no gradient.
            raise ValueError("prompt_adapter can only train with lora_scale: prompt")
        return self

    def accumulation(self, processes: int) -> tuple[int, int]:
        """``(micro_batch_size, gradient accumulation steps)`` on ``processes`` processes.

        Raises:
            ConfigError: the global batch does not split evenly.
        """
        micro = self.micro_batch_size or max(1, self.batch_size // processes)
        per_step, leftover = divmod(self.batch_size, micro * processes)
        if leftover or per_step < 1:
            raise ConfigError(
                f"stage {self.name!r}: batch_size {self.batch_size} does not split over {processes} "
                f"process(es) in micro-batches of {micro}",
                hint="make batch_size a multiple of micro_batch_size x the number of processes",
            )
        return micro, per_step


class RunSection(_Section):
    """Settings of the whole run."""

    output: Path = Path("runs/wavllm")
    """Output folder (relative to the recipe's folder); ``--output`` overrides it."""
    seed: int = 0
    """Seed of the data order, the instruction wordings and dropout."""
    precision: Literal["fp32", "bf16", "fp16"] = "fp32"
    """Mixed precision through accelerate (bf16 runs on recent CPUs and GPUs; fp16 on GPUs only)."""
    threads: int | None = Field(None, ge=1)
    """Torch threads per process (default: the cores this process may use, shared among the
    processes on the machine)."""
    keep_checkpoints: int = Field(2, ge=1)
    """Resumable checkpoints kept per stage (older ones are deleted)."""
    plot: bool = True
    """Write ``loss.png`` (matplotlib) in the output folder."""


class TrainConfig(_Section):
    """A training recipe (the YAML file's top level)."""

    model: ModelSection = Field(default_factory=ModelSection)
    """Where training starts."""
    data: DataSection
    """Training and validation data."""
    stages: list[StageSection] = Field(min_length=1)
    """The curriculum, in order."""
    run: RunSection = Field(default_factory=RunSection)
    """Run-wide settings."""

    @model_validator(mode="after")
    def _consistent(self) -> TrainConfig:
        names = [stage.name for stage in self.stages]
        if len(set(names)) != len(names):
            raise ValueError(f"stage names must differ, got {names}")
        sources = [source_name(s) for s in self.data.train]
        if len(set(sources)) != len(sources):
            raise ValueError(f"training sources need distinct names (set 'name'), got {sources}")
        for stage in self.stages:
            unknown = sorted(set(stage.mix or {}) - set(sources))
            if unknown:
                raise ValueError(f"stage {stage.name!r} mixes unknown sources {unknown}; known: {sources}")
            weights = stage.mix if stage.mix is not None else {source_name(s): s.weight for s in self.data.train}
            if not any(w > 0 for w in weights.values()):
                raise ValueError(f"stage {stage.name!r} gives no source a positive weight")
        return self

    def resolved(self, base: Path) -> TrainConfig:
        """A copy with every relative path made absolute against ``base`` (the recipe's folder)."""

        def absolute(path: Path) -> Path:
            path = path.expanduser()
            return path if path.is_absolute() else (base / path).resolve()

        data = self.data.model_copy(
            update={
                "train": [s.model_copy(update={"manifest": absolute(s.manifest)}) for s in self.data.train],
                "validation": None
                if self.data.validation is None
                else self.data.validation.model_copy(update={"manifest": absolute(self.data.validation.manifest)}),
            }
        )
        model = self.model
        candidate = Path(model.name_or_path).expanduser()
        if not candidate.is_absolute() and (base / candidate).is_dir():
            model = model.model_copy(update={"name_or_path": str((base / candidate).resolve())})
        run = self.run.model_copy(update={"output": absolute(self.run.output)})
        return self.model_copy(update={"data": data, "model": model, "run": run})


def source_name(source: SourceSection) -> str:
    """The name a stage's ``mix`` uses for ``source``."""
    return source.name or source.task or source.manifest.stem


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown field"
        elif item["type"] == "missing":
            message = "required field missing"
        lines.append(f"{where}: {message}")
    return "; ".join(lines)


def parse_config(data: Any, *, base: Path | None = None, where: str = "config") -> TrainConfig:
    """Validate a recipe given as a mapping; relative paths resolve against ``base`` (default: cwd).

    Raises:
        ConfigError: naming every bad or unknown field.
    """
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the top level must be a mapping (model, data, stages, run)")
    try:
        config = TrainConfig.model_validate(data)
    except ValidationError as err:
        raise ConfigError(
            f"{where}: {_describe(err)}", hint="see docs/training.md for the fields of a training recipe"
        ) from None
    return config.resolved(base or Path.cwd())


def load_config(path: str | Path) -> TrainConfig:
    """Read and validate a YAML recipe (relative paths resolve against its folder).

    Raises:
        ConfigError: missing or unreadable file, bad YAML, bad or unknown fields.
    """
    import yaml

    path = Path(path).expanduser()
    if not path.is_file():
        raise ConfigError(f"training config not found: {path}", hint="give the path of a YAML recipe")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read {path}: {err}") from None
    except yaml.YAMLError as err:
        raise ConfigError(f"{path} is not valid YAML: {' '.join(str(err).split())}") from None
    return parse_config(data, base=path.resolve().parent, where=str(path))


def field_reference() -> str:
    """A Markdown list of every field with its type, default and description (for the docs)."""
    sections = [
        ("model", ModelSection),
        ("data", DataSection),
        ("data.train[]", SourceSection),
        ("data.validation", ValidationSection),
        ("stages[]", StageSection),
        ("run", RunSection),
    ]
    lines: list[str] = []
    for prefix, model in sections:
        lines.append(f"**`{prefix}`** - {model.__doc__.strip().splitlines()[0]}")
        lines.append("")
        for name, info in model.model_fields.items():
            default = "required" if info.is_required() else f"default `{_default_text(info)}`"
            lines.append(f"- `{name}` ({default}): {' '.join((info.description or '').split())}")
        lines.append("")
    return "\n".join(lines)


def _default_text(info: Any) -> str:
    value = info.get_default(call_default_factory=True)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    if value == {}:
        return "{}"
    return "null" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
