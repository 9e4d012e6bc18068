"""An experiment, not a test: does a nearest-neighbour second opinion help the rule planner?

When the rules plan a clause as a written question (``sqa``, no options), look up the clause's five
nearest labelled clauses (all-MiniLM-L6-v2 sentence embeddings, cosine) among the clauses of the
tuned sets; if four or more are speaker counts (``sv``) or emotion questions (``er``) with a mean
similarity of at least ``--tau``, plan that task instead. The labelled clauses come from the rules
themselves on every item of the tuned sets that they plan right (the task each clause produced).

    .venv/bin/python tests/planning/knn_experiment.py --held heldout27.yaml heldout28.yaml heldout29.yaml

prints, for each ``--tau``, the false overrides of correct ``sqa`` clauses and the ``sv``/``er``
clauses the neighbours alone recognise, leave-one-set-out over the tuned sets (the calibration),
then rules vs. hybrid on the held-out sets. Result on 2026-12-01 (see docs/planner.md): at tau 0.7
(no false override in calibration) the hybrid gains 2 of 240 held-out items (71, 68, 67 vs. 70, 67,
67), too little for a model in the planner.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch
from plan_score import expected, load, planned

from wavllm_agent.evaluation.metrics.similarity import load_embedder
from wavllm_agent.planning import options, plan_rules, rules
from wavllm_agent.planning.plan import Step
from wavllm_agent.registry import get_registry

HERE = Path(__file__).parent
KINDS = ("sqa", "sv", "er")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", nargs="+", required=True, help="held-out set names (kept out of the index)")
    parser.add_argument("--tau", type=float, nargs="+", default=[0.6, 0.65, 0.7])
    args = parser.parse_args(argv)
    tasks = get_registry().tasks
    recorder = _Recorder()
    texts, labels, sets = [], [], []
    for path in sorted(HERE.glob("*.yaml")):
        if path.name in args.held:
            continue
        for item in load(path):
            clauses, plan = recorder.plan(item["instruction"], tasks)
            if plan is None or planned(plan) != expected(item):
                continue
            for text, made in clauses:
                if len(made) == 1 and made[0] in KINDS:
                    texts.append(text), labels.append(made[0]), sets.append(path.name)
    embedder = load_embedder()
    vectors = embedder.encode(texts)
    print(f"labelled clauses: {len(texts)} " + ", ".join(f"{k} {labels.count(k)}" for k in KINDS))
    for tau in args.tau:
        wrong = right = 0
        for i, label in enumerate(labels):
            mask = torch.tensor([s == sets[i] for s in sets])
            verdict = _decide((vectors @ vectors[i]).masked_fill(mask, -1), labels, tau)
            wrong += label == "sqa" and verdict is not None
            right += label != "sqa" and verdict == label
        print(f"tau {tau}: calibration: false overrides {wrong}/{labels.count('sqa')}, "
              f"sv/er recognised {right}/{len(labels) - labels.count('sqa')}")
        for name in args.held:
            items = load(HERE / name)
            index = (vectors, labels, embedder, tau)
            plain = sum(_right(recorder.plan(item["instruction"], tasks)[1], item) for item in items)
            hybrid = sum(_right(recorder.plan(item["instruction"], tasks, index)[1], item) for item in items)
            print(f"  {name}: rules {plain}/{len(items)}, hybrid {hybrid}/{len(items)}")
    return 0


def _right(plan, item: dict) -> bool:  # noqa: ANN001 - a Plan, or None when planning failed (a miss)
    return plan is not None and planned(plan) == expected(item)


def _decide(similarities: torch.Tensor, labels: list[str], tau: float) -> str | None:
    top = torch.topk(similarities, 5)
    neighbours = [(float(v), labels[int(i)]) for v, i in zip(top.values, top.indices, strict=True)]
    votes: dict[str, float] = {}
    for sim, label in neighbours:
        votes[label] = votes.get(label, 0.0) + sim
    best = max(votes, key=lambda k: votes[k])
    same = [sim for sim, label in neighbours if label == best]
    return best if best != "sqa" and len(same) >= 4 and sum(same) / len(same) >= tau else None


class _Recorder:
    """Runs the rule planner, recording what each clause added, and optionally overriding its ``sqa``."""

    def __init__(self) -> None:
        self.clauses: list[tuple[str, list[str]]] = []
        self.index = None
        original = rules._Builder.add
        recorder = self

        def add(builder, tokens, source):  # noqa: ANN001 - wraps a private method
            before = len(builder.steps)
            original(builder, tokens, source)
            new = builder.steps[before:]
            text = source[tokens[0].start:tokens[-1].end] if tokens else ""
            recorder.clauses.append((text, [s.task for s in new if not s.implicit]))
            if recorder.index is not None and len(new) == 1 and new[0].task == "sqa" \
                    and new[0].args.get("question") and not options.has_options(tokens):
                vectors, labels, embedder, tau = recorder.index
                verdict = _decide(vectors @ embedder.encode([text])[0], labels, tau)
                if verdict is not None:
                    builder.steps[-1] = Step(task=verdict)

        rules._Builder.add = add

    def plan(self, text: str, tasks, index=None):  # noqa: ANN001, ANN201
        self.clauses, self.index = [], index
        try:
            return self.clauses, plan_rules(text, tasks)
        except Exception:  # noqa: BLE001
            return self.clauses, None


if __name__ == "__main__":
    sys.exit(main())
