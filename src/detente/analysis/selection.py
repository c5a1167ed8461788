"""Reading events for the analysis stage: which stored events link two sides (actors, countries, groupings).

Every analysis reads the store through :func:`dyad_events` or :func:`events_between`; nothing re-parses text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import duckdb

from detente.analysis.treaties import TreatyRegistry, default_registry
from detente.records.analysis import EventRef, Membership
from detente.records.event import Factuality

EVENT_COLUMNS = (
    "event_id, article_id, event_date, source.actor_code, source.country, target.actor_code, "
    "target.country, event_code, quad_class, goldstein, factuality, confidence, evidence.text"
)
"""The columns :func:`row_to_ref` reads, in order."""


class StoreLike(Protocol):
    """What the analysis stage needs of a store: its DuckDB connection."""

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The store's DuckDB connection."""
        ...


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a dyad: plain codes, or a grouping's dated memberships plus its own actor codes."""

    label: str
    codes: tuple[str, ...]
    memberships: tuple[Membership, ...] = ()

    def matches(self, actor_code: str | None, country: str | None, day: date | None) -> bool:
        """True when an event actor (code, country) on ``day`` belongs to this side."""
        if actor_code is None and country is None:
            return False
        for code in self.codes:
            if _code_matches(code, actor_code, country):
                return True
        for m in self.memberships:
            if (day is None or m.covers(day)) and _code_matches(m.code, actor_code, country):
                return True
        return False

    def sql_codes(self) -> tuple[str, ...]:
        """Every code that may match, for a coarse SQL pre-filter."""
        return tuple(dict.fromkeys(self.codes + tuple(m.code for m in self.memberships)))


def make_side(code: str, registry: TreatyRegistry | None = None) -> Side:
    """The side named by ``code``: an actor code, a country code, or a grouping (``CRINK``, ``NATO``)."""
    reg = registry if registry is not None else default_registry()
    memberships = reg.memberships(code)
    if memberships is None:
        return Side(label=code, codes=(code,))
    return Side(label=code, codes=reg.own_codes(code), memberships=memberships)


def dyad_events(store: StoreLike, a: str, b: str, *, since: date | None = None, until: date | None = None,
                factuality: Factuality | None = Factuality.ASSERTED, code_prefixes: Sequence[str] = (),
                registry: TreatyRegistry | None = None) -> list[EventRef]:
    """Events between ``a`` and ``b`` in either direction, ordered by date then id.

    ``since``/``until`` are inclusive and apply to ``event_date`` (undated events are kept only
    when neither bound is given). When ``a == b`` names a grouping, events between two
    different members are returned.
    """
    return events_between(store, make_side(a, registry), make_side(b, registry), since=since, until=until,
                          factuality=factuality, code_prefixes=code_prefixes)


def events_between(store: StoreLike, a: Side, b: Side | None, *, since: date | None = None,
                   until: date | None = None, factuality: Factuality | None = Factuality.ASSERTED,
                   code_prefixes: Sequence[str] = ()) -> list[EventRef]:
    """Events between two :class:`Side` values in either direction (see :func:`dyad_events`).

    With ``b`` None, every event with ``a`` on either side.
    """
    where, params = event_filters(since=since, until=until, factuality=factuality)
    codes = sorted(set(a.sql_codes()) | (set(b.sql_codes()) if b is not None else set()))
    if codes:
        alts = []
        for side in ("source", "target"):
            alts.append(f"({side}.country IN ({_marks(codes)}) OR "
                        + " OR ".join(f"{side}.actor_code LIKE ?" for _ in codes) + ")")
            params.extend(codes)
            params.extend(f"{c}%" for c in codes)
        where.append((" OR " if b is None else " AND ").join(alts))
    if code_prefixes:
        where.append("(" + " OR ".join("event_code LIKE ?" for _ in code_prefixes) + ")")
        params.extend(f"{p}%" for p in code_prefixes)
    sql = (f"SELECT {EVENT_COLUMNS} FROM events WHERE {' AND '.join(where)} "
           "ORDER BY event_date NULLS LAST, event_id")
    rows = store.connection.execute(sql, params).fetchall()
    out: list[EventRef] = []
    same = a == b
    for row in rows:
        ref = row_to_ref(row)
        day = ref.event_date
        if b is None:
            if a.matches(ref.source_code, ref.source_country, day) or a.matches(
                    ref.target_code, ref.target_country, day):
                out.append(ref)
            continue
        forward = a.matches(ref.source_code, ref.source_country, day) and b.matches(
            ref.target_code, ref.target_country, day)
        backward = b.matches(ref.source_code, ref.source_country, day) and a.matches(
            ref.target_code, ref.target_country, day)
        if not (forward or backward):
            continue
        if same and party(ref.source_code, ref.source_country) == party(ref.target_code, ref.target_country):
            continue
        out.append(ref)
    return out


def event_filters(*, since: date | None, until: date | None,
                  factuality: Factuality | None) -> tuple[list[str], list[Any]]:
    """SQL conditions (to join with AND) and their parameters shared by the analyses' event reads.

    Both actors coded, ``factuality`` (None: every label), ``event_date`` within ``since``/``until``
    (inclusive; an undated event fails any bound).
    """
    where = ["source.actor_code IS NOT NULL", "target.actor_code IS NOT NULL"]
    params: list[Any] = []
    if factuality is not None:
        where.append("factuality = ?")
        params.append(factuality.value)
    if since is not None:
        where.append("event_date >= ?")
        params.append(since)
    if until is not None:
        where.append("event_date <= ?")
        params.append(until)
    return where, params


def actor_events(store: StoreLike, code: str, *, since: date | None = None, until: date | None = None,
                 factuality: Factuality | None = Factuality.ASSERTED,
                 registry: TreatyRegistry | None = None) -> list[EventRef]:
    """Events with ``code`` (actor, country or grouping) on either side, ordered by date then id."""
    return events_between(store, make_side(code, registry), None, since=since, until=until,
                          factuality=factuality)


def row_to_ref(row: Sequence[Any]) -> EventRef:
    """An :class:`EventRef` from a row selected with :data:`EVENT_COLUMNS`."""
    return EventRef(event_id=row[0], article_id=row[1], event_date=row[2], source_code=row[3],
                    source_country=row[4], target_code=row[5], target_country=row[6], event_code=row[7],
                    quad_class=int(row[8]), goldstein=float(row[9]), factuality=Factuality(row[10]),
                    confidence=float(row[11]), sentence=row[12] or "")


def party(code: str | None, country: str | None) -> str | None:
    """The party an event actor stands for at country level: its country, else its actor code.

    >>> party("RUSGOV", None), party("IGOWSTNAT", None), party("X", "IRN")
    ('RUS', 'IGOWSTNAT', 'IRN')
    """
    if country:
        return country
    if code and len(code) >= 3 and not code.startswith("IGO") and code[:3].isalpha() and code[:3].isupper():
        return code[:3]
    return code


def _code_matches(code: str, actor_code: str | None, country: str | None) -> bool:
    if actor_code is not None and (actor_code == code or (len(code) == 3 and actor_code.startswith(code))):
        return True
    if len(code) > 3 and actor_code is not None:
        return actor_code.startswith(code)
    return country is not None and country == code


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)
