"""REST shell: ``GET /events`` (the CLI's filters, cursor pagination) and ``GET /events/{event_id}``."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Query

from detente.api.deps import ReaderDep, parse_day, parse_factuality
from detente.api.schemas import ArticleOut, ErrorOut, EventDetail, EventOut, EventPage
from detente.errors import DetenteError
from detente.records.query import EventQuery

router = APIRouter(tags=["events"])

MAX_LIMIT = 1000
"""The largest page ``GET /events`` returns."""


@router.get("/events", response_model=EventPage, responses={400: {"model": ErrorOut}, 404: {"model": ErrorOut}})
def list_events(
    store: ReaderDep,
    actor: Annotated[str | None, Query(description="Actor or country code on either side (RUS matches RUSGOV).")] = None,
    dyad: Annotated[str | None, Query(description="Two actors, both directions: RUS,IRN.")] = None,
    code: Annotated[str | None, Query(description="CAMEO code prefix: 19 matches every fight event.")] = None,
    since: Annotated[str | None, Query(description="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Events on or before this date (YYYY-MM-DD).")] = None,
    factuality: Annotated[str, Query(description="asserted (default), negated, hypothetical, future, "
                                                 "question or all.")] = "asserted",
    article_id: Annotated[str | None, Query(description="Only the events of this article.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page.")] = 50,
    cursor: Annotated[str | None, Query(description="The next_cursor of the previous page.")] = None,
) -> EventPage:
    """Stored events in article, sentence, character order, a page at a time."""
    pair: tuple[str, str] | None = None
    if dyad:
        parts = [p.strip() for p in dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            raise DetenteError.make("D801", reason=f"dyad must be two codes separated by a comma, got {dyad!r}")
        pair = (parts[0], parts[1])
    base = EventQuery(actor=actor or None, dyad=pair, code=code or None, since=parse_day(since),
                      until=parse_day(until), factuality=parse_factuality(factuality), article_id=article_id or None)
    if base.since and base.until and base.since > base.until:
        raise DetenteError.make("D801", reason=f"since {base.since} is after until {base.until}")
    page = store.query_events(replace(base, limit=limit + 1, after=cursor or None))
    more = len(page) > limit
    page = page[:limit]
    return EventPage(events=[EventOut.from_record(e) for e in page], count=len(page),
                     total=store.count_events(base), next_cursor=page[-1].event_id if more else None)


@router.get("/events/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorOut}})
def get_event(event_id: str, store: ReaderDep) -> EventDetail:
    """One event (any factuality) with the article it was read from."""
    rows = store.connection.execute("SELECT article_id FROM events WHERE event_id = ?", [event_id]).fetchall()
    found = [e for row in rows for e in store.query_events(EventQuery(article_id=row[0], factuality=None))
             if e.event_id == event_id]
    if not found:
        raise DetenteError.make("D902", kind="event", value=event_id)
    article = store.get_article(found[0].article_id)
    return EventDetail(event=EventOut.from_record(found[0]),
                       article=None if article is None else ArticleOut(
                           article_id=article.article_id, title=article.title, url=article.url,
                           publisher=article.publisher, published_on=article.published_on))

