"""Store read-outs (stage 5): the run log entry and the whole-store summary, as frozen records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class RunInfo:
    """One row of the ``runs`` table: a recorded ``ingest``/``code`` run and what it did."""

    run_id: str
    started_at: datetime
    finished_at: datetime | None
    status: str
    command: str | None
    inputs: tuple[str, ...]
    versions: dict[str, str] = field(default_factory=dict)
    n_articles: int = 0
    n_events: int = 0
    n_problems: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadCount:
    """Asserted events from ``source`` to ``target`` (actor codes)."""

    source: str
    target: str
    events: int


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreSummary:
    """What the store holds.

    ``events`` counts every event; ``asserted`` only asserted ones. ``by_root`` counts asserted
    events by CAMEO root class; ``by_factuality`` counts all events by label; ``by_root_factuality``
    is the full root x factuality table. ``top_dyads`` are directed actor-code pairs ranked by
    asserted events. ``clusters`` counts distinct real-world events after cross-article dedup.
    """

    articles: int
    coded_articles: int
    sentences: int
    events: int
    asserted: int
    by_root: dict[str, int]
    by_factuality: dict[str, int]
    by_root_factuality: dict[str, dict[str, int]]
    top_dyads: tuple[DyadCount, ...]
    problems: int
    runs: int
    clusters: int
    first_event_date: date | None
    last_event_date: date | None
