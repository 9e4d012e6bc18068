"""Train the planner's two classifiers from the labelled instruction sets.

- The task-sequence classifier reads a whole instruction and names the sequence of tasks its plan
  should have ("asr>summarize@0>translate@1"); the rule planner asks it for a second opinion
  (``wavllm_agent/planning/second_opinion.py``).
- The clause-task classifier reads one clause as the rules cut it and names the tasks the rules
  plan for it ("sv", "asr*+summarize", "-" for none); its examples are the clauses of the
  instructions the rules alone plan right, so it must be trained again when the rules change (a slow
  test says so). The clause check (``wavllm_agent/planning/clause_check.py``) uses it.

Both are trained on every instruction set in ``tests/planning`` except the final held-out sets,
which stay unseen so that the planner's figures on them stay honest.

    .venv/bin/python scripts/train_plan_classifier.py            # writes wavllm_agent/planning/data/ (about 75 s)

Features: TF-IDF of character n-grams (2-5, within words) and of words (1-2), 4,000 of each;
model: a linear SVM (scikit-learn's LinearSVC); labels seen fewer than 3 times are left out.
Chosen on development data (see docs/planner.md, "A learned second opinion" and "The clause
check"). Deterministic: the same sets and rules give the same files on any CPU (terms tied at the
4,000-feature cut are chosen by the term, not by numpy's sort).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "planning"
OUT = ROOT / "wavllm_agent" / "planning" / "data"
MIN_EXAMPLES = 3
MAX_FEATURES = 4000
THRESHOLD = 0.5
"""The classifier's top score above which the rule planner takes its task sequence (chosen on development data)."""
CLAUSE_THRESHOLD = 0.5
"""The clause classifier's score above which a question becomes a speaker check (the same; see docs/planner.md)."""


def sequence(steps: list[dict]) -> str:
    """The label of a plan: task names, ``*`` for an inserted step, ``@N`` for the step it works on."""
    return ">".join(s["task"] + ("*" if s.get("implicit") else "")
                    + (f"@{s['input']}" if s.get("input") is not None else "") for s in steps)


def training_items(final: tuple[str, ...]) -> tuple[list[dict], list[str]]:
    """Every labelled instruction outside the final sets, and the names of the sets they come from."""
    items, names = [], []
    for path in sorted(SETS.glob("*.yaml")):
        if path.name in final:
            continue
        items.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
        names.append(path.name)
    return items, names


def clause_items(items: list[dict]) -> list[tuple[str, str]]:
    """Each clause of the instructions the rules plan right, with the tasks the rules planned for
    it (``"sv"``, ``"asr*+summarize"``, ``"-"`` for none): the clause-task classifier's examples."""
    from plan_score import expected, planned
    from plan_support import builtin_tasks

    from wavllm_agent.errors import WavLLMError
    from wavllm_agent.planning.learned import NO_TASK
    from wavllm_agent.planning.rules import rules_plan

    tasks = builtin_tasks()
    out = []
    for item in items:
        try:
            plan, clauses = rules_plan(item["instruction"], tasks)
        except WavLLMError:
            continue
        if planned(plan) != expected(item):
            continue  # only what the rules read right
        for clause in clauses:
            steps = plan.steps[clause.first:clause.end]
            out.append((clause.text, "+".join(s.task + ("*" if s.implicit else "") for s in steps) or NO_TASK))
    return out


def most_frequent(texts: list[str], **terms: object) -> list[str]:
    """The ``MAX_FEATURES`` terms seen most often (in at least 2 texts), in alphabetical order.

    What ``TfidfVectorizer(min_df=2, max_features=...)`` keeps, except that terms tied in count are
    chosen by the term itself: scikit-learn cuts with numpy's unstable argsort, whose SIMD path
    differs between CPUs, so the same sets gave different features on different machines."""
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(min_df=2, **terms)
    totals = np.asarray(counter.fit_transform(texts).sum(axis=0)).ravel()
    names = counter.get_feature_names_out()
    kept = sorted(range(len(names)), key=lambda i: (-int(totals[i]), str(names[i])))[:MAX_FEATURES]
    return sorted(str(names[i]) for i in kept)


def fit(examples: list[tuple[str, str]], threshold: float, names: list[str], final: tuple[str, ...]) -> tuple[dict, dict]:
    """Train on (text, label) pairs; the classifier's metadata and weights as the package loads them."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    counts = Counter(label for _, label in examples)
    kept = [(text, label) for text, label in examples if counts[label] >= MIN_EXAMPLES]
    texts = [text for text, _ in kept]
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                            vocabulary=most_frequent(texts, analyzer="char_wb", ngram_range=(2, 5)))
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, vocabulary=most_frequent(texts, ngram_range=(1, 2)))
    features = hstack([chars.fit_transform(texts), words.fit_transform(texts)]).tocsr()
    model = LinearSVC(C=1.0, random_state=0).fit(features, [label for _, label in kept])
    accuracy = float(np.mean(model.predict(features) == np.array([label for _, label in kept])))
    order = lambda vec: [t for t, _ in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])]  # noqa: E731
    meta = {
        "format": 1,
        "classes": [str(c) for c in model.classes_],
        "char_vocabulary": order(chars),
        "word_vocabulary": order(words),
        "threshold": threshold,
        "trained_on": names,
        "left_out": list(final),
        "examples": len(kept),
        "training_accuracy": round(accuracy, 4),
    }
    arrays = {"char_idf": chars.idf_.astype(np.float32), "word_idf": words.idf_.astype(np.float32),
              "coef": model.coef_.astype(np.float16), "intercept": model.intercept_.astype(np.float32)}
    return meta, arrays


def save(folder: Path, name: str, meta: dict, arrays: dict) -> None:
    """Write ``NAME.json`` and ``NAME.safetensors`` into ``folder``."""
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    # C order: safetensors writes an array's buffer as it lies, and LinearSVC's coef_ is in Fortran order
    save_file({key: np.ascontiguousarray(a) for key, a in arrays.items()}, str(folder / f"{name}.safetensors"))
    print(f"{name}: {meta['examples']} examples from {len(meta['trained_on'])} sets, {len(meta['classes'])} labels, "
          f"{len(meta['char_vocabulary']) + len(meta['word_vocabulary'])} features; training accuracy "
          f"{meta['training_accuracy']:.3f}; written to {folder}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(SETS))
    from plan_sets import FINAL

    items, names = training_items(FINAL)
    meta, arrays = fit([(item["instruction"], sequence(item["steps"])) for item in items], THRESHOLD, names, FINAL)
    save(args.out, "task_sequences", meta, arrays)
    meta, arrays = fit(clause_items(items), CLAUSE_THRESHOLD, names, FINAL)
    save(args.out, "clause_tasks", meta, arrays)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
