"""``wavllm serve``: its options, safe defaults, and errors before binding anything."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wavllm_agent.errors import ConfigError
from wavllm_agent.serve.settings import ServeSettings


def wavllm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wavllm_agent", *args], capture_output=True, text=True, timeout=120)


def test_help_lists_the_options() -> None:
    out = wavllm("serve", "--help")
    assert out.returncode == 0
    for option in ("--host", "--port", "--api-key", "--engine", "--model", "--max-concurrency", "--max-queue",
                   "--max-upload-mb", "--max-audio-seconds", "--timeout", "--ray"):
        assert option in out.stdout
    assert "127.0.0.1" in out.stdout


def test_unknown_engine_fails_before_binding() -> None:
    out = wavllm("serve", "--engine", "nope", "--port", "1")
    assert out.returncode == 2
    assert out.stderr.startswith("error: unknown engine 'nope'")
    assert "Traceback" not in out.stderr


def test_safe_defaults() -> None:
    settings = ServeSettings()
    assert settings.host == "127.0.0.1"
    assert settings.api_key is None
    assert settings.max_upload_bytes == 25 * 1024 * 1024
    assert settings.max_audio_seconds < 7200  # a two-hour upload is refused by default


@pytest.mark.parametrize("bad", [{"max_concurrency": 0}, {"max_queue": -1}, {"request_timeout": 0},
                                 {"api_key": "  "}, {"port": 70000}])
def test_bad_settings_are_refused(bad: dict) -> None:
    with pytest.raises(ConfigError):
        ServeSettings(**bad)


def test_ray_config_args_become_settings() -> None:
    from wavllm_agent.serve.ray_app import settings_from_args

    settings = settings_from_args({"engine": "wavllm", "max_batch": "16", "batch_window_ms": "10",
                                   "api_key": "k", "port": "9", "replicas": "2"})
    assert (settings.engine, settings.max_batch, settings.batch_window_ms, settings.api_key) == ("wavllm", 16, 10.0, "k")
    assert settings.port == 8000  # Ray's proxy owns the address
    with pytest.raises(ConfigError):
        settings_from_args({"max_concurrency": "0"})
