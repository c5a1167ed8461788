"""detente.scale: partition planning, one partition coded in-process, and a real LocalCluster run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from tests.scale.news import write_shards

from detente.config import Settings
from detente.errors import DetenteError
from detente.ingest import iter_articles
from detente.records import Article, Event
from detente.scale import PART_GLOB, code_partition, code_with_dask, plan_partitions
from detente.store import Store, export_events


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
