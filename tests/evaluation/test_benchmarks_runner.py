"""``python -m benchmarks``: every benchmark module is listed, scripts with only ``main()`` are
wrapped, and the Markdown table carries the figures and the machine."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import discovery  # noqa: E402
from benchmarks.__main__ import main as bench_main  # noqa: E402
from benchmarks.common import Comparison, Timing  # noqa: E402
from benchmarks.markdown import markdown  # noqa: E402


def test_every_benchmark_module_is_listed() -> None:
    listed = set(discovery.discover().values())
    for folder, package in ((ROOT / "benchmarks", "benchmarks"), (ROOT / "benchmarks" / "model", "benchmarks.model")):
        for path in folder.glob("*.py"):
            if path.stem not in discovery.HELPERS and not path.stem.startswith("_"):
                assert f"{package}.{path.stem}" in listed, path


@pytest.fixture
def fake_benchmarks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A benchmarks/model-like folder with a run() module and two main()-only scripts."""
    folder = tmp_path / "fakebench"
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "paired.py").write_text(textwrap.dedent("""
        from benchmarks.common import Comparison, Timing
        def run(repeats=3):
            subject = Timing("ours", [2.0, 1.0, 3.0][:repeats])
            baseline = Timing("theirs", [1.0, 1.0, 1.0][:repeats])
            return [Comparison("paired", subject, baseline, subject.median / baseline.median, "<= 2", True)]
    """))
    (folder / "script.py").write_text(textwrap.dedent("""
        def main():
            print("model script output")
            return 0
    """))
    (folder / "reporting.py").write_text(textwrap.dedent("""
        import argparse
        def main(argv=None):
            parser = argparse.ArgumentParser()
            parser.add_argument("--repeats", type=int, default=1)
            args = parser.parse_args(argv)
            assert args.repeats == 3  # passed through from python -m benchmarks --repeats 3
            return [{"benchmark": "gen tokens/s", "subject": {"name": "ours", "seconds": [4.0, 2.0]},
                     "baseline": None, "ratio": 0.8, "goal": ">= 0.7", "met": True}]
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("benchmarks.__main__.BENCHMARKS",
                        {"paired": "fakebench.paired", "script": "fakebench.script", "rep": "fakebench.reporting"})
    return folder


def test_run_wraps_scripts_and_writes_json_and_markdown(fake_benchmarks: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out_json, out_md = tmp_path / "r.json", tmp_path / "r.md"
    assert bench_main(["--repeats", "3", "--json", str(out_json), "--markdown", str(out_md)]) == 0
    printed = capsys.readouterr()
    assert "model script output" in printed.err and "model script output" not in printed.out
    rows = [line for line in printed.out.splitlines() if line.startswith("| ") and "benchmark" not in line]
    assert [row.split(" | ")[0] for row in rows] == ["| paired", "| script (script)", "| gen tokens/s"]
    data = json.loads(out_json.read_text())
    paired = data["results"][0]
    assert paired["ratio"] == 2.0 and paired["subject"] == {"name": "ours", "min": 1.0, "median": 2.0,
                                                            "max": 3.0, "repeats": 3}
    assert data["results"][1]["met"] is True and data["results"][2]["ratio"] == 0.8
    text = out_md.read_text()
    assert "| paired | ours: 2 s (1 / 3, n=3) | theirs: 1 s (1 / 1, n=3) | 2.000 | <= 2 | yes |" in text
    assert "| script (script) |" in text and "| - | runs to completion | yes |" in text
    assert f"({data['machine']['cpus']} CPUs)" in text and "python -m benchmarks --repeats 3" in text


def test_markdown_marks_unmet_goals() -> None:
    row = Comparison("slow", Timing("a", [2.0]), Timing("b", [1.0]), 2.0, "<= 1.10", False)
    text = markdown([row], machine={"cpus": 2, "python": "3.11"}, date="2025-01-01", command="python -m benchmarks")
    assert "| 2.000 | <= 1.10 | **no** |" in text and "2025-01-01" in text
