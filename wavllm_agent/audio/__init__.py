"""Audio input: any file, bytes or array -> mono float32 at 16 kHz, within limits."""

from wavllm_agent.audio.limits import AudioLimits
from wavllm_agent.audio.loader import AudioInput, load_audio
from wavllm_agent.audio.types import SAMPLE_RATE, Audio

__all__ = ["SAMPLE_RATE", "Audio", "AudioInput", "AudioLimits", "load_audio"]
