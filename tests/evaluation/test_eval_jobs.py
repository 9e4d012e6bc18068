"""Which task each manifest row is evaluated as, and with which arguments (no model loads)."""

from __future__ import annotations

from pathlib import Path

import pytest
import speech

from wavllm_agent.data import ManifestRow, read_manifest, write_jsonl
from wavllm_agent.errors import AudioError, ManifestError, UnknownTaskError, UsageError
from wavllm_agent.evaluation.jobs import plan_jobs

RELEASE_TASKS = {
    "asr.tsv": "asr",
    "en2de.tsv": "st",
    "sv.tsv": "sv",
    "emo.tsv": "er",
    "SQA.tsv": "sqa",
    "SQQA.tsv": "sqa",
    "II-task.tsv": "multi-step",
    "CoT-task.tsv": "multi-step",
    "CoT-task-story.tsv": "multi-step",
}


@pytest.mark.parametrize(("name", "task"), sorted(RELEASE_TASKS.items()))
def test_released_tsv_prompts_map_to_their_task(name: str, task: str) -> None:
    jobs = plan_jobs(read_manifest(speech.release(name)))
    assert jobs.task == task and jobs.inferred
    assert len(jobs.jobs) == 1 and jobs.jobs[0].task == task


def test_release_arguments_come_from_the_prompt() -> None:
    st = plan_jobs(read_manifest(speech.release("en2de.tsv")))
    assert st.jobs[0].args == {"target_lang": "de"} and st.language == "de"
    sqa = plan_jobs(read_manifest(speech.release("SQA.tsv")))
    assert sqa.jobs[0].args["question"].startswith("What will the man do next? A. Start")
    spoken = plan_jobs(read_manifest(speech.release("SQQA.tsv")))
    assert "question" not in spoken.jobs[0].args  # answer the question spoken in the audio


def test_multi_step_rows_know_their_sub_tasks() -> None:
    ii = plan_jobs(read_manifest(speech.release("II-task.tsv"))).jobs[0]
    assert ii.expected == ("asr", "sqa", "instruct", "continue")  # from the label ASR+SQA+SFT+Continue
    assert ii.instruction and ii.instruction.startswith("To begin, Transcribe")
    cot = plan_jobs(read_manifest(speech.release("CoT-task.tsv"))).jobs[0]
    assert cot.expected == ("asr", "summarize", "translate")  # no label: what the instruction asks


def test_target_lang_option_overrides_the_prompt() -> None:
    jobs = plan_jobs(read_manifest(speech.release("en2de.tsv")), target_lang="fr")
    assert jobs.jobs[0].args["target_lang"] == "fr" and jobs.language == "fr"


def _row(tmp_path: Path, **fields: object) -> ManifestRow:
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF")
    return ManifestRow(id=str(fields.pop("id", "r")), audio=audio, text=str(fields.pop("text", "x")), **fields)  # type: ignore[arg-type]


def test_jsonl_task_field_and_forced_task(tmp_path: Path) -> None:
    rows = [_row(tmp_path, id="a", extra={"task": "ASR"}), _row(tmp_path, id="b", extra={"task": "asr"})]
    assert plan_jobs(rows).task == "asr"
    forced = plan_jobs(rows, task="er")
    assert forced.task == "er" and not forced.inferred and all(job.task == "er" for job in forced.jobs)
    prompted = [_row(tmp_path, prompt="Transcribe the audio, then summarize it.", text="ASR+Summary")]
    assert plan_jobs(prompted, task="ask").task == "multi-step"  # an older spelling


def test_row_without_prompt_is_a_pair_or_a_spoken_question(tmp_path: Path) -> None:
    other = tmp_path / "b.wav"
    other.write_bytes(b"RIFF")
    assert plan_jobs([_row(tmp_path, audio2=other, label=True)]).task == "sv"
    question = plan_jobs([_row(tmp_path, question="Who speaks?")])
    assert question.task == "sqa" and question.jobs[0].args == {"question": "Who speaks?"}


def test_a_manifest_mixing_tasks_is_refused_with_counts(tmp_path: Path) -> None:
    rows = [_row(tmp_path, id="a", extra={"task": "asr"}), _row(tmp_path, id="b", extra={"task": "asr"}),
            _row(tmp_path, id="c", extra={"task": "er"})]
    with pytest.raises(UsageError, match=r"mixes tasks: asr \(2 rows\), er \(1 rows\)"):
        plan_jobs(rows)


def test_unknown_task_and_task_without_metrics(tmp_path: Path) -> None:
    rows = [_row(tmp_path)]
    with pytest.raises(UnknownTaskError, match="unknown task 'bogus'"):
        plan_jobs(rows, task="bogus")
    with pytest.raises(UnknownTaskError, match="no evaluation metrics"):
        plan_jobs(rows, task="continue")


def test_missing_audio_is_refused_before_anything_runs(tmp_path: Path) -> None:
    row = ManifestRow(id="gone", audio=tmp_path / "missing.wav", text="x", extra={"task": "asr"})
    with pytest.raises(AudioError, match="row 'gone': audio file not found"):
        plan_jobs([row])


def test_multi_step_row_needs_an_instruction(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no instruction"):
        plan_jobs([_row(tmp_path, text="ASR+SQA")], task="ask")


def test_tsv_and_jsonl_forms_plan_the_same_jobs(tmp_path: Path) -> None:
    for name in RELEASE_TASKS:
        rows = read_manifest(speech.release(name))
        copy = tmp_path / f"{name}.jsonl"
        write_jsonl(rows, copy)
        from_tsv, from_jsonl = plan_jobs(rows), plan_jobs(read_manifest(copy))
        assert (from_tsv.task, from_tsv.language) == (from_jsonl.task, from_jsonl.language)
        assert [(j.args, j.expected, j.instruction) for j in from_tsv.jobs] == \
               [(j.args, j.expected, j.instruction) for j in from_jsonl.jobs]
