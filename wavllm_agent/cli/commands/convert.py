"""``wavllm convert CHECKPOINT OUT_DIR``: released checkpoints into folders ``from_pretrained`` loads.

* the official fairseq ``final.pt`` of WavLLM -> a WavLLM folder (``--engine wavllm --model OUT_DIR``);
* a faster-whisper / CTranslate2 Whisper folder -> a Hugging Face ``WhisperEncoder`` folder.

The pickle of ``final.pt`` is opened only through a restricted, weights-only path: a file whose
pickle would run code is refused (exit status 2) and nothing in it runs.
"""

from __future__ import annotations

from pathlib import Path

import click

from wavllm_agent.cli.common import json_option
from wavllm_agent.cli.output import console, emit_json, stdout_reserved


@click.command()
@click.argument("checkpoint", type=click.Path(path_type=Path))
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("--base", default=None, metavar="PRESET|FOLDER",
              help="Write only the trainable parts, on top of this base (its frozen parts are checked).")
@click.option("--tokenizer", default=None, metavar="PATH|HUB_ID",
              help="Where the LLaMA tokenizer comes from (the checkpoint holds none).")
@click.option("--llm-heads", type=click.IntRange(min=1), default=None, metavar="N",
              help="The LLaMA's attention heads, where the checkpoint does not say.")
@click.option("--whisper-heads", type=click.IntRange(min=1), default=None, metavar="N",
              help="The Whisper encoder's attention heads, where the checkpoint does not say.")
@click.option("--wavlm-normalize/--no-wavlm-normalize", default=None,
              help="Whether WavLM's input is normalised (default: no, as the release's WavLM-base).")
@json_option
def convert(checkpoint: Path, out_dir: Path, base: str | None, tokenizer: str | None, llm_heads: int | None,
            whisper_heads: int | None, wavlm_normalize: bool | None, as_json: bool) -> None:
    """Convert CHECKPOINT (WavLLM final.pt, or a CTranslate2 Whisper folder) into OUT_DIR."""
    from wavllm_agent.errors import UsageError

    if not checkpoint.exists():
        raise UsageError(f"checkpoint not found: {checkpoint}", hint="check the path")
    if out_dir.exists() and any(out_dir.iterdir()):
        raise UsageError(f"{out_dir} exists and is not empty", hint="choose a new folder")
    with stdout_reserved(as_json):
        if checkpoint.is_dir() and (checkpoint / "model.bin").is_file():
            from wavllm_agent.assets.ct2_whisper import convert_ct2_whisper_encoder

            kind = "whisper-encoder"
            convert_ct2_whisper_encoder(checkpoint, out_dir)
        elif checkpoint.is_file():
            from wavllm_agent.modeling.convert_fairseq import convert_fairseq_checkpoint

            kind = "wavllm"
            convert_fairseq_checkpoint(checkpoint, out_dir, base=base, tokenizer=tokenizer, llm_heads=llm_heads,
                                       whisper_heads=whisper_heads, wavlm_normalize=wavlm_normalize)
        else:
            raise UsageError(f"{checkpoint} is neither a final.pt file nor a CTranslate2 Whisper folder")
    files = sorted(p.name for p in out_dir.iterdir())
    if as_json:
        emit_json({"output": str(out_dir), "kind": kind, "files": files})
        return
    console().print(f"[green]converted[/green] {checkpoint} -> {out_dir} ({kind}: {', '.join(files)})")
