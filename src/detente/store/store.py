"""The DuckDB store (stage 5): runs, raw articles, coded events, problems; upserts and queries.

Writes are idempotent (upserts keyed by ``article_id``, ``event_id`` and a problem hash) and
transactional per batch, so an interrupted run leaves whole articles only and can be resumed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb
import pyarrow as pa

from detente.errors import DetenteError
from detente.records import Article, ArticleResult, Event, EventCluster, Problem
from detente.records.query import EventQuery
from detente.store import dedup
from detente.store.queries import ORDER_BY, limit_clause, where_clause
from detente.store.rows import (
    ARTICLE_FIELDS,
    EVENT_SCHEMA,
    articles_table,
    event_columns,
    events_table,
    row_to_article,
    row_to_event,
)
from detente.store.summary import DyadCount, RunInfo, StoreSummary

SCHEMA_VERSION = 1
"""The schema version this code writes (``meta.schema_version``); newer stores are refused (D502)."""
_PAGE = 1000
_RUN_COLUMNS = ("run_id", "started_at", "finished_at", "status", "command", "inputs", "versions",
                "n_articles", "n_events", "n_problems")
_VERSION_COLUMNS = {"detente": "detente_version", "model": "model_version", "kb": "kb_version",
                    "codebook": "codebook_version"}


class Store:
    """An open DuckDB store. Use :meth:`open`, as a context manager::

        with Store.open("detente.duckdb") as store:
            events = store.query_events(EventQuery(actor="IRN"))
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, *, window_days: int) -> None:
        self._con = con
        self.path = path
        self.window_days = window_days

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False,
             window_days: int = dedup.DEFAULT_WINDOW_DAYS) -> Store:
        """Open (creating when needed) the store at ``path``; ``":memory:"`` gives a throw-away store.

        Missing parent folders are created. The schema is created or checked.

        Raises:
            StoreError: D501 when the file is not a DuckDB database, is locked by another process
                or cannot be created; D502 when it was written by a newer schema version.
        """
        target = Path(path)
        memory = str(path) == ":memory:"
        try:
            if not memory and not read_only:
                target.parent.mkdir(parents=True, exist_ok=True)
            if read_only and not memory and not target.exists():
                raise DetenteError.make("D501", path=str(target), reason="the file does not exist")
            con = duckdb.connect(":memory:" if memory else str(target), read_only=read_only)
        except duckdb.Error as err:
            raise DetenteError.make("D501", path=str(target), reason=_first_line(err)) from err
        except OSError as err:
            raise DetenteError.make("D501", path=str(target), reason=err.strerror or str(err)) from err
        store = cls(con, target, window_days=window_days)
        try:
            store._ensure_schema(read_only=read_only)
        except BaseException:
            con.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for the analysis stage's SQL (read only by convention)."""
        return self._con

    @property
    def schema_version(self) -> int:
        """The schema version recorded in ``meta``."""
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        return int(row[0][0]) if row else 0

    # -- runs --------------------------------------------------------------------------------

    def start_run(self, command: str, inputs: Sequence[str], versions: Mapping[str, str]) -> str:
        """Record a new run (status ``running``) and return its id (``YYYYMMDDTHHMMSS-xxxxxxxx``)."""
        now = _now()
        run_id = f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        cols = {_VERSION_COLUMNS[k]: str(v) for k, v in versions.items() if k in _VERSION_COLUMNS}
        self._con.execute(
            "INSERT INTO runs (run_id, started_at, status, command, inputs, versions, detente_version, "
            "model_version, kb_version, codebook_version) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)",
            [run_id, now, command, [str(i) for i in inputs], json.dumps(dict(versions), sort_keys=True),
             cols.get("detente_version"), cols.get("model_version"), cols.get("kb_version"),
             cols.get("codebook_version")])
        return run_id

    def finish_run(self, run_id: str, status: Literal["finished", "failed", "interrupted"], *,
                   articles: int | None = None, events: int | None = None,
                   problems: int | None = None) -> None:
        """Close a run with its final status; counts default to what the store holds for the run.

        Raises:
            NotFoundError: D902 when there is no such run.
        """
        self._require_run(run_id)
        if articles is None:
            articles = self._scalar("SELECT count(*) FROM articles WHERE run_id = ?", [run_id])
        if events is None:
            events = self._scalar("SELECT count(*) FROM events WHERE run_id = ?", [run_id])
        if problems is None:
            problems = self._scalar("SELECT count(*) FROM problems WHERE run_id = ?", [run_id])
        self._con.execute(
            "UPDATE runs SET status = ?, finished_at = ?, n_articles = ?, n_events = ?, n_problems = ? "
            "WHERE run_id = ?", [status, _now(), articles, events, problems, run_id])

    def runs(self) -> list[RunInfo]:
        """Every recorded run, newest first."""
        rows = self._con.execute(
            f"SELECT {', '.join(_RUN_COLUMNS)} FROM runs ORDER BY started_at DESC, run_id DESC").fetchall()
        out = []
        for row in rows:
            data = dict(zip(_RUN_COLUMNS, row, strict=True))
            out.append(RunInfo(run_id=data["run_id"], started_at=data["started_at"],
                               finished_at=data["finished_at"], status=data["status"], command=data["command"],
                               inputs=tuple(data["inputs"] or ()), versions=json.loads(data["versions"] or "{}"),
                               n_articles=data["n_articles"] or 0, n_events=data["n_events"] or 0,
                               n_problems=data["n_problems"] or 0))
        return out

    def get_run(self, run_id: str) -> RunInfo:
        """One run by id.

        Raises:
            StoreError: D505 when the store has no such run.
        """
        for run in self.runs():
            if run.run_id == run_id:
                return run
        raise DetenteError.make("D505", path=str(self.path), run_id=run_id)

    # -- articles ----------------------------------------------------------------------------

    def put_articles(self, articles: Iterable[Article], run_id: str | None) -> int:
        """Keep the raw articles (status ``stored``) before they are coded; returns how many were stored.

        Written in chunks of 1,000 articles, one transaction each (an id repeated within a chunk
        is stored once, the last one winning).

        Upserts by ``article_id``. An article already stored with the same content hash keeps its
        row as it is (status, ingest time and run): re-ingesting changes nothing. A changed text
        replaces the row and sets it back to ``stored`` (its old events stay until it is re-coded).
        """
        count = 0
        chunk: dict[str, Article] = {}
        for article in articles:
            chunk[article.article_id] = article
            if len(chunk) >= _PAGE:
                count += self._put_chunk(chunk, run_id)
                chunk = {}
        return count + self._put_chunk(chunk, run_id)

    def pending_article_ids(self) -> set[str]:
        """Ids of articles stored but not (or no longer) coded: what a resumed run must code."""
        return {r[0] for r in self._con.execute("SELECT article_id FROM articles WHERE status = 'stored'").fetchall()}

    def coded_article_ids(self) -> set[str]:
        """Ids of articles whose events are stored and current: what a resumed run may skip."""
        return {r[0] for r in self._con.execute("SELECT article_id FROM articles WHERE status = 'coded'").fetchall()}

    def coded_unchanged(self, articles: Sequence[Article]) -> set[str]:
        """Ids among ``articles`` already coded from the same text: what a re-run may skip.

        An article stored under the same id with a different text is not among them, so an edited
        article is stored and coded again. One query per call: memory does not grow with the store.
        """
        if not articles:
            return set()
        hashes = {a.article_id: a.content_hash for a in articles}
        rows = self._con.execute(
            "SELECT article_id, content_hash FROM articles WHERE status = 'coded' AND article_id IN (SELECT unnest(?))",
            [list(hashes)]).fetchall()
        return {article_id for article_id, digest in rows if hashes.get(article_id) == digest}

    def get_article(self, article_id: str) -> Article | None:
        """The stored article, or None."""
        cols = ", ".join(ARTICLE_FIELDS)
        rows = self._con.execute(f"SELECT {cols} FROM articles WHERE article_id = ?", [article_id]).fetchall()
        return row_to_article(rows[0]) if rows else None

    def iter_articles(self, *, status: str | None = None) -> Iterator[Article]:
        """Stored articles in ``article_id`` order, optionally only those with ``status``."""
        cols = ", ".join(ARTICLE_FIELDS)
        sql = f"SELECT {cols} FROM articles" + (" WHERE status = ?" if status else "") + " ORDER BY article_id"
        cursor = self._con.cursor()
        try:
            cursor.execute(sql, [status] if status else [])
            while rows := cursor.fetchmany(_PAGE):
                yield from (row_to_article(r) for r in rows)
        finally:
            cursor.close()

    # -- results -----------------------------------------------------------------------------

    def write_results(self, results: Iterable[ArticleResult], run_id: str | None, batch_size: int = 200) -> int:
        """Store coded articles with their events and problems, one transaction per batch.

        Each article's previous events are replaced (delete + insert in the same transaction), its
        status becomes ``coded``, and the cross-article clusters of the touched events are rebuilt.
        A failure inside a batch rolls back that batch only; earlier batches stay committed.

        Returns:
            The number of events written.
        """
        written = 0
        batch: list[ArticleResult] = []
        for result in results:
            batch.append(result)
            if len(batch) >= batch_size:
                written += self._write_batch(batch, run_id)
                batch = []
        if batch:
            written += self._write_batch(batch, run_id)
        return written

    def add_problems(self, problems: Iterable[Problem], run_id: str | None) -> int:
        """Record problems; the same (run, source, line, code) is stored once. Returns how many were given."""
        items = list(problems)
        if items:
            with self._transaction():
                self._insert_problems(items, run_id)
        return len(items)

    def problems(self, run_id: str | None = None) -> list[Problem]:
        """Stored problems (of one run, or all), in the order they were recorded."""
        sql = "SELECT source, code, message, hint, line, article_id FROM problems"
        params: list[Any] = []
        if run_id is not None:
            sql += " WHERE run_id = ?"
            params.append(run_id)
        rows = self._con.execute(sql + " ORDER BY created_at, source, line NULLS FIRST, code", params).fetchall()
        return [Problem(source=r[0], code=r[1], message=r[2], hint=r[3] or "", line=r[4], article_id=r[5])
                for r in rows]

    # -- events ------------------------------------------------------------------------------

    def query_events(self, q: EventQuery = EventQuery()) -> list[Event]:
        """Events matching ``q``, in article, sentence, character order (see records/query.py)."""
        return list(self.iter_events(q))

    def iter_events(self, q: EventQuery = EventQuery()) -> Iterator[Event]:
        """Like :meth:`query_events`, streamed in pages (memory does not grow with the result).

        Raises:
            NotFoundError: D902 when ``q.after`` names no stored event.
        """
        self._check_cursor(q)
        where, params = where_clause(q)
        sql = f"SELECT {event_columns('e.')} FROM events e WHERE {where} ORDER BY {ORDER_BY}{limit_clause(q)}"
        cursor = self._con.cursor()
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(_PAGE):
                yield from (row_to_event(r) for r in rows)
        finally:
            cursor.close()

    def count_events(self, q: EventQuery = EventQuery()) -> int:
        """How many events match ``q`` (``limit`` applies as a cap)."""
        self._check_cursor(q)
        where, params = where_clause(q)
        n = self._scalar(f"SELECT count(*) FROM events e WHERE {where}", params)
        return min(n, q.limit) if q.limit is not None else n

    def query_clusters(self, q: EventQuery = EventQuery()) -> list[EventCluster]:
        """Real-world events: one row per cluster of events matching ``q``, most mentioned first.

        Only asserted events have clusters, so other factuality filters give no rows. ``q.limit``
        caps the clusters; ``q.after`` is not used here.
        """
        query = EventQuery(actor=q.actor, dyad=q.dyad, code=q.code, since=q.since, until=q.until,
                           factuality=q.factuality, article_id=q.article_id)
        where, params = where_clause(query)
        sql = (
            "WITH m AS (SELECT e.cluster_id, e.event_id, e.article_id, e.event_date, e.event_code "
            f"FROM events e WHERE e.cluster_id IS NOT NULL AND {where}) "
            "SELECT m.cluster_id, count(*) AS mentions, count(DISTINCT m.article_id) AS num_articles, "
            "min(m.event_date), max(m.event_date), min(a.published_on), "
            "arg_min(m.event_id, (m.event_date, m.event_id)) AS rep, left(min(m.event_code), 3) "
            "FROM m LEFT JOIN articles a ON a.article_id = m.article_id "
            "GROUP BY m.cluster_id ORDER BY mentions DESC, min(m.event_date) NULLS LAST, m.cluster_id"
            + limit_clause(q))
        rows = self._con.execute(sql, params).fetchall()
        reps = self._events_by_id([r[6] for r in rows])
        return [EventCluster(cluster_id=r[0], mentions=r[1], num_articles=r[2], event_date=r[3], last_date=r[4],
                             first_seen=r[5], event=reps[r[6]], event_code=r[7]) for r in rows]

    def recluster(self) -> int:
        """Rebuild every cluster from scratch (idempotent); returns the number of events visited."""
        with self._transaction():
            return dedup.recluster(self._con, None, window_days=self.window_days)

    # -- summary -----------------------------------------------------------------------------

    def summary(self, *, top: int = 10) -> StoreSummary:
        """Counts of what the store holds (asserted events unless a field says otherwise)."""
        c = self._scalar
        by_rf: dict[str, dict[str, int]] = {}
        for root, fact, n in self._con.execute(
                "SELECT root_code, factuality, count(*) FROM events GROUP BY ALL ORDER BY ALL").fetchall():
            by_rf.setdefault(root, {})[fact] = n
        by_fact: dict[str, int] = {}
        for fact, n in self._con.execute(
                "SELECT factuality, count(*) FROM events GROUP BY ALL ORDER BY ALL").fetchall():
            by_fact[fact] = n
        dyads = self._con.execute(
            "SELECT source.actor_code, target.actor_code, count(*) AS n FROM events "
            "WHERE factuality = 'asserted' AND source IS NOT NULL AND target IS NOT NULL "
            "GROUP BY ALL ORDER BY n DESC, 1, 2 LIMIT ?", [top]).fetchall()
        dates = self._con.execute("SELECT min(event_date), max(event_date) FROM events "
                                  "WHERE factuality = 'asserted'").fetchall()[0]
        return StoreSummary(
            articles=c("SELECT count(*) FROM articles"),
            coded_articles=c("SELECT count(*) FROM articles WHERE status = 'coded'"),
            sentences=c("SELECT coalesce(sum(n_sentences), 0) FROM articles WHERE status = 'coded'"),
            events=sum(by_fact.values()),
            asserted=by_fact.get("asserted", 0),
            by_root={root: f["asserted"] for root, f in by_rf.items() if f.get("asserted")},
            by_factuality=by_fact,
            by_root_factuality=by_rf,
            top_dyads=tuple(DyadCount(source=s, target=t, events=n) for s, t, n in dyads),
            problems=c("SELECT count(*) FROM problems"),
            runs=c("SELECT count(*) FROM runs"),
            clusters=c("SELECT count(DISTINCT cluster_id) FROM events"),
            first_event_date=dates[0], last_event_date=dates[1],
        )

    # -- internals ---------------------------------------------------------------------------

    def _ensure_schema(self, *, read_only: bool) -> None:
        has_meta = self._scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'")
        if has_meta:
            found = self.schema_version
            if found > SCHEMA_VERSION:
                raise DetenteError.make("D502", path=str(self.path), found=found, supported=SCHEMA_VERSION)
            if found == SCHEMA_VERSION:
                if not read_only:
                    # Additive columns of version 1 that early development stores may lack.
                    self._con.execute("ALTER TABLE runs ADD COLUMN IF NOT EXISTS versions VARCHAR")
                return
        if read_only:
            raise DetenteError.make("D501", path=str(self.path), reason="it has no detente schema (open it for writing once)")
        sql = resources.files("detente.store").joinpath("schema.sql").read_text(encoding="utf-8")
        try:
            with self._transaction():
                self._con.execute(sql)
                self._con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        except duckdb.Error as err:
            raise DetenteError.make("D501", path=str(self.path), reason=_first_line(err)) from err

    def _put_chunk(self, chunk: Mapping[str, Article], run_id: str | None) -> int:
        if not chunk:
            return 0
        table = articles_table(list(chunk.values()), status="stored", run_id=run_id, now=_now())
        with self._transaction():
            self._upsert_articles(table)
        return len(chunk)

    def _write_batch(self, batch: Sequence[ArticleResult], run_id: str | None) -> int:
        latest: dict[str, ArticleResult] = {}
        for result in batch:
            latest[result.article.article_id] = result
        results = list(latest.values())
        ids = list(latest)
        events: dict[str, Event] = {}
        for result in results:
            for event in result.events:
                events[event.event_id] = event
        now = _now()
        articles = articles_table([r.article for r in results], status="coded", run_id=run_id, now=now,
                                  n_sentences=[r.n_sentences for r in results])
        table = events_table(list(events.values()), run_id)
        with self._transaction():
            changes = dedup.changed_keys(self._con, ids, list(events))
            self._upsert_articles(articles, coded=True)
            self._con.execute("DELETE FROM events WHERE article_id IN (SELECT unnest(?)) "
                              "OR event_id IN (SELECT unnest(?))", [ids, list(events)])
            self._insert_events(table)
            for e in events.values():
                key = (e.source.actor_code if e.source else None, e.target.actor_code if e.target else None,
                       e.event_code[:3])
                dedup.merge_changes(changes, key, e.event_date)
            self._insert_problems([p for r in results for p in r.problems], run_id)
            dedup.recluster(self._con, changes, window_days=self.window_days)
        return len(events)

    def _upsert_articles(self, table: pa.Table, *, coded: bool = False) -> None:
        cols = ", ".join(table.schema.names)
        same = "articles.content_hash = excluded.content_hash"
        if coded:
            update = ", ".join(f"{c} = excluded.{c}" for c in table.schema.names
                               if c not in ("article_id", "ingested_at"))
            update += f", ingested_at = CASE WHEN {same} THEN articles.ingested_at ELSE excluded.ingested_at END"
        else:
            keep = f"articles.status = 'coded' AND {same}"
            update = ", ".join(
                f"{c} = CASE WHEN {same} THEN articles.{c} ELSE excluded.{c} END"
                if c in ("ingested_at", "run_id") else
                f"{c} = CASE WHEN {keep} THEN articles.{c} ELSE excluded.{c} END"
                if c in ("status", "n_sentences", "coded_at") else f"{c} = excluded.{c}"
                for c in table.schema.names if c != "article_id")
        self._con.register("_batch_articles", table)
        try:
            self._con.execute(f"INSERT INTO articles ({cols}) SELECT {cols} FROM _batch_articles "
                              f"ON CONFLICT (article_id) DO UPDATE SET {update}")
        finally:
            self._con.unregister("_batch_articles")

    def _insert_events(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        cols = ", ".join(f'"{c}"' for c in EVENT_SCHEMA.names)
        self._con.register("_batch_events", table)
        try:
            self._con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _batch_events")
        finally:
            self._con.unregister("_batch_events")

    def _insert_problems(self, problems: Sequence[Problem], run_id: str | None) -> None:
        if not problems:
            return
        now = _now()
        rows: dict[str, list[Any]] = {}
        for p in problems:
            key = "\x1f".join([run_id or "", p.source, "" if p.line is None else str(p.line), p.code])
            pid = hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
            rows[pid] = [pid, run_id, p.source, p.line, p.article_id, p.code, p.message, p.hint or None, now]
        self._con.executemany(
            "INSERT INTO problems (problem_id, run_id, source, line, article_id, code, message, hint, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (problem_id) DO UPDATE SET message = excluded.message, "
            "hint = excluded.hint, article_id = excluded.article_id", list(rows.values()))

    def _events_by_id(self, event_ids: Sequence[str]) -> dict[str, Event]:
        if not event_ids:
            return {}
        rows = self._con.execute(
            f"SELECT {event_columns('e.')} FROM events e WHERE e.event_id IN (SELECT unnest(?))",
            [list(event_ids)]).fetchall()
        return {e.event_id: e for e in map(row_to_event, rows)}

    def _check_cursor(self, q: EventQuery) -> None:
        if q.after and not self._scalar("SELECT count(*) FROM events WHERE event_id = ?", [q.after]):
            raise DetenteError.make("D902", kind="event (the 'after' cursor)", value=q.after)

    def _require_run(self, run_id: str) -> None:
        if not self._scalar("SELECT count(*) FROM runs WHERE run_id = ?", [run_id]):
            raise DetenteError.make("D902", kind="run", value=run_id)

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        rows = self._con.execute(sql, list(params)).fetchall()
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    def _transaction(self) -> _Transaction:
        return _Transaction(self._con)


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def __enter__(self) -> None:
        self._con.begin()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self._con.commit()
        else:
            self._con.rollback()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
