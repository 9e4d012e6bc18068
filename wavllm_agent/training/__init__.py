"""Training WavLLM: the paper's two-stage curriculum as a YAML recipe, run on Hugging Face accelerate.

``train(recipe)`` (or ``wavllm train RECIPE``) walks the recipe's stages; each starts from the
previous stage's saved model. See docs/training.md.

Importing this package is light; torch and accelerate load when a run starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.lazy import lazy_exports

if TYPE_CHECKING:
    from wavllm_agent.training.config import TrainConfig, load_config, parse_config
    from wavllm_agent.training.events import StageSummary, TrainingObserver, TrainResult
    from wavllm_agent.training.loop import train

_EXPORTS = {
    "TrainConfig": "config",
    "load_config": "config",
    "parse_config": "config",
    "StageSummary": "events",
    "TrainResult": "events",
    "TrainingObserver": "events",
    "train": "loop",
}

__all__ = ["StageSummary", "TrainConfig", "TrainResult", "TrainingObserver", "load_config", "parse_config", "train"]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
