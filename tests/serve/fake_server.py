"""``python tests/serve/fake_server.py --port P [--delay S]``: the service on a FAKE engine, in its own
process (for the SIGTERM test and the load benchmark's plumbing mode)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from serve_fakes import EchoFakeEngine  # noqa: E402

from wavllm_agent.serve.server import run_server  # noqa: E402
from wavllm_agent.serve.settings import ServeSettings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--graceful", type=float, default=30.0)
    args = parser.parse_args()
    settings = ServeSettings(port=args.port, graceful_seconds=args.graceful)
    run_server(settings, engine=EchoFakeEngine(delay=args.delay), log_level="warning")


if __name__ == "__main__":
    main()
