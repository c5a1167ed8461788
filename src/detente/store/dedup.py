"""Cross-article event deduplication for the store (stage 5): events of one real-world event -> one cluster.

The rule (same actors, same 3-digit CAMEO prefix, dates within a window of the cluster's first date,
asserted only) is described in docs/store.md and in :func:`assign_clusters`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

import duckdb
import pyarrow as pa

DEFAULT_WINDOW_DAYS = 1
"""Events up to one day after the cluster's first date are the same event (reports of a night
strike are often dated the day after)."""

ClusterKey = tuple[str | None, str | None, str]
"""(source actor_code, target actor_code, 3-digit CAMEO prefix)."""

_KEY_SQL = "e.source.actor_code, e.target.actor_code, left(e.event_code, 3)"


Member = tuple[str, date | None]
"""(event_id, event_date) of one asserted event."""


def cluster_id_for(event_id: str) -> str:
    """The cluster id named after its earliest member's event id (stable across runs).

    >>> cluster_id_for("abc") == cluster_id_for("abc"), len(cluster_id_for("abc"))
    (True, 20)
    """
    return hashlib.sha1(f"cluster\x1f{event_id}".encode()).hexdigest()[:20]


def assign_clusters(members: Iterable[Member], window_days: int = DEFAULT_WINDOW_DAYS) -> dict[str, str]:
    """event_id -> cluster_id for the asserted events of one key (same source, target, 3-digit code).

    Greedy and anchored: in date order (then event id), the earliest unassigned dated event opens a
    cluster that takes every event up to its date + ``window_days``; the next event opens the next
    cluster. Anchoring, rather than chaining, keeps a daily run of strikes from collapsing into one
    months-long "event". Undated events are clusters of their own. The cluster is named after its
    anchor (:func:`cluster_id_for`), so the result depends only on the members: re-running is idempotent.

    >>> d = date(2024, 10, 1)
    >>> c = assign_clusters([("b", d + timedelta(days=1)), ("a", d), ("x", d + timedelta(days=2))])
    >>> c["a"] == c["b"] == cluster_id_for("a"), c["x"] == cluster_id_for("x")
    (True, True)
    """
    ordered = sorted(members, key=lambda m: (m[1] is None, m[1] or date.min, m[0]))
    window = timedelta(days=window_days)
    result: dict[str, str] = {}
    anchor_id = ""
    anchor_date: date | None = None
    for event_id, day in ordered:
        if day is None:
            result[event_id] = cluster_id_for(event_id)
            continue
        if anchor_date is None or day > anchor_date + window:
            anchor_id, anchor_date = event_id, day
        result[event_id] = cluster_id_for(anchor_id)
    return result


def changed_keys(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str],
                 event_ids: Sequence[str]) -> dict[ClusterKey, date | None]:
    """Cluster key -> earliest event date of the stored events about to be replaced or deleted."""
    if not article_ids and not event_ids:
        return {}
    rows = con.execute(
        f"SELECT {_KEY_SQL}, min(e.event_date) FROM events e "
        "WHERE e.article_id IN (SELECT unnest(?)) OR e.event_id IN (SELECT unnest(?)) GROUP BY ALL",
        [list(article_ids), list(event_ids)]).fetchall()
    return {(r[0], r[1], r[2]): r[3] for r in rows}


def merge_changes(into: dict[ClusterKey, date | None], key: ClusterKey, day: date | None) -> None:
    """Record that events of ``key`` changed on ``day`` (keeping the earliest date per key)."""
    if key not in into:
        into[key] = day
        return
    current = into[key]
    if day is not None and (current is None or day < current):
        into[key] = day


def recluster(con: duckdb.DuckDBPyConnection, changes: Mapping[ClusterKey, date | None] | None = None,
              *, window_days: int = DEFAULT_WINDOW_DAYS) -> int:
    """Recompute ``cluster_id`` after a write; every event when ``changes`` is None.

    ``changes`` maps each touched key to the earliest date among its inserted and deleted events.
    Assignments before that date cannot change, so only a suffix of the key's events is
    recomputed: every event dated from (earliest change - window) on, plus the complete clusters
    those events belong to. That suffix starts at an anchor, so the greedy pass over it gives the
    same result as a pass over the whole key, and the cost follows the size of the change, not
    the size of the store, when news arrives roughly in date order.

    Runs inside the caller's transaction when there is one. Returns the number of events visited.
    """
    if changes is None:
        rows = con.execute(
            f"SELECT {_KEY_SQL}, e.event_id, e.event_date, e.factuality FROM events e").fetchall()
    else:
        if not changes:
            return 0
        window = timedelta(days=window_days)
        key_list = sorted(changes, key=lambda k: (k[0] or "", k[1] or "", k[2]))
        con.register("_dedup_keys", pa.table({
            "s": pa.array([k[0] for k in key_list], pa.string()),
            "t": pa.array([k[1] for k in key_list], pa.string()),
            "c": pa.array([k[2] for k in key_list], pa.string()),
            "since": pa.array([(d - window) if (d := changes[k]) is not None else None for k in key_list],
                              pa.date32()),
        }))
        try:
            rows = con.execute(
                "WITH keyed AS (SELECT e.*, k.since FROM events e JOIN _dedup_keys k "
                "ON k.s IS NOT DISTINCT FROM e.source.actor_code AND k.t IS NOT DISTINCT FROM e.target.actor_code "
                "AND k.c = left(e.event_code, 3)), "
                "near AS (SELECT DISTINCT cluster_id FROM keyed WHERE event_date >= since AND cluster_id IS NOT NULL) "
                "SELECT e.source.actor_code, e.target.actor_code, left(e.event_code, 3), e.event_id, e.event_date, "
                "e.factuality FROM keyed e WHERE e.event_date >= e.since "
                "OR e.cluster_id IN (SELECT cluster_id FROM near) "
                "OR (e.event_date IS NULL AND e.cluster_id IS NULL)").fetchall()
        finally:
            con.unregister("_dedup_keys")
    groups: dict[ClusterKey, list[Member]] = {}
    assigned: dict[str, str | None] = {}
    for src, tgt, code, event_id, day, factuality in rows:
        if factuality != "asserted":
            assigned[event_id] = None
        else:
            groups.setdefault((src, tgt, code), []).append((event_id, day))
    for members in groups.values():
        assigned.update(assign_clusters(members, window_days))
    if not assigned:
        return 0
    con.register("_dedup_assign", pa.table({
        "event_id": pa.array(list(assigned), pa.string()),
        "cluster_id": pa.array(list(assigned.values()), pa.string()),
    }))
    try:
        con.execute("UPDATE events SET cluster_id = a.cluster_id FROM _dedup_assign a "
                    "WHERE events.event_id = a.event_id AND events.cluster_id IS DISTINCT FROM a.cluster_id")
    finally:
        con.unregister("_dedup_assign")
    return len(assigned)
