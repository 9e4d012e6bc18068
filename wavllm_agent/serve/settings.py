"""What ``wavllm serve`` is configured with: address, engine, key, and the limits that keep it safe."""

from __future__ import annotations

from dataclasses import dataclass, field

from wavllm_agent.errors import ConfigError

MODEL_ALIASES = ("whisper-1",)
"""Model names OpenAI clients send by habit; accepted as the served model."""


@dataclass(frozen=True)
class ServeSettings:
    """Options of the service (the ``wavllm serve`` flags).

    Attributes:
        host: the address to bind (default loopback only).
        port: the TCP port.
        api_key: when set, every ``/v1`` request needs ``Authorization: Bearer <api_key>``.
        engine: the registered engine to serve (default: the embedded one).
        model: a model folder for the engine (``--model``).
        device: ``cpu``, ``cuda``, ...
        model_id: the name ``/v1/models`` lists and responses carry (default: the engine's name).
        max_concurrency: requests running on the engine at once (more wait in the queue).
        max_queue: requests waiting for a slot; beyond it a request gets 429 with ``Retry-After``.
        max_upload_bytes: largest request body accepted (413 above it, before reading it all).
        max_audio_seconds: longest audio accepted (413; from the header before decoding it all).
        request_timeout: seconds a request may wait and run before it gets 504.
        batch_window_ms: how long a request waits for others to share a model call (batching engines).
        max_batch: most requests in one shared model call.
        graceful_seconds: on SIGTERM, how long in-flight requests may take to finish.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    api_key: str | None = None
    engine: str | None = None
    model: str | None = None
    device: str | None = None
    model_id: str | None = None
    max_concurrency: int = 4
    max_queue: int = 64
    max_upload_bytes: int = 25 * 1024 * 1024
    max_audio_seconds: float = 1800.0
    request_timeout: float = 300.0
    batch_window_ms: float = 5.0
    max_batch: int = 8
    graceful_seconds: float = 30.0
    aliases: tuple[str, ...] = field(default=MODEL_ALIASES)

    def __post_init__(self) -> None:
        checks = {
            "max_concurrency": self.max_concurrency >= 1,
            "max_queue": self.max_queue >= 0,
            "max_upload_bytes": self.max_upload_bytes >= 1,
            "max_audio_seconds": self.max_audio_seconds > 0,
            "request_timeout": self.request_timeout > 0,
            "batch_window_ms": self.batch_window_ms >= 0,
            "max_batch": self.max_batch >= 1,
            "port": 0 <= self.port <= 65535,
        }
        bad = [name for name, ok in checks.items() if not ok]
        if bad:
            raise ConfigError(f"invalid serve settings: {', '.join(bad)} out of range")
        if self.api_key is not None and not self.api_key.strip():
            raise ConfigError("the API key is empty", hint="pass a non-empty --api-key or none")
