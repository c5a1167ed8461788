"""Scale-out shell: the same Pipeline run per partition on a Dask cluster, writing partitioned Parquet.

Each partition is a group of input files (a JSONL shard, or a slice of a folder). A worker loads
the pipeline once, codes its partition into a private temporary store and exports it with the
store's own Parquet export, so every ``part-NNNNN.parquet`` has the columns of ``detente export``.
Reports of one event often sit in different partitions, so the cluster ids are computed after all
partitions are coded, over the whole output (``detente.scale.clusters``), with the store's own
clustering function. No coding or clustering logic lives here.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.config import Settings
from detente.errors import DetenteError
from detente.ingest import iter_articles
from detente.ingest.ingest import iter_files
from detente.pipeline import Pipeline
from detente.records import Article, ArticleResult, Problem
from detente.scale.clusters import (
    CLUSTERS_FILE,
    BucketReport,
    finalize_part,
    reduce_bucket,
    write_cluster_keys,
    write_clusters_table,
)
from detente.store import DEFAULT_WINDOW_DAYS, Store, export_events

__all__ = ["CLUSTERS_FILE", "PART_GLOB", "PartitionReport", "ScaleReport", "code_partition", "code_with_dask",
           "plan_partitions"]

PART_GLOB = "part-*.parquet"
"""The names of the partition files in an output folder (``part-00000.parquet`` ...)."""

MAX_DEFAULT_PARTITIONS = 256
"""Without ``partitions``, each input file is a partition, up to this many (then files are grouped)."""

LOCAL_WORKERS = 2
"""Worker processes of the default LocalCluster (one per core of a 2-core machine; one thread each)."""

SCHEDULER_TIMEOUT_S = 15.0
"""How long to try to reach a ``--scheduler`` before giving up with D702."""

MAX_CLUSTER_BUCKETS = 32
"""Reduce tasks of the cluster step: one per partition, up to this many (each writes one small file
per partition it has events for, so more buckets mean many more files for little gain)."""

STAGING_PREFIX = ".detente-run-"
"""The hidden folder in the output folder where a run keeps its intermediate files (removed at the end)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PartitionReport:
    """What one partition did: its inputs, its Parquet file and its counts and problems."""

    index: int
    inputs: tuple[str, ...]
    path: str
    articles: int = 0
    events: int = 0
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ScaleReport:
    """What a Dask run did: one report per partition, in partition order."""

    output_dir: Path
    scheduler: str
    partitions: tuple[PartitionReport, ...] = ()
    clusters: int = 0
    """Clusters (real-world events) in ``clusters.parquet``."""

    @property
    def articles(self) -> int:
        """Articles coded over all partitions."""
        return sum(p.articles for p in self.partitions)

    @property
    def events(self) -> int:
        """Events written over all partitions."""
        return sum(p.events for p in self.partitions)

    @property
    def problems(self) -> list[Problem]:
        """Every problem met, partition by partition."""
        return [problem for p in self.partitions for problem in p.problems]

    @property
    def ok(self) -> bool:
        """True when no input had a problem."""
        return not self.problems


def plan_partitions(inputs: Sequence[str | Path], partitions: int | None = None) -> list[tuple[str, ...]]:
    """Group the input files into partitions, keeping the input order.

    Folders are expanded to their files (recursively, sorted, hidden ones skipped, as ``iter_articles``
    reads them). Without ``partitions`` every file is its own partition (a JSONL shard stays whole),
    up to ``MAX_DEFAULT_PARTITIONS``; otherwise neighbouring files are grouped into about
    ``partitions`` groups of similar size in bytes. A path that does not exist is kept as it is
    (its partition reports the D109 problem).

    Raises:
        ConfigError: D701 when ``partitions`` is < 1.
    """
    if partitions is not None and partitions < 1:
        raise DetenteError.make("D701", key="partitions", value=partitions, reason="must be >= 1")
    files: list[str] = []
    for item in inputs:
        path = Path(item)
        files.extend([str(f) for f in iter_files(path)] if path.is_dir() else [str(path)])
    if not files:
        return []
    wanted = partitions if partitions is not None else min(len(files), MAX_DEFAULT_PARTITIONS)
    wanted = min(wanted, len(files))
    sizes = [_size(f) for f in files]
    target = sum(sizes) / wanted
    groups: list[tuple[str, ...]] = []
    current: list[str] = []
    filled = 0.0
    for i, (name, size) in enumerate(zip(files, sizes, strict=True)):
        current.append(name)
        filled += size
        left_files, left_groups = len(files) - i - 1, wanted - len(groups) - 1
        if left_groups > 0 and (filled >= target or left_files == left_groups):
            groups.append(tuple(current))
            current, filled = [], 0.0
    if current:
        groups.append(tuple(current))
    return groups


def code_partition(index: int, inputs: Sequence[str], output_dir: str | Path, settings: Settings | None = None,
                   *, staging: str | Path | None = None, buckets: int = 1) -> PartitionReport:
    """Code one partition and write ``output_dir/part-<index>.parquet`` (runs on a Dask worker).

    The worker's pipeline is loaded once per process and reused by every partition it runs.
    Alone, the file's ``cluster_id`` links reports within this partition only. Inside
    :func:`code_with_dask` (``staging`` given) the coded events go to the staging folder instead,
    with this partition's share of every cluster key in ``buckets`` buckets, and the run writes
    ``part-<index>.parquet`` once the clusters over all partitions are known.
    """
    settings = settings if settings is not None else Settings.from_env()
    pipeline = _worker_pipeline(dataclasses.replace(settings, n_process=1))
    name = f"part-{index:05d}.parquet"
    target = Path(output_dir) / name
    written = target if staging is None else Path(staging) / "coded" / name
    problems: list[Problem] = []
    counts = {"articles": 0}

    def articles() -> Iterator[Article]:
        for item in iter_articles(list(inputs)):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                yield item

    def results() -> Iterator[ArticleResult]:
        for result in pipeline.code_articles(articles()):
            counts["articles"] += 1
            problems.extend(result.problems)
            yield result

    with tempfile.TemporaryDirectory(prefix="detente-part-") as tmp:
        with Store.open(Path(tmp) / "part.duckdb") as store:
            store.write_results(results(), None)
            written.parent.mkdir(parents=True, exist_ok=True)
            events = export_events(store, written, "parquet", force=True)
            if staging is not None:
                write_cluster_keys(store, staging, index, buckets)
    return PartitionReport(index=index, inputs=tuple(str(i) for i in inputs), path=str(target),
                           articles=counts["articles"], events=events, problems=tuple(problems))


def code_with_dask(inputs: Sequence[str | Path], output_dir: str | Path, *, scheduler: str | None = None,
                   partitions: int | None = None, settings: Settings | None = None, force: bool = False,
                   progress: Callable[[PartitionReport, int], None] | None = None,
                   window_days: int = DEFAULT_WINDOW_DAYS) -> ScaleReport:
    """Code folders or JSONL shards on a Dask cluster into ``output_dir/part-NNNNN.parquet``.

    After every partition is coded, the run clusters the asserted events over the whole output (a
    shuffle by cluster key and one reduce task per bucket, see ``detente.scale.clusters``), so
    ``cluster_id`` in the parts is the one a store would give the same events, and writes
    ``output_dir/clusters.parquet`` (one row per cluster, with ``mentions``). The parts appear
    only once their cluster ids are final.

    Args:
        inputs: files and folders, as for ``detente code`` (no ``-``: workers cannot read our stdin).
        output_dir: created if missing; on a real cluster it must be storage every worker can write.
        scheduler: a scheduler address (``tcp://host:8786``); None starts a LocalCluster of two
            single-threaded worker processes on loopback for the duration of the call.
        partitions: how many partitions (see :func:`plan_partitions`); None = one per input file.
        settings: the pipeline settings (model, actor files); each worker uses one process.
        force: replace the partition files (and ``clusters.parquet``) an earlier run left in ``output_dir``.
        progress: called with each finished partition's report and the number of partitions.
        window_days: the dedup window, as ``Store.open(path, window_days=...)``.

    Returns:
        The per-partition reports and the number of clusters; problems are reported, never raised.

    Raises:
        ConfigError: D703 when dask is not installed, D702 when the scheduler cannot be reached.
        StoreError: D503 when ``output_dir`` holds partition files and ``force`` is false.
    """
    settings = settings if settings is not None else Settings.from_env()
    out = Path(output_dir)
    old = [*sorted(out.glob(PART_GLOB)), *out.glob(CLUSTERS_FILE)] if out.is_dir() else []
    if old and not force:
        raise DetenteError.make("D503", path=str(old[0]))
    # absolute paths: a remote worker's working folder is not ours (inputs must be on shared storage)
    groups = plan_partitions([Path(p).absolute() for p in inputs], partitions)
    out.mkdir(parents=True, exist_ok=True)
    for path in old:
        path.unlink()
    buckets = max(1, min(len(groups), MAX_CLUSTER_BUCKETS))
    run = uuid.uuid4().hex[:8]
    target = str(out.resolve())
    staging = str(out.resolve() / f"{STAGING_PREFIX}{run}")
    with _DaskClient(scheduler) as (client, address):
        futures = [client.submit(code_partition, i, group, target, settings, staging=staging, buckets=buckets,
                                 pure=False, key=f"detente-partition-{run}-{i:05d}")
                   for i, group in enumerate(groups)]
        reports: list[PartitionReport] = []
        try:
            from distributed import as_completed

            finished: Any = as_completed(futures)  # type: ignore[no-untyped-call]
            for future in finished:
                report: PartitionReport = future.result()
                reports.append(report)
                if progress is not None:
                    progress(report, len(groups))
            # every partition is coded: cluster over all of them, then write the parts and the table
            futures = [client.submit(reduce_bucket, staging, b, window_days, pure=False,
                                     key=f"detente-clusters-{run}-{b:05d}") for b in range(buckets)]
            reduced: list[BucketReport] = client.gather(futures)
            futures = [client.submit(finalize_part, staging, target, i, pure=False,
                                     key=f"detente-finalize-{run}-{i:05d}") for i in range(len(groups))]
            futures.append(client.submit(write_clusters_table, staging, target, pure=False,
                                         key=f"detente-clusters-table-{run}"))
            client.gather(futures)
        finally:
            client.cancel([f for f in futures if not f.done()])
            shutil.rmtree(staging, ignore_errors=True)
    reports.sort(key=lambda r: r.index)
    return ScaleReport(output_dir=out, scheduler=address, partitions=tuple(reports),
                       clusters=sum(r.clusters for r in reduced))


class _DaskClient:
    """A Dask client for ``scheduler``, or for a LocalCluster started (and closed) here."""

    def __init__(self, scheduler: str | None) -> None:
        self.scheduler = scheduler
        self._cluster: Any = None
        self._client: Any = None

    def __enter__(self) -> tuple[Any, str]:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise DetenteError.make("D703", package="dask[distributed]") from err
        if self.scheduler is None:
            # the dashboard on a free port of this host: the default (8787) fails when another cluster holds it,
            # e.g. two test runs or two jobs on one machine
            self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=LOCAL_WORKERS, threads_per_worker=1, dashboard_address="127.0.0.1:0", host="127.0.0.1",
                processes=True)
            self._client = Client(self._cluster)  # type: ignore[no-untyped-call]
            return self._client, f"LocalCluster {self._cluster.scheduler_address}"
        try:
            self._client = Client(self.scheduler, timeout=SCHEDULER_TIMEOUT_S)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as err:
            raise DetenteError.make("D702", address=self.scheduler, reason=str(err) or type(err).__name__) from err
        return self._client, self.scheduler

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()


@functools.lru_cache(maxsize=2)
def _worker_pipeline(settings: Settings) -> Pipeline:
    """One pipeline per worker process and settings: the model and the knowledge base load once."""
    return Pipeline(settings)


def _size(path: str) -> int:
    try:
        return max(os.path.getsize(path), 1)
    except OSError:
        return 1
