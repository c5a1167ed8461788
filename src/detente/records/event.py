"""Event: one coded political event with its evidence (stage 4 output).

The field names and JSON form are those of ``shared/spec/events.md``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any, NewType

from detente.errors import DetenteError
from detente.records.actor import ActorCode, ActorRef

CameoCode = NewType("CameoCode", str)
"""A CAMEO event code as a string of 2 to 4 digits, e.g. ``"036"`` or ``"0311"``."""


class Factuality(StrEnum):
    """Whether the text states that the event happened.

    >>> Factuality("future").counts
    False
    """

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"
    QUESTION = "question"

    @property
    def counts(self) -> bool:
        """Only asserted events count as things that happened."""
        return self is Factuality.ASSERTED


class QuadClass(IntEnum):
    """CAMEO quad class."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """The sentence an event was read from, with its character offsets in the article body."""

    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise DetenteError.make("D001", record="Evidence", detail=f"bad offsets {self.start}..{self.end}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Plover:
    """The PLOVER event type (and mode, when the CAMEO code implies one)."""

    event_type: str
    mode: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where an event happened, when the text says."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """A coded event: source actor -> CAMEO event -> target actor, with evidence and factuality.

    Extra fields beyond the spec (allowed: "new fields may be added"):
    ``trigger`` (the words that expressed the event, e.g. "lobbed"), ``attribution``
    (who is reported as saying it, for reported speech) and ``published_on``.
    """

    event_id: str
    article_id: str
    sentence_index: int
    evidence: Evidence
    event_date: date | None
    source: ActorRef | None
    target: ActorRef | None
    event_code: CameoCode
    root_code: CameoCode
    plover: Plover
    quad_class: QuadClass
    goldstein: float
    factuality: Factuality
    location: Location | None = None
    confidence: float = 0.5
    trigger: str | None = None
    attribution: ActorRef | None = None

    def __post_init__(self) -> None:
        if not (self.event_code.isdigit() and 2 <= len(self.event_code) <= 4):
            raise DetenteError.make("D001", record="Event", detail=f"bad event_code {self.event_code!r}")
        if self.root_code != self.event_code[:2]:
            raise DetenteError.make("D001", record="Event",
                                    detail=f"root_code {self.root_code!r} does not match {self.event_code!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise DetenteError.make("D001", record="Event", detail=f"confidence {self.confidence} outside 0..1")
        if not -10.0 <= self.goldstein <= 10.0:
            raise DetenteError.make("D001", record="Event", detail=f"goldstein {self.goldstein} outside -10..10")

    def to_dict(self) -> dict[str, Any]:
        """The event as the spec's JSON object (keys in spec order)."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start, "end": self.evidence.end},
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "event_code": self.event_code,
            "root_code": self.root_code,
            "plover": {"event_type": self.plover.event_type, "mode": self.plover.mode},
            "quad_class": int(self.quad_class),
            "goldstein": self.goldstein,
            "factuality": self.factuality.value,
            "location": (
                {"name": self.location.name, "country": self.location.country,
                 "lat": self.location.lat, "lon": self.location.lon}
                if self.location else None
            ),
            "confidence": self.confidence,
            "trigger": self.trigger,
            "attribution": self.attribution.to_dict() if self.attribution else None,
        }

    def to_flat_dict(self) -> dict[str, Any]:
        """The event as one flat row (CSV): nested objects become ``source_actor_code``, ``evidence_text``...

        >>> sorted(k for k in _flatten({"a": {"b": 1}, "c": 2}))
        ['a_b', 'c']
        """
        return _flatten(self.to_dict())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Rebuild an event from :meth:`to_dict` output (or a store row of the same shape)."""
        ev = data["evidence"]
        loc = data.get("location")
        plover = data.get("plover") or {}
        return cls(
            event_id=data["event_id"],
            article_id=data["article_id"],
            sentence_index=int(data["sentence_index"]),
            evidence=Evidence(text=ev["text"], start=int(ev["start"]), end=int(ev["end"])),
            event_date=_as_date(data.get("event_date")),
            source=_ref(data.get("source")),
            target=_ref(data.get("target")),
            event_code=CameoCode(data["event_code"]),
            root_code=CameoCode(data["root_code"]),
            plover=Plover(event_type=plover.get("event_type") or "", mode=plover.get("mode")),
            quad_class=QuadClass(int(data["quad_class"])),
            goldstein=float(data["goldstein"]),
            factuality=Factuality(data["factuality"]),
            location=(Location(name=loc["name"], country=loc.get("country"), lat=loc.get("lat"),
                               lon=loc.get("lon")) if loc and loc.get("name") else None),
            confidence=float(data.get("confidence", 0.5)),
            trigger=data.get("trigger"),
            attribution=_ref(data.get("attribution")),
        )


def make_event_id(article_id: str, sentence_index: int, span: tuple[int, int],
                  source: str | None, event_code: str, target: str | None) -> str:
    """Stable id of (article, sentence, span, source, code, target), via SHA-1 (never ``hash()``).

    >>> make_event_id("a", 0, (0, 5), "RUSGOV", "036", "IRNGOV") == make_event_id("a", 0, (0, 5), "RUSGOV", "036", "IRNGOV")
    True
    """
    key = "\x1f".join([article_id, str(sentence_index), f"{span[0]}:{span[1]}", source or "",
                       event_code, target or ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


FLAT_FIELDS = (
    "event_id", "article_id", "sentence_index", "evidence_text", "evidence_start", "evidence_end", "event_date",
    "source_actor_code", "source_name", "source_country", "source_sector", "source_mention",
    "target_actor_code", "target_name", "target_country", "target_sector", "target_mention",
    "event_code", "root_code", "plover_event_type", "plover_mode", "quad_class", "goldstein", "factuality",
    "location_name", "location_country", "location_lat", "location_lon", "confidence", "trigger",
    "attribution_actor_code", "attribution_name", "attribution_country", "attribution_sector", "attribution_mention",
)
"""Column order of the flat (CSV) form of an event."""

_NESTED = {"evidence": ("text", "start", "end"), "source": ("actor_code", "name", "country", "sector", "mention"),
           "target": ("actor_code", "name", "country", "sector", "mention"), "plover": ("event_type", "mode"),
           "location": ("name", "country", "lat", "lon"),
           "attribution": ("actor_code", "name", "country", "sector", "mention")}


def _flatten(data: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            for sub, item in value.items():
                flat[f"{key}_{sub}"] = item
        elif value is None and key in _NESTED:
            for sub in _NESTED[key]:
                flat[f"{key}_{sub}"] = None
        else:
            flat[key] = value
    return flat


def _as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _ref(data: dict[str, Any] | None) -> ActorRef | None:
    if not data or not data.get("actor_code"):
        return None
    return ActorRef(actor_code=ActorCode(data["actor_code"]), name=data.get("name"),
                    country=data.get("country"), sector=data.get("sector"), mention=data.get("mention"))
