"""Relation state (analysis stage): where a pair stands on the at_war..allied scale, and why.

Combines the recent asserted events between the pair with the treaty registry; the rules and
thresholds below are documented in docs/analysis.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from detente.analysis.selection import StoreLike, actor_events, dyad_events, make_side, party
from detente.analysis.treaties import PARTNERSHIP_KINDS, TreatyRegistry, country_of, default_registry
from detente.errors import DetenteError
from detente.records.analysis import EventRef, ObligationKind, RelationLevel, RelationState, Trend
from detente.records.event import Factuality

AT_WAR_MIN_FIGHTS = 3
"""Events of root 19 (fight) or 20 (mass violence) in the window that make a pair ``at_war``."""
HOSTILE_ROOTS = ("18", "19", "20")
"""Root codes of which one event makes a pair at least ``hostile``."""
HOSTILE_MATERIAL_SHARE = 0.3
"""Share of material-conflict events (quad 4) that makes a pair ``hostile``."""
HOSTILE_GOLDSTEIN = -4.0
"""Mean Goldstein at or below which a pair is ``hostile``."""
TENSE_CONFLICT_SHARE = 0.5
"""Share of conflict events (quads 3 and 4) at or above which a pair is ``tense``."""
COOPERATIVE_GOLDSTEIN = 2.0
"""Mean Goldstein at or above which a pair is ``cooperative`` (with few conflict events)."""
COOPERATIVE_MAX_CONFLICT_SHARE = 0.25
"""Largest share of conflict events a ``cooperative`` window may have."""
MIN_EVENTS = 2
"""Fewer asserted events than this leave a pair ``neutral`` unless they are 18x-20x."""
TREND_DELTA = 1.0
"""Change in mean Goldstein between the previous and the current window that counts as a trend."""
MAX_EVIDENCE = 10
"""How many events a state shows as its evidence."""


def relation_state(store: StoreLike, a: str, b: str, *, on: date | None = None, window_days: int = 180,
                   registry: TreatyRegistry | None = None) -> RelationState:
    """The state of the relation between ``a`` and ``b`` on ``on`` (today by default).

    The window is the ``window_days`` days ending on ``on`` (inclusive); the trend compares it
    with the window of the same length before it.

    Raises:
        UsageError: D801 when ``window_days`` is less than 1.
    """
    if window_days < 1:
        raise DetenteError.make("D801", reason=f"window_days must be at least 1, got {window_days}")
    reg = registry if registry is not None else default_registry()
    day = on or date.today()
    start = day - timedelta(days=window_days - 1)
    prev_start = start - timedelta(days=window_days)
    events = dyad_events(store, a, b, since=prev_start, until=day, factuality=Factuality.ASSERTED, registry=reg)
    current = [e for e in events if e.event_date is not None and e.event_date >= start]
    previous = [e for e in events if e.event_date is not None and e.event_date < start]
    event_level, reasons = event_level_of(current)
    treaty_level, treaty_ids, treaty_reasons = _treaty_level(reg, a, b, day)
    reasons += treaty_reasons
    if treaty_level is not None and event_level.rank >= RelationLevel.NEUTRAL.rank:
        level = treaty_level
    else:
        level = event_level
        if treaty_level is not None:
            reasons.append(f"events ({event_level.value}) override the treaty level ({treaty_level.value})")
    trend, trend_reason = _trend(current, previous)
    reasons.append(trend_reason)
    evidence = sorted(current, key=lambda e: (-abs(e.goldstein), -(e.event_date or day).toordinal(), e.event_id))
    return RelationState(
        a=a, b=b, on=day, window_days=window_days, level=level, event_level=event_level,
        treaty_level=treaty_level, trend=trend, counts=_quads(current), goldstein_mean=_mean(current),
        previous_counts=_quads(previous), previous_goldstein_mean=_mean(previous), treaties=treaty_ids,
        evidence=tuple(evidence[:MAX_EVIDENCE]), reasons=tuple(reasons))


def relations(store: StoreLike, code: str, on: date | None = None, *, window_days: int = 180,
              registry: TreatyRegistry | None = None) -> list[RelationState]:
    """The relation state of ``code`` with every counterpart it has asserted events with in the window.

    Counterparts are country-level parties (``IRNGOV`` counts as ``IRN``) with at least one asserted
    event in the ``window_days`` days ending on ``on``; sorted from worst to best, then by event count.
    A pair whose events all lie in the previous window is not listed: its state would be an empty
    ``neutral`` that says nothing about the window asked for (its trend still reads that window).
    """
    reg = registry if registry is not None else default_registry()
    day = on or date.today()
    since = day - timedelta(days=window_days - 1)
    side = make_side(code, reg)
    own = country_of(code)
    counterparts: Counter[str] = Counter()
    for event in actor_events(store, code, since=since, until=day, registry=reg):
        for actor, country, other_actor, other_country in (
                (event.source_code, event.source_country, event.target_code, event.target_country),
                (event.target_code, event.target_country, event.source_code, event.source_country)):
            if side.matches(actor, country, event.event_date):
                other = party(other_actor, other_country)
                if other and other != own and not side.matches(other_actor, other_country, event.event_date):
                    counterparts[other] += 1
                break
    states = [relation_state(store, code, other, on=day, window_days=window_days, registry=reg)
              for other in counterparts]
    # the pair query may match more narrowly than the actor query above: never list an empty window
    return sorted((s for s in states if s.n_events), key=lambda s: (s.level.rank, -s.n_events, s.b))


def event_level_of(events: Sequence[EventRef]) -> tuple[RelationLevel, list[str]]:
    """The level asserted events alone give, with the reason (see the module constants)."""
    n = len(events)
    if n == 0:
        return RelationLevel.NEUTRAL, ["no asserted events in the window"]
    quads = _quads(events)
    mean = _mean(events) or 0.0
    fights = sum(1 for e in events if e.event_code[:2] in ("19", "20"))
    violent = sum(1 for e in events if e.event_code[:2] in HOSTILE_ROOTS)
    conflict_share = (quads[2] + quads[3]) / n
    material_share = quads[3] / n
    summary = f"{n} events, mean Goldstein {mean:+.2f}, conflict share {conflict_share:.0%}"
    if fights >= AT_WAR_MIN_FIGHTS:
        return RelationLevel.AT_WAR, [f"{fights} fight/mass-violence events (root 19-20); {summary}"]
    if violent or material_share >= HOSTILE_MATERIAL_SHARE or mean <= HOSTILE_GOLDSTEIN:
        return RelationLevel.HOSTILE, [f"{violent} coercion/assault/fight events (root 18-20), material "
                                       f"conflict share {material_share:.0%}; {summary}"]
    if conflict_share >= TENSE_CONFLICT_SHARE or mean < 0:
        return RelationLevel.TENSE, [summary]
    if n >= MIN_EVENTS and mean >= COOPERATIVE_GOLDSTEIN and conflict_share < COOPERATIVE_MAX_CONFLICT_SHARE:
        return RelationLevel.COOPERATIVE, [summary]
    return RelationLevel.NEUTRAL, [summary]


def _treaty_level(registry: TreatyRegistry, a: str, b: str,
                  day: date) -> tuple[RelationLevel | None, tuple[str, ...], list[str]]:
    treaties = registry.between(a, b, on=day)
    if not treaties:
        return None, (), []
    ids = tuple(t.treaty_id for t in treaties)
    ca, cb = country_of(a), country_of(b)
    defence = [t.treaty_id for t in treaties if ObligationKind.DEFENCE in t.obligation_kinds(ca, cb)]
    if defence:
        return RelationLevel.ALLIED, ids, [f"defence obligation in force: {', '.join(defence)}"]
    partners = [t.treaty_id for t in treaties if t.kind in PARTNERSHIP_KINDS]
    if partners:
        return RelationLevel.PARTNERED, ids, [f"partnership treaty in force: {', '.join(partners)}"]
    return None, ids, [f"treaties in force without a level of their own: {', '.join(ids)}"]


def _trend(current: Sequence[EventRef], previous: Sequence[EventRef]) -> tuple[Trend, str]:
    if not current and not previous:
        return Trend.STABLE, "no events in either window"
    now, before = _mean(current) or 0.0, _mean(previous) or 0.0
    delta = now - before
    text = f"mean Goldstein {before:+.2f} -> {now:+.2f} ({len(previous)} -> {len(current)} events)"
    if delta >= TREND_DELTA:
        return Trend.IMPROVING, text
    if delta <= -TREND_DELTA:
        return Trend.WORSENING, text
    return Trend.STABLE, text


def _quads(events: Sequence[EventRef]) -> tuple[int, int, int, int]:
    counts = Counter(e.quad_class for e in events)
    return counts[1], counts[2], counts[3], counts[4]


def _mean(events: Sequence[EventRef]) -> float | None:
    return round(sum(e.goldstein for e in events) / len(events), 4) if events else None
