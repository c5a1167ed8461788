"""Pipeline-level worker processes: each one parses *and* codes a share of the articles.

Used by :class:`detente.pipeline.Pipeline` when it runs on more than one core. Chunks of input go
out to forked workers and come back as results, in input order, with a bounded number in flight,
so memory does not grow with the corpus. Workers exit on their own when their parent dies.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import queue
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from typing import Any, TypeVar

from detente.errors import DetenteError

__all__ = ["code_in_workers", "can_fork"]

T = TypeVar("T")
R = TypeVar("R")

CHUNKS_IN_FLIGHT_PER_WORKER = 2
"""Chunks queued or being coded per worker: enough to keep it busy, few enough to bound memory."""

_POLL_S = 0.5
"""How often a waiting worker checks its parent, and the parent its workers."""


def can_fork() -> bool:
    """True where worker processes can be forked (they inherit the loaded model instead of reloading it)."""
    return "fork" in multiprocessing.get_all_start_methods()


def code_in_workers(code: Callable[[list[T]], Iterable[R]], items: Iterable[T], *, n_process: int,
                    chunk_size: int) -> Iterator[R]:
    """Run ``code`` over chunks of ``items`` in ``n_process`` forked worker processes.

    ``code`` is called in the workers (inherited through fork, never pickled) and its results are
    pickled back. Where fork is not available it runs here instead, in this process.

    Args:
        code: maps a chunk (list) of items to its results, one per item, in order.
        items: consumed lazily, ``chunk_size`` at a time.
        n_process: worker processes to start (>= 1).
        chunk_size: items per chunk sent to a worker.

    Yields:
        The results, in input order.

    Raises:
        ModelError: D203 when a worker dies (killed, out of memory) or ``code`` raises in a worker.
    """
    chunks = _chunks(items, max(chunk_size, 1))
    if n_process < 1 or not can_fork():
        for chunk in chunks:
            yield from code(chunk)
        return
    ctx = multiprocessing.get_context("fork")
    tasks: Queue[tuple[int, list[T]] | None] = ctx.Queue()
    results: Queue[tuple[int, list[R] | None, str | None]] = ctx.Queue()
    parent = os.getpid()
    workers = [ctx.Process(target=_work, args=(code, tasks, results, parent), daemon=True,
                           name=f"detente-worker-{i}") for i in range(n_process)]
    for worker in workers:
        worker.start()
    finished = False
    try:
        sent = done = 0
        pending: dict[int, list[R]] = {}
        exhausted = False
        window = CHUNKS_IN_FLIGHT_PER_WORKER * n_process
        while True:
            while not exhausted and sent - done < window:
                todo: list[T] | None = next(chunks, None)
                if todo is None:
                    exhausted = True
                else:
                    tasks.put((sent, todo))
                    sent += 1
            if exhausted and done == sent:
                break
            while done not in pending:
                seq, out, error = _next_result(results, workers)
                if error is not None or out is None:
                    raise DetenteError.make("D203", reason=error or "no results")
                pending[seq] = out
            yield from pending.pop(done)
            done += 1
        finished = True
    finally:
        _stop(workers, tasks, graceful=finished)
        results.close()
        results.cancel_join_thread()


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _next_result(results: Queue[tuple[int, list[R] | None, str | None]],
                 workers: Sequence[BaseProcess]) -> tuple[int, list[R] | None, str | None]:
    """The next finished chunk; D203 when a worker died instead of answering."""
    while True:
        try:
            return results.get(timeout=_POLL_S)
        except queue.Empty:
            dead = [w for w in workers if not w.is_alive()]
            if dead:
                w = dead[0]
                raise DetenteError.make("D203", reason=f"{w.name} (pid {w.pid}) exited with status {w.exitcode}") \
                    from None


def _stop(workers: Sequence[BaseProcess], tasks: Queue[Any], *, graceful: bool) -> None:
    """Let the workers finish (after a complete run) or stop them at once (after an error or close)."""
    if graceful:
        for _ in workers:
            tasks.put(None)
        for worker in workers:
            worker.join(timeout=10)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
            worker.join(timeout=5)
    tasks.close()
    tasks.cancel_join_thread()


def _work(code: Callable[[list[T]], Iterable[R]], tasks: Queue[tuple[int, list[T]] | None],
          results: Queue[tuple[int, list[R] | None, str | None]], parent: int) -> None:
    """A worker's loop: code each chunk it is given; stop on None or when its parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    while True:
        try:
            task = tasks.get(timeout=_POLL_S)
        except queue.Empty:
            if os.getppid() != parent:  # orphaned (the parent was killed): nobody reads our results,
                results.cancel_join_thread()  # so do not wait at exit to flush them into a full pipe
                return
            continue
        if task is None:
            return
        seq, chunk = task
        try:
            results.put((seq, list(code(chunk)), None))
        except Exception as err:  # noqa: BLE001 - reported to the parent, which raises D203
            results.put((seq, None, f"{type(err).__name__}: {err}"))
