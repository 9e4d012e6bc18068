"""``python -m benchmarks [NAME ...] [--repeats N] [--json FILE]``: run benchmarks, print a table.

Each benchmark module has ``run(repeats) -> list[Comparison]``; its baseline runs in the same
invocation. The JSON file holds every figure and the machine they were taken on.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

from benchmarks.common import Comparison, machine, table

BENCHMARKS = {
    "asr": "benchmarks.asr_overhead",
    "cli": "benchmarks.cli_start",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"which to run (default: all): {', '.join(BENCHMARKS)}")
    parser.add_argument("--repeats", type=int, default=None, help="repeats per measurement")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results.json"), help="where to write figures")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; known: {list(BENCHMARKS)}")
    results: list[Comparison] = []
    started = time.time()
    for name in args.names or list(BENCHMARKS):
        module = importlib.import_module(BENCHMARKS[name])
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results += module.run(**({"repeats": args.repeats} if args.repeats else {}))
    print(table(results))
    payload = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "seconds": round(time.time() - started, 1),
               "results": [r.to_dict() for r in results]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
