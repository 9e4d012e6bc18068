"""``wavllm eval``: the JSON contract, the error contract, the terminal table, the report folder.
In-process runs use the scripted FAKE engine (plumbing only)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import speech
from click.testing import CliRunner
from evalfakes import ScriptedEngine, asr_manifest

from wavllm_agent.cli import cli
from wavllm_agent.data import ManifestRow, write_jsonl
from wavllm_agent.evaluation.metrics.wer import word_error_rate

Make = Callable[..., ScriptedEngine]
EVALFAKES = Path(__file__).with_name("evalfakes.py")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["eval", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_json_is_one_object_with_the_contract_keys(tmp_path: Path, scripted: Make) -> None:
    manifest, clips = asr_manifest(tmp_path)
    scripted({clips[0].path.name: clips[0].text})
    code, out, err = invoke(str(manifest), "--engine", "fake", "--json")
    assert code == 0, err
    assert len(out.strip().splitlines()) == 1
    data = json.loads(out)
    assert {"task", "n", "engine", "metrics"} <= set(data)
    assert (data["task"], data["n"], data["engine"]) == ("asr", 5, "fake")
    hyps = [clips[0].text] + ["hello world from the fake engine"] * 4
    assert data["metrics"]["wer"] == pytest.approx(word_error_rate([c.text for c in clips], hyps).wer)
    assert all(0 <= value <= 100 for value in data["metrics"].values())


def test_terminal_output_shows_metrics_and_worst_rows(tmp_path: Path, scripted: Make) -> None:
    manifest, clips = asr_manifest(tmp_path)
    scripted({clips[0].path.name: clips[0].text})
    code, out, _ = invoke(str(manifest), "--engine", "fake")
    wer = word_error_rate([c.text for c in clips], [clips[0].text] + ["hello world from the fake engine"] * 4).wer
    assert code == 0
    assert f"{wer:.2f}" in out and "Worst rows" in out and "he was not an ill disposed" in out


def _shell(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(EVALFAKES), "cli", "eval", *args], capture_output=True,
                          text=True, timeout=120)


def test_errors_exit_2_with_one_error_line_and_no_traceback(tmp_path: Path) -> None:
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text('{"audio": "a.wav", "text": "x"}\n{not json\n')
    missing_audio = tmp_path / "missing.jsonl"
    write_jsonl([ManifestRow(id="r7", audio=tmp_path / "nowhere.wav", text="x", extra={"task": "asr"})],
                missing_audio)
    cases = [
        ([str(bad_json)], "bad.jsonl:2: not valid JSON"),
        ([str(tmp_path / "absent.jsonl")], "manifest not found"),
        ([str(speech.release("asr.tsv")), "--task", "asrr"], "unknown task 'asrr'"),
        ([str(missing_audio)], "row 'r7': audio file not found"),
    ]
    for args, message in cases:
        done = _shell(*args, "--engine", "fake", "--json")
        assert done.returncode == 2, done.stderr
        assert done.stdout == ""
        first = done.stderr.splitlines()[0]
        assert first.startswith("error: ") and message in first, done.stderr
        assert "Traceback" not in done.stderr


def test_report_folder_holds_the_right_numbers(tmp_path: Path, scripted: Make) -> None:
    manifest, clips = asr_manifest(tmp_path, bad=True)
    scripted({clips[0].path.name: clips[0].text, clips[1].path.name: "he was not an ill young man"})
    report = tmp_path / "report"
    code, out, err = invoke(str(manifest), "--engine", "fake", "--json", "--report", str(report))
    assert code == 0, err
    printed = json.loads(out)
    saved = json.loads((report / "metrics.json").read_text())
    assert saved["metrics"] == printed["metrics"] and saved["n"] == 6 and saved["errors"] == 1
    assert saved["machine"]["cpus"] and saved["date"] and saved["plots"] == ["wer_histogram.png"]
    records = [json.loads(line) for line in (report / "predictions.jsonl").read_text().splitlines()]
    assert [r["id"] for r in records] == ["0870", "0880", "broken", "0890", "0920", "0930"]
    assert records[1]["scores"]["wer"] == pytest.approx(100 / 8)  # one of eight words deleted
    markdown = (report / "report.md").read_text()
    assert f"| wer (lower is better) | {printed['metrics']['wer']:.2f} |" in markdown
    assert "engine: `fake`" in markdown and "1 failed" in markdown and "**error**: AudioError" in markdown
    assert "![wer_histogram](wer_histogram.png)" in markdown
    width, height = png_size(report / "wer_histogram.png")
    assert width >= 600 and height >= 400


def test_sv_and_multi_step_reports_draw_their_plots(tmp_path: Path, scripted: Make) -> None:
    clips = speech.librivox()
    rows = [ManifestRow(id=f"p{i}", audio=clips[0].path, audio2=clips[i].path, text="", label=i < 3)
            for i in range(1, 5)]
    manifest = tmp_path / "sv.jsonl"
    write_jsonl(rows, manifest)
    scripted(scores={"|".join(sorted([clips[0].path.name, clips[i].path.name])): s
                     for i, s in zip(range(1, 5), [0.8, 0.45, 0.5, 0.1], strict=True)})
    code, _, err = invoke(str(manifest), "--engine", "fake", "--report", str(tmp_path / "sv"))
    assert code == 0, err
    for name in ("sv_scores.png", "sv_det.png"):
        assert png_size(tmp_path / "sv" / name)[0] >= 600
    code, _, err = invoke(str(speech.release("II-task.tsv")), "--engine", "fake", "--report", str(tmp_path / "ii"))
    assert code == 0, err
    saved = json.loads((tmp_path / "ii" / "metrics.json").read_text())
    assert saved["plots"] == ["ifr_subtasks.png", "ifr_types.png"] and saved["metrics"]["ifr"] == 100.0
