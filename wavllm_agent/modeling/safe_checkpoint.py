"""Open a fairseq checkpoint (a pickle) without running code from it.

A fairseq ``final.pt`` is ``torch.save({'model': state_dict, 'cfg': ..., ...})``; besides tensors
its pickle names a few classes of fairseq, omegaconf, argparse and numpy (configs, meters,
scalars) that this project never needs. Loading goes:

1. Read the pickle's opcodes statically (:mod:`pickletools`, nothing is executed) and collect every
   global it names. A global outside torch's own weights-only allow-list and outside
   :data:`INERT_GLOBAL_PATTERNS` - ``os.system``, ``builtins.exec``, ``subprocess.Popen``, ... - means
   the file could only be loaded by running code from it: :class:`UnsafeCheckpointError`, before
   anything is unpickled. So do opcodes the weights-only unpickler cannot honour safely
   (``STACK_GLOBAL``, ``INST``, ``OBJ``).
2. ``torch.load(weights_only=True)`` with the tolerated globals mapped to :class:`InertPlaceholder`,
   a class that stores whatever it is given and does nothing. Any refusal from torch's restricted
   unpickler is reported as :class:`UnsafeCheckpointError` too.

Older fairseq checkpoints pickle their ``cfg`` as an omegaconf ``DictConfig``, whose metadata names
plain builtin *types* (``dict``, ``list``, ``int``...). ``torch.save`` writes pickle protocol 2,
which spells them the Python 2 way (``__builtin__.dict``, ``__builtin__.long``). The types of
:data:`SAFE_BUILTIN_TYPES` are allowed as themselves (calling one only builds a plain value);
omegaconf's own classes load as placeholders, so no omegaconf code is imported or run. Any other
builtin (``eval``, ``getattr``, ``type``...) is still refused. :func:`plain_config` turns the
placeholder tree of such a config back into plain dicts and lists.
"""

from __future__ import annotations

import io
import pickle
import pickletools
import re
import zipfile
from pathlib import Path
from typing import Any

import torch

from wavllm_agent.errors import CheckpointError, UnsafeCheckpointError

INERT_GLOBAL_PATTERNS = (
    r"fairseq(\..+)?\.[A-Za-z_][\w.]*",
    r"omegaconf(\..+)?\.[A-Za-z_][\w.]*",
    r"argparse\.Namespace",
    r"typing\.[A-Za-z_]\w*",
    r"collections\.defaultdict",
    r"enum\.[A-Za-z_]\w*",
    r"pathlib\.(Posix|Windows)?Path",
    r"numpy(\._core|\.core)\.multiarray\.scalar",
    r"numpy\.dtype",
    r"numpy\.dtypes\.\w+",
)
"""Globals a fairseq checkpoint may name that stand in as inert placeholders (never imported)."""

SAFE_BUILTIN_TYPES: dict[str, type] = {
    "dict": dict,
    "list": list,
    "tuple": tuple,
    "set": set,
    "frozenset": frozenset,
    "int": int,
    "long": int,
    "float": float,
    "bool": bool,
    "str": str,
    "unicode": str,
    "bytes": bytes,
    "complex": complex,
    "object": object,
}
"""Builtin types a pickled config may name (as ``builtins.X`` or, protocol 2, ``__builtin__.X``)."""

_UNSAFE_OPCODES = {"STACK_GLOBAL", "INST", "OBJ"}
_INERT = [re.compile(pattern) for pattern in INERT_GLOBAL_PATTERNS]


class InertPlaceholder:
    """Stands in for a class named by a checkpoint: keeps its arguments and state, runs nothing."""

    def __new__(cls, *args: Any, **kwargs: Any) -> InertPlaceholder:
        # Unpickling may call __new__ alone (NEWOBJ), without __init__.
        obj = super().__new__(cls)
        obj.args, obj.kwargs, obj.state = args, kwargs, None
        return obj

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.state: Any = None

    def __setstate__(self, state: Any) -> None:
        self.state = state

    def __repr__(self) -> str:
        return f"InertPlaceholder(args={len(self.args)}, state={type(self.state).__name__})"


def _pickle_streams(path: Path) -> list[bytes]:
    """The pickle bytes of a torch checkpoint: ``data.pkl`` of the zip format, or the legacy stream."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.endswith("data.pkl")]
            if not names:
                raise CheckpointError(f"{path} is a zip file but not a torch checkpoint (no data.pkl)")
            return [archive.read(names[0])]
    return [path.read_bytes()]


def pickle_globals(data: bytes) -> set[str]:
    """Every ``module.name`` global the pickle(s) in ``data`` name, found without executing anything.

    Raises:
        UnsafeCheckpointError: opcodes whose targets cannot be checked statically.
    """
    found: set[str] = set()
    stream = io.BytesIO(data)
    # A legacy torch file is several pickles in a row (magic, version, sys info, object, keys)
    # followed by raw storage bytes; the first four hold every global there is.
    for _ in range(5):
        if stream.tell() >= len(data):
            break
        try:
            for opcode, argument, _pos in pickletools.genops(stream):
                if opcode.name in _UNSAFE_OPCODES:
                    raise UnsafeCheckpointError(
                        f"the checkpoint uses the pickle opcode {opcode.name}, which could run code",
                        hint="only load checkpoints from sources you trust; re-save it with torch.save",
                    )
                if opcode.name == "GLOBAL":
                    module, _, name = str(argument).partition(" ")
                    found.add(f"{module}.{name}")
        except (ValueError, pickle.UnpicklingError, EOFError):
            break  # raw storage bytes after the last pickle
    return found


def _builtin_type(name: str) -> type | None:
    module, _, short = name.rpartition(".")
    return SAFE_BUILTIN_TYPES.get(short) if module in ("builtins", "__builtin__") else None


def _classify(names: set[str]) -> tuple[set[str], set[str]]:
    from torch import _weights_only_unpickler as wou

    allowed = set(wou._get_allowed_globals())
    inert, unsafe = set(), set()
    for name in names - allowed:
        if _builtin_type(name) is not None:
            continue
        (inert if any(p.fullmatch(name) for p in _INERT) else unsafe).add(name)
    return inert, unsafe


def load_checkpoint_safely(path: str | Path) -> Any:
    """The object saved in a torch/fairseq checkpoint, loaded without executing code from it.

    Raises:
        UnsafeCheckpointError: the pickle names code (a function or class outside the tolerated
            set) or opcodes that could run code.
        CheckpointError: the file is missing or not a torch checkpoint.
    """
    file = Path(path)
    if not file.is_file():
        raise CheckpointError(f"checkpoint {file} does not exist")
    names: set[str] = set()
    for data in _pickle_streams(file):
        names |= pickle_globals(data)
    inert, unsafe = _classify(names)
    if unsafe:
        raise UnsafeCheckpointError(
            f"{file} would run code when loaded (it names {', '.join(sorted(unsafe)[:5])})",
            hint="only convert the official WavLLM checkpoint; this file was not loaded",
        )
    placeholders: list[Any] = [(InertPlaceholder, name) for name in sorted(inert)]
    # torch maps protocol-2 names (__builtin__.dict) to builtins itself; allow the plain types named.
    placeholders += sorted({t for name in names if (t := _builtin_type(name)) is not None}, key=str)
    try:
        with torch.serialization.safe_globals(placeholders):
            return torch.load(file, map_location="cpu", weights_only=True, mmap=zipfile.is_zipfile(file))
    except pickle.UnpicklingError as exc:
        raise UnsafeCheckpointError(
            f"{file} cannot be loaded safely: {exc}", hint="only convert the official WavLLM checkpoint"
        ) from exc
    except (RuntimeError, OSError, EOFError) as exc:
        raise CheckpointError(f"cannot read the checkpoint {file}: {exc}") from exc


def release_state_dict(obj: Any) -> dict[str, torch.Tensor]:
    """The model state dict inside a loaded fairseq checkpoint (``{'model': ...}``) or a bare state dict."""
    state = obj.get("model", obj) if isinstance(obj, dict) else None
    if (
        not isinstance(state, dict)
        or not state
        or not all(isinstance(v, torch.Tensor) for v in state.values())
    ):
        raise CheckpointError("the checkpoint holds no model state dict (expected {'model': {name: tensor}})")
    return state


def plain_config(obj: Any, depth: int = 0) -> Any:
    """A loaded config (omegaconf ``DictConfig`` / ``ListConfig`` placeholders, ``argparse.Namespace``
    placeholders, dicts, lists) as plain dicts, lists and values; anything else becomes ``None``."""
    if depth > 64:
        return None
    if isinstance(obj, InertPlaceholder):
        state = obj.state
        if isinstance(state, dict):
            if "_content" in state:  # DictConfig / ListConfig
                return plain_config(state["_content"], depth + 1)
            if "_val" in state:  # a value node
                return plain_config(state["_val"], depth + 1)
            return plain_config(state, depth + 1)  # e.g. argparse.Namespace: its __dict__
        return None
    if isinstance(obj, dict):
        return {str(k): plain_config(v, depth + 1) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [plain_config(v, depth + 1) for v in obj]
    if obj is None or isinstance(obj, bool | int | float | str):
        return obj
    return None
