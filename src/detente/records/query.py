"""EventQuery: the filters every surface (CLI flags, Python, REST) uses to select events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from detente.records.event import Factuality


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """Which events to read from the store.

    ``actor`` matches an actor code or a country code on either side (``RUS`` matches ``RUSGOV``);
    ``dyad`` matches both directions between two actors; ``code`` is a CAMEO prefix (``19`` matches
    ``190``-``1956``); ``factuality`` defaults to asserted only — pass ``None`` for every label.
    ``after`` is an opaque cursor (the last ``event_id`` of the previous page) for pagination.
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    code: str | None = None
    since: date | None = None
    until: date | None = None
    factuality: Factuality | None = Factuality.ASSERTED
    article_id: str | None = None
    limit: int | None = None
    after: str | None = None
