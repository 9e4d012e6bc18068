"""``wavllm run TASK AUDIO...``: one task on each recording (``sv``: two files are one pair).

One file: one result (a JSON object with ``--json``). Several: one result per file, in order, as
JSON Lines with ``--json``, each naming its ``"audio"``; a progress bar runs on a terminal. A file
that fails is reported (an ``error:`` line, and a row with ``"error"`` in JSON Lines), the others
still run, and the exit status says so. No file is ever silently left out.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

import click

from wavllm_agent.cli.common import (
    budget_options,
    engine_options,
    get_engine,
    json_option,
    llm_option,
    progress_on_terminal,
)
from wavllm_agent.cli.errors import one_line
from wavllm_agent.cli.output import console, emit_json, stdout_reserved
from wavllm_agent.errors import UsageError, WavLLMError


def compares_two(spec: Any) -> bool:
    """Whether the task compares two recordings (it declares ``audio_inputs = 2``, as ``sv`` does):
    its two positional files are one pair (the contract: ``wavllm run sv A B``)."""
    return int(getattr(spec, "audio_inputs", 1)) > 1


Job = tuple[str | None, str | None]
"""(audio, audio2) of one run."""


def plan_jobs(task: Any, files: tuple[str, ...], audio2: str | None) -> list[Job]:
    """The runs of ``task`` for ``files``: one per file, or for a paired task one pair of two files.

    Raises:
        UsageError: a paired task given more than two files and no ``--audio2``.
    """
    if not files:
        return [(None, audio2)]
    if compares_two(task) and audio2 is None:
        if len(files) == 2:
            return [(files[0], files[1])]
        if len(files) > 2:
            raise UsageError(f"{task.name} compares two recordings, got {len(files)} files",
                             hint=f"wavllm run {task.name} A B, or --audio2 REF to compare each file with REF")
    return [(path, audio2) for path in files]


def task_args(spec: Any, options: dict[str, Any], extra_args: tuple[str, ...]) -> dict[str, Any]:
    """The task's parameters from the options and ``--arg KEY=VALUE``; refuses ones it does not take."""
    args = dict(options)
    for item in extra_args:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--arg takes KEY=VALUE, got {item!r}")
        args[key.strip().replace("-", "_")] = value
    accepted = set(spec.params_model.model_fields)
    extra = [k for k, v in args.items() if v is not None and k not in accepted]
    if extra:
        raise UsageError(f"task {spec.name!r} does not take {', '.join(extra)}",
                         hint=f"it takes: {', '.join(sorted(accepted)) or 'no parameters'}")
    return args


@click.command()
@click.argument("task")
@click.argument("audio", nargs=-1)
@click.option("--audio2", default=None, metavar="FILE", help="sv: compare each AUDIO with this recording.")
@click.option("--question", default=None, help="sqa: the question (omit it to answer the question spoken in the audio).")
@click.option("--target-lang", default=None, metavar="XX", help="st / translate: target language (code or name).")
@click.option("--language", default=None, metavar="XX", help="asr: language of the speech (detected if omitted).")
@click.option("--max-words", type=int, default=None, help="summarize: most words in the summary.")
@click.option("--text", default=None, help="Text tasks: the text to work on instead of the audio's transcript.")
@click.option("--instruction", default=None, help="instruct: the instruction to answer.")
@click.option("--arg", "-a", "extra_args", multiple=True, metavar="KEY=VALUE",
              help="Any other task parameter (plugins' tasks), repeatable.")
@engine_options
@llm_option
@budget_options
@json_option
def run(task: str, audio: tuple[str, ...], audio2: str | None, question: str | None, target_lang: str | None,
        language: str | None, max_words: int | None, text: str | None, instruction: str | None,
        extra_args: tuple[str, ...],
        engine_name: str | None, model: str | None, device: str | None, max_new_tokens: int | None,
        max_audio_seconds: float | None, as_json: bool) -> int:
    """Run TASK on each AUDIO file (see 'wavllm tasks'); sv compares two files, or each with --audio2."""
    from wavllm_agent.api import resolve_task, run_task
    from wavllm_agent.cli.progress_bar import file_progress

    spec = resolve_task(task)  # unknown task: error before any model loads
    takes_input = int(getattr(spec, "audio_inputs", 1)) != 0  # instruct takes neither audio nor text
    if not audio and text is None and takes_input:
        raise UsageError(f"task {task!r} needs an audio file", hint=f"wavllm run {task} AUDIO...")
    args = task_args(spec, {"question": question, "target_lang": target_lang, "language": language,
                            "max_words": max_words, "instruction": instruction}, extra_args)
    jobs = plan_jobs(spec, audio, audio2)
    with stdout_reserved(as_json), progress_on_terminal():
        engine = get_engine(engine_name, model, device)
    status = 0
    with file_progress(len(jobs), sys.stderr if as_json else sys.stdout) as (advance, bar_console):
        for path, path2 in jobs:
            try:
                spinner = progress_on_terminal() if bar_console is None else contextlib.nullcontext()
                with stdout_reserved(as_json), spinner:
                    result = run_task(spec, path, engine, audio2=path2, text=text, max_new_tokens=max_new_tokens,
                                      max_audio_seconds=max_audio_seconds, **args)
            except WavLLMError as exc:
                if len(jobs) == 1:
                    raise
                status = max(status, exc.exit_code)
                _report_failure(path, exc, as_json)
                advance(str(path))
                continue
            _show(result, path, path2, as_json, many=len(jobs) > 1, out=bar_console)
            advance(str(path))
    return status


def _report_failure(path: str | None, exc: WavLLMError, as_json: bool) -> None:
    message = one_line(exc.message) + (f" ({one_line(exc.hint)})" if exc.hint else "")
    print(f"error: {path}: {message}", file=sys.stderr)
    if as_json:
        emit_json({"audio": path, "error": message})


def _show(result: Any, path: str | None, path2: str | None, as_json: bool, *, many: bool, out: Any) -> None:
    data = result.to_dict()
    if path is not None:
        data = {"audio": path, **({"audio2": path2} if path2 is not None else {}), **data}
    if as_json:
        emit_json(data)
        return
    from wavllm_agent.display.render import result_renderable

    target = out or console()
    if many:
        from rich.text import Text

        target.print(Text(str(path), style="bold"), soft_wrap=True)  # the whole path, never folded
    target.print(result_renderable(result))
