"""Where per-row records live while a run goes on: append-only JSON Lines, safe against kills.

Layout of an output folder:

* ``run.json`` - what the run evaluates (manifest and its hash, task, engine, model, options).
  A later run in the same folder must evaluate the same thing, or it is refused.
* ``predictions.jsonl`` - one :class:`RowRecord` a line. A single process appends to it directly;
  when the run ends it is rewritten in manifest order with each row's scores.
* ``predictions.shard-R-of-N.jsonl`` - what process R of N appends under ``accelerate launch``;
  the main process merges them into ``predictions.jsonl`` and removes them.

Every record is written with one ``write`` call, flushed and ``fsync``-ed before the next row
starts, so a killed run loses at most the row it was working on. A line torn by the kill (no
final newline) is cut off when the file is next opened for appending; rows found in any of the
files count as done and are not run again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from wavllm_agent.errors import UsageError
from wavllm_agent.evaluation.predictions import RowRecord

__all__ = ["PREDICTIONS", "RUN_FILE", "PredictionStore", "file_sha256", "shard_name"]

PREDICTIONS = "predictions.jsonl"
RUN_FILE = "run.json"
_SHARD_GLOB = "predictions.shard-*-of-*.jsonl"


def shard_name(rank: int, world: int) -> str:
    """The file name process ``rank`` of ``world`` appends its records to."""
    return f"predictions.shard-{rank}-of-{world}.jsonl"


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes (identifies the manifest a run evaluated)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _complete_lines(path: Path) -> tuple[list[bytes], int]:
    """The complete (newline-ended) lines of ``path`` and the byte length they cover."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], 0
    end = data.rfind(b"\n") + 1  # a torn last line (killed mid-write) has no newline yet
    return data[:end].splitlines(), end


def _atomic_write(path: Path, text: str) -> None:
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    tmp = Path(handle.name)
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(0o644)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class PredictionStore:
    """The records of one run: read what earlier runs left, append new ones, merge at the end.

    Args:
        folder: The output folder; ``None`` keeps records in memory only (nothing resumes).
        rank: This process's index among ``world`` processes (sharded runs).
        world: How many processes share the run.
    """

    def __init__(self, folder: str | os.PathLike[str] | None, *, rank: int = 0, world: int = 1) -> None:
        self.folder = Path(folder) if folder is not None else None
        self.rank = rank
        self.world = world
        self._memory: list[RowRecord] = []
        self._handle: IO[bytes] | None = None

    # ------------------------------------------------------------------ paths

    @property
    def own_file(self) -> Path | None:
        """The file this process appends to."""
        if self.folder is None:
            return None
        return self.folder / (PREDICTIONS if self.world == 1 else shard_name(self.rank, self.world))

    def files(self) -> list[Path]:
        """Every predictions file in the folder (the merged one first)."""
        if self.folder is None:
            return []
        found = [self.folder / PREDICTIONS] if (self.folder / PREDICTIONS).is_file() else []
        return found + sorted(self.folder.glob(_SHARD_GLOB))

    # ------------------------------------------------------------------ identity

    def check_identity(self, identity: Mapping[str, Any], *, write: bool = True) -> None:
        """Refuse a folder that holds a run of something else; record ``identity`` if none yet.

        Raises:
            UsageError: ``run.json`` describes a different run.
        """
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / RUN_FILE
        if path.is_file():
            try:
                earlier = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                raise UsageError(f"cannot read {path}: {err}", hint="pass --restart to start over") from err
            differs = sorted(key for key in identity if earlier.get(key) != identity[key])
            if differs:
                raise UsageError(
                    f"{self.folder} holds an evaluation of something else (different {', '.join(differs)})",
                    hint="use another --report folder, or pass --restart to discard the earlier run",
                )
            return
        if write:
            _atomic_write(path, json.dumps(dict(identity), indent=2, ensure_ascii=False) + "\n")

    def discard(self) -> None:
        """Remove the records and ``run.json`` of an earlier run (``--restart``)."""
        if self.folder is None:
            return
        for path in [*self.files(), self.folder / RUN_FILE]:
            path.unlink(missing_ok=True)

    # ------------------------------------------------------------------ reading

    def load(self) -> dict[int, RowRecord]:
        """Records already written, by row index (the first record of a row wins).

        Other processes may be appending while this reads: only complete lines count.

        Raises:
            UsageError: a complete line that is not a record (the file was edited or damaged).
        """
        done: dict[int, RowRecord] = {record.index: record for record in self._memory}
        for path in self.files():
            lines, _ = _complete_lines(path)
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = RowRecord.from_json(json.loads(line))
                except ValueError as err:
                    raise UsageError(
                        f"{path}:{number} is not a prediction record ({err})",
                        hint="pass --restart to discard the earlier run",
                    ) from err
                done.setdefault(record.index, record)
        return done

    # ------------------------------------------------------------------ writing

    def open(self) -> None:
        """Open this process's file for appending, cutting off a line torn by a kill."""
        path = self.own_file
        if path is None or self._handle is not None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        _, good = _complete_lines(path)
        handle = path.open("ab")
        if handle.tell() != good:
            handle.truncate(good)
            handle.seek(good)
        self._handle = handle

    def append(self, record: RowRecord) -> None:
        """Write one record durably (one write, flush, fsync) before returning."""
        if self.folder is None:
            self._memory.append(record)
            return
        if self._handle is None:
            self.open()
        assert self._handle is not None
        line = json.dumps(record.to_json(), ensure_ascii=False, allow_nan=False) + "\n"
        self._handle.write(line.encode("utf-8"))
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Close this process's file."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def consolidate(self, records: Iterable[RowRecord]) -> Path | None:
        """Write ``records`` as ``predictions.jsonl`` in index order and remove the shard files.

        The file is replaced atomically: a kill here leaves the old files, which still resume.
        """
        ordered = sorted(records, key=lambda record: record.index)
        if self.folder is None:
            self._memory = ordered
            return None
        self.close()
        path = self.folder / PREDICTIONS
        text = "".join(
            json.dumps(record.to_json(), ensure_ascii=False, allow_nan=False) + "\n" for record in ordered
        )
        _atomic_write(path, text)
        for shard in self.folder.glob(_SHARD_GLOB):
            shard.unlink(missing_ok=True)
        return path
