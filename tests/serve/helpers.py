"""A real uvicorn server on 127.0.0.1 in a thread (port chosen by the OS), and test audio."""

from __future__ import annotations

import io
import threading
import time
from typing import Any

import numpy as np
import soundfile as sf

from wavllm_agent.serve.settings import ServeSettings


class ThreadServer:
    """uvicorn serving the app in a background thread; ``url`` once started."""

    def __init__(self, settings: ServeSettings, engine: Any = None) -> None:
        import uvicorn

        from wavllm_agent.serve.server import uvicorn_config

        self.config = uvicorn_config(settings, engine=engine, log_level="warning")
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self.server.run, name="test-uvicorn", daemon=True)
        self.port = 0

    @property
    def app(self) -> Any:
        return self.config.app

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def wav_bytes(seconds: float = 1.0, rate: int = 16000, freq: float = 440.0) -> bytes:
    """A tone as a 16-bit WAV file (the fake engine does not listen; it must only decode)."""
    t = np.arange(int(seconds * rate)) / rate
    samples = (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    out = io.BytesIO()
    sf.write(out, samples, rate, format="WAV", subtype="PCM_16")
    return out.getvalue()


def wav_header_claiming(seconds: float, rate: int = 16000) -> bytes:
    """A WAV header whose data chunk claims ``seconds`` of 16-bit mono audio, followed by 0.1 s of it."""
    import struct

    data_len = int(seconds * rate) * 2
    header = b"RIFF" + struct.pack("<I", 36 + data_len) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    header += b"data" + struct.pack("<I", data_len)
    return header + b"\x00\x01" * (rate // 10)
