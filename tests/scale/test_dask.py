"""detente.scale: partition planning, one partition coded in-process, and a real LocalCluster run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from tests.scale.news import write_shards

from detente.config import Settings
from detente.errors import DetenteError
from detente.ingest import iter_articles
from detente.records import Article, Event
from detente.records.query import EventQuery
from detente.scale import CLUSTERS_FILE, PART_GLOB, code_partition, code_with_dask, plan_partitions
from detente.store import Store, export_events

# Two reports of the same two events (Iran's missile attack on Israel of 1 October 2024; aid sent a
# day apart, within the dedup window), published on different days: each goes in its own input file.
SAME_EVENTS = [
    {"id": "same-a", "published_on": "2024-10-02",
     "text": "Iran fired about 180 ballistic missiles at Israel on Tuesday evening. "
             "Russia sent humanitarian aid to Syria on Friday."},
    {"id": "same-b", "published_on": "2024-10-01",
     "text": "Iran fired missiles at Israel on Tuesday, officials said. "
             "Russia sent humanitarian aid to Syria on Saturday."},
]


def _events_in(folder: Path) -> list[Event]:
    events = []
    for path in sorted(folder.glob(PART_GLOB)):
        for row in pq.read_table(path).to_pylist():
            row.pop("cluster_id")
            events.append(Event.from_dict(row))
    return events


def _key(event: Event) -> str:
    return event.event_id


def _single_process(pipeline: Any, paths: list[Path]) -> list[Event]:
    articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
    return [e for r in pipeline.code_articles(articles) for e in r.events]


def test_plan_partitions_one_per_file_in_input_order(tmp_path: Path) -> None:
    paths = write_shards(tmp_path / "in", 12, 4)
    assert plan_partitions(paths) == [(str(p),) for p in paths]


def test_plan_partitions_expands_folders_and_groups_to_the_number_asked(tmp_path: Path) -> None:
    paths = write_shards(tmp_path / "in", 40, 5)
    (tmp_path / "in" / ".hidden.jsonl").write_text("{}", encoding="utf-8")
    groups = plan_partitions([tmp_path / "in"], 2)
    assert len(groups) == 2
    assert [f for g in groups for f in g] == [str(p) for p in paths]


def test_plan_partitions_never_makes_more_partitions_than_files(tmp_path: Path) -> None:
    paths = write_shards(tmp_path / "in", 6, 3)
    assert len(plan_partitions(paths, 10)) == 3
    assert plan_partitions([]) == []


def test_plan_partitions_rejects_zero_partitions(tmp_path: Path) -> None:
    with pytest.raises(DetenteError) as err:
        plan_partitions([tmp_path], 0)
    assert err.value.code == "D701"


def test_code_with_dask_refuses_to_overwrite_partition_files(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part-00000.parquet").write_bytes(b"old")
    with pytest.raises(DetenteError) as err:
        code_with_dask([tmp_path / "in"], tmp_path / "out")
    assert err.value.code == "D503"


@pytest.mark.slow
def test_code_partition_writes_the_store_export_columns_and_reports_problems(tmp_path: Path, pipeline: Any,
                                                                            store: Any) -> None:
    paths = write_shards(tmp_path / "in", 8, 1)
    bad = tmp_path / "in" / "broken.jsonl"
    bad.write_text('{"id": "x", "text": \n', encoding="utf-8")
    report = code_partition(3, [str(paths[0]), str(bad)], tmp_path, Settings(n_process=1))
    assert report.path == str(tmp_path / "part-00003.parquet") and report.articles == 8
    assert [p.source for p in report.problems] == [str(bad)] and report.problems[0].line == 1
    store.write_results(list(pipeline.code_articles(
        [a for a in iter_articles(paths) if isinstance(a, Article)])), None)
    export_events(store, tmp_path / "single.parquet", "parquet")
    single = pq.read_table(tmp_path / "single.parquet")
    part = pq.read_table(report.path)
    assert part.schema.names == single.schema.names
    assert report.events == part.num_rows == single.num_rows > 0
    assert sorted(_events_in(tmp_path), key=_key) == sorted(_single_process(pipeline, paths), key=_key)


@pytest.mark.slow
@pytest.mark.dask
def test_code_with_dask_on_a_local_cluster_equals_the_single_process_run(tmp_path: Path, pipeline: Any) -> None:
    paths = write_shards(tmp_path / "in", 60, 3)
    seen: list[int] = []
    report = code_with_dask([tmp_path / "in"], tmp_path / "out", settings=Settings(n_process=1),
                            progress=lambda part, total: seen.append(total))
    assert report.scheduler.startswith("LocalCluster tcp://127.0.0.1:")
    assert [p.index for p in report.partitions] == [0, 1, 2] and seen == [3, 3, 3]
    assert report.articles == 60 and report.ok
    dask_events = _events_in(tmp_path / "out")
    single = _single_process(pipeline, paths)
    assert len(dask_events) == report.events == len(single) > 60
    assert sorted(dask_events, key=_key) == sorted(single, key=_key)
    assert len({e.event_id for e in dask_events}) == len(dask_events)
    # DuckDB reads the partitioned output directly
    with Store.open(tmp_path / "s.duckdb") as store:
        glob = str(tmp_path / "out" / PART_GLOB)
        n = store.connection.execute(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall()[0][0]
    assert n == len(single)


@pytest.mark.dask
def test_code_with_dask_unreachable_scheduler_is_d702(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import detente.scale.dask as scale_dask

    monkeypatch.setattr(scale_dask, "SCHEDULER_TIMEOUT_S", 1.0)
    with socket.socket() as s:  # a loopback port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    write_shards(tmp_path / "in", 2, 1)
    with pytest.raises(DetenteError) as err:
        code_with_dask([tmp_path / "in"], tmp_path / "out", scheduler=f"tcp://127.0.0.1:{port}")
    assert err.value.code == "D702" and f"tcp://127.0.0.1:{port}" in err.value.message


@pytest.mark.slow
@pytest.mark.dask
def test_code_with_dask_clusters_across_partitions_like_a_store(tmp_path: Path, pipeline: Any) -> None:
    paths = write_shards(tmp_path / "in", 24, 2)
    for article in SAME_EVENTS:  # shard-00, shard-01, then one partition per report
        path = tmp_path / "in" / f"{article['id']}.jsonl"
        path.write_text(json.dumps(article) + "\n", encoding="utf-8")
        paths.append(path)
    report = code_with_dask([tmp_path / "in"], tmp_path / "out", settings=Settings(n_process=1))
    assert len(report.partitions) == 4 and report.ok
    rows = [row for path in sorted((tmp_path / "out").glob(PART_GLOB)) for row in pq.read_table(path).to_pylist()]
    assert not list((tmp_path / "out").glob(".detente-run-*"))  # the staging folder is gone
    same = [r for r in rows if r["article_id"] in ("same-a", "same-b")]
    by_key: dict[tuple[str, str], set[str]] = {}
    for r in same:
        by_key.setdefault((r["source"]["actor_code"], r["event_code"]), set()).add(r["cluster_id"])
    assert sorted(by_key) == [("IRN", "195"), ("RUS", "073")]
    assert all(len(ids) == 1 and None not in ids for ids in by_key.values())  # one cluster per event
    table = pq.read_table(tmp_path / "out" / CLUSTERS_FILE).to_pylist()
    assert report.clusters == len(table)
    for ids in by_key.values():
        (row,) = [t for t in table if t["cluster_id"] in ids]
        assert row["mentions"] == 2 and row["num_articles"] == 2
    # a single-process store ingest of the same inputs gives the same clusters
    with Store.open(tmp_path / "single.duckdb") as store:
        store.write_results(pipeline.code_articles([a for a in iter_articles(paths) if isinstance(a, Article)]), None)
        expected = dict(store.connection.execute("SELECT event_id, cluster_id FROM events").fetchall())
        clusters = store.query_clusters(EventQuery())
    assert {r["event_id"]: r["cluster_id"] for r in rows} == expected and len(rows) == len(expected)
    assert [(t["cluster_id"], t["event_id"], t["mentions"], t["num_articles"], t["event_date"], t["first_seen"])
            for t in table] == [(c.cluster_id, c.event.event_id, c.mentions, c.num_articles, c.event_date,
                                 c.first_seen) for c in clusters]
