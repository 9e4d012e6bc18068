"""A large evaluation spread over processes with ``accelerate launch``.

    accelerate launch --multi_gpu --num_processes 4 -m wavllm_agent.evaluation.shard MANIFEST --report DIR [--json]

``--multi_gpu`` makes accelerate start the processes with torchrun; on a machine without CUDA
(or with ``--device cpu``) they form a CPU process group over gloo, so the same command spreads
a run over CPU processes. (``accelerate launch --cpu --num_processes N`` starts N processes only
through MPI with a host file; without one it starts a single process, which then does all rows.)

Every process reads the manifest and plans the same jobs, then takes every N-th row from its own
index (``index % num_processes == process_index``: the same split in every run, so a resumed run
gives each process the rows it had). Each process appends its records to its own file,
``predictions.shard-R-of-N.jsonl`` in the report folder; after ``wait_for_everyone`` the main
process merges them into ``predictions.jsonl``, scores every row and writes the report, so the
figures are those of a single-process run over the same rows. Rows already in the folder from an
earlier run (sharded or not) are skipped, as in ``wavllm eval``.

On GPUs each process puts its engine on its own device (``accelerate``'s ``PartialState().device``)
unless ``--device`` says otherwise. The options are those of ``wavllm eval``; ``--report`` is
required (the shards meet in that folder). Output: the main process prints the ``wavllm eval
--json`` object (``--json``) or a one-line summary; errors print one ``error:`` line and exit 2 for
bad input, 1 for an internal failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from wavllm_agent.errors import WavLLMError

__all__ = ["main", "parser"]


def parser() -> argparse.ArgumentParser:
    """The command line of ``python -m wavllm_agent.evaluation.shard``."""
    p = argparse.ArgumentParser(prog="python -m wavllm_agent.evaluation.shard",
                                description="wavllm eval, sharded over the processes of accelerate launch")
    p.add_argument("manifest")
    p.add_argument("--report", required=True, help="output folder shared by the processes")
    p.add_argument("--task", default=None)
    p.add_argument("--engine", default=None)
    p.add_argument("--model", default=None)
    p.add_argument("--device", default=None)
    p.add_argument("--target-lang", default=None)
    p.add_argument("--planner", default="rules", choices=["rules", "llm"])
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--batch-size", type=int, default=1)
    p.add_argument("--restart", action="store_true", help="discard an earlier run in the folder")
    p.add_argument("--no-plots", action="store_true")
    p.add_argument("--json", action="store_true", help="print the result as one JSON object")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run this process's share; the main process merges, scores and reports. Returns the exit status."""
    args = parser().parse_args(argv)
    try:
        return _main(args)
    except WavLLMError as err:
        message = " ".join(err.message.split()) + (f" ({err.hint})" if err.hint else "")
        print(f"error: {message}", file=sys.stderr)
        return err.exit_code


def _main(args: argparse.Namespace) -> int:
    import torch
    from accelerate import PartialState

    from wavllm_agent.evaluation.runner import EvalRun

    # Without CUDA, processes started by torchrun (accelerate launch --multi_gpu) only form a
    # group when told they run on CPU (then over gloo); otherwise each believes it is alone.
    cpu = args.device == "cpu" or not torch.cuda.is_available()
    state = PartialState(cpu=cpu)
    device = args.device
    if device is None and state.device.type == "cuda":
        device = str(state.device)
    run = EvalRun(args.manifest, task=args.task, engine=args.engine, model=args.model, device=device,
                  target_lang=args.target_lang, output=args.report, limit=args.limit,
                  planner=args.planner, batch_size=args.batch_size,
                  rank=state.process_index, world=state.num_processes)
    if state.is_main_process:
        run.prepare(restart=args.restart, write=True)  # only the main process clears or records
    state.wait_for_everyone()
    if not state.is_main_process:
        run.prepare(write=False)
    run.run()
    state.wait_for_everyone()
    if not state.is_main_process:
        return 0
    result = run.finish(plots=not args.no_plots)
    if args.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        figures = ", ".join(f"{k} {v:.2f}" if v is not None else f"{k} n/a" for k, v in result.metrics.items())
        processes = f"{state.num_processes} process" + ("es" if state.num_processes != 1 else "")
        print(f"{result.task}: {result.n} rows on {processes}, {result.errors} failed; "
              f"{figures}; report in {result.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
