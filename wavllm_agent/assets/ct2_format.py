"""A reader of CTranslate2's ``model.bin`` (binary versions 5 and 6), in numpy.

The layout, as ``ctranslate2/specs/model_spec.py`` (``ModelSpec._serialize``) writes it, all
little-endian:

* ``uint32`` binary version, string spec name, ``uint32`` spec revision;
* ``uint32`` variable count, then per variable: string name, ``uint8`` rank, ``uint32`` per dim,
  ``uint8`` dtype id (0 float32, 1 int8, 2 int16, 3 int32, 4 float16, 5 bfloat16),
  ``uint32`` byte count, the raw bytes;
* ``uint32`` alias count, then per alias: string alias, string target name.

A string is a ``uint16`` length (including a trailing NUL), then the UTF-8 bytes and the NUL.
Quantised weights (``int8``/``int16``) come with a ``<name>_scale`` variable; :func:`dequantize`
turns them back into floats.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from wavllm_agent.errors import CheckpointError

SUPPORTED_VERSIONS = (5, 6)

_DTYPE_NAMES = {0: "float32", 1: "int8", 2: "int16", 3: "int32", 4: "float16", 5: "bfloat16"}
# bfloat16 has no numpy dtype: it is read as uint16 and widened (see _decode).
_NUMPY = {"float32": "<f4", "int8": "i1", "int16": "<i2", "int32": "<i4", "float16": "<f2",
          "bfloat16": "<u2"}


@dataclass(frozen=True)
class CT2Header:
    """The first fields of a ``model.bin``: format version, spec name (e.g. ``WhisperSpec``)."""

    binary_version: int
    spec_name: str
    spec_revision: int


@dataclass(frozen=True)
class CT2Variable:
    """Where one variable lies in the file, and its shape and stored dtype."""

    shape: tuple[int, ...]
    dtype: str
    offset: int
    num_bytes: int


@dataclass(frozen=True)
class CT2Index:
    """Everything in a ``model.bin`` but the tensor bytes."""

    header: CT2Header
    variables: dict[str, CT2Variable]
    aliases: dict[str, str]

    def shape(self, name: str) -> tuple[int, ...]:
        """The shape of ``name`` (an alias resolves to its target)."""
        return self.variables[self.aliases.get(name, name)].shape


def read_ct2_header(path: str | Path) -> CT2Header:
    """Read the header of a CTranslate2 ``model.bin`` (or a folder holding one)."""
    file = _model_file(path)
    with open(file, "rb") as handle:
        return _read_header(handle, file)


def read_ct2_index(path: str | Path) -> CT2Index:
    """Read the names, shapes, dtypes and offsets of every variable, skipping the tensor bytes.

    Raises:
        CheckpointError: not a CTranslate2 model of a supported binary version, or truncated.
    """
    file = _model_file(path)
    size = file.stat().st_size
    variables: dict[str, CT2Variable] = {}
    with open(file, "rb") as handle:
        header = _read_header(handle, file)
        (count,) = _unpack(handle, "<I", file)
        for _ in range(count):
            name = _read_string(handle, file)
            (rank,) = _unpack(handle, "<B", file)
            shape = tuple(_unpack(handle, f"<{rank}I", file)) if rank else ()
            dtype_id, num_bytes = _unpack(handle, "<BI", file)
            if dtype_id not in _DTYPE_NAMES:
                raise CheckpointError(f"{file}: variable {name!r} has unknown dtype id {dtype_id}")
            offset = handle.tell()
            if offset + num_bytes > size:
                raise CheckpointError(f"{file} is truncated (inside {name!r})")
            variables[name] = CT2Variable(shape, _DTYPE_NAMES[dtype_id], offset, num_bytes)
            handle.seek(num_bytes, 1)
        (n_aliases,) = _unpack(handle, "<I", file)
        aliases = {}
        for _ in range(n_aliases):
            alias = _read_string(handle, file)
            aliases[alias] = _read_string(handle, file)
    return CT2Index(header, variables, aliases)


def read_ct2_variables(path: str | Path,
                       include: Callable[[str], bool] | None = None) -> dict[str, np.ndarray]:
    """Read the variables of a CTranslate2 ``model.bin`` as numpy arrays.

    Args:
        path: the ``model.bin`` file or the model folder.
        include: keep only names (variables or aliases) for which it returns True; the others'
            bytes are never read, which keeps memory low when only the encoder is wanted. An
            included alias of a quantised variable also gets ``<alias>_scale``.

    Returns:
        Name -> array in its stored dtype (bfloat16 widened to float32; scalars as 0-d arrays).

    Raises:
        CheckpointError: not a CTranslate2 model of a supported binary version, or truncated.
    """
    file = _model_file(path)
    index = read_ct2_index(file)
    keep = include or (lambda _name: True)
    wanted = {name: name for name in index.variables if keep(name)}
    for alias, target in index.aliases.items():
        if keep(alias) and target in index.variables:
            wanted[alias] = target
            # Aliasing happens before quantisation, so an alias has no scale of its own.
            if f"{target}_scale" in index.variables:
                wanted.setdefault(f"{alias}_scale", f"{target}_scale")
    out: dict[str, np.ndarray] = {}
    with open(file, "rb") as handle:
        for name, target in sorted(wanted.items(), key=lambda item: index.variables[item[1]].offset):
            var = index.variables[target]
            handle.seek(var.offset)
            out[name] = _decode(handle.read(var.num_bytes), var.dtype, var.shape)
    return out


def dequantize(variables: dict[str, np.ndarray], name: str) -> np.ndarray:
    """The float32 value of ``name``, undoing CTranslate2 int8/int16 quantisation if present.

    CTranslate2 stores ``round(w * scale)`` with one scale per output row (int8) or one global
    scale (int16), so ``w = q / scale``.
    """
    value = variables[name]
    if value.dtype.kind == "f":
        return value.astype(np.float32)
    scale = variables.get(f"{name}_scale")
    if scale is None:
        raise CheckpointError(f"quantised variable {name!r} has no {name}_scale")
    scale = scale.astype(np.float32)
    if scale.ndim == 1:
        scale = scale.reshape((-1,) + (1,) * (value.ndim - 1))
    return value.astype(np.float32) / scale


def _model_file(path: str | Path) -> Path:
    file = Path(path)
    if file.is_dir():
        file = file / "model.bin"
    if not file.is_file():
        raise CheckpointError(f"{file} does not exist", hint="pass a CTranslate2 model folder")
    return file


def _read_header(handle: BinaryIO, file: Path) -> CT2Header:
    (version,) = _unpack(handle, "<I", file)
    if version not in SUPPORTED_VERSIONS:
        raise CheckpointError(
            f"{file}: CTranslate2 binary version {version} is not supported "
            f"(supported: {', '.join(map(str, SUPPORTED_VERSIONS))})",
            hint="re-convert the model with a recent ct2-transformers-converter")
    name = _read_string(handle, file)
    (revision,) = _unpack(handle, "<I", file)
    return CT2Header(version, name, revision)


def _unpack(handle: BinaryIO, fmt: str, file: Path) -> tuple[int, ...]:
    size = struct.calcsize(fmt)
    raw = handle.read(size)
    if len(raw) != size:
        raise CheckpointError(f"{file} is truncated or not a CTranslate2 model")
    return struct.unpack(fmt, raw)


def _read_string(handle: BinaryIO, file: Path) -> str:
    (length,) = _unpack(handle, "<H", file)
    raw = handle.read(length)
    if len(raw) != length or not raw.endswith(b"\0"):
        raise CheckpointError(f"{file} is truncated or not a CTranslate2 model")
    try:
        return raw[:-1].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CheckpointError(f"{file} is not a CTranslate2 model (bad name bytes)") from exc


def _decode(raw: bytes, dtype: str, shape: tuple[int, ...]) -> np.ndarray:
    array = np.frombuffer(raw, dtype=np.dtype(_NUMPY[dtype])).reshape(shape)
    if dtype == "bfloat16":  # bfloat16 is the top half of a float32
        return (array.astype(np.uint32) << 16).view(np.float32)
    return array.copy()  # own the memory (frombuffer views are read-only)
