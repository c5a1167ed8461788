"""`detente ingest` killed with SIGKILL mid-run, then `--resume`: the store equals an uninterrupted run's.

Real subprocesses, real DuckDB files: nothing is lost, nothing duplicated, and re-runs change nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
import pytest
from tests.scale.news import write_shards

from detente.store import Store

pytestmark = pytest.mark.slow

N_ARTICLES = 400


def _ingest(src: Path, db: Path, *extra: str, processes: str = "1") -> subprocess.Popen[bytes]:
    env = {**os.environ, "DETENTE_N_PROCESS": processes}
    return subprocess.Popen([sys.executable, "-m", "detente", "ingest", str(src), "--db", str(db), "-q", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _state(db: Path) -> dict[str, Any]:
    with Store.open(db, read_only=True) as store:
        con = store.connection
        rows = con.execute('SELECT event_id, article_id, sentence_index, evidence, event_date, source, target, '
                           'event_code, factuality, "trigger", confidence FROM events ORDER BY event_id').fetchall()
        return {
            "articles": con.execute("SELECT article_id, status, content_hash FROM articles ORDER BY 1").fetchall(),
            "events": rows,
            "duplicate_events": con.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchall(),
            "runs": [(r.status, r.command) for r in store.runs()],
        }


def _kill_mid_run(proc: subprocess.Popen[bytes], db: Path) -> None:
    """SIGKILL the run (its process only) once it has committed some batches, well before it ends.

    Its coding workers, if any, must notice and exit on their own: no orphans are left behind.
    """
    wal = db.with_name(db.name + ".wal")
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 400_000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed: make the input larger"
    workers = psutil.Process(proc.pid).children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert alive == [], f"orphaned workers still running: {alive}"


@pytest.mark.parametrize("processes", ["1", "2"])
def test_resume_after_sigkill_equals_an_uninterrupted_run(tmp_path: Path, processes: str) -> None:
    src = tmp_path / "in"
    write_shards(src, N_ARTICLES, 2, seed=5)
    whole, killed = tmp_path / "whole.duckdb", tmp_path / "killed.duckdb"

    first = _ingest(src, whole)
    assert first.wait(timeout=600) == 0, first.stderr.read() if first.stderr else ""

    proc = _ingest(src, killed, processes=processes)
    _kill_mid_run(proc, killed)
    assert proc.returncode == -signal.SIGKILL
    partial = _state(killed)
    coded = sum(1 for _, status, _ in partial["articles"] if status == "coded")
    assert 0 < coded < N_ARTICLES, f"killed after {coded} coded articles: not mid-run"
    assert partial["runs"] == [("running", "ingest")]

    resumed = _ingest(src, killed, "--resume", processes=processes)
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err.decode()

    expected, got = _state(whole), _state(killed)
    assert len(got["articles"]) == N_ARTICLES
    assert got["articles"] == expected["articles"]
    assert got["events"] == expected["events"] and len(got["events"]) > N_ARTICLES
    assert got["duplicate_events"] == [(0,)]
    assert got["runs"] == [("finished", "ingest"), ("interrupted", "ingest")]

    # any number of re-runs, plain or resumed, changes nothing
    for extra in ((), ("--resume",)):
        again = _ingest(src, killed, *extra)
        assert again.wait(timeout=600) == 0
    final = _state(killed)
    assert final["articles"] == expected["articles"] and final["events"] == expected["events"]
    assert final["duplicate_events"] == [(0,)]
