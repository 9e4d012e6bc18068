"""SIGTERM: the server stops accepting, finishes the request in flight, and exits cleanly."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from helpers import wav_bytes

SCRIPT = Path(__file__).with_name("fake_server.py")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_health(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "server exited"
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail("the server did not come up")


def test_sigterm_drains_in_flight_and_refuses_new() -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, str(SCRIPT), "--port", str(port), "--delay", "2.5"],
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_health(url, proc)
        answers: list[httpx.Response] = []
        worker = threading.Thread(target=lambda: answers.append(httpx.post(
            url + "/v1/audio/transcriptions", files={"file": ("a.wav", wav_bytes(1.0))}, timeout=30)))
        worker.start()
        deadline = time.monotonic() + 10
        while httpx.get(url + "/health", timeout=2).json()["active"] < 1:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        with pytest.raises(httpx.TransportError):  # no longer accepting
            httpx.get(url + "/health", timeout=2)
        worker.join(30)
        assert answers and answers[0].status_code == 200
        assert answers[0].json()["text"] == "first half of 1.00 seconds second half of 1.00 seconds"
        # uvicorn re-raises the signal once drained, so the parent sees "ended by SIGTERM"
        assert proc.wait(timeout=30) in (0, -signal.SIGTERM)
        assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
