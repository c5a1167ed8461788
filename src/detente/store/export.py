"""Event exports for the store (stage 5): Parquet (nested), CSV (flattened), JSONL (the spec's JSON).

Every export goes to a temporary file in the target's folder and is renamed over the target only
when complete, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from detente.errors import DetenteError
from detente.records.query import EventQuery
from detente.store.queries import ORDER_BY, where_clause
from detente.store.rows import EVENT_FIELDS, quote

if TYPE_CHECKING:
    from detente.store.store import Store

ExportFormat = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl")

_NESTED: dict[str, tuple[str, ...]] = {
    "evidence": ("text", "start", "end"),
    "source": ("actor_code", "name", "country", "sector", "mention"),
    "target": ("actor_code", "name", "country", "sector", "mention"),
    "plover": ("event_type", "mode"),
    "location": ("name", "country", "lat", "lon"),
    "attribution": ("actor_code", "name", "country", "sector", "mention"),
}


def csv_columns() -> list[str]:
    """The CSV header: each nested field flattened as ``<field>_<member>`` (``source_actor_code``)."""
    out: list[str] = []
    for name in EVENT_FIELDS:
        out += [f"{name}_{m}" for m in _NESTED[name]] if name in _NESTED else [name]
    return [*out, "cluster_id"]


def export_events(store: Store, path: str | Path, format: ExportFormat,
                  query: EventQuery = EventQuery(factuality=None), force: bool = False) -> int:
    """Write the events matching ``query`` to ``path``; returns the number of rows written.

    Formats: ``parquet`` keeps the spec's nested objects as structs (plus ``cluster_id``);
    ``csv`` flattens them (:func:`csv_columns`); ``jsonl`` writes exactly ``Event.to_dict()`` per line.
    Rows are in article, sentence, character order. ``query.limit`` applies; ``after`` is ignored.

    Raises:
        UsageError: D802 for an unknown format.
        StoreError: D503 when ``path`` exists and ``force`` is false; D504 when it cannot be written.
    """
    if format not in FORMATS:
        raise DetenteError.make("D802", value=format, choices=", ".join(FORMATS))
    target = Path(path)
    if target.exists() and not force:
        raise DetenteError.make("D503", path=str(target))
    if not target.parent.is_dir():
        raise DetenteError.make("D504", path=str(target), reason=f"no folder {target.parent}")
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
    q = EventQuery(actor=query.actor, dyad=query.dyad, code=query.code, since=query.since, until=query.until,
                   factuality=query.factuality, article_id=query.article_id, limit=query.limit)
    try:
        if format == "jsonl":
            n = _write_jsonl(store, tmp, q)
        else:
            n = _copy(store, tmp, q, format)
        os.replace(tmp, target)
    except OSError as err:
        raise DetenteError.make("D504", path=str(target), reason=err.strerror or str(err)) from err
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def _write_jsonl(store: Store, tmp: Path, q: EventQuery) -> int:
    n = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as handle:
        for event in store.iter_events(q):
            handle.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def _copy(store: Store, tmp: Path, q: EventQuery, format: str) -> int:
    where, params = where_clause(q)
    if format == "csv":
        select = ", ".join(
            ", ".join(f"e.{quote(name)}.{quote(m)} AS {quote(name + '_' + m)}" for m in _NESTED[name])
            if name in _NESTED else f"e.{quote(name)}"
            for name in EVENT_FIELDS)
        options = "FORMAT csv, HEADER true"
    else:
        select = ", ".join(f"e.{quote(name)}" for name in EVENT_FIELDS)
        options = "FORMAT parquet"
    limit = f" LIMIT {max(int(q.limit), 0)}" if q.limit is not None else ""
    con = store.connection
    view = f"_export_{uuid.uuid4().hex[:8]}"
    con.execute(f"CREATE TEMP TABLE {view} AS SELECT {select}, e.cluster_id FROM events e "
                f"WHERE {where} ORDER BY {ORDER_BY}{limit}", params)
    try:
        n = int(con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0])
        path_sql = "'" + str(tmp).replace("'", "''") + "'"
        con.execute(f"COPY {view} TO {path_sql} ({options})")
    finally:
        con.execute(f"DROP TABLE IF EXISTS {view}")
    return n
