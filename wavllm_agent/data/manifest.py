"""Evaluation and training manifests: JSON Lines or the released WavLLM tsv, read into one row type.

Two formats carry the same rows:

* JSON Lines (``.jsonl``, ``.json``, ``.ndjson``): one object a line with ``audio`` and ``text``
  and, as the task needs, ``id``, ``prompt``, ``audio2``, ``label``, ``question``; any other key
  is kept in :attr:`ManifestRow.extra`.
* The released WavLLM tsv (``.tsv``): a header row naming the columns ``id, audio, n_frames,
  prompt, tgt_text, with_speech`` in any order (the release's files differ), plus optional extra
  columns such as ``orig_story``. ``tgt_text`` is the reference text; a Yes/No ``tgt_text`` is also
  the row's label (the released speaker-verification rows).

Rows stream from :func:`iter_manifest` (a generator: huge manifests never sit in memory whole);
:func:`read_manifest` returns a list. Relative audio paths resolve against the manifest's folder.
Audio files are not opened or checked here: the evaluation loads them and reports bad ones.
Every problem with the file itself raises :class:`~wavllm_agent.errors.ManifestError` naming the
file and, for a bad line, its line number.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from wavllm_agent.data.rows import KNOWN_FIELDS, ManifestRow, normalize_label
from wavllm_agent.errors import ManifestError

__all__ = [
    "ManifestFormat",
    "ManifestRow",
    "detect_format",
    "iter_manifest",
    "normalize_label",
    "read_manifest",
    "write_jsonl",
]

ManifestFormat = Literal["jsonl", "tsv"]

_JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
_TSV_SUFFIXES = {".tsv"}
_SNIFF_LINES = 20  # how many leading lines sniffing may look at to find a non-blank one


# ----------------------------------------------------------------------------- reading


def detect_format(path: str | os.PathLike[str]) -> ManifestFormat:
    """Tell JSON Lines from tsv: by extension first, else by the first non-blank line.

    Raises:
        ManifestError: the file is missing or unreadable, or its format cannot be told.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _TSV_SUFFIXES:
        return "tsv"
    _check_readable(path)
    try:
        with path.open("rb") as handle:
            for _, raw in zip(range(_SNIFF_LINES), handle, strict=False):
                line = raw.lstrip(b"\xef\xbb\xbf").strip()
                if not line:
                    continue
                if line.startswith(b"{"):
                    return "jsonl"
                if b"\t" in line:
                    return "tsv"
                break
    except OSError as err:
        raise ManifestError(f"cannot read manifest {path}: {err.strerror or err}") from err
    raise ManifestError(
        f"cannot tell the format of manifest {path}",
        hint="name it .jsonl (one JSON object a line) or .tsv (a tab-separated header row first)",
    )


def iter_manifest(
    path: str | os.PathLike[str], format: ManifestFormat | None = None
) -> Iterator[ManifestRow]:
    """Stream the rows of a manifest one at a time.

    The file's existence and format are checked at once; each line is parsed as the iterator
    reaches it, so a bad line raises when it is read. A manifest without a single row raises
    when the iterator finishes.

    Args:
        path: The manifest file.
        format: ``"jsonl"`` or ``"tsv"``; detected with :func:`detect_format` when ``None``.

    Raises:
        ManifestError: missing or unreadable file, undetectable format, a bad line, a missing
            column or required field, or no rows at all.
    """
    path = Path(path)
    _check_readable(path)
    fmt = format or detect_format(path)
    if fmt not in ("jsonl", "tsv"):
        raise ManifestError(f"unknown manifest format {fmt!r}", hint="use 'jsonl' or 'tsv'")
    parse = _parse_jsonl if fmt == "jsonl" else _parse_tsv
    return _ensure_not_empty(parse(path), path)


def read_manifest(path: str | os.PathLike[str], format: ManifestFormat | None = None) -> list[ManifestRow]:
    """Read every row of a manifest into a list (see :func:`iter_manifest`)."""
    return list(iter_manifest(path, format))


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise ManifestError(f"manifest not found: {path}", hint="check the path")
    if not path.is_file():
        raise ManifestError(f"manifest is not a file: {path}", hint="give a .jsonl or .tsv file")


def _ensure_not_empty(rows: Iterator[ManifestRow], path: Path) -> Iterator[ManifestRow]:
    count = 0
    for row in rows:
        count += 1
        yield row
    if count == 0:
        raise ManifestError(f"manifest {path} has no rows", hint="add at least one row")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, decoded line without its line ending), skipping blank lines.

    Bytes are split on ``\\n`` only and decoded one line at a time, so the line number of a
    decoding error is exact and characters such as U+2028 inside JSON strings do not split lines.
    """
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as err:
                    raise ManifestError(
                        f"{path}:{number}: not valid UTF-8 ({err.reason})",
                        hint="save the manifest as UTF-8",
                    ) from err
                line = line.rstrip("\r\n")
                if line.strip():
                    yield number, line
    except OSError as err:
        raise ManifestError(f"cannot read manifest {path}: {err.strerror or err}") from err


def _resolve(value: str, folder: Path) -> Path:
    """A manifest path, relative ones taken from the manifest's folder, ``..`` folded away."""
    # String-level expansion: "~/a.wav" means home, "./~a.wav" (as written below) does not.
    candidate = Path(os.path.expanduser(value))
    if not candidate.is_absolute():
        candidate = folder / candidate
    return Path(os.path.normpath(candidate))


def _parse_jsonl(path: Path) -> Iterator[ManifestRow]:
    folder = path.absolute().parent
    for index, (number, line) in enumerate(_lines(path)):
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as err:
            # ValueError covers JSONDecodeError and Python's limit on huge integer literals.
            hint = (
                "one JSON object a line, not a JSON array"
                if line.lstrip().startswith("[")
                else "each line must be one complete JSON object"
            )
            message = (
                err.msg
                if isinstance(err, json.JSONDecodeError)
                else ("nested too deeply" if isinstance(err, RecursionError) else str(err))
            )
            raise ManifestError(f"{where}: not valid JSON ({message})", hint=hint) from err
        if not isinstance(obj, dict):
            raise ManifestError(
                f"{where}: expected a JSON object, got {type(obj).__name__}",
                hint="one JSON object a line, not a JSON array"
                if isinstance(obj, list)
                else 'each line must look like {"audio": "a.wav", "text": "..."}',
            )
        yield _row_from_fields(obj, where, folder, default_id=str(index), reference_key="text")


def _parse_tsv(path: Path) -> Iterator[ManifestRow]:
    folder = path.absolute().parent
    lines = _lines(path)
    header_line = next(lines, None)
    if header_line is None:
        return
    header_number, header_text = header_line
    columns = [name.strip() for name in header_text.split("\t")]
    _check_header(columns, f"{path}:{header_number}")
    reference_key = "tgt_text" if "tgt_text" in columns else "text"
    for index, (number, line) in enumerate(lines):
        where = f"{path}:{number}"
        values = line.split("\t")
        if len(values) != len(columns):
            raise ManifestError(
                f"{where}: {len(values)} tab-separated fields, the header has {len(columns)}",
                hint="one field per header column in every row (an empty prompt is an empty field)",
            )
        fields: dict[str, Any] = dict(zip(columns, values, strict=True))
        if "label" not in fields:
            # The released sv rows carry their Yes/No answer only in tgt_text.
            answer = fields[reference_key].strip().rstrip(".").lower()
            if answer in ("yes", "no"):
                fields["label"] = answer == "yes"
        for name in ("n_frames", "with_speech"):
            if name in fields:
                fields[name] = _tsv_scalar(fields[name])
        yield _row_from_fields(fields, where, folder, default_id=str(index), reference_key=reference_key)


def _check_header(columns: list[str], where: str) -> None:
    seen: set[str] = set()
    for name in columns:
        if not name:
            raise ManifestError(f"{where}: the header has an empty column name")
        if name in seen:
            raise ManifestError(f"{where}: the header names column {name!r} twice")
        seen.add(name)
    missing = [name for name in ("audio",) if name not in seen]
    if "tgt_text" not in seen and "text" not in seen:
        missing.append("tgt_text")
    if missing:
        raise ManifestError(
            f"{where}: missing column(s) {', '.join(missing)} in the header",
            hint="the released tsv header is: id, audio, n_frames, prompt, tgt_text, with_speech",
        )


def _tsv_scalar(value: str) -> int | bool | str:
    """``n_frames`` and ``with_speech`` as the numbers and booleans they are in JSON Lines."""
    text = value.strip()
    if text.isascii() and text.isdigit():  # "²".isdigit() is true but int() refuses it
        return int(text)
    if text in ("True", "False", "true", "false"):
        return text.lower() == "true"
    return value


def _row_from_fields(
    fields: Mapping[str, Any], where: str, folder: Path, *, default_id: str, reference_key: str
) -> ManifestRow:
    audio = fields.get("audio")
    if not isinstance(audio, str) or not audio.strip():
        raise ManifestError(
            f"{where}: missing required field 'audio'"
            if audio is None
            else f"{where}: field 'audio' must be a non-empty path string",
            hint="give the audio file's path, relative to the manifest's folder or absolute",
        )
    text = fields.get(reference_key)
    if not isinstance(text, str):
        raise ManifestError(
            f"{where}: missing required field {reference_key!r}"
            if text is None
            else f"{where}: field {reference_key!r} must be a string",
            hint="give the reference output (it may be an empty string)",
        )
    row_id = fields.get("id")
    if row_id is None or row_id == "":
        row_id = default_id
    elif isinstance(row_id, bool) or not isinstance(row_id, (str, int)):
        raise ManifestError(f"{where}: field 'id' must be a string or an integer")
    for name in ("prompt", "question", "audio2"):
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            raise ManifestError(f"{where}: field {name!r} must be a string or null")
    try:
        label = normalize_label(fields.get("label"))
    except ValueError as err:
        raise ManifestError(f"{where}: {err}") from err
    audio2 = fields.get("audio2")
    consumed = set(KNOWN_FIELDS) | {reference_key}
    return ManifestRow(
        id=str(row_id),
        audio=_resolve(audio.strip(), folder),
        text=text,
        prompt=fields.get("prompt"),
        audio2=_resolve(audio2.strip(), folder) if audio2 and audio2.strip() else None,
        label=label,
        question=fields.get("question"),
        extra={key: value for key, value in fields.items() if key not in consumed},
    )


# ----------------------------------------------------------------------------- writing


def _relative_if_inside(path: Path, folder: Path) -> str:
    """Write paths under the manifest's folder relative to it, so the folder can move."""
    try:
        relative = path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)
    # A name starting with "~" would read back as a home folder.
    return f"./{relative}" if relative.startswith("~") else relative


def _row_to_json(row: ManifestRow, folder: Path) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "id": row.id,
        "audio": _relative_if_inside(row.audio, folder),
        "text": row.text,
    }
    if row.prompt is not None:
        obj["prompt"] = row.prompt
    if row.audio2 is not None:
        obj["audio2"] = _relative_if_inside(row.audio2, folder)
    if row.label is not None:
        obj["label"] = row.label
    if row.question is not None:
        obj["question"] = row.question
    obj.update(row.extra)
    return obj


def write_jsonl(rows: Iterable[ManifestRow], path: str | os.PathLike[str]) -> int:
    """Write rows as JSON Lines; return how many were written.

    Audio paths inside the manifest's folder are written relative to it, others absolute, so
    :func:`read_manifest` gives back equal rows. The file is written to a temporary name and
    moved into place, so a failure leaves no half-written manifest behind. Rows are consumed
    one at a time (a generator is fine).

    Raises:
        ManifestError: a row whose ``extra`` holds a value JSON cannot represent, or the file
            cannot be written.
    """
    path = Path(path)
    folder = path.absolute().parent
    count = 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as err:
        raise ManifestError(f"cannot write manifest {path}: {err.strerror or err}") from err
    tmp = Path(handle.name)
    try:
        with handle:
            for row in rows:
                try:
                    line = json.dumps(_row_to_json(row, folder), ensure_ascii=False, allow_nan=False)
                except (TypeError, ValueError) as err:
                    raise ManifestError(
                        f"row {row.id!r} cannot be written as JSON: {err}",
                        hint="extra values must be plain JSON values (no NaN, no Python objects)",
                    ) from err
                handle.write(line + "\n")
                count += 1
        tmp.chmod(0o644)  # NamedTemporaryFile creates 0600; a manifest is an ordinary file
        os.replace(tmp, path)
    except OSError as err:
        raise ManifestError(f"cannot write manifest {path}: {err.strerror or err}") from err
    finally:
        tmp.unlink(missing_ok=True)
    return count
