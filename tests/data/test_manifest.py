"""Manifests: released WavLLM tsv and JSON Lines read into the same rows; bad files fail clearly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wavllm_agent.data import (
    ManifestRow,
    detect_format,
    iter_manifest,
    normalize_label,
    read_manifest,
    write_jsonl,
)
from wavllm_agent.errors import ManifestError, UsageError

RELEASE = Path(__file__).resolve().parents[3] / "shared" / "wavllm-release-examples"


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """A copy of the released tsv files (no audio needed: manifests never open it)."""
    if not RELEASE.is_dir():
        pytest.skip(f"the WavLLM release examples are not beside the repository ({RELEASE})")
    folder = tmp_path / "release"
    folder.mkdir()
    for tsv in RELEASE.glob("*.tsv"):
        shutil.copy(tsv, folder / tsv.name)
    return folder


def _write_jsonl(path: Path, objects: list[dict]) -> Path:
    path.write_text("".join(json.dumps(obj) + "\n" for obj in objects), encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- the released tsv


def test_every_released_tsv_reads_with_its_own_column_order(release: Path) -> None:
    rows = {tsv.stem: read_manifest(tsv) for tsv in sorted(release.glob("*.tsv"))}
    assert len(rows) == 9 and all(len(found) == 1 for found in rows.values())
    # en2de puts tgt_text before prompt, II-task puts with_speech before prompt.
    assert rows["en2de"][0].text == "Sie wird schon in Ordnung sein."
    assert rows["en2de"][0].prompt == "Translate the audio clip into German."
    assert rows["II-task"][0].text == "ASR+SQA+SFT+Continue"
    assert rows["II-task"][0].prompt.startswith("To begin, Transcribe the audio recording")
    assert rows["asr"][0].audio == release / "audio" / "asr.flac"
    assert rows["asr"][0].extra == {"n_frames": 166960, "with_speech": True}
    # sv: the Yes in tgt_text is the label; emo keeps its word as the reference text.
    assert rows["sv"][0].label is True and rows["sv"][0].text == "Yes"
    assert rows["emo"][0].text == "sad" and rows["emo"][0].extra["with_speech"] is True
    # SQQA: the empty prompt means "no instruction"; CRLF line endings are not in the values.
    assert rows["SQQA"][0].prompt is None
    assert rows["SQQA"][0].text.endswith("the concept of the integral .")
    story = rows["CoT-task-story"][0]
    assert story.extra["orig_story"].startswith("In the year 2500, Earth gleamed")
    assert story.extra["orig_story"].endswith("in perfect rhythm with the universe.")


def test_released_tsv_and_jsonl_forms_give_identical_rows(release: Path) -> None:
    # The JSON Lines a user would write for the same released rows, by hand.
    jsonl = _write_jsonl(
        release / "same.jsonl",
        [
            {
                "id": 0,
                "audio": "audio/sv.wav",
                "text": "Yes",
                "prompt": "Is there only one speaker in the audio clip?",
                "label": True,
                "n_frames": 351362,
                "with_speech": True,
            },
            {
                "id": "0",
                "audio": "audio/sqqa.wav",
                "text": "The fundamental theorem of calculus is a theorem that links the concept "
                "of the derivative of a function with the concept of the integral .",
                "prompt": "",
                "n_frames": 182574,
                "with_speech": True,
            },
            {
                "id": "0",
                "audio": "./audio/../audio/st.flac",
                "n_frames": 34560,
                "text": "Sie wird schon in Ordnung sein.",
                "prompt": "Translate the audio clip into German.",
                "with_speech": True,
            },
        ],
    )
    from_jsonl = read_manifest(jsonl)
    from_tsv = [read_manifest(release / f"{name}.tsv")[0] for name in ("sv", "SQQA", "en2de")]
    assert from_jsonl == from_tsv


def test_rows_stream_lazily_and_a_late_bad_line_fails_only_when_reached(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text(
        '{"audio": "a.wav", "text": "one"}\n{"audio": "b.wav", "text": "two"}\n{oops\n',
        encoding="utf-8",
    )
    rows = iter_manifest(path)
    assert next(rows).text == "one"
    assert next(rows).text == "two"
    with pytest.raises(ManifestError, match=r"m\.jsonl:3: not valid JSON"):
        next(rows)


# ----------------------------------------------------------------------------- JSON Lines fields


def test_jsonl_fields_defaults_and_relative_paths(tmp_path: Path) -> None:
    sub = tmp_path / "set"
    sub.mkdir()
    path = _write_jsonl(
        sub / "sv.jsonl",
        [
            {"audio": "clips/a.wav", "audio2": "../b.wav", "text": "", "label": "yes"},
            {"audio": str(tmp_path / "abs.wav"), "text": "x", "label": "FALSE", "speaker": 7},
            {"id": "q1", "audio": "c.wav", "text": "B", "question": "Which? A. x; B. y"},
        ],
    )
    first, second, third = read_manifest(path)
    assert first.id == "0" and second.id == "1" and third.id == "q1"  # position when no id
    assert first.audio == sub / "clips" / "a.wav"
    assert first.audio2 == tmp_path / "b.wav"
    assert first.label is True and second.label is False
    assert second.audio == tmp_path / "abs.wav"
    assert second.extra == {"speaker": 7}
    assert third.question == "Which? A. x; B. y" and third.label is None and third.prompt is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        ("true", True),
        (" Yes ", True),
        ("1", True),
        (1, True),
        (False, False),
        ("no", False),
        ("0", False),
        (0, False),
        (" sad ", "sad"),
        ("", None),
        (None, None),
    ],
)
def test_normalize_label(raw: object, expected: object) -> None:
    assert normalize_label(raw) == expected
    assert type(normalize_label(raw)) is type(expected)


def test_format_is_sniffed_when_the_extension_says_nothing(tmp_path: Path) -> None:
    jsonl = tmp_path / "rows.txt"
    jsonl.write_text('\n{"audio": "a.wav", "text": "hi"}\n', encoding="utf-8")
    tsv = tmp_path / "rows.list"
    tsv.write_text("audio\ttgt_text\na.wav\thi\n", encoding="utf-8")
    assert detect_format(jsonl) == "jsonl" and detect_format(tsv) == "tsv"
    assert read_manifest(jsonl)[0].text == read_manifest(tsv)[0].text == "hi"


def test_odd_tsv_metadata_is_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.tsv"
    path.write_text("audio\ttgt_text\tn_frames\twith_speech\na.wav\tx\t\u00b2\tmaybe\n", "utf-8")
    assert read_manifest(path)[0].extra == {"n_frames": "\u00b2", "with_speech": "maybe"}


def test_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.tsv"
    path.write_bytes(b"\xef\xbb\xbfid\taudio\ttgt_text\nx\ta.wav\thello\n")
    assert read_manifest(path)[0].id == "x"


# ----------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"audio": "a.wav", "text": "ok"}\n{"audio": "b.wav",\n', r":2: not valid JSON"),
        ('[{"audio": "a.wav", "text": "ok"}]\n', r":1: expected a JSON object, got list"),
        ('[{"audio": "a.wav",\n "text": "ok"}]\n', r":1: not valid JSON"),
        ('"just a string"\n', r":1: expected a JSON object, got str"),
        ('{"audio": "a.wav", "text": "ok"}\n\n{"text": "no audio"}\n', r":3: missing .*'audio'"),
        ('{"audio": "a.wav"}\n', r":1: missing required field 'text'"),
        ('{"audio": "a.wav", "text": 12}\n', r":1: field 'text' must be a string"),
        ('{"audio": "", "text": "x"}\n', r":1: field 'audio' must be a non-empty path"),
        ('{"audio": "a.wav", "text": "x", "label": 2}\n', r":1: a label must be"),
        ('{"audio": "a.wav", "text": "x", "prompt": ["p"]}\n', r":1: field 'prompt' must be"),
        ('{"audio": "a.wav", "text": "x", "id": true}\n', r":1: field 'id' must be"),
        ('{"audio": "a.wav", "text": "x", "n": ' + "9" * 5000 + "}\n", r":1: not valid JSON"),
        ("[" * 100_000 + "\n", r":1: not valid JSON"),
        ("\n\n  \n", r"has no rows"),
        ("", r"has no rows"),
    ],
)
def test_bad_jsonl_raises_manifest_error_with_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=message) as caught:
        read_manifest(path)
    assert str(path) in caught.value.message
    assert caught.value.exit_code == 2  # bad input, not an internal failure


def test_a_json_array_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    for content in ('[{"audio": "a.wav", "text": "ok"}]', '[\n{"audio": "a.wav", "text": "ok"}\n]'):
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ManifestError) as caught:
            read_manifest(path)
        assert "not a JSON array" in (caught.value.hint or "")


def test_invalid_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"audio": "a.wav", "text": "ok"}\n{"audio": "b.wav", "text": "caf\xe9"}\n')
    with pytest.raises(ManifestError, match=r"latin1\.jsonl:2: not valid UTF-8"):
        read_manifest(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id\taudio\tprompt\n0\ta.wav\tp\n", r":1: missing column\(s\) tgt_text"),
        ("id\tprompt\ttgt_text\n0\tp\tt\n", r":1: missing column\(s\) audio"),
        ("audio\ttgt_text\ttgt_text\na\tb\tc\n", r":1: the header names column 'tgt_text' twice"),
        ("audio\ttgt_text\na.wav\tok\nb.wav\tok\textra\n", r":3: 3 tab-separated fields"),
        ("audio\ttgt_text\na.wav\tok\n\nb.wav\n", r":4: 1 tab-separated fields"),
        ("audio\ttgt_text\n", r"has no rows"),
    ],
)
def test_bad_tsv_raises_manifest_error_with_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=message):
        read_manifest(path)


def test_missing_unreadable_and_unknown_files(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="manifest not found"):
        iter_manifest(tmp_path / "nope.jsonl")  # raised at once, before iterating
    with pytest.raises(ManifestError, match="not a file"):
        read_manifest(tmp_path)
    odd = tmp_path / "rows.txt"
    odd.write_text("just words\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="cannot tell the format"):
        read_manifest(odd)
    assert issubclass(ManifestError, UsageError)


# ----------------------------------------------------------------------------- writing


def test_write_jsonl_keeps_paths_relative_inside_the_folder(tmp_path: Path) -> None:
    rows = [
        ManifestRow(id=1, audio=tmp_path / "clips" / "a.wav", text="hi", label="Yes"),
        ManifestRow(id="b", audio="/elsewhere/b.wav", text="", prompt="", extra={"n": [1, 2]}),
    ]
    target = tmp_path / "out.jsonl"
    assert write_jsonl(iter(rows), target) == 2
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert lines[0] == {"id": "1", "audio": "clips/a.wav", "text": "hi", "label": True}
    assert lines[1] == {"id": "b", "audio": "/elsewhere/b.wav", "text": "", "n": [1, 2]}
    assert read_manifest(target) == rows


def test_write_jsonl_refuses_unwritable_values_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    rows = [
        ManifestRow(id="a", audio=tmp_path / "a.wav", text="ok"),
        ManifestRow(id="b", audio=tmp_path / "b.wav", text="x", extra={"score": float("nan")}),
    ]
    with pytest.raises(ManifestError, match="row 'b' cannot be written"):
        write_jsonl(rows, target)
    assert list(tmp_path.iterdir()) == []  # neither the manifest nor a temporary file


def test_row_rejects_extra_keys_that_shadow_fields(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="clash"):
        ManifestRow(id="a", audio=tmp_path / "a.wav", text="x", extra={"label": "sad"})


def test_tilde_means_home_when_written_but_not_for_a_file_named_with_one(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "m.jsonl", [{"audio": "~/clips/a.wav", "text": "x"}])
    assert read_manifest(path)[0].audio == Path.home() / "clips" / "a.wav"
    # A file literally named "~root.wav" inside the folder must not turn into /root.wav.
    row = ManifestRow(id="t", audio=tmp_path / "~root.wav", text="x")
    write_jsonl([row], path)
    assert json.loads(path.read_text(encoding="utf-8"))["audio"] == "./~root.wav"
    assert read_manifest(path) == [row]
