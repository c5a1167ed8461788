"""Records <-> DuckDB rows for the store (stage 5): column lists, Arrow batch schemas, converters.

Events are written as Arrow tables whose nested columns are the spec's objects (``source.actor_code``,
``evidence.text`` ...), and read back through ``Event.from_dict``, so a stored event is equal to the
one written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pyarrow as pa

from detente.records import Article, ArticleId, Event

_ACTOR = pa.struct([("actor_code", pa.string()), ("name", pa.string()), ("country", pa.string()),
                    ("sector", pa.string()), ("mention", pa.string())])

EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()),
    ("article_id", pa.string()),
    ("sentence_index", pa.int32()),
    ("evidence", pa.struct([("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())])),
    ("event_date", pa.date32()),
    ("source", _ACTOR),
    ("target", _ACTOR),
    ("event_code", pa.string()),
    ("root_code", pa.string()),
    ("plover", pa.struct([("event_type", pa.string()), ("mode", pa.string())])),
    ("quad_class", pa.int32()),
    ("goldstein", pa.float64()),
    ("factuality", pa.string()),
    ("location", pa.struct([("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()),
                            ("lon", pa.float64())])),
    ("confidence", pa.float64()),
    ("trigger", pa.string()),
    ("attribution", _ACTOR),
    ("cluster_id", pa.string()),
    ("run_id", pa.string()),
])
"""The events table as an Arrow schema (same names and order as schema.sql)."""

EVENT_FIELDS: tuple[str, ...] = tuple(EVENT_SCHEMA.names[:-2])
"""The columns that make up an Event (all but ``cluster_id`` and ``run_id``)."""

ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()),
    ("title", pa.string()),
    ("url", pa.string()),
    ("publisher", pa.string()),
    ("published_on", pa.date32()),
    ("text", pa.string()),
    ("source", pa.string()),
    ("content_hash", pa.string()),
    ("status", pa.string()),
    ("n_sentences", pa.int32()),
    ("run_id", pa.string()),
    ("ingested_at", pa.timestamp("us")),
    ("coded_at", pa.timestamp("us")),
])
"""The articles table as an Arrow schema."""

ARTICLE_FIELDS = ("article_id", "title", "url", "publisher", "published_on", "text", "source")


def quote(name: str) -> str:
    """A column name quoted for SQL (several spec names are SQL keywords: ``trigger``, ``end``)."""
    return '"' + name.replace('"', '""') + '"'


def event_columns(prefix: str = "") -> str:
    """The Event columns as a SQL select list, optionally qualified by a table alias."""
    return ", ".join(prefix + quote(c) for c in EVENT_FIELDS)


def events_table(events: Sequence[Event], run_id: str | None) -> pa.Table:
    """An Arrow table of ``events`` for insertion (``cluster_id`` left null, set by dedup)."""
    rows = []
    for event in events:
        row = event.to_dict()
        row["event_date"] = event.event_date
        row["quad_class"] = int(event.quad_class)
        row["cluster_id"] = None
        row["run_id"] = run_id
        rows.append({name: row.get(name) for name in EVENT_SCHEMA.names})
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def articles_table(articles: Sequence[Article], *, status: str, run_id: str | None, now: datetime,
                   n_sentences: Sequence[int | None] | None = None) -> pa.Table:
    """An Arrow table of ``articles`` with the given status (``stored`` or ``coded``)."""
    rows = []
    for i, article in enumerate(articles):
        rows.append({
            "article_id": article.article_id, "title": article.title, "url": article.url,
            "publisher": article.publisher, "published_on": article.published_on, "text": article.text,
            "source": article.source, "content_hash": article.content_hash, "status": status,
            "n_sentences": n_sentences[i] if n_sentences is not None else None, "run_id": run_id,
            "ingested_at": now, "coded_at": now if status == "coded" else None,
        })
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def row_to_event(row: Sequence[Any]) -> Event:
    """The Event for a row selected with :func:`event_columns`."""
    return Event.from_dict(dict(zip(EVENT_FIELDS, row, strict=True)))


def row_to_article(row: Sequence[Any]) -> Article:
    """The Article for a row selected as ``ARTICLE_FIELDS``."""
    data = dict(zip(ARTICLE_FIELDS, row, strict=True))
    return Article(article_id=ArticleId(data["article_id"]), text=data["text"], title=data["title"],
                   url=data["url"], publisher=data["publisher"], published_on=data["published_on"],
                   source=data["source"])
