"""Builders of hand-made Event records for tests: one place that fills the derived fields consistently.

Shared by the store, analysis, API and hypothesis fixtures: ``from tests.factories import make_event``.
"""

from __future__ import annotations

from datetime import date

from detente.records import (
    ActorCode,
    ActorRef,
    CameoCode,
    Event,
    Evidence,
    Factuality,
    Location,
    Plover,
    QuadClass,
)
from detente.records.event import make_event_id


def actor_ref(code: str, *, name: str | None = None, mention: str | None = None) -> ActorRef:
    """An actor slot for ``code``: country = its first three letters and sector = the rest, unless an IGO.

    >>> actor_ref("RUSGOV").country, actor_ref("RUSGOV").sector, actor_ref("IGOUNO").country
    ('RUS', 'GOV', None)
    """
    country = None if code.startswith("IGO") else code[:3]
    sector = (code[3:] or None) if country else None
    return ActorRef(actor_code=ActorCode(code), name=name, country=country, sector=sector, mention=mention)


def make_event(*, article_id: str, code: str, text: str, source: ActorRef | None, target: ActorRef | None,
               plover: Plover, quad_class: QuadClass, goldstein: float,
               factuality: Factuality = Factuality.ASSERTED, sentence_index: int = 0, start: int = 0,
               event_date: date | None = None, location: Location | None = None, confidence: float = 0.5,
               trigger: str | None = None, attribution: ActorRef | None = None) -> Event:
    """An :class:`Event` whose id, evidence span and root code are derived as the coder derives them.

    Args:
        article_id: the article the event belongs to.
        code: the CAMEO event code (the root code is its first two digits).
        text: the evidence sentence; it spans ``start`` to ``start + len(text)`` in the article.
        source: the source actor slot, or None.
        target: the target actor slot, or None.
        plover: the PLOVER type (and mode).
        quad_class: the quad class.
        goldstein: the Goldstein weight.
        factuality: the factuality label.
        sentence_index: the sentence's index in the article.
        start: the evidence's character offset in the article.
        event_date: the event's date.
        location: where it happened.
        confidence: the coder's confidence (0.5, the record's default, unless given).
        trigger: the trigger word.
        attribution: who reported it.
    """
    end = start + len(text)
    event_id = make_event_id(article_id, sentence_index, (start, end), source.actor_code if source else None,
                             code, target.actor_code if target else None)
    return Event(
        event_id=event_id, article_id=article_id, sentence_index=sentence_index,
        evidence=Evidence(text=text, start=start, end=end), event_date=event_date, source=source, target=target,
        event_code=CameoCode(code), root_code=CameoCode(code[:2]), plover=plover, quad_class=quad_class,
        goldstein=goldstein, factuality=factuality, location=location, confidence=confidence, trigger=trigger,
        attribution=attribution)
