"""``python -m benchmarks [NAME ...] [--repeats N] [--json FILE] [--markdown FILE] [--list]``.

Runs benchmarks (default: every module in ``benchmarks/`` and ``benchmarks/model/``, see
``benchmarks/discovery.py``) and prints one table of ratios against baselines run in the same
invocation, with the median, min and max over the repeats. The JSON file holds every figure and
the machine they were taken on; ``--markdown`` writes the table and the machine for the README.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks.common import Comparison, machine, table
from benchmarks.discovery import discover, run_benchmark
from benchmarks.markdown import markdown

BENCHMARKS = discover()
"""Benchmark name -> module: every benchmark module there is."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"which to run (default: all): {', '.join(BENCHMARKS)}")
    parser.add_argument("--repeats", type=int, default=None, help="repeats per measurement")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results.json"), help="where to write figures")
    parser.add_argument("--markdown", type=Path, default=None, metavar="FILE",
                        help="also write the table and the machine as Markdown (for the README)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, module in BENCHMARKS.items():
            print(f"{name}\t{module}")
        return 0
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; known: {list(BENCHMARKS)}")
    results: list[Comparison] = []
    started = time.time()
    for name in args.names or list(BENCHMARKS):
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results += run_benchmark(name, BENCHMARKS[name], args.repeats)
    print(table(results))
    where = machine()
    date = time.strftime("%Y-%m-%d")
    payload = {"machine": where, "date": date, "seconds": round(time.time() - started, 1),
               "results": [r.to_dict() for r in results]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(payload, indent=2, allow_nan=True) + "\n")
    if args.markdown is not None:
        command = "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:])
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown(results, machine=where, date=date, command=command.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
