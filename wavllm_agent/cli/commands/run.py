"""``wavllm run TASK AUDIO [AUDIO2]``: one task on one recording (or two, for ``sv``)."""

from __future__ import annotations

import click

from wavllm_agent.cli.common import (
    budget_options,
    engine_options,
    get_engine,
    json_option,
    progress_on_terminal,
)
from wavllm_agent.cli.output import console, emit_json, stdout_reserved


@click.command()
@click.argument("task")
@click.argument("audio", required=False)
@click.argument("audio2", required=False)
@click.option("--question", default=None, help="sqa: the question (omit it to answer the question spoken in the audio).")
@click.option("--target-lang", default=None, metavar="XX", help="st / translate: target language (code or name).")
@click.option("--language", default=None, metavar="XX", help="asr: language of the speech (detected if omitted).")
@click.option("--max-words", type=int, default=None, help="summarize: most words in the summary.")
@click.option("--text", default=None, help="Text tasks: the text to work on instead of the audio's transcript.")
@click.option("--instruction", default=None, help="instruct: the instruction to answer.")
@click.option("--arg", "-a", "extra_args", multiple=True, metavar="KEY=VALUE",
              help="Any other task parameter (plugins' tasks), repeatable.")
@engine_options
@budget_options
@json_option
def run(task: str, audio: str | None, audio2: str | None, question: str | None, target_lang: str | None,
        language: str | None, max_words: int | None, text: str | None, instruction: str | None,
        extra_args: tuple[str, ...],
        engine_name: str | None, model: str | None, device: str | None, max_new_tokens: int | None,
        max_audio_seconds: float | None, as_json: bool) -> None:
    """Run TASK on AUDIO (see 'wavllm tasks'); sv compares AUDIO with AUDIO2."""
    from wavllm_agent.api import resolve_task, run_task
    from wavllm_agent.errors import UsageError

    spec = resolve_task(task)  # unknown task: error before any model loads
    if audio is None and text is None:
        raise UsageError(f"task {task!r} needs an audio file", hint=f"wavllm run {task} AUDIO")
    args = {"question": question, "target_lang": target_lang, "language": language,
            "max_words": max_words, "instruction": instruction}
    for item in extra_args:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--arg takes KEY=VALUE, got {item!r}")
        args[key.strip().replace("-", "_")] = value
    accepted = set(spec.params_model.model_fields)
    extra = [k for k, v in args.items() if v is not None and k not in accepted]
    if extra:
        raise UsageError(f"task {task!r} does not take {', '.join(extra)}",
                         hint=f"it takes: {', '.join(sorted(accepted)) or 'no parameters'}")
    with stdout_reserved(as_json), progress_on_terminal():
        engine = get_engine(engine_name, model, device)
        result = run_task(spec, audio, engine, audio2=audio2, text=text, max_new_tokens=max_new_tokens,
                          max_audio_seconds=max_audio_seconds, **args)
    if as_json:
        emit_json(result.to_dict())
        return
    from wavllm_agent.cli.render import result_renderable

    console().print(result_renderable(result))
