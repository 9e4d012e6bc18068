"""Property tests of the manifest readers: rows round-trip; bad input raises only ManifestError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wavllm_agent.data import ManifestRow, read_manifest, write_jsonl
from wavllm_agent.data.rows import KNOWN_FIELDS
from wavllm_agent.errors import ManifestError

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

# Path parts that survive normalisation unchanged ("." and ".." would be folded away).
_part = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="/\\\x00", exclude_categories=["Cs"]),
    min_size=1,
    max_size=8,
).filter(lambda part: part not in (".", "..") and part.strip() == part)
_relative_path = st.lists(_part, min_size=1, max_size=3).map("/".join)
_json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3),
    max_leaves=6,
)


@st.composite
def rows(draw: st.DrawFn, folder: Path) -> ManifestRow:
    return ManifestRow(
        id=draw(st.text(min_size=1)),
        audio=folder / draw(_relative_path),
        text=draw(st.text()),
        prompt=draw(st.none() | st.text()),
        audio2=draw(st.none() | _relative_path.map(lambda p: folder / p)),
        label=draw(st.none() | st.booleans() | st.text()),
        question=draw(st.none() | st.text()),
        extra=draw(
            st.dictionaries(st.text().filter(lambda key: key not in KNOWN_FIELDS), _json_value, max_size=3)
        ),
    )


@FAST
@given(data=st.data())
def test_rows_round_trip_through_write_jsonl_and_read(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        written = data.draw(st.lists(rows(folder), min_size=1, max_size=4))
        target = folder / "m.jsonl"
        assert write_jsonl(written, target) == len(written)
        assert read_manifest(target) == written


# Lines built from JSON and tsv punctuation and the field names, so some come close to valid.
_line_text = st.lists(
    st.sampled_from(list('{}[]":,\t\r\\ ~abc01é\u2028') + ['"audio"', '"text"', "tgt_text", "label"]),
    max_size=20,
).map("".join)


@FAST
@given(lines=st.lists(_line_text, max_size=5), suffix=st.sampled_from([".jsonl", ".tsv", ".txt"]))
def test_malformed_text_raises_only_manifest_error(lines: list[str], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"m{suffix}"
        path.write_text("\n".join(lines), encoding="utf-8")
        try:
            read_manifest(path)
        except ManifestError:
            pass


@FAST
@given(content=st.binary(max_size=120), suffix=st.sampled_from([".jsonl", ".tsv"]))
def test_arbitrary_bytes_raise_only_manifest_error(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"m{suffix}"
        path.write_bytes(b"audio\ttgt_text\n" + content if suffix == ".tsv" else content)
        try:
            read_manifest(path)
        except ManifestError:
            pass


# Fields that look like the released values (numbers, booleans, Yes/No, odd digits) or anything.
_field = st.sampled_from(["", "0", "12", "\u00b2", "\u0663", "True", "false", "Yes", "No.", "~x"]) | st.text(
    alphabet=st.characters(exclude_characters="\t\n\r", codec="utf-8"), max_size=6
)


# Mostly rows of the header's six fields, some short or long.
_tsv_row = (st.lists(_field, min_size=6, max_size=6) | st.lists(_field, max_size=8)).map("\t".join)


@FAST
@given(rows=st.lists(_tsv_row, min_size=1, max_size=4))
def test_released_header_with_arbitrary_rows_raises_only_manifest_error(rows: list[str]) -> None:
    header = "id\taudio\tn_frames\tprompt\ttgt_text\twith_speech"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.tsv"
        path.write_text("\n".join([header, *rows]), encoding="utf-8")
        try:
            found = read_manifest(path)
        except ManifestError:
            return
        assert all(isinstance(row, ManifestRow) for row in found)
