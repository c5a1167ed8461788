"""Tests for detente.store.store: opening, runs, articles, results, problems, queries, summary."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.store.store_records import article, event, result
from tests.strategies import article_results, event_queries, events

from detente.errors import DetenteError
from detente.records import ArticleResult, Event, Factuality, Problem
from detente.records.query import EventQuery
from detente.store import SCHEMA_VERSION, Store

D1 = date(2024, 10, 1)
ALL = EventQuery(factuality=None)


def _table(store: Store, name: str, exclude: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    cols = [r[0] for r in store.connection.execute(f"DESCRIBE {name}").fetchall() if r[0] not in exclude]
    key = cols[0]
    return store.connection.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {name} "
                                    f"ORDER BY {key}").fetchall()


def _sample_results() -> list[Any]:
    a1, a2 = article("a1", published_on=D1), article("a2", published_on=D1)
    return [
        result(a1, event("a1", "IRNGOV", "190", "ISRGOV", day=D1),
               event("a1", "RUSGOV", "036", "IRNGOV", day=D1, factuality=Factuality.FUTURE, sentence=1)),
        result(a2, event("a2", "ISRMIL", "195", "LBNREB", day=D1),
               event("a2", "USAGOV", "0231", None, day=D1, sentence=2)),
    ]


# -- opening ---------------------------------------------------------------------------------

def test_store_open_creates_schema_and_version(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.duckdb"
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        tables = {r[0] for r in store.connection.execute("SHOW TABLES").fetchall()}
    assert {"meta", "runs", "articles", "events", "problems"} <= tables
    assert path.exists()


def test_store_open_twice_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.put_articles([article("a1")], None)
    with Store.open(path) as store:
        assert store.pending_article_ids() == {"a1"}


def test_store_open_rejects_a_file_that_is_not_duckdb(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("this is not a database\n" * 100)
    with pytest.raises(DetenteError) as info:
        Store.open(path)
    assert info.value.code == "D501"
    assert str(path) in info.value.message


def test_store_open_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    with Store.open(path) as store:
        store.connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    with pytest.raises(DetenteError) as info:
        Store.open(path)
    assert info.value.code == "D502"
    assert str(SCHEMA_VERSION + 1) in info.value.message


def test_store_open_reports_a_lock_held_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    Store.open(path).close()
    holder = textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)
    proc = subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        with pytest.raises(DetenteError) as info:
            Store.open(path)
        assert info.value.code == "D501"
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(timeout=30)


def test_store_open_read_only_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(DetenteError) as info:
        Store.open(tmp_path / "missing.duckdb", read_only=True)
    assert info.value.code == "D501"


# -- round trips -----------------------------------------------------------------------------

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), min_size=1, max_size=6, unique_by=lambda e: e.event_id))
def test_store_event_round_trip(evs: list[Event]) -> None:
    with Store.open(":memory:") as store:
        by_article: dict[str, list[Event]] = {}
        for e in evs:
            by_article.setdefault(e.article_id, []).append(e)
        store.write_results([result(article(a), *es) for a, es in by_article.items()], None)
        back = {e.event_id: e for e in store.query_events(ALL)}
    assert back == {e.event_id: e for e in evs}


@settings(max_examples=60, deadline=None)
@given(events())
def test_store_event_json_round_trip(e: Event) -> None:
    assert Event.from_dict(json.loads(json.dumps(e.to_dict()))) == e


# -- articles, results, idempotence ------------------------------------------------------------

def test_store_put_articles_then_pending(store: Store) -> None:
    run = store.start_run("ingest", ["x"], {})
    assert store.put_articles([article("a1"), article("a2")], run) == 2
    assert store.pending_article_ids() == {"a1", "a2"}
    assert store.coded_article_ids() == set()
    got = store.get_article("a1")
    assert got is not None and got.text == "Report a1: officials met."
    assert store.get_article("zzz") is None


def test_store_ingest_twice_gives_identical_tables(store: Store) -> None:
    results = _sample_results()
    for _ in range(2):
        run = store.start_run("ingest", ["x"], {})
        store.put_articles([r.article for r in results], run)
        store.write_results(results, run)
        store.finish_run(run, "finished")
        if _ == 0:
            first = {t: _table(store, t, ("run_id", "coded_at")) for t in ("articles", "events")}
    assert {t: _table(store, t, ("run_id", "coded_at")) for t in ("articles", "events")} == first
    assert store.count_events(ALL) == 4


def test_store_put_articles_twice_leaves_the_table_unchanged(store: Store) -> None:
    arts = [article("p1", published_on=D1), article("p2")]
    store.put_articles(arts, store.start_run("ingest", [], {}))
    before = _table(store, "articles")
    store.put_articles(arts, store.start_run("ingest", [], {}))
    assert _table(store, "articles") == before


def test_store_iter_articles_returns_pending_ones_for_resume(store: Store) -> None:
    results = _sample_results()
    store.put_articles([r.article for r in results] + [article("p3")], None)
    store.write_results(results[:1], None)
    pending = list(store.iter_articles(status="stored"))
    assert [a.article_id for a in pending] == ["a2", "p3"]
    assert pending[0] == results[1].article
    assert [a.article_id for a in store.iter_articles()] == ["a1", "a2", "p3"]


def test_store_put_articles_keeps_coded_status_when_text_is_unchanged(store: Store) -> None:
    results = _sample_results()
    store.write_results(results, None)
    store.put_articles([article("a1", published_on=D1)], None)
    assert store.coded_article_ids() == {"a1", "a2"}
    store.put_articles([article("a1", text="A different, corrected report.")], None)
    assert store.pending_article_ids() == {"a1"}
    assert store.coded_article_ids() == {"a2"}


def test_store_write_results_replaces_events_of_a_recoded_article(store: Store) -> None:
    results = _sample_results()
    store.write_results(results, None)
    a1 = results[0].article
    store.write_results([result(a1, event("a1", "IRNGOV", "042", "IRQGOV", day=D1))], None)
    got = store.query_events(EventQuery(article_id="a1", factuality=None))
    assert [(e.source and e.source.actor_code, e.event_code) for e in got] == [("IRNGOV", "042")]
    assert store.count_events(ALL) == 3


def test_store_crash_mid_write_leaves_whole_batches_and_resume_completes(store: Store,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    results = [result(article(f"a{i}"), event(f"a{i}", "IRNGOV", "190", "ISRGOV", day=D1)) for i in range(6)]
    store.put_articles([r.article for r in results], None)
    from detente.store import dedup

    real = dedup.recluster
    calls = {"n": 0}

    def flaky(*args: Any, **kwargs: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("simulated crash")
        return real(*args, **kwargs)

    monkeypatch.setattr(dedup, "recluster", flaky)
    with pytest.raises(RuntimeError, match="simulated crash"):
        store.write_results(results, None, batch_size=2)
    assert store.coded_article_ids() == {"a0", "a1"}
    assert store.pending_article_ids() == {"a2", "a3", "a4", "a5"}
    assert {e.article_id for e in store.query_events(ALL)} == {"a0", "a1"}
    monkeypatch.setattr(dedup, "recluster", real)
    done = store.coded_article_ids()
    store.write_results([r for r in results if r.article.article_id not in done], None, batch_size=2)
    assert store.count_events(ALL) == 6
    assert store.coded_article_ids() == {f"a{i}" for i in range(6)}
    ids = [e.event_id for e in store.query_events(ALL)]
    assert len(ids) == len(set(ids))


def test_store_crash_in_the_input_keeps_committed_batches(store: Store) -> None:
    def results() -> Iterator[Any]:
        for i in range(5):
            yield result(article(f"b{i}"), event(f"b{i}", "RUSGOV", "036", "CHNGOV", day=D1))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.write_results(results(), None, batch_size=2)
    assert store.coded_article_ids() == {"b0", "b1", "b2", "b3"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_results(), min_size=1, max_size=5, unique_by=lambda r: r.article.article_id))
def test_store_rewriting_results_never_duplicates(batch: list[Any]) -> None:
    with Store.open(":memory:") as store:
        store.write_results(batch, None)
        once = _table(store, "events", ("run_id",))
        store.write_results(batch, None, batch_size=1)
        assert _table(store, "events", ("run_id",)) == once
        assert store.count_events(ALL) == sum(len(r.events) for r in batch)


# -- problems and runs -----------------------------------------------------------------------

def test_store_add_problems_is_an_upsert(store: Store) -> None:
    run = store.start_run("ingest", ["bad.jsonl"], {})
    p = Problem(source="bad.jsonl", line=3, code="D103", message="bad.jsonl:3: broken JSON line: x")
    store.add_problems([p, p], run)
    store.add_problems([p], run)
    assert store.problems(run) == [p]
    assert store.problems() == [p]
    assert store.problems("other-run") == []


def test_store_runs_record_status_counts_and_versions(store: Store) -> None:
    run = store.start_run("ingest examples", ["examples/articles"], {"detente": "0.1.0", "kb": "kb-7"})
    store.write_results(_sample_results(), run)
    assert store.runs()[0].status == "running"
    store.finish_run(run, "finished")
    info = store.runs()[0]
    assert (info.run_id, info.status, info.n_articles, info.n_events) == (run, "finished", 2, 4)
    assert info.versions == {"detente": "0.1.0", "kb": "kb-7"}
    assert info.inputs == ("examples/articles",)
    assert store.connection.execute("SELECT kb_version FROM runs").fetchall() == [("kb-7",)]
    store.finish_run(run, "interrupted", articles=1, events=1, problems=0)
    assert store.get_run(run).n_articles == 1


def test_store_finish_run_unknown_raises(store: Store) -> None:
    with pytest.raises(DetenteError) as info:
        store.finish_run("nope", "finished")
    assert info.value.code == "D902"
    with pytest.raises(DetenteError) as missing:
        store.get_run("nope")
    assert missing.value.code == "D505" and "'nope'" in missing.value.message


def test_store_put_articles_in_chunks_counts_each_once(store: Store) -> None:
    arts = [article(f"n{i:04d}") for i in range(2500)]
    assert store.put_articles(iter(arts), None) == 2500
    assert len(store.pending_article_ids()) == 2500


# -- queries ---------------------------------------------------------------------------------

@pytest.fixture()
def filled(store: Store) -> Store:
    a = article("q1")
    store.write_results([result(
        a,
        event("q1", "IRNGOV", "190", "ISRGOV", day=date(2024, 10, 1)),
        event("q1", "ISRMIL", "195", "IRNMIL", day=date(2024, 10, 26), sentence=1),
        event("q1", "RUSGOV", "036", "IRNGOV", day=date(2024, 10, 11), sentence=2, factuality=Factuality.FUTURE),
        event("q1", "USAGOV", "0231", "UKRGOV", day=date(2024, 9, 1), sentence=3),
        event("q1", "IGOUNO", "010", None, day=None, sentence=4),
    )], None)
    return store


@pytest.mark.parametrize(("query", "expected"), [
    (EventQuery(), {"190", "195", "0231", "010"}),
    (EventQuery(factuality=None), {"190", "195", "036", "0231", "010"}),
    (EventQuery(factuality=Factuality.FUTURE), {"036"}),
    (EventQuery(actor="IRN"), {"190", "195"}),
    (EventQuery(actor="irnmil"), {"195"}),
    (EventQuery(actor="IGO"), {"010"}),
    (EventQuery(dyad=("IRN", "ISR")), {"190", "195"}),
    (EventQuery(dyad=("ISR", "IRN")), {"190", "195"}),
    (EventQuery(dyad=("USA", "IRN")), set()),
    (EventQuery(code="19"), {"190", "195"}),
    (EventQuery(code="02"), {"0231"}),
    (EventQuery(since=date(2024, 10, 1), until=date(2024, 10, 25)), {"190"}),
    (EventQuery(since=date(2024, 10, 2)), {"195"}),
    (EventQuery(article_id="nope"), set()),
])
def test_store_query_events_filters(filled: Store, query: EventQuery, expected: set[str]) -> None:
    assert {e.event_code for e in filled.query_events(query)} == expected
    assert filled.count_events(query) == len(expected)


def test_store_query_events_orders_by_sentence_and_pages_with_after(filled: Store) -> None:
    everything = filled.query_events(ALL)
    assert [e.sentence_index for e in everything] == [0, 1, 2, 3, 4]
    pages: list[Event] = []
    after = None
    while True:
        page = filled.query_events(EventQuery(factuality=None, limit=2, after=after))
        if not page:
            break
        pages += page
        after = page[-1].event_id
    assert pages == everything


def test_store_query_events_unknown_cursor_raises(filled: Store) -> None:
    with pytest.raises(DetenteError) as info:
        filled.query_events(EventQuery(after="no-such-event"))
    assert info.value.code == "D902"


def test_store_summary_counts(filled: Store) -> None:
    s = filled.summary()
    assert (s.articles, s.coded_articles, s.sentences, s.events, s.asserted) == (1, 1, 1, 5, 4)
    assert s.by_root == {"19": 2, "02": 1, "01": 1}
    assert s.by_factuality == {"asserted": 4, "future": 1}
    assert s.by_root_factuality["03"] == {"future": 1}
    assert {(d.source, d.target, d.events) for d in s.top_dyads} == {
        ("IRNGOV", "ISRGOV", 1), ("ISRMIL", "IRNMIL", 1), ("USAGOV", "UKRGOV", 1)}
    assert (s.first_event_date, s.last_event_date) == (date(2024, 9, 1), date(2024, 10, 26))
    assert s.clusters == 4


def test_store_connection_allows_analysis_sql(filled: Store) -> None:
    rows = filled.connection.execute(
        "SELECT source.country, count(*) FROM events WHERE factuality = 'asserted' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert ("IRN", 1) in rows
    assert isinstance(filled.connection, duckdb.DuckDBPyConnection)


def _side_matches(ref: Any, value: str) -> bool:
    return ref is not None and (ref.actor_code.startswith(value) or ref.country == value)


def _matches(e: Event, q: EventQuery) -> bool:
    if q.actor and not (_side_matches(e.source, q.actor) or _side_matches(e.target, q.actor)):
        return False
    if q.dyad:
        a, b = q.dyad
        if not ((_side_matches(e.source, a) and _side_matches(e.target, b))
                or (_side_matches(e.source, b) and _side_matches(e.target, a))):
            return False
    if q.code and not e.event_code.startswith(q.code):
        return False
    if q.since and (e.event_date is None or e.event_date < q.since):
        return False
    if q.until and (e.event_date is None or e.event_date > q.until):
        return False
    return q.factuality is None or e.factuality == q.factuality


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(evs=st.lists(events(article_id="f1"), max_size=12, unique_by=lambda e: e.event_id), q=event_queries())
def test_store_query_events_agrees_with_a_python_filter(evs: list[Event], q: EventQuery) -> None:
    with Store.open(":memory:") as store:
        store.write_results([result(article("f1"), *evs)], None)
        got = store.query_events(q)
        assert store.count_events(q) == len(got)
    assert {e.event_id for e in got} == {e.event_id for e in evs if _matches(e, q)}
    assert [e.evidence.start for e in got] == [e.evidence.start for e in
                                               sorted(got, key=lambda e: (e.sentence_index, e.evidence.start, e.event_id))]


def test_store_write_results_keeps_coding_problems(store: Store) -> None:
    art = article("c1")
    problem = Problem(source="c1", code="D001", message="invalid Event: bad code", article_id="c1")
    store.write_results([ArticleResult(article=art, problems=(problem,))], "run-x")
    assert store.problems("run-x") == [problem]
    assert store.coded_article_ids() == {"c1"}


def test_store_coded_unchanged_compares_the_text_not_only_the_id(store) -> None:  # type: ignore[no-untyped-def]
    from detente.ingest import article_from_text
    from detente.records import ArticleResult

    a = article_from_text("Iran fired missiles at Israel.", article_id="u1")
    b = article_from_text("Russia fired missiles at Ukraine.", article_id="u2")
    store.put_articles([a, b], None)
    assert store.coded_unchanged([a, b]) == set()  # stored, not coded yet
    store.write_results([ArticleResult(article=a), ArticleResult(article=b)], None)
    assert store.coded_unchanged([a, b]) == {"u1", "u2"}
    edited = article_from_text("Iran fired drones at Israel.", article_id="u1")
    assert store.coded_unchanged([edited, b]) == {"u2"}
    assert store.coded_unchanged([]) == set()
