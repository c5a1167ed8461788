"""Dyad time series (analysis stage): events between two sides per day, week or month.

Counts by quad class, Goldstein sum and mean, the top event codes and the evidence behind each point.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from detente.analysis.selection import StoreLike, dyad_events
from detente.analysis.treaties import TreatyRegistry
from detente.errors import DetenteError
from detente.records.analysis import DyadPoint, DyadSeries, EventRef, Granularity
from detente.records.event import Factuality

GRANULARITIES: tuple[Granularity, ...] = ("day", "week", "month")
"""The period lengths a series can use."""

TOP_CODES = 3
"""How many of a period's most frequent event codes a point lists."""


def dyad_series(store: StoreLike, a: str, b: str, *, by: Granularity = "month", since: date | None = None,
                until: date | None = None, factuality: Factuality | None = Factuality.ASSERTED,
                registry: TreatyRegistry | None = None) -> DyadSeries:
    """The time series of events between ``a`` and ``b`` (both directions).

    Args:
        store: an open store (anything with a DuckDB ``connection``).
        a: an actor code (``RUSGOV``), a country code (``RUS`` matches ``RUSGOV``, ``RUSMIL`` ...)
            or a grouping code (``CRINK``, ``NATO``: members on each event's date).
        b: the other side, in the same forms; ``a == b`` for a grouping gives its internal relations.
        by: period length: ``day``, ``week`` (ISO weeks, Monday first) or ``month``.
        since: first day (inclusive) of the series.
        until: last day (inclusive) of the series.
        factuality: which events count (asserted by default; None for every label).
        registry: the treaty registry for grouping codes (the bundled one by default).

    Returns:
        One point per period from the first to the last (empty periods included), each with the
        evidence events behind it; undated matching events are counted in ``undated``.

    Raises:
        UsageError: D802 for an unknown ``by``; D801 when ``since`` is after ``until``.
    """
    if by not in GRANULARITIES:
        raise DetenteError.make("D802", value=by, choices=", ".join(GRANULARITIES))
    if since and until and since > until:
        raise DetenteError.make("D801", reason=f"since {since} is after until {until}")
    events = dyad_events(store, a, b, since=since, until=until, factuality=factuality, registry=registry)
    dated = [e for e in events if e.event_date is not None]
    undated = len(events) - len(dated)
    points = _points(dated, by, since, until)
    return DyadSeries(a=a, b=b, by=by, since=since, until=until, factuality=factuality,
                      points=tuple(points), undated=undated)


def period_start(day: date, by: Granularity) -> date:
    """The first day of the period containing ``day``.

    >>> period_start(date(2025, 1, 17), "month"), period_start(date(2025, 1, 17), "week")
    (datetime.date(2025, 1, 1), datetime.date(2025, 1, 13))
    """
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period(start: date, by: Granularity) -> date:
    """The first day of the period after the one starting on ``start``."""
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1)


def period_label(start: date, by: Granularity) -> str:
    """The label of a period: ``2025-01-17``, ``2025-W03`` or ``2025-01``."""
    if by == "day":
        return start.isoformat()
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{start.year}-{start.month:02d}"


def _points(events: Sequence[EventRef], by: Granularity, since: date | None,
            until: date | None) -> list[DyadPoint]:
    buckets: dict[date, list[EventRef]] = {}
    for event in events:
        if event.event_date is None:
            continue
        buckets.setdefault(period_start(event.event_date, by), []).append(event)
    if not buckets and (since is None or until is None):
        return []
    first = period_start(since, by) if since else min(buckets)
    last = period_start(until, by) if until else max(buckets)
    points: list[DyadPoint] = []
    start = first
    while start <= last:
        members = buckets.get(start, [])
        quads = Counter(e.quad_class for e in members)
        codes = Counter(e.event_code for e in members)
        points.append(DyadPoint(
            period=period_label(start, by), start=start, end=next_period(start, by),
            verbal_cooperation=quads[1], material_cooperation=quads[2],
            verbal_conflict=quads[3], material_conflict=quads[4],
            goldstein_sum=round(sum(e.goldstein for e in members), 6),
            top_codes=tuple(sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CODES]),
            evidence=tuple(members)))
        start = next_period(start, by)
    return points
