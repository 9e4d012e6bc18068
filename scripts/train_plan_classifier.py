"""Train the planner's task-sequence classifier from the labelled instruction sets.

The classifier reads a whole instruction and names the sequence of tasks its plan should have
("asr>summarize@0>translate@1"). The rule planner asks it for a second opinion
(``wavllm_agent/planning/second_opinion.py``). It is trained on every instruction set in
``tests/planning`` except the final held-out sets, which stay unseen so that the planner's
figures on them stay honest.

    .venv/bin/python scripts/train_plan_classifier.py            # writes wavllm_agent/planning/data/

Features: TF-IDF of character n-grams (2-5, within words) and of words (1-2), 4,000 of each;
model: a linear SVM (scikit-learn's LinearSVC); task sequences seen fewer than 3 times are left out.
Chosen on development data (see docs/planner.md, "A learned second opinion"). Deterministic: the
same sets give the same files.
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


def main(argv: list[str] | None = None) -> int:
    from safetensors.numpy import save_file
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(SETS))
    from plan_sets import FINAL

    items, names = training_items(FINAL)
    labels = [sequence(item["steps"]) for item in items]
    counts = Counter(labels)
    kept = [(item["instruction"], label) for item, label in zip(items, labels, strict=True) if counts[label] >= MIN_EXAMPLES]
    texts = [text for text, _ in kept]
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, max_features=MAX_FEATURES)
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=MAX_FEATURES)
    features = hstack([chars.fit_transform(texts), words.fit_transform(texts)]).tocsr()
    model = LinearSVC(C=1.0, random_state=0).fit(features, [label for _, label in kept])
    accuracy = float(np.mean(model.predict(features) == np.array([label for _, label in kept])))

    args.out.mkdir(parents=True, exist_ok=True)
    order = lambda vec: [t for t, _ in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])]  # noqa: E731
    meta = {
        "format": 1,
        "classes": [str(c) for c in model.classes_],
        "char_vocabulary": order(chars),
        "word_vocabulary": order(words),
        "threshold": THRESHOLD,
        "trained_on": names,
        "left_out": list(FINAL),
        "examples": len(kept),
        "training_accuracy": round(accuracy, 4),
    }
    (args.out / "task_sequences.json").write_text(json.dumps(meta, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    arrays = {"char_idf": chars.idf_.astype(np.float32), "word_idf": words.idf_.astype(np.float32),
              "coef": model.coef_.astype(np.float16), "intercept": model.intercept_.astype(np.float32)}
    # C order: safetensors writes an array's buffer as it lies, and LinearSVC's coef_ is in Fortran order
    save_file({name: np.ascontiguousarray(a) for name, a in arrays.items()}, str(args.out / "task_sequences.safetensors"))
    print(f"{len(kept)} instructions from {len(names)} sets, {len(model.classes_)} task sequences, "
          f"{features.shape[1]} features; training accuracy {accuracy:.3f}; written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
