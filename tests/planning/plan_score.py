"""Score a planner on an instruction set (instructions.yaml, tuning.yaml, heldout.yaml).

A plan is right when its task sequence, inputs, implicit flags and arguments all match the
expected plan; questions and instructions compare without case, spacing or final punctuation.

    .venv/bin/python tests/planning/plan_score.py tests/planning/heldout.yaml [--planner llm] [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
PlanFn = Callable[[str], Any]


def norm(value: Any) -> Any:
    """Questions and instructions compare without case, spacing or final punctuation."""
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip().rstrip(".?!;").strip().casefold()
    return value


def expected(item: dict) -> list[tuple]:
    return [(s["task"], {k: norm(v) for k, v in (s.get("args") or {}).items()}, s.get("input"),
             bool(s.get("implicit"))) for s in item["steps"]]


def planned(plan: Any) -> list[tuple]:
    return [(s.task, {k: norm(v) for k, v in s.args.items()}, s.input, s.implicit) for s in plan.steps]


def load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def refuses_asked_language(item: dict, got: Any) -> bool:
    """The miss is the library refusing a target language that the expected plan asks for ("translation
    into Welsh is not supported"): the planner read the request right; the text model cannot write it."""
    from wavllm_agent.languages import language_name

    if not isinstance(got, str) or "is not supported" not in got:
        return False
    return any(f"translation into {language_name(s['args']['target_lang'])} is" in got
               for s in item["steps"] if "target_lang" in (s.get("args") or {}))


def score(items: list[dict], plan_fn: PlanFn, *, live: bool = False) -> tuple[float, list[str]]:
    """Accuracy in percent and a description of each miss (``live``: print "ok"/"MISS" per item as it is scored,
    so that a slow planner's partial run can be read)."""
    wrong = []
    for item in items:
        try:
            got: Any = planned(plan_fn(item["instruction"]))
        except Exception as exc:  # a planner failure is a miss, not a crash of the scorer
            got = f"error: {exc}"
        if got != expected(item):
            refused = " (refused: a language the text model cannot write)" if refuses_asked_language(item, got) else ""
            wrong.append(f"{item['instruction']!r}{refused}\n    expected {expected(item)}\n    got      {got}")
        if live:
            print(f"{'ok' if got == expected(item) else 'MISS'} {item['instruction']!r}", flush=True)
    return 100.0 * (len(items) - len(wrong)) / max(len(items), 1), wrong


def _plan_fn(planner: str, llm: str | None, log: dict[str, Any], *, second_opinion: bool = True) -> PlanFn:
    sys.path.insert(0, str(HERE))
    from plan_support import builtin_tasks

    from wavllm_agent.planning import plan_llm, plan_rules

    tasks = builtin_tasks()
    if planner == "rules":
        return lambda text: plan_rules(text, tasks, second_opinion=second_opinion)
    from wavllm_agent.engines.llm_runtime import load_text_llm

    model = load_text_llm(llm)

    def generate(prompt: str) -> str:  # as wavllm_agent.api.ask does for planner="llm"
        return model.generate(prompt, max_new_tokens=256)

    def plan_one(text: str) -> Any:
        result = plan_llm(text, tasks, generate)  # raises only when the fallback cannot plan either
        log[text] = result
        print(f"  [{len(log)}] {result.planner}: {text[:60]!r}", file=sys.stderr, flush=True)
        return result

    return plan_one


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--planner", default="rules", choices=["rules", "llm"])
    parser.add_argument("--llm", default=None, help="text LLM for --planner llm (default: the engine's default)")
    parser.add_argument("--rules-alone", action="store_true",
                        help="the rules without the task-sequence classifier's second opinion")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    log: dict[str, Any] = {}
    plan_fn = _plan_fn(args.planner, args.llm, log, second_opinion=not args.rules_alone)
    for path in args.files:
        items = load(path)
        log.clear()
        start = time.perf_counter()
        accuracy, wrong = score(items, plan_fn, live=args.planner == "llm" and args.verbose)
        seconds = time.perf_counter() - start
        by_llm = [planned(log[i["instruction"]]) == expected(i) for i in items
                  if i["instruction"] in log and log[i["instruction"]].planner == "llm"]
        extra = (f"; {len(log) - len(by_llm)} of {len(log)} plans fell back to the rules; the LLM's own "
                 f"plans were right {sum(by_llm)}/{len(by_llm)}") if args.planner == "llm" else ""
        refused = sum(" (refused: " in line.split("\n")[0] for line in wrong)
        if refused:
            extra += f"; {refused} of the misses: a target language refused as unsupported"
        print(f"{path.name}: {args.planner} planner {accuracy:.1f}% "
              f"({len(items) - len(wrong)}/{len(items)}) in {seconds:.1f}s{extra}", flush=True)
        if args.verbose:
            for line in wrong:
                print("MISS", line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
