"""Hand-built records for the store tests (no NLP involved)."""

from __future__ import annotations

from datetime import date

from tests.factories import actor_ref, make_event

from detente.records import (
    Article,
    ArticleId,
    ArticleResult,
    Event,
    Factuality,
    Plover,
    QuadClass,
)


def article(article_id: str, text: str = "", published_on: date | None = None) -> Article:
    """An article whose text defaults to a sentence naming its id."""
    return Article(article_id=ArticleId(article_id), text=text or f"Report {article_id}: officials met.",
                   published_on=published_on)


def event(article_id: str, source: str | None, code: str, target: str | None, *, day: date | None = None,
          factuality: Factuality = Factuality.ASSERTED, sentence: int = 0, start: int = 0) -> Event:
    """An event with a consistent id, root code and evidence."""
    return make_event(article_id=article_id, code=code, text=f"{source} {code} {target}",
                      source=actor_ref(source) if source else None,
                      target=actor_ref(target) if target else None,
                      plover=Plover(event_type="CONSULT"), quad_class=QuadClass.VERBAL_COOPERATION, goldstein=1.0,
                      factuality=factuality, sentence_index=sentence, start=start, event_date=day)


def result(art: Article, *events: Event, n_sentences: int = 1) -> ArticleResult:
    """The coded result of ``art``."""
    return ArticleResult(article=art, events=tuple(events), n_sentences=n_sentences)
