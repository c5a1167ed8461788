"""EventCluster: one real-world event reported by one or more coded events (store stage output)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from detente.records.event import Event


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCluster:
    """Asserted events from one or more articles that report the same real-world event.

    Members share source and target actor codes and the 3-digit CAMEO prefix, and their
    ``event_date`` lies within the store's dedup window of the earliest member's date.
    ``event`` is that earliest member (ties broken by ``event_id``), which also names the cluster:
    ``cluster_id`` is a stable hash of its ``event_id``. ``mentions`` counts member events,
    ``num_articles`` the distinct articles among them; ``first_seen`` is the earliest publication
    date of those articles (None when none has one).
    """

    cluster_id: str
    event: Event
    event_code: str
    mentions: int
    num_articles: int
    event_date: date | None
    last_date: date | None
    first_seen: date | None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form: the representative event under ``event``, the counts beside it."""
        return {
            "cluster_id": self.cluster_id, "event_code": self.event_code, "mentions": self.mentions,
            "num_articles": self.num_articles,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "event": self.event.to_dict(),
        }
