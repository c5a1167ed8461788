"""Tests for detente.store.store durability: a writer process killed mid-run, then resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from tests.store.store_records import article, event, result

from detente.records.query import EventQuery
from detente.store import Store

REPO = Path(__file__).resolve().parents[2]
N_ARTICLES = 3000
EVENTS_PER_ARTICLE = 3


def _results(start: int = 0) -> list[Any]:
    codes = ("190", "036", "042")
    return [result(article(f"k{i:05d}"), *[
        event(f"k{i:05d}", "RUSGOV", codes[j], "UKRGOV", sentence=j) for j in range(EVENTS_PER_ARTICLE)])
        for i in range(start, N_ARTICLES)]


_WRITER = textwrap.dedent("""
    import sys
    from detente.store import Store
    from tests.store.test_store_crash import _results
    results = _results()
    with Store.open(sys.argv[1]) as store:
        store.put_articles([r.article for r in results], None)
        print("stored", flush=True)
        for n in range(0, len(results), 100):
            store.write_results(results[n:n + 100], None, batch_size=50)
            print("chunk", n // 100, flush=True)
    print("done", flush=True)
""")


def _content(store: Store) -> list[Any]:
    return store.connection.execute(
        "SELECT e.event_id, e.article_id, e.event_code, a.status FROM events e JOIN articles a USING (article_id) "
        "ORDER BY e.event_id").fetchall()


@pytest.mark.slow
def test_store_killed_writer_leaves_whole_articles_and_resume_matches_a_clean_run(tmp_path: Path) -> None:
    path = tmp_path / "killed.duckdb"
    env = {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=REPO)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "stored"
    while proc.stdout.readline().strip() != "chunk 4":
        pass
    proc.send_signal(signal.SIGKILL)  # lands somewhere inside a later chunk, usually mid-transaction
    proc.wait(timeout=30)

    with Store.open(path) as store:
        coded = store.coded_article_ids()
        assert 500 <= len(coded) < N_ARTICLES
        per_article = dict(store.connection.execute(
            "SELECT article_id, count(*) FROM events GROUP BY 1").fetchall())
        assert set(per_article) == coded
        assert set(per_article.values()) == {EVENTS_PER_ARTICLE}
        assert store.pending_article_ids() == {f"k{i:05d}" for i in range(N_ARTICLES)} - coded
        store.write_results([r for r in _results() if r.article.article_id not in coded], None, batch_size=200)
        resumed = _content(store)
        assert store.count_events(EventQuery(factuality=None)) == N_ARTICLES * EVENTS_PER_ARTICLE

    with Store.open(tmp_path / "clean.duckdb") as clean:
        clean.write_results(_results(), None, batch_size=200)
        assert _content(clean) == resumed
