"""Limits on audio input, checked before decoding all of it."""

from __future__ import annotations

import os
from dataclasses import dataclass

from wavllm_agent.errors import ConfigError


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {raw!r}")
    return value


@dataclass(frozen=True)
class AudioLimits:
    """Budgets for one audio input.

    Attributes:
        max_bytes: largest file or byte string accepted (default 1 GiB;
            env ``WAVLLM_AGENT_MAX_AUDIO_BYTES``).
        max_seconds: longest audio accepted (default 2 hours; env ``WAVLLM_AGENT_MAX_AUDIO_SECONDS``).
            Checked from the container's header before decoding, and again while decoding, so a
            file that lies about its length is still stopped at the limit.
        decode_timeout: seconds of wall time decoding may take before it is abandoned
            (default 600; env ``WAVLLM_AGENT_DECODE_TIMEOUT``).
    """

    max_bytes: int = 1 << 30
    max_seconds: float = 2 * 3600.0
    decode_timeout: float = 600.0

    @classmethod
    def from_env(cls) -> AudioLimits:
        """Defaults overridden by the ``WAVLLM_AGENT_*`` environment variables."""
        d = cls()
        return cls(
            max_bytes=int(_env_float("WAVLLM_AGENT_MAX_AUDIO_BYTES", d.max_bytes)),
            max_seconds=_env_float("WAVLLM_AGENT_MAX_AUDIO_SECONDS", d.max_seconds),
            decode_timeout=_env_float("WAVLLM_AGENT_DECODE_TIMEOUT", d.decode_timeout),
        )
