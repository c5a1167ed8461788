"""detente.scale.clusters: the shuffle and reduce that give the Dask output the store's cluster ids.

The steps run here in-process, in the order ``code_with_dask`` runs them on workers, over events
split across partition stores; the result must equal one store holding every event.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from tests.analysis.eventmix import Spec, realistic_mix, write_events

from detente.records.query import EventQuery
from detente.scale.clusters import (
    CLUSTERS_FILE,
    CLUSTERS_SCHEMA,
    bucket_of,
    finalize_part,
    reduce_bucket,
    write_cluster_keys,
    write_clusters_table,
)
from detente.store import Store, export_events

PARTS = 3


def _mix() -> list[Spec]:
    """The analysis event mix plus same-day repeats, so that many clusters have several members."""
    specs = realistic_mix()
    specs += [Spec(date(2025, 6, d), "ISRMIL", "195", "IRN") for d in (13, 14, 14, 19)]
    specs += [Spec(date(2025, 3, 5), "USAGOV", "163", "IRNGOV"), Spec(None, "RUSGOV", "042", "IRNGOV")]
    return specs


def _split(tmp: Path, window_days: int) -> tuple[list[Store], Store]:
    """The mix dealt round-robin over partition stores, and all of it in one store.

    Partition 2 also holds the articles of partition 0's first two specs again (the same article
    in two partitions: the same event ids twice).
    """
    specs = _mix()
    parts = [Store.open(tmp / f"p{k}.duckdb", window_days=window_days) for k in range(PARTS)]
    single = Store.open(tmp / "single.duckdb", window_days=window_days)
    for k, store in enumerate(parts):
        write_events(store, specs[k::PARTS], prefix=f"p{k}")
        write_events(single, specs[k::PARTS], prefix=f"p{k}")
    write_events(parts[2], specs[0:2 * PARTS:PARTS], prefix="p0")
    return parts, single


def _run(parts: list[Store], tmp: Path, buckets: int, window_days: int) -> tuple[Path, Path]:
    """What code_with_dask does after coding: keys, reduce per bucket, parts and table."""
    staging, out = tmp / "staging", tmp / "out"
    (staging / "coded").mkdir(parents=True)
    out.mkdir()
    for i, store in enumerate(parts):
        export_events(store, staging / "coded" / f"part-{i:05d}.parquet", "parquet")
        write_cluster_keys(store, staging, i, buckets)
    for b in range(buckets):
        reduce_bucket(staging, b, window_days)
    for i in range(len(parts)):
        finalize_part(staging, out, i)
    write_clusters_table(staging, out)
    return staging, out


def _rows(folder: Path, pattern: str) -> list[dict[str, Any]]:
    return [row for path in sorted(folder.glob(pattern)) for row in pq.read_table(path).to_pylist()]


@pytest.mark.parametrize(("buckets", "window_days"), [(1, 1), (4, 1), (2, 3)])
def test_reduce_gives_every_event_the_cluster_id_of_a_single_store(tmp_path: Path, buckets: int,
                                                                   window_days: int) -> None:
    parts, single = _split(tmp_path, window_days)
    try:
        staging, out = _run(parts, tmp_path, buckets, window_days)
        expected = dict(single.connection.execute("SELECT event_id, cluster_id FROM events").fetchall())
        clusters = single.query_clusters(EventQuery())
    finally:
        for store in [*parts, single]:
            store.close()
    coded = {(r["event_id"], r["cluster_id"]) for r in _rows(staging / "coded", "part-*.parquet")}
    final = _rows(out, "part-*.parquet")
    assert {(r["event_id"], r["cluster_id"]) for r in final} == set(expected.items())
    assert len(final) == len(expected) + 2  # the repeated article's events, in two parts, agree
    # the test means something: partition-local ids differ, and clusters span partitions
    assert coded != set(expected.items())
    part_of: dict[str, set[str]] = {}
    for path in sorted(out.glob("part-*.parquet")):
        for row in pq.read_table(path).to_pylist():
            if row["cluster_id"] is not None:
                part_of.setdefault(row["cluster_id"], set()).add(path.name)
    assert sum(1 for names in part_of.values() if len(names) > 1) >= 3
    table = pq.read_table(out / CLUSTERS_FILE)
    assert table.schema == CLUSTERS_SCHEMA
    got = [(r["cluster_id"], r["event_id"], r["event_code"], r["mentions"], r["num_articles"], r["event_date"],
            r["last_date"], r["first_seen"]) for r in table.to_pylist()]
    assert got == [(c.cluster_id, c.event.event_id, c.event_code, c.mentions, c.num_articles, c.event_date,
                    c.last_date, c.first_seen) for c in clusters]
    assert max(c.mentions for c in clusters) >= 3


def test_finalized_parts_keep_the_columns_and_row_order_of_the_coded_parts(tmp_path: Path) -> None:
    parts, single = _split(tmp_path, 1)
    single.close()
    try:
        staging, out = _run(parts, tmp_path, 2, 1)
    finally:
        for store in parts:
            store.close()
    for i in range(PARTS):
        coded = pq.read_table(staging / "coded" / f"part-{i:05d}.parquet")
        final = pq.read_table(out / f"part-{i:05d}.parquet")
        # names and types; DuckDB marks a column NOT NULL when a file happens to hold no nulls
        assert [(f.name, f.type) for f in final.schema] == [(f.name, f.type) for f in coded.schema]
        assert final.drop(["cluster_id"]).to_pylist() == coded.drop(["cluster_id"]).to_pylist()


def test_parts_without_asserted_events_and_an_empty_run(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.duckdb") as store:
        write_events(store, [Spec(date(2025, 1, 1), "RUSGOV", "036", "IRNGOV", factuality="future")])
        staging, out = _run([store], tmp_path, 1, 1)
    rows = _rows(out, "part-*.parquet")
    assert len(rows) == 1 and rows[0]["cluster_id"] is None
    table = pq.read_table(out / CLUSTERS_FILE)
    assert table.num_rows == 0 and table.schema == CLUSTERS_SCHEMA
    assert reduce_bucket(staging, 0).events == 0


def test_bucket_of_is_stable_and_spreads_keys() -> None:
    keys = [(f"A{i:02d}", None if i % 5 == 0 else f"B{i:02d}", f"{i % 20 + 1:02d}0") for i in range(200)]
    assert bucket_of(("IRN", "ISR", "195"), 16) == 14  # crc32: fixed: workers and runs must agree
    counts = [sum(1 for k in keys if bucket_of(k, 4) == b) for b in range(4)]
    assert min(counts) > 20
