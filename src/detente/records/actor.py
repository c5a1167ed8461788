"""Actors: knowledge-base entities, tenures of office, and the actor slot of an event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NewType

from detente.errors import DetenteError

ActorCode = NewType("ActorCode", str)
"""CAMEO-style actor code: ISO3 country + sector (``IRNGOV``), or an IGO code (``IGOUNO``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """An entity the knowledge base knows: a state, person, organisation or group.

    ``entity_id`` is the KB's stable key (``person:vladimir-putin``, ``country:IRN``,
    ``igo:NATO``). ``actor_code`` is what the entity codes as when it has no office on the
    date in question (a person out of office codes by their country and sector).
    """

    entity_id: str
    name: str
    kind: str  # "country", "person", "igo", "group", "grouping"
    actor_code: ActorCode
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    source_kind: str | None = None  # the kind of source the entry comes from


@dataclass(frozen=True, slots=True, kw_only=True)
class Tenure:
    """An office held by a person over the half-open date range ``[start, end)``.

    ``end`` is None while the person is still in office.

    >>> t = Tenure(entity_id="person:x", name="X", office="head_of_state", country="IRN",
    ...            actor_code=ActorCode("IRNGOV"), start=date(2024, 7, 28))
    >>> t.covers(date(2024, 10, 9)), t.covers(date(2024, 1, 1))
    (True, False)
    """

    entity_id: str
    name: str
    office: str
    country: str | None
    actor_code: ActorCode
    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end <= self.start:
            raise DetenteError.make("D002", actor=self.actor_code, name=self.name,
                                    start=self.start.isoformat(), end=self.end.isoformat())

    def covers(self, day: date) -> bool:
        """True when the office was held on ``day`` (start inclusive, end exclusive)."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRef:
    """The ``source``/``target`` slot of an event, exactly as in the output spec."""

    actor_code: ActorCode
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    mention: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """The spec's JSON object for this actor."""
        return {"actor_code": self.actor_code, "name": self.name, "country": self.country,
                "sector": self.sector, "mention": self.mention}
