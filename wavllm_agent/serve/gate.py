"""Admission and execution of model work: a bounded queue, a timeout, and slots freed on hang-up.

Model calls block (CPU/GPU work), so they run in a pool of ``max_concurrency`` threads. A request
is admitted while fewer than ``max_concurrency + max_queue`` are admitted; otherwise it gets 429
with ``Retry-After``. A request keeps its slot until its work has finished (or, if it had not
started yet, until it is cancelled): a client that hangs up or times out while queued frees its
slot at once; work already running on the engine cannot be interrupted, so its slot comes back
when the model call returns, which keeps the bound on threads and memory true.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import math
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.requests import Request

from wavllm_agent.serve.errors import ClientGone, ServeError

T = TypeVar("T")


class Gate:
    """Bounded admission of blocking work, run in a thread pool.

    Args:
        max_concurrency: work items running at once.
        max_queue: work items admitted beyond those, waiting for a thread.
        timeout: seconds an item may wait and run before the caller gets 504.
    """

    def __init__(self, max_concurrency: int, max_queue: int, timeout: float) -> None:
        self.max_concurrency = max_concurrency
        self.max_queue = max_queue
        self.timeout = timeout
        self._pool = concurrent.futures.ThreadPoolExecutor(max_concurrency, thread_name_prefix="wavllm-serve")
        self._lock = threading.Lock()
        self._admitted = 0
        self._running = 0
        self._served = 0
        self._busy_seconds = 0.0
        self.closed = False

    # -- figures -----------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """``active`` (running), ``queued`` (admitted, waiting) and ``served`` (finished) counts."""
        with self._lock:
            return {"active": self._running, "queued": self._admitted - self._running, "served": self._served}

    def retry_after(self) -> int:
        """Seconds a refused client should wait: the queue's expected drain time, 1 to 60."""
        with self._lock:
            mean = self._busy_seconds / self._served if self._served else 1.0
            waiting = max(1, self._admitted - self.max_concurrency + 1)
        return int(min(60, max(1, math.ceil(mean * waiting / self.max_concurrency))))

    # -- admission ---------------------------------------------------------------------------------
    def _admit(self) -> None:
        with self._lock:
            if self.closed:
                raise ServeError(503, "the server is shutting down; retry on another instance",
                                 code="shutting_down")
            if self._admitted >= self.max_concurrency + self.max_queue:
                full = True
            else:
                full = False
                self._admitted += 1
        if full:
            wait = self.retry_after()
            raise ServeError(429, f"the server is busy: {self.max_concurrency} requests running and "
                                  f"{self.max_queue} queued; retry after {wait} s",
                             code="queue_full", headers={"Retry-After": str(wait)})

    def _release(self, seconds: float | None) -> None:
        with self._lock:
            self._admitted -= 1
            if seconds is not None:
                self._running -= 1
                self._served += 1
                self._busy_seconds += seconds

    def submit(self, work: Callable[[], T]) -> concurrent.futures.Future[T]:
        """Admit ``work`` and start it when a thread is free (raises 429 when the queue is full)."""
        self._admit()
        started: dict[str, float] = {}

        def wrapped() -> T:
            with self._lock:
                self._running += 1
            started["at"] = time.perf_counter()
            return work()

        try:
            future = self._pool.submit(wrapped)
        except RuntimeError:  # the pool was shut down
            self._release(None)
            raise ServeError(503, "the server is shutting down", code="shutting_down") from None

        def done(f: concurrent.futures.Future[T]) -> None:
            at = started.get("at")
            self._release(None if at is None else time.perf_counter() - at)

        future.add_done_callback(done)
        return future

    async def run(self, work: Callable[[], T], request: Request | None = None,
                  timeout: float | None = None) -> T:
        """Run ``work`` in the pool and return its result.

        Raises:
            ServeError: 429 when the queue is full, 504 when it takes over the timeout.
            ClientGone: ``request``'s client hung up first.
            Exception: whatever ``work`` raised.
        """
        future = self.submit(work)
        wrapped = asyncio.wrap_future(future)
        watchers: set[asyncio.Future[Any]] = {wrapped}
        gone = asyncio.ensure_future(wait_disconnect(request)) if request is not None else None
        if gone is not None:
            watchers.add(gone)
        limit = self.timeout if timeout is None else timeout
        try:
            done, _ = await asyncio.wait(watchers, timeout=limit, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            future.cancel()  # frees the slot if the work had not started
            raise
        finally:
            if gone is not None:
                gone.cancel()
        if wrapped in done:
            return wrapped.result()
        future.cancel()
        wrapped.add_done_callback(_ignore_result)  # the thread's late result/exception is not reported
        if gone is not None and gone in done:
            raise ClientGone()
        raise ServeError(504, f"the request took over {limit:g} s and was abandoned; send shorter audio "
                              "or raise the server's --timeout", code="timeout")

    def close(self, wait: bool = True) -> None:
        """Refuse new work; with ``wait`` return when the running work has finished."""
        with self._lock:
            self.closed = True
        self._pool.shutdown(wait=wait, cancel_futures=False)


def _ignore_result(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


async def wait_disconnect(request: Request | None) -> None:
    """Return when ``request``'s client has hung up (never, for no request)."""
    if request is None:
        await asyncio.Event().wait()
        return
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return
