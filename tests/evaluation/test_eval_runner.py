"""The evaluation run in one process, on the scripted FAKE engine (plumbing, not accuracy):
metrics equal the metric functions on the same outputs, error rows count as wrong, resuming
skips finished rows, folders of other runs are refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import speech
from evalfakes import ScriptedEngine, asr_manifest

from wavllm_agent.data import ManifestRow, read_manifest, write_jsonl
from wavllm_agent.errors import AudioError, UsageError
from wavllm_agent.evaluation import evaluate
from wavllm_agent.evaluation.metrics.eer import equal_error_rate
from wavllm_agent.evaluation.metrics.wer import word_error_rate
from wavllm_agent.evaluation.predictions import RowPredictor
from wavllm_agent.evaluation.store import PREDICTIONS

Make = Callable[..., ScriptedEngine]


def _script(clips: list[speech.Clip]) -> dict[str, str]:
    """Clip 0 exact, clip 1 missing its last word, clip 3 in other words; the rest the default."""
    return {clips[0].path.name: clips[0].text,
            clips[1].path.name: clips[1].text.rsplit(" ", 1)[0],
            clips[3].path.name: "something else entirely"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_wer_equals_the_metric_on_the_same_outputs(tmp_path: Path, scripted: Make) -> None:
    manifest, clips = asr_manifest(tmp_path)
    scripted(_script(clips))
    result = evaluate(manifest, engine="fake", output=tmp_path / "out", plots=False)
    records = _lines(tmp_path / "out" / PREDICTIONS)
    hypotheses = [r["output"]["text"] for r in records]
    expected = word_error_rate([c.text for c in clips], hypotheses)
    assert result.task == "asr" and result.n == 5 and result.errors == 0
    assert result.metrics["wer"] == pytest.approx(expected.wer) and 0 < expected.wer < 100
    assert [r["scores"]["wer"] for r in records] == pytest.approx(list(expected.per_utterance))
    assert [r["index"] for r in records] == [0, 1, 2, 3, 4]
    assert result.worst[0]["value"] == 100.0 and result.worst[-1]["value"] > 0  # exact row not listed


def test_an_undecodable_row_is_an_error_row_counted_as_fully_wrong(tmp_path: Path, scripted: Make) -> None:
    manifest, clips = asr_manifest(tmp_path, bad=True)
    scripted(_script(clips))
    result = evaluate(manifest, engine="fake", output=tmp_path / "out", plots=False)
    records = _lines(tmp_path / "out" / PREDICTIONS)
    broken = records[2]
    assert broken["id"] == "broken" and broken["status"] == "error"
    assert broken["error"]["type"] == "AudioError" and broken["scores"]["wer"] == 100.0
    assert result.errors == 1 and result.n == 6
    refs = [row.text for row in read_manifest(manifest)]
    hyps = [r["output"]["text"] if r["status"] == "ok" else "" for r in records]
    assert result.metrics["wer"] == pytest.approx(word_error_rate(refs, hyps).wer)
    assert result.worst[0]["id"] == "broken" and "AudioError" in result.worst[0]["error"]
    assert any("1 of 6 rows failed" in note for note in result.notes)


def test_every_row_failing_raises_the_rows_error(tmp_path: Path, scripted: Make) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"\x00" * 100)
    manifest = tmp_path / "m.jsonl"
    write_jsonl([ManifestRow(id="b", audio=broken, text="x", extra={"task": "asr"})], manifest)
    scripted()
    with pytest.raises(AudioError, match="every row failed; row 'b'"):
        evaluate(manifest, engine="fake")


def test_resume_runs_only_unfinished_rows_and_scores_the_same(tmp_path: Path, scripted: Make) -> None:
    manifest, clips = asr_manifest(tmp_path)
    engine = scripted(_script(clips))
    fresh = evaluate(manifest, engine="fake", output=tmp_path / "fresh", plots=False)
    engine.calls.clear()
    evaluate(manifest, engine="fake", output=tmp_path / "resumed", limit=2, plots=False)  # "interrupted"
    with (tmp_path / "resumed" / PREDICTIONS).open("a") as handle:
        handle.write('{"index": 2, "id": "0890", "task": "asr", "sta')  # a line torn by a kill
    engine.calls.clear()
    resumed = evaluate(manifest, engine="fake", output=tmp_path / "resumed", plots=False)
    ran = [Path(source).name for kind, source in engine.calls if kind == "transcribe"]
    assert ran == [clip.path.name for clip in clips[2:]]  # rows 0-1 were not run again
    assert resumed.resumed == 2 and resumed.metrics == fresh.metrics
    assert [r["index"] for r in _lines(tmp_path / "resumed" / PREDICTIONS)] == [0, 1, 2, 3, 4]
    engine.calls.clear()
    again = evaluate(manifest, engine="fake", output=tmp_path / "resumed", plots=False)
    assert engine.calls == [] and again.resumed == 5 and again.metrics == fresh.metrics


def test_a_folder_of_another_run_is_refused_unless_restarted(tmp_path: Path, scripted: Make) -> None:
    manifest, _ = asr_manifest(tmp_path)
    scripted()
    evaluate(manifest, engine="fake", output=tmp_path / "out", plots=False)
    with pytest.raises(UsageError, match="different task"):
        evaluate(manifest, task="er", engine="fake", output=tmp_path / "out", plots=False)
    result = evaluate(manifest, task="er", engine="fake", output=tmp_path / "out", restart=True, plots=False)
    assert result.task == "er" and result.resumed == 0


def _sv_manifest(folder: Path) -> tuple[Path, dict[str, float], list[bool]]:
    clips = speech.librivox()
    pairs = [(0, 1, True), (0, 2, True), (1, 2, True), (0, 3, False), (1, 4, False), (2, 4, False)]
    scores = [0.9, 0.55, 0.4, 0.45, 0.2, 0.6]  # two trials on the wrong side of the other class
    rows, script = [], {}
    for (a, b, same), score in zip(pairs, scores, strict=True):
        rows.append(ManifestRow(id=f"{a}-{b}", audio=clips[a].path, audio2=clips[b].path, text="", label=same))
        script["|".join(sorted([clips[a].path.name, clips[b].path.name]))] = score
    path = folder / "sv.jsonl"
    write_jsonl(rows, path)
    return path, script, [same for _, _, same in pairs]


def test_sv_eer_equals_the_metric_on_the_engine_scores(tmp_path: Path, scripted: Make) -> None:
    manifest, script, labels = _sv_manifest(tmp_path)
    scripted(scores=script)
    result = evaluate(manifest, engine="fake")
    expected = equal_error_rate(list(script.values()), labels)
    assert result.task == "sv" and result.metrics["eer"] == pytest.approx(expected.eer)
    assert 0 < expected.eer < 50
    assert result.metrics["accuracy"] == pytest.approx(100 * 4 / 6)  # decisions at the engine's 0.5


def test_an_sv_error_row_gets_the_score_that_is_wrong(tmp_path: Path, scripted: Make) -> None:
    manifest, script, labels = _sv_manifest(tmp_path)
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"not audio" * 50)
    rows = read_manifest(manifest)
    rows.append(ManifestRow(id="bad", audio=broken, audio2=rows[0].audio, text="", label=True))
    write_jsonl(rows, manifest)
    scripted(scores=script)
    result = evaluate(manifest, engine="fake")
    # The failed same-speaker trial scores below every other trial: a miss at every threshold.
    expected = equal_error_rate([*script.values(), min(script.values()) - 1.0], [*labels, True])
    assert result.errors == 1 and result.metrics["eer"] == pytest.approx(expected.eer)


def test_single_released_sv_row_reports_eer_as_not_computable(scripted: Make) -> None:
    scripted()
    result = evaluate(speech.release("sv.tsv"), engine="fake")
    assert result.metrics["eer"] is None and result.metrics["accuracy"] == 100.0
    assert any(note.startswith("eer not computed: all 1 trials are same-speaker") for note in result.notes)


def test_multi_step_rows_score_ifr_from_the_execution_steps(scripted: Make) -> None:
    engine = scripted(answers={"capital of new zealand": ""})  # the text question gets no answer
    result = evaluate(speech.release("II-task.tsv"), engine="fake")
    assert result.task == "multi-step"
    assert result.metrics["ifr"] == 75.0 and result.metrics["ifr_instruct"] == 0.0
    assert result.metrics["ifr_all"] == 0.0 and result.metrics["ifr_asr"] == 100.0
    steps = result.records[0].output["steps"]
    assert [s["task"] for s in steps] == ["asr", "sqa", "instruct", "continue"]
    engine.answers.clear()
    assert evaluate(speech.release("II-task.tsv"), engine="fake").metrics["ifr"] == 100.0


def test_batches_reach_the_batch_hook_and_change_nothing(tmp_path: Path, scripted: Make,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    manifest, clips = asr_manifest(tmp_path)
    scripted(_script(clips))
    sizes: list[int] = []
    original = RowPredictor.predict_batch

    def spy(self: RowPredictor, jobs: list) -> list:
        sizes.append(len(jobs))
        return original(self, jobs)

    monkeypatch.setattr(RowPredictor, "predict_batch", spy)
    batched = evaluate(manifest, engine="fake", batch_size=2)
    assert sizes == [2, 2, 1]
    single = evaluate(manifest, engine="fake")
    assert batched.metrics == single.metrics


def test_tsv_and_jsonl_forms_give_the_same_figures(tmp_path: Path, scripted: Make) -> None:
    scripted(answers={"choose": "Do as he always does"})
    for name in ("asr.tsv", "en2de.tsv", "SQA.tsv", "emo.tsv", "sv.tsv", "II-task.tsv", "CoT-task.tsv"):
        tsv = speech.release(name)
        copy = tmp_path / f"{name}.jsonl"
        write_jsonl(read_manifest(tsv), copy)
        a, b = evaluate(tsv, engine="fake"), evaluate(copy, engine="fake")
        assert (a.task, a.n, a.metrics) == (b.task, b.n, b.metrics), name


def test_a_shorter_rerun_keeps_the_rows_an_earlier_run_finished(tmp_path: Path, scripted: Make) -> None:
    manifest, clips = asr_manifest(tmp_path)
    engine = scripted(_script(clips))
    full = evaluate(manifest, engine="fake", output=tmp_path / "out", plots=False)
    engine.calls.clear()
    short = evaluate(manifest, engine="fake", output=tmp_path / "out", limit=2, plots=False)
    assert engine.calls == [] and short.n == 2
    assert len(_lines(tmp_path / "out" / PREDICTIONS)) == 5
    assert evaluate(manifest, engine="fake", output=tmp_path / "out", plots=False).metrics == full.metrics
