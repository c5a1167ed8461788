"""Tests for detente.store.dedup: cross-article clusters of events that report one real-world event."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.store.store_records import article, event, result

from detente.records import Factuality
from detente.records.query import EventQuery
from detente.store import Store
from detente.store.dedup import assign_clusters, cluster_id_for

D = date(2024, 10, 1)


def _clusters(store: Store) -> dict[str, str | None]:
    return dict(store.connection.execute("SELECT event_id, cluster_id FROM events ORDER BY event_id").fetchall())


def test_dedup_assign_clusters_anchors_on_the_earliest_date() -> None:
    days = [("e1", D), ("e2", D + timedelta(days=1)), ("e3", D + timedelta(days=2)), ("e4", D + timedelta(days=3))]
    got = assign_clusters(days, window_days=1)
    assert got["e1"] == got["e2"] == cluster_id_for("e1")
    assert got["e3"] == got["e4"] == cluster_id_for("e3")


def test_dedup_assign_clusters_keeps_undated_events_apart() -> None:
    got = assign_clusters([("a", None), ("b", None), ("c", D)], window_days=1)
    assert len(set(got.values())) == 3


def test_dedup_same_event_in_two_articles_is_one_cluster(store: Store) -> None:
    store.write_results([
        result(article("w1", published_on=D + timedelta(days=1)), event("w1", "IRNGOV", "190", "ISRGOV", day=D)),
        result(article("w2", published_on=D), event("w2", "IRNGOV", "1951", "ISRGOV", day=D + timedelta(days=1))),
        result(article("w3"), event("w3", "IRNGOV", "190", "ISRGOV", day=D, sentence=1),
               event("w3", "IRNGOV", "190", "ISRGOV", day=D, sentence=2)),
    ], None)
    clusters = store.query_clusters(EventQuery())
    by_code = {c.event_code: c for c in clusters}
    assert set(by_code) == {"190", "195"}
    c190 = by_code["190"]
    assert (c190.mentions, c190.num_articles, c190.event_date) == (3, 2, D)
    assert c190.first_seen == D + timedelta(days=1)
    assert c190.event.event_code == "190"
    assert c190.cluster_id == cluster_id_for(min(
        e.event_id for e in store.query_events(EventQuery(code="190"))))
    assert clusters[0] is c190


def test_dedup_separates_other_dyads_codes_windows_and_directions(store: Store) -> None:
    store.write_results([
        result(article("x1"), event("x1", "IRNGOV", "190", "ISRGOV", day=D)),
        result(article("x2"), event("x2", "ISRGOV", "190", "IRNGOV", day=D)),
        result(article("x3"), event("x3", "IRNGOV", "173", "ISRGOV", day=D)),
        result(article("x4"), event("x4", "IRNGOV", "190", "ISRGOV", day=D + timedelta(days=2))),
        result(article("x5"), event("x5", "IRNGOV", "190", "ISRGOV", day=D, factuality=Factuality.NEGATED)),
    ], None)
    assert [c.mentions for c in store.query_clusters(EventQuery())] == [1, 1, 1, 1]
    negated = store.query_events(EventQuery(factuality=Factuality.NEGATED))
    assert _clusters(store)[negated[0].event_id] is None
    assert store.query_clusters(EventQuery(factuality=Factuality.NEGATED)) == []


def test_dedup_recluster_is_idempotent_and_matches_incremental(store: Store) -> None:
    for i in range(4):
        store.write_results([result(article(f"r{i}"),
                                    event(f"r{i}", "RUSMIL", "195", "UKRMIL", day=D + timedelta(days=i)))], None)
    incremental = _clusters(store)
    store.connection.execute("UPDATE events SET cluster_id = NULL")
    store.recluster()
    assert _clusters(store) == incremental
    store.recluster()
    assert _clusters(store) == incremental
    assert len(set(incremental.values())) == 2


def test_dedup_recoding_an_article_updates_its_cluster(store: Store) -> None:
    store.write_results([
        result(article("m1"), event("m1", "CHNGOV", "042", "RUSGOV", day=D)),
        result(article("m2"), event("m2", "CHNGOV", "042", "RUSGOV", day=D)),
    ], None)
    assert store.query_clusters()[0].mentions == 2
    store.write_results([result(article("m1"), event("m1", "CHNGOV", "043", "RUSGOV", day=D))], None)
    counts = sorted((c.event_code, c.mentions) for c in store.query_clusters())
    assert counts == [("042", 1), ("043", 1)]
    m2 = store.query_events(EventQuery(article_id="m2"))[0]
    assert _clusters(store)[m2.event_id] == cluster_id_for(m2.event_id)


def test_dedup_window_is_configurable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(tmp_path / "wide.duckdb", window_days=3) as store:
        store.write_results([result(article("k1"), event("k1", "TURGOV", "190", "SYRREB", day=D)),
                             result(article("k2"), event("k2", "TURGOV", "190", "SYRREB",
                                                         day=D + timedelta(days=3)))], None)
        assert [c.mentions for c in store.query_clusters()] == [2]


_ACTORS = st.sampled_from(["IRNGOV", "ISRGOV", None])
_WRITE = st.tuples(st.integers(0, 5), st.lists(
    st.tuples(_ACTORS, st.sampled_from(["190", "1951", "036"]), _ACTORS, st.none() | st.integers(0, 8),
              st.sampled_from([Factuality.ASSERTED, Factuality.ASSERTED, Factuality.FUTURE])),
    max_size=4))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(writes=st.lists(_WRITE, min_size=1, max_size=8), window=st.integers(0, 2))
def test_dedup_incremental_clusters_equal_a_full_rebuild(writes: list[Any], window: int) -> None:
    with Store.open(":memory:", window_days=window) as store:
        for n, (article_no, specs) in enumerate(writes):
            aid = f"h{article_no}"
            evs = [event(aid, s, code, t, day=None if d is None else D + timedelta(days=d), factuality=f,
                         sentence=i, start=n)
                   for i, (s, code, t, d, f) in enumerate(specs)]
            store.write_results([result(article(aid), *evs)], None)
        incremental = _clusters(store)
        store.connection.execute("UPDATE events SET cluster_id = 'stale'")
        store.recluster()
        assert _clusters(store) == incremental
