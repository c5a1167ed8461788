"""Hypothesis strategies for detente records (Article, ActorRef, Event, ArticleResult, EventQuery...).

Shared by every test folder: ``from tests.strategies import events`` (pyproject sets pytest's
pythonpath to the repository root). Values stay inside what the store and the JSON form can represent:
32-bit offsets, finite floats, non-empty codes and names.
"""

from __future__ import annotations

import string
from datetime import date

from hypothesis import strategies as st
from tests.factories import actor_ref, make_event

from detente.records import (
    ActorCode,
    ActorRef,
    Article,
    ArticleId,
    ArticleResult,
    CameoCode,
    Event,
    Factuality,
    Location,
    Plover,
    Problem,
    QuadClass,
)
from detente.records.query import EventQuery

COUNTRIES = ("IRN", "ISR", "RUS", "UKR", "USA", "CHN", "TUR", "QAT", "EGY", "FRA")
SECTORS = ("GOV", "MIL", "REB", "OPP", "CVL", "BUS", "MED", "JUD", "LEG", "COP", "SPY", "")
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))

_text_chars = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
texts = st.text(_text_chars, min_size=1, max_size=200).filter(lambda s: s.strip() != "")
"""Non-blank unicode text without control characters."""
short_texts = st.text(_text_chars, min_size=1, max_size=40).filter(lambda s: s.strip() != "")
ids = st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=24)
optional_texts = st.none() | short_texts


@st.composite
def actor_codes(draw: st.DrawFn) -> ActorCode:
    """A CAMEO-style actor code: a country plus an optional sector, or an IGO code."""
    if draw(st.booleans()):
        return ActorCode(draw(st.sampled_from(("IGOUNO", "IGOWSTNAT", "IGOEU", "IGOIAEA"))))
    return ActorCode(draw(st.sampled_from(COUNTRIES)) + draw(st.sampled_from(SECTORS)))


@st.composite
def actor_refs(draw: st.DrawFn) -> ActorRef:
    """An event's actor slot."""
    code = draw(actor_codes())
    return actor_ref(code, name=draw(optional_texts), mention=draw(optional_texts))


@st.composite
def cameo_codes(draw: st.DrawFn) -> CameoCode:
    """A 3- or 4-digit CAMEO code under one of the 20 root classes (format only)."""
    root = draw(st.integers(1, 20))
    tail = draw(st.text("0123456789", min_size=1, max_size=2))
    return CameoCode(f"{root:02d}{tail}")


@st.composite
def locations(draw: st.DrawFn) -> Location:
    """A place with optional coordinates."""
    return Location(name=draw(short_texts), country=draw(st.none() | st.sampled_from(COUNTRIES)),
                    lat=draw(st.none() | st.floats(-90, 90, allow_nan=False)),
                    lon=draw(st.none() | st.floats(-180, 180, allow_nan=False)))


@st.composite
def events(draw: st.DrawFn, *, article_id: str | None = None, factuality: Factuality | None = None) -> Event:
    """A valid Event (its id computed as the coder computes it)."""
    aid = article_id if article_id is not None else draw(ids)
    sentence_index = draw(st.integers(0, 500))
    evidence_text = draw(texts)
    start = draw(st.integers(0, 2**31 - 1 - len(evidence_text)))
    source = draw(st.none() | actor_refs())
    target = draw(st.none() | actor_refs())
    code = draw(cameo_codes())
    return make_event(
        article_id=aid, code=code, text=evidence_text, source=source, target=target,
        sentence_index=sentence_index, start=start,
        event_date=draw(st.none() | DATES),
        plover=Plover(event_type=draw(st.sampled_from(("CONSULT", "ASSAULT", "AID", "ACCUSE"))),
                      mode=draw(st.none() | st.sampled_from(("visit", "aerial", "humanitarian")))),
        quad_class=draw(st.sampled_from(list(QuadClass))),
        goldstein=draw(st.floats(-10, 10, allow_nan=False)),
        factuality=factuality if factuality is not None else draw(st.sampled_from(list(Factuality))),
        location=draw(st.none() | locations()),
        confidence=draw(st.floats(0, 1, allow_nan=False)),
        trigger=draw(optional_texts), attribution=draw(st.none() | actor_refs()),
    )


@st.composite
def articles(draw: st.DrawFn, *, article_id: str | None = None) -> Article:
    """A valid Article."""
    return Article(article_id=ArticleId(article_id or draw(ids)), text=draw(texts), title=draw(optional_texts),
                   url=draw(st.none() | ids.map(lambda i: "https://news.example.org/" + i)),
                   publisher=draw(optional_texts), published_on=draw(st.none() | DATES),
                   source=draw(st.none() | st.just("sample.jsonl")))


@st.composite
def problems(draw: st.DrawFn) -> Problem:
    """A Problem as the readers report one."""
    return Problem(source=draw(short_texts), code=draw(st.sampled_from(("D101", "D103", "D105", "D106"))),
                   message=draw(texts), hint=draw(st.just("") | short_texts),
                   line=draw(st.none() | st.integers(1, 10_000)), article_id=draw(st.none() | ids))


@st.composite
def article_results(draw: st.DrawFn, *, max_events: int = 5) -> ArticleResult:
    """An ArticleResult whose events belong to its article (distinct event ids)."""
    article = draw(articles())
    evs = draw(st.lists(events(article_id=article.article_id), max_size=max_events,
                        unique_by=lambda e: e.event_id))
    return ArticleResult(article=article, events=tuple(evs), n_sentences=draw(st.integers(0, 200)))


@st.composite
def event_queries(draw: st.DrawFn) -> EventQuery:
    """An EventQuery over the actors and codes the other strategies produce (no paging fields)."""
    actor_values = st.sampled_from(COUNTRIES + ("IGO", "IGOUNO", "IRNGOV", "RUSMIL"))
    since = draw(st.none() | DATES)
    return EventQuery(
        actor=draw(st.none() | actor_values),
        dyad=draw(st.none() | st.tuples(actor_values, actor_values)),
        code=draw(st.none() | st.text("0123456789", min_size=1, max_size=3)),
        since=since,
        until=draw(st.none() | DATES),
        factuality=draw(st.none() | st.sampled_from(list(Factuality))),
    )
