"""detente.parallel: ordered results, bounded memory, errors and dead workers, no orphans."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from typing import Any

import psutil
import pytest

from detente.errors import DetenteError
from detente.parallel import CHUNKS_IN_FLIGHT_PER_WORKER, can_fork, code_in_workers

pytestmark = pytest.mark.skipif(not can_fork(), reason="worker processes are forked")


def _double(chunk: list[int]) -> list[int]:
    return [x * 2 for x in chunk]


def _pids(chunk: list[int]) -> list[int]:
    time.sleep(0.01)
    return [os.getpid() for _ in chunk]


def test_parallel_results_come_back_in_input_order() -> None:
    assert list(code_in_workers(_double, range(1000), n_process=2, chunk_size=7)) == [x * 2 for x in range(1000)]


def test_parallel_work_is_done_in_the_worker_processes() -> None:
    pids = set(code_in_workers(_pids, range(200), n_process=2, chunk_size=5))
    assert os.getpid() not in pids and len(pids) == 2


def test_parallel_reads_its_input_lazily_with_a_bounded_window() -> None:
    pulled: list[int] = []

    def source() -> Iterator[int]:
        for i in range(10_000):
            pulled.append(i)
            yield i

    results = code_in_workers(_double, source(), n_process=2, chunk_size=10)
    assert next(results) == 0
    assert len(pulled) <= (CHUNKS_IN_FLIGHT_PER_WORKER * 2 + 1) * 10
    results.close()  # stops the workers


def test_parallel_an_error_in_a_worker_is_d203_with_its_reason() -> None:
    def broken(chunk: list[int]) -> list[int]:
        if 50 in chunk:
            raise ValueError("chunk with 50")
        return chunk

    with pytest.raises(DetenteError) as err:
        list(code_in_workers(broken, range(100), n_process=2, chunk_size=10))
    assert err.value.code == "D203" and "ValueError: chunk with 50" in err.value.message


def test_parallel_a_killed_worker_is_d203_not_a_hang() -> None:
    def suicide(chunk: list[int]) -> list[int]:
        if 30 in chunk:
            os.kill(os.getpid(), signal.SIGKILL)
        return chunk

    with pytest.raises(DetenteError) as err:
        list(code_in_workers(suicide, range(100), n_process=2, chunk_size=10))
    assert err.value.code == "D203" and "-9" in err.value.message


def test_parallel_workers_exit_when_their_parent_is_killed() -> None:
    child = os.fork()
    if child == 0:  # pragma: no cover - the killed parent
        try:
            for _ in code_in_workers(_pids, range(10_000_000), n_process=2, chunk_size=16):
                pass
        finally:
            os._exit(0)
    deadline = time.monotonic() + 30
    workers: list[psutil.Process] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = psutil.Process(child).children()
        time.sleep(0.05)
    assert len(workers) == 2
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    _, alive = psutil.wait_procs(workers, timeout=15)
    assert alive == []


@pytest.mark.slow
def test_parallel_pipeline_in_two_workers_equals_one_process(pipeline: Any) -> None:
    from tests.scale.news import articles

    from detente.config import Settings
    from detente.ingest import article_from_text, parse_published_on
    from detente.pipeline import Pipeline

    items = [article_from_text(a["text"], article_id=a["id"], published_on=parse_published_on(a["published_on"]))
             for a in articles(60, seed=21)]
    two = Pipeline(Settings(n_process=2, batch_size=8), nlp=pipeline.nlp, kb=pipeline.kb, codebook=pipeline.codebook)
    assert list(two.code_articles(items)) == list(pipeline.code_articles(items))
