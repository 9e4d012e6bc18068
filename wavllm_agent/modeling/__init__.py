"""The WavLLM model in Hugging Face style (imports torch and transformers).

``import wavllm_agent`` does not import this package; engines and tools import it when they need
the model.
"""

from wavllm_agent.modeling.configuration_wavllm import WavLLMConfig
from wavllm_agent.modeling.decoding_rules import RELEASE_GENERATION
from wavllm_agent.modeling.modeling_wavllm import WavLLMForConditionalGeneration, WavLLMPreTrainedModel
from wavllm_agent.modeling.processing_wavllm import WavLLMProcessor

__all__ = [
    "RELEASE_GENERATION",
    "WavLLMConfig",
    "WavLLMForConditionalGeneration",
    "WavLLMPreTrainedModel",
    "WavLLMProcessor",
    "convert_fairseq_checkpoint",
]


def __getattr__(name: str):
    if name == "convert_fairseq_checkpoint":
        from wavllm_agent.modeling.convert_fairseq import convert_fairseq_checkpoint

        return convert_fairseq_checkpoint
    raise AttributeError(f"module 'wavllm_agent.modeling' has no attribute {name!r}")
