"""Load on ``wavllm serve``: many concurrent clients against a local server, against in-process calls.

Each phase runs ``--clients`` client threads for ``--seconds``, every client sending transcriptions
of real speech (the LibriVox clips of Debian's ``pocketsphinx-testdata``) in turn:

* in-process baseline: the threads call ``run_task("asr", clip, engine)`` on one engine;
* server: ``wavllm serve`` in its own process on 127.0.0.1, the threads POST
  ``/v1/audio/transcriptions``; the server's resident memory is sampled every second;
* with ``--ray N``: the same against ``wavllm serve --ray N`` (N replicas on a local Ray cluster).

Every answer must equal the in-process transcript of its clip (a different one is "wrong", a
failed request "lost"). Reported: requests/s, p50/p95 latency, lost, wrong, memory, and the
ratio server requests/s / in-process requests/s (goal >= 0.9 at one replica).

``python -m benchmarks.serve_load --seconds 60 --clients 32 --ray 2`` runs the full measurement
(several minutes). ``python -m benchmarks serve_load`` (and the default benchmark run) takes a
short version: 15 s per phase, no Ray; ``WAVLLM_BENCH_SERVE_FULL=1`` makes it the full one. It is
opt-in: the default ``python -m benchmarks`` run skips it unless ``WAVLLM_BENCH_SERVE=1``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import Comparison, Timing

ROOT = Path(__file__).resolve().parents[1]
LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
CLIPS = sorted(LIBRIVOX.glob("*.wav")) or sorted((ROOT / "examples" / "audio").glob("*.wav"))
"""Real speech: the five LibriVox clips of Debian's pocketsphinx-testdata (else examples/audio)."""


@dataclass
class Load:
    """What one phase measured."""

    name: str
    seconds: float
    latencies: list[float] = field(default_factory=list)
    in_window: int = 0
    """Answers that arrived within the load window."""
    elapsed: float = 0.0
    """Seconds from the start until the last answer (the window plus the drain of requests in flight)."""
    lost: int = 0
    wrong: int = 0
    errors: list[str] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    @property
    def rps(self) -> float:
        """Answers per second: every answer over the time to get them all (window and drain)."""
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"requests": len(self.latencies), "in_window": self.in_window,
                               "elapsed_s": round(self.elapsed, 1), "requests_per_s": round(self.rps, 4),
                               "in_window_per_s": round(self.in_window / self.seconds, 4),
                               "p50_s": round(self.percentile(0.5), 3), "p95_s": round(self.percentile(0.95), 3),
                               "lost": self.lost, "wrong": self.wrong, "errors": self.errors[:3]}
        if self.rss_mb:
            warm = self.rss_mb[: max(1, len(self.rss_mb) // 5)]
            out["rss_mb"] = {"first_fifth_mean": round(statistics.mean(warm), 1), "end": round(self.rss_mb[-1], 1),
                             "max": round(max(self.rss_mb), 1)}
            out["memory_stable"] = self.rss_mb[-1] <= 1.1 * statistics.mean(warm) + 50
        return out


def drive(name: str, clients: int, seconds: float, call: Callable[[int], str], expected: list[str]) -> Load:
    """``clients`` threads calling ``call(clip_index)`` for ``seconds``; answers checked against ``expected``.

    No request starts after the window; the ones in flight at its end are awaited and checked.
    requests/s is every answer over the time to get them all (window and drain); the answers
    within the window alone are reported too (``in_window``).
    """
    load = Load(name, seconds)
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    barrier = threading.Barrier(clients)

    def client(k: int) -> None:
        barrier.wait()
        i = k
        while time.monotonic() < stop:
            clip = i % len(expected)
            i += 1
            started = time.perf_counter()
            try:
                text = call(clip)
            except Exception as exc:  # noqa: BLE001 - counted as lost
                with lock:
                    load.lost += 1
                    load.errors.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            took = time.perf_counter() - started
            with lock:
                load.latencies.append(took)
                load.in_window += time.monotonic() <= stop
                if text != expected[clip]:
                    load.wrong += 1
                    load.errors.append(f"wrong answer for clip {clip}: {text[:80]!r}")

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    begun = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()  # requests in flight at the deadline finish, are checked and counted
    load.elapsed = time.perf_counter() - begun
    return load


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Server:
    """``wavllm serve`` in a child process (``extra`` flags: e.g. ``--ray 2``)."""

    def __init__(self, engine: str, extra: list[str], startup: float) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "wavllm_agent", "serve", "--port", str(self.port), "--engine", engine,
               "--max-concurrency", "4", "--max-queue", "128", "--log-level", "warning", *extra]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                     start_new_session=True)
        self.startup = startup

    def __enter__(self) -> Server:
        import httpx

        deadline = time.monotonic() + self.startup
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited: {self.proc.stderr.read()[-2000:] if self.proc.stderr else ''}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.5)
        self.__exit__()
        raise RuntimeError("the server did not come up")

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def server_phase(name: str, engine: str, extra: list[str], clients: int, seconds: float, expected: list[str],
                 startup: float = 180) -> Load:
    """Load against a server process; its memory sampled every second."""
    import httpx

    payloads = [p.read_bytes() for p in CLIPS]
    with Server(engine, extra, startup) as server:
        local = threading.local()

        def call(i: int) -> str:
            http = getattr(local, "http", None)
            if http is None:
                http = local.http = httpx.Client(base_url=server.url, timeout=600)
            r = http.post("/v1/audio/transcriptions", files={"file": (CLIPS[i].name, payloads[i])},
                          data={"model": "whisper-1"})
            if r.status_code != 200:
                raise RuntimeError(f"HTTP {r.status_code}: {r.text[:150]}")
            return r.json()["text"]

        for i in range(len(CLIPS)):  # warm-up: models loaded in every replica before measuring
            for _ in range(2 if "--ray" in extra else 1):
                call(i)
        samples: list[float] = []
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                samples.append(_rss_mb(server.proc.pid))
                done.wait(1.0)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        load = drive(name, clients, seconds, call, expected)
        done.set()
        sampler.join()
        if "--ray" not in extra:  # under Ray the work runs in replica processes, not in this one
            load.rss_mb = samples
    return load


def measure(clients: int, seconds: float, ray: int, engine: str) -> dict[str, Any]:
    """Every phase; returns the figures as JSON data."""
    from wavllm_agent.api import load_engine, run_task

    if not CLIPS:
        raise SystemExit("no speech clips: install pocketsphinx-testdata (bash scripts/setup.sh --dev)")
    eng = load_engine(engine)
    expected = [run_task("asr", path, eng).text for path in CLIPS]  # also loads the models
    inproc = drive("in-process", clients, seconds, lambda i: run_task("asr", CLIPS[i], eng).text, expected)
    served = server_phase("server, 1 process", engine, [], clients, seconds, expected)
    figures: dict[str, Any] = {"clients": clients, "seconds": seconds, "engine": engine, "clips": len(CLIPS),
                               "load_average": os.getloadavg(), "in_process": inproc.summary(),
                               "server": served.summary(),
                               "ratio_server_over_in_process": round(served.rps / inproc.rps, 3) if inproc.rps else None}
    if ray:
        rayed = server_phase(f"Ray Serve, {ray} replicas", engine, ["--ray", str(ray)], clients, seconds, expected)
        figures["ray"] = {"replicas": ray, **rayed.summary(),
                          "ratio_over_in_process": round(rayed.rps / inproc.rps, 3) if inproc.rps else None}
    return figures


def _comparisons(figures: dict[str, Any]) -> list[Comparison]:
    base = figures["in_process"]["requests_per_s"]
    out = []
    for key, label in (("server", "1 process"), ("ray", f"Ray {figures.get('ray', {}).get('replicas')} replicas")):
        if key not in figures:
            continue
        rps = figures[key]["requests_per_s"]
        ratio = rps / base if base else float("nan")
        clean = figures[key]["lost"] == 0 and figures[key]["wrong"] == 0
        goal_met = clean and (ratio >= 0.9 if key == "server" else True)
        out.append(Comparison(f"serve load: {label}, {figures['clients']} clients",
                              Timing("in-process s/request", [1 / base if base else float("nan")]),
                              Timing(f"{key} s/request", [1 / rps if rps else float("nan")]),
                              ratio, ">= 0.9 of in-process requests/s, 0 lost, 0 wrong" if key == "server"
                              else "0 lost, 0 wrong (ratio reported)", goal_met, notes=figures))
    return out


def run(repeats: int = 1) -> list[Comparison]:
    """Opt-in (minutes of load): runs when named (``python -m benchmarks serve_load``) or with
    ``WAVLLM_BENCH_SERVE=1``; the short version (15 s phases, no Ray) unless ``WAVLLM_BENCH_SERVE_FULL=1``."""
    full = os.environ.get("WAVLLM_BENCH_SERVE_FULL", "") not in ("", "0")
    named = "serve_load" in sys.argv[1:]
    if not (named or full or os.environ.get("WAVLLM_BENCH_SERVE", "") not in ("", "0")):
        print("serve_load is opt-in (minutes of load): python -m benchmarks serve_load", file=sys.stderr)
        return []
    figures = measure(32, 60.0 if full else 15.0, 2 if full else 0, "embedded")
    return _comparisons(figures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serve_load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--ray", type=int, default=0, metavar="N", help="also N Ray Serve replicas")
    parser.add_argument("--engine", default="embedded")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args(argv)
    figures = measure(args.clients, args.seconds, args.ray, args.engine)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
