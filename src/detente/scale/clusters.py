"""Cross-partition clusters for the Dask output: a shuffle by cluster key, then one reduce per bucket.

The store links reports of one real-world event into clusters (``detente.store.dedup``): events of
one key (source actor code, target actor code, 3-digit CAMEO prefix) are clustered by date with
:func:`~detente.store.dedup.assign_clusters`. A partition coded on its own sees only its share of a
key, so the Dask run clusters after every partition is coded, in three steps that all run on workers:

1. **map** (:func:`write_cluster_keys`, at the end of each partition): the partition's asserted
   events, reduced to what clustering needs, are written to ``keys/bucket-B/part-NNNNN.parquet``,
   where ``B`` is a stable hash of the key. Every event of one key lands in the same bucket.
2. **reduce** (:func:`reduce_bucket`, one task per bucket): DuckDB sorts the bucket by key (spilling
   to disk under a memory limit) and the rows are streamed one key at a time into the store's own
   ``assign_clusters``, so Python holds one key's members, never the bucket or the corpus. Out
   come the ``event_id -> cluster_id`` assignments (partitioned by the part they go back to) and
   one summary row per cluster (mentions, articles, dates).
3. **finish** (:func:`finalize_part` per part, :func:`write_clusters_table` once): each coded part
   is joined with its own assignments and written as ``part-NNNNN.parquet``; the summaries become
   ``clusters.parquet``.

Everything lives under a staging folder inside the output folder (shared storage), removed by the
caller when the run ends.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import tempfile
import uuid
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from detente.store import DEFAULT_WINDOW_DAYS, Store
from detente.store.dedup import ClusterKey, assign_clusters

__all__ = ["CLUSTERS_FILE", "CLUSTERS_SCHEMA", "KEYS_SCHEMA", "REDUCE_MEMORY_LIMIT", "BucketReport",
           "bucket_of", "finalize_part", "reduce_bucket", "write_cluster_keys", "write_clusters_table"]

CLUSTERS_FILE = "clusters.parquet"
"""The clusters table written beside the partition files."""

REDUCE_MEMORY_LIMIT = "256MB"
"""DuckDB's memory limit in the reduce and finish steps; larger sorts and joins spill to a temp folder."""

_FLUSH_ROWS = 50_000
"""Rows buffered before the reduce writes them out."""

KEYS_SCHEMA = pa.schema([
    ("source_code", pa.string()), ("target_code", pa.string()), ("code", pa.string()),
    ("event_id", pa.string()), ("event_date", pa.date32()), ("article_id", pa.string()),
    ("published_on", pa.date32()), ("part", pa.int32()),
])
"""What the map step keeps of each asserted event: its key, its date and where it came from."""

_ASSIGN_SCHEMA = pa.schema([("event_id", pa.string()), ("cluster_id", pa.string()), ("part", pa.int32())])

CLUSTERS_SCHEMA = pa.schema([
    ("cluster_id", pa.string()), ("event_id", pa.string()), ("source_code", pa.string()),
    ("target_code", pa.string()), ("event_code", pa.string()), ("mentions", pa.int64()),
    ("num_articles", pa.int64()), ("event_date", pa.date32()), ("last_date", pa.date32()),
    ("first_seen", pa.date32()),
])
"""``clusters.parquet``: one row per cluster, the fields of ``detente.records.EventCluster`` with the
representative event as ``event_id`` (join it with the parts for the whole event) and its actor codes."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BucketReport:
    """What one reduce task did: distinct asserted events clustered and clusters found."""

    bucket: int
    events: int = 0
    clusters: int = 0


def bucket_of(key: ClusterKey, buckets: int) -> int:
    """The bucket of a cluster key: a hash that is the same in every process and Python version.

    (``hash()`` of a string is salted per process, so workers would disagree.)

    >>> bucket_of(("IRN", "ISR", "195"), 8) == bucket_of(("IRN", "ISR", "195"), 8) < 8
    True
    """
    text = "\x1f".join("\x00" if part is None else part for part in key)
    return zlib.crc32(text.encode("utf-8")) % buckets


def write_cluster_keys(store: Store, staging: str | Path, index: int, buckets: int) -> int:
    """Map step: write partition ``index``'s asserted events to the buckets of their keys.

    ``store`` is the partition's private store, after coding. Returns the number of rows written.
    """
    rows = store.connection.execute(
        "SELECT e.source.actor_code, e.target.actor_code, left(e.event_code, 3), e.event_id, e.event_date, "
        "e.article_id, a.published_on FROM events e LEFT JOIN articles a ON a.article_id = e.article_id "
        "WHERE e.factuality = 'asserted'").fetchall()
    by_bucket: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        by_bucket.setdefault(bucket_of((row[0], row[1], row[2]), buckets), []).append((*row, index))
    for bucket, members in sorted(by_bucket.items()):
        folder = _keys_dir(staging, bucket)
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(_table(members, KEYS_SCHEMA), folder / f"part-{index:05d}.parquet")
    return len(rows)


def reduce_bucket(staging: str | Path, bucket: int, window_days: int = DEFAULT_WINDOW_DAYS) -> BucketReport:
    """Reduce step: cluster every key of ``bucket`` over all partitions (runs on a Dask worker).

    Writes the assignments to ``assign/bucket-B/part=N/`` and the cluster summaries to
    ``clusters/bucket-B.parquet``. Idempotent, so a task Dask retries writes the same files.
    """
    files = sorted(glob.glob(str(_keys_dir(staging, bucket) / "*.parquet")))
    if not files:
        return BucketReport(bucket=bucket)
    root = Path(staging)
    assign_tmp = root / f"assign-{bucket:05d}.parquet"
    summary_path = root / "clusters" / f"bucket-{bucket:05d}.parquet"
    summary_path.parent.mkdir(parents=True, exist_ok=True)
    events = clusters = 0
    with _duckdb() as con:
        cursor = con.execute(
            "SELECT source_code, target_code, code, event_id, event_date, article_id, published_on, part "
            "FROM read_parquet(?) ORDER BY source_code NULLS FIRST, target_code NULLS FIRST, code, event_id, part",
            [files])
        with _Writer(assign_tmp, _ASSIGN_SCHEMA) as assign, _Writer(summary_path, CLUSTERS_SCHEMA) as summary:
            for key, rows in itertools.groupby(_rows(cursor), key=lambda r: (r[0], r[1], r[2])):
                n_events, n_clusters = _cluster_key(key, list(rows), window_days, assign, summary)
                events += n_events
                clusters += n_clusters
        target = root / "assign" / f"bucket-{bucket:05d}"
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY (SELECT * FROM read_parquet({_sql_str(assign_tmp)})) TO {_sql_str(target)} "
                    "(FORMAT parquet, PARTITION_BY (part))")
    assign_tmp.unlink()
    return BucketReport(bucket=bucket, events=events, clusters=clusters)


def finalize_part(staging: str | Path, output_dir: str | Path, index: int) -> int:
    """Finish step: write ``output_dir/part-NNNNN.parquet`` with the run-wide cluster ids; returns its rows.

    The coded part keeps its columns and row order; only ``cluster_id`` is replaced (null for
    events that are not asserted, as in the store).
    """
    coded = Path(staging) / "coded" / f"part-{index:05d}.parquet"
    files = sorted(glob.glob(str(Path(staging) / "assign" / "bucket-*" / f"part={index}" / "*.parquet")))
    if files:
        select = ("SELECT c.* EXCLUDE (cluster_id, file_row_number), a.cluster_id "
                  f"FROM read_parquet({_sql_str(coded)}, file_row_number = true) c "
                  f"LEFT JOIN read_parquet({_sql_list(files)}, hive_partitioning = false) a "
                  "ON a.event_id = c.event_id ORDER BY c.file_row_number")
    else:
        select = f"SELECT * EXCLUDE (cluster_id), NULL::VARCHAR AS cluster_id FROM read_parquet({_sql_str(coded)})"
    target = Path(output_dir) / f"part-{index:05d}.parquet"
    with _duckdb() as con:
        return _copy_atomic(con, select, target)


def write_clusters_table(staging: str | Path, output_dir: str | Path) -> int:
    """Finish step: gather the buckets' summaries into ``output_dir/clusters.parquet``; returns its rows.

    Ordered as ``Store.query_clusters`` orders them: most mentioned first, then by date and id.
    """
    files = sorted(glob.glob(str(Path(staging) / "clusters" / "*.parquet")))
    target = Path(output_dir) / CLUSTERS_FILE
    if not files:
        _write_atomic(CLUSTERS_SCHEMA.empty_table(), target)
        return 0
    rows = 0
    with _duckdb() as con, _Writer(target, CLUSTERS_SCHEMA) as table:
        # streamed through our writer, not COPY: the file keeps its declared schema (DuckDB would
        # mark a column NOT NULL whenever this run happened to have no nulls in it)
        cursor = con.execute(f"SELECT {', '.join(CLUSTERS_SCHEMA.names)} FROM read_parquet({_sql_list(files)}) "
                             "ORDER BY mentions DESC, event_date NULLS LAST, cluster_id")
        for row in _rows(cursor):
            table.add(row)
            rows += 1
    return rows


def _cluster_key(key: tuple[Any, ...], rows: list[tuple[Any, ...]], window_days: int, assign: _Writer,
                 summary: _Writer) -> tuple[int, int]:
    """Cluster one key's rows and write their assignments and summaries; returns (events, clusters)."""
    first: dict[str, tuple[Any, ...]] = {}
    for row in rows:  # one event coded in two partitions (the same article twice) is one member
        first.setdefault(row[3], row)
    members: list[tuple[str, date | None]] = [(event_id, row[4]) for event_id, row in first.items()]
    clusters = assign_clusters(members, window_days)
    for row in rows:
        assign.add((row[3], clusters[row[3]], row[7]))
    by_cluster: dict[str, list[tuple[Any, ...]]] = {}
    for event_id, row in first.items():
        by_cluster.setdefault(clusters[event_id], []).append(row)
    for cluster_id, group in by_cluster.items():
        dated = [r[4] for r in group if r[4] is not None]
        published = [r[6] for r in group if r[6] is not None]
        anchor = min(group, key=lambda r: (r[4] is None, r[4] or date.min, r[3]))
        summary.add((cluster_id, anchor[3], key[0], key[1], key[2], len(group), len({r[5] for r in group}),
                     min(dated, default=None), max(dated, default=None), min(published, default=None)))
    return len(first), len(by_cluster)


def _rows(cursor: duckdb.DuckDBPyConnection) -> Iterator[tuple[Any, ...]]:
    while batch := cursor.fetchmany(_FLUSH_ROWS):
        yield from batch


class _Writer:
    """Rows appended to a Parquet file in batches (memory holds one batch, not the file)."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema = path, schema
        self._tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        self._rows: list[tuple[Any, ...]] = []
        self._writer: Any = None

    def __enter__(self) -> _Writer:
        self._writer = pq.ParquetWriter(self._tmp, self.schema)
        return self

    def add(self, row: tuple[Any, ...]) -> None:
        self._rows.append(row)
        if len(self._rows) >= _FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(_table(self._rows, self.schema))
            self._rows = []

    def __exit__(self, exc_type: object, *exc: object) -> None:
        try:
            if exc_type is None:
                self._flush()
        finally:
            self._writer.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            self._tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def _duckdb() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB connection with a memory limit and a private spill folder."""
    with tempfile.TemporaryDirectory(prefix="detente-reduce-") as spill:
        con = duckdb.connect(config={"memory_limit": REDUCE_MEMORY_LIMIT, "threads": 1, "temp_directory": spill})
        try:
            yield con
        finally:
            con.close()


def _copy_atomic(con: duckdb.DuckDBPyConnection, select: str, target: Path) -> int:
    """``COPY (select)`` to a temporary file beside ``target``, renamed over it when complete."""
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        con.execute(f"COPY ({select}) TO {_sql_str(tmp)} (FORMAT parquet)")
        rows = int(pq.ParquetFile(tmp).metadata.num_rows)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return rows


def _table(rows: Sequence[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    return pa.table([pa.array(col, f.type) for col, f in zip(columns, schema, strict=True)], schema=schema)


def _write_atomic(table: pa.Table, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _keys_dir(staging: str | Path, bucket: int) -> Path:
    return Path(staging) / "keys" / f"bucket-{bucket:05d}"


def _sql_str(path: str | Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _sql_list(paths: Sequence[str | Path]) -> str:
    return "[" + ", ".join(_sql_str(p) for p in paths) + "]"
