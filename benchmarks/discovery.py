"""Which benchmarks exist, and how each is run.

Every module in ``benchmarks/`` and ``benchmarks/model/`` is a benchmark (the shared helpers
excepted). Two shapes are understood:

* ``run(repeats) -> list[Comparison]`` - measures a subject against a baseline in the same
  invocation (``benchmarks.common.interleaved``);
* ``main()`` only - a script (the model benchmarks are written that way). It runs once, with
  ``main(["--repeats", N])`` when ``--repeats`` is given and it takes an ``argv`` (plain
  ``main([])`` if it has no such option), its printed output going to stderr; a list of
  :class:`Comparison` (or of their ``to_dict()`` objects) it returns is used as is, anything else
  becomes one row: its wall time, no baseline, "met" when it returned ``None``, 0 or ``True``.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Comparison, Timing

HERE = Path(__file__).resolve().parent
HELPERS = {"__init__", "__main__", "common", "discovery", "markdown"}

#: Short names of the benchmarks written before discovery; any other module is listed by its path.
KNOWN = {
    "asr": "benchmarks.asr_overhead",
    "cli": "benchmarks.cli_start",
    "eval": "benchmarks.eval_overhead",
}


def discover() -> dict[str, str]:
    """Benchmark name -> module, for every benchmark module in ``benchmarks/`` and ``benchmarks/model/``."""
    table = dict(KNOWN)
    listed = set(table.values())
    for folder, package in ((HERE, "benchmarks"), (HERE / "model", "benchmarks.model")):
        for path in sorted(folder.glob("*.py")):
            module = f"{package}.{path.stem}"
            if path.stem in HELPERS or path.stem.startswith("_") or module in listed:
                continue
            name = module.removeprefix("benchmarks.")
            table[name] = module
    return table


def _from_dicts(items: list[Any]) -> list[Comparison]:
    out = []
    for item in items:
        if isinstance(item, Comparison):
            out.append(item)
            continue
        timings = []
        for key in ("subject", "baseline"):
            data = item.get(key)
            seconds = data.get("seconds") if isinstance(data, dict) else None
            timings.append(Timing(data.get("name", key), list(seconds)) if seconds else None)
        out.append(Comparison(str(item.get("benchmark", "?")), timings[0], timings[1],
                              float(item.get("ratio", float("nan"))), str(item.get("goal", "")),
                              bool(item.get("met", False)), notes=dict(item.get("notes") or {})))
    return out


def _invoke(main: Callable[..., Any], argv: list[str] | None) -> Any:
    try:
        return main(argv) if argv is not None else main()
    except SystemExit as exc:  # argparse-style scripts exit
        return exc


def _call_main(name: str, main: Callable[..., Any], repeats: int | None) -> list[Comparison]:
    saved = sys.argv
    sys.argv = [name]
    started = time.perf_counter()
    try:
        with contextlib.redirect_stdout(sys.stderr):  # stdout carries the table only
            if not inspect.signature(main).parameters:
                returned = _invoke(main, None)
            elif repeats:
                returned = _invoke(main, ["--repeats", str(repeats)])
                if isinstance(returned, SystemExit) and returned.code == 2:  # no --repeats option
                    started = time.perf_counter()
                    returned = _invoke(main, [])
            else:
                returned = _invoke(main, [])
    finally:
        sys.argv = saved
    if isinstance(returned, SystemExit):
        returned = returned.code
    seconds = time.perf_counter() - started
    if isinstance(returned, list) and returned and all(isinstance(i, (Comparison, dict)) for i in returned):
        return _from_dicts(returned)
    met = returned in (None, 0, True)
    return [Comparison(f"{name} (script)", Timing(name, [seconds]), None, float("nan"),
                       "runs to completion", met, notes={"returned": repr(returned)})]


def run_benchmark(name: str, module_name: str, repeats: int | None) -> list[Comparison]:
    """Import and run one benchmark module (either shape, see the module docstring)."""
    module = importlib.import_module(module_name)
    if hasattr(module, "run"):
        return list(module.run(**({"repeats": repeats} if repeats else {})))
    if hasattr(module, "main"):
        return _call_main(name, module.main, repeats)
    raise AttributeError(f"benchmark module {module_name} has neither run(repeats) nor main()")
