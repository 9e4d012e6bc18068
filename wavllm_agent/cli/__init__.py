"""The ``wavllm`` command line."""

from __future__ import annotations

from wavllm_agent.cli.app import cli, main

__all__ = ["cli", "main"]
