"""EventQuery: the filters every surface (CLI flags, Python, REST) uses to select events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from detente.errors import DetenteError
from detente.records.event import Factuality

FACTUALITY_CHOICES = ("asserted", "negated", "hypothetical", "future", "question", "all")
"""Values a shell accepts for a factuality filter (``all``: every label)."""


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


def parse_day(value: str | None) -> date | None:
    """An ISO date (``YYYY-MM-DD``) given as text to a shell; None stays None.

    Raises:
        UsageError: D803 when ``value`` is not an ISO date.
    """
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise DetenteError.make("D803", value=value) from err


def parse_factuality(value: str) -> Factuality | None:
    """A factuality filter from text: ``asserted`` ... ``question``, or ``all`` (None: every label).

    Raises:
        UsageError: D802 when ``value`` is not one of :data:`FACTUALITY_CHOICES`.
    """
    if value == "all":
        return None
    try:
        return Factuality(value)
    except ValueError as err:
        raise DetenteError.make("D802", value=value, choices=", ".join(FACTUALITY_CHOICES)) from err
