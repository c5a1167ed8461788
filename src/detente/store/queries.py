"""EventQuery -> SQL for the store (stage 5): the one place where query filters become WHERE clauses."""

from __future__ import annotations

from typing import Any

from detente.records.query import EventQuery

ORDER_COLUMNS = ("article_id", "sentence_index", "evidence.start", "event_id")
"""Events are listed in article, sentence, character order (the spec's output order)."""
ORDER_BY = "e.article_id, e.sentence_index, e.evidence.start, e.event_id"


def actor_condition(side: str, value: str) -> tuple[str, list[Any]]:
    """SQL matching ``value`` on one side (``source``/``target``): an actor-code prefix or a country.

    ``RUS`` matches ``RUSGOV`` and any actor whose country is RUS; ``IGOUNO`` matches exactly.
    """
    code = value.strip().upper()
    sql = f"(starts_with(e.{side}.actor_code, ?) OR e.{side}.country = ?)"
    return sql, [code, code]


def where_clause(q: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (``TRUE`` when no filter is set) and its parameters for ``q``.

    The ``after`` cursor is the ``event_id`` of the last event of the previous page: the clause
    keeps the events that sort after it in :data:`ORDER_BY` order.
    """
    parts: list[str] = []
    params: list[Any] = []
    if q.actor:
        src, p1 = actor_condition("source", q.actor)
        tgt, p2 = actor_condition("target", q.actor)
        parts.append(f"({src} OR {tgt})")
        params += p1 + p2
    if q.dyad:
        a, b = q.dyad
        sa, pa_ = actor_condition("source", a)
        tb, pb = actor_condition("target", b)
        sb, pb2 = actor_condition("source", b)
        ta, pa2 = actor_condition("target", a)
        parts.append(f"(({sa} AND {tb}) OR ({sb} AND {ta}))")
        params += pa_ + pb + pb2 + pa2
    if q.code:
        parts.append("starts_with(e.event_code, ?)")
        params.append(q.code.strip())
    if q.since is not None:
        parts.append("e.event_date >= ?")
        params.append(q.since)
    if q.until is not None:
        parts.append("e.event_date <= ?")
        params.append(q.until)
    if q.factuality is not None:
        parts.append("e.factuality = ?")
        params.append(q.factuality.value)
    if q.article_id:
        parts.append("e.article_id = ?")
        params.append(q.article_id)
    if q.after:
        parts.append("(e.article_id, e.sentence_index, e.evidence.start, e.event_id) > "
                     "(SELECT (c.article_id, c.sentence_index, c.evidence.start, c.event_id) "
                     "FROM events c WHERE c.event_id = ?)")
        params.append(q.after)
    return (" AND ".join(parts) or "TRUE"), params


def limit_clause(q: EventQuery) -> str:
    """``LIMIT n`` for ``q.limit`` (validated as a non-negative int), else empty."""
    if q.limit is None:
        return ""
    return f" LIMIT {max(int(q.limit), 0)}"
