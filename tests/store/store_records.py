"""Hand-built records for the store tests (no NLP involved)."""

from __future__ import annotations

from datetime import date

from detente.records import (
    ActorCode,
    ActorRef,
    Article,
    ArticleId,
    ArticleResult,
    CameoCode,
    Event,
    Evidence,
    Factuality,
    Plover,
    QuadClass,
)
from detente.records.event import make_event_id


def ref(code: str) -> ActorRef:
    """An actor slot for ``code`` (country = first three letters unless it is an IGO)."""
    country = None if code.startswith("IGO") else code[:3]
    return ActorRef(actor_code=ActorCode(code), country=country, sector=code[3:] or None if country else None)


def article(article_id: str, text: str = "", published_on: date | None = None) -> Article:
    """An article whose text defaults to a sentence naming its id."""
    return Article(article_id=ArticleId(article_id), text=text or f"Report {article_id}: officials met.",
                   published_on=published_on)


def event(article_id: str, source: str | None, code: str, target: str | None, *, day: date | None = None,
          factuality: Factuality = Factuality.ASSERTED, sentence: int = 0, start: int = 0) -> Event:
    """An event with a consistent id, root code and evidence."""
    text = f"{source} {code} {target}"
    end = start + len(text)
    return Event(
        event_id=make_event_id(article_id, sentence, (start, end), source, code, target),
        article_id=article_id, sentence_index=sentence, evidence=Evidence(text=text, start=start, end=end),
        event_date=day, source=ref(source) if source else None, target=ref(target) if target else None,
        event_code=CameoCode(code), root_code=CameoCode(code[:2]), plover=Plover(event_type="CONSULT"),
        quad_class=QuadClass.VERBAL_COOPERATION, goldstein=1.0, factuality=factuality)


def result(art: Article, *events: Event, n_sentences: int = 1) -> ArticleResult:
    """The coded result of ``art``."""
    return ArticleResult(article=art, events=tuple(events), n_sentences=n_sentences)
