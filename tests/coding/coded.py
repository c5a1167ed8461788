"""Sentences coded for the coding tests, reduced to what a test compares.

By the full pipeline (real model, real knowledge base): sorted (source code, event code, target code) triples, the
same by country or by root class, or with each event's factuality. By the coder alone (real parser, toy resolver of
handbuilt.py): the events and their (source country, root, target country, factuality). The publication date is
always passed in, because tenures decide which actor some names stand for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.coding.handbuilt import toy_mentions

from detente.records import ActorMentions, Article, ArticleId, Event


def coded_triples(pipeline: Any, text: str, day: date) -> list[tuple[str | None, str, str | None]]:
    """``text`` coded as published on ``day``: (source actor code, CAMEO code, target actor code), sorted.

    A missing actor sorts first (Python cannot order None against a string, and a text may code the same act
    with and without a source).
    """
    return sorted((((e.source.actor_code if e.source else None), e.event_code,
                    (e.target.actor_code if e.target else None))
                   for e in pipeline.code_text(text, published_on=day)), key=_none_first)


def _none_first(triple: tuple[str | None, str, str | None]) -> tuple[tuple[bool, str], ...]:
    """Sort key of a triple: each part as (present?, text), so None comes before every code."""
    return tuple((part is not None, part or "") for part in triple)


def country_of(code: str | None) -> str | None:
    """The country part of an actor code (its first three letters), or None."""
    return code[:3] if code else None


def by_country(triples: list[tuple[str | None, str, str | None]]) -> list[tuple[str | None, str, str | None]]:
    """(source, code, target) triples with each actor reduced to its country, in the same order."""
    return [(country_of(s), c, country_of(t)) for s, c, t in triples]


def country_triples(pipeline: Any, text: str, day: date) -> list[tuple[str | None, str, str | None]]:
    """:func:`coded_triples` with each actor reduced to its country (the sector is the actor data's business)."""
    return by_country(coded_triples(pipeline, text, day))


def country_set(pipeline: Any, text: str, day: date) -> set[tuple[str | None, str, str | None]]:
    """The distinct (source country, CAMEO code, target country) of ``text`` coded as published on ``day``."""
    return {(s[:3] if s else None, c, t[:3] if t else None) for s, c, t in coded_triples(pipeline, text, day)}


def root_set(pipeline: Any, text: str, day: date) -> set[tuple[str | None, str, str | None]]:
    """:func:`country_set` with each CAMEO code cut to its root class (two digits)."""
    return {(s, c[:2], t) for s, c, t in country_set(pipeline, text, day)}


def asserted_roots(pipeline: Any, text: str, day: date) -> set[tuple[str | None, str, str | None]]:
    """The distinct (source country, root class, target country) of the events of ``text`` coded as asserted."""
    return {(e.source.country if e.source else None, e.event_code[:2], e.target.country if e.target else None)
            for e in pipeline.code_text(text, published_on=day) if e.factuality.value == "asserted"}


def coded_with_factuality(pipeline: Any, text: str, day: date) -> list[tuple[str | None, str, str | None, str]]:
    """(source country, CAMEO code, target country, factuality) of each event of ``text``, in the coder's order."""
    return [((e.source.actor_code[:3] if e.source else None), e.event_code,
             (e.target.actor_code[:3] if e.target else None), e.factuality.value)
            for e in pipeline.code_text(text, published_on=day)]


def country_facts(pipeline: Any, text: str, day: date) -> list[tuple[str | None, str, str | None, str]]:
    """(source country, CAMEO code, target country, factuality) of each event of ``text``, in the coder's order.

    The countries are the actors' own (an IGO has none), not the first letters of their codes as in
    :func:`coded_with_factuality`.
    """
    return [(e.source.country if e.source else None, str(e.event_code), e.target.country if e.target else None,
             e.factuality.value) for e in pipeline.code_text(text, published_on=day)]


def toy_coded(nlp: Any, coder: Any, text: str, *, published_on: date, article_id: str,
              mentions: ActorMentions | None = None) -> list[Event]:
    """``text`` parsed by the real model and coded by ``coder`` with the toy resolver's actors (or ``mentions``,
    for a test that builds an actor the toy resolver lacks)."""
    doc = nlp(text)
    article = Article(article_id=ArticleId(article_id), text=text, published_on=published_on)
    return list(coder.code(doc, mentions if mentions is not None else toy_mentions(doc), article=article))


def toy_triples(events: list[Event]) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event."""
    return {(e.source.country if e.source else None, e.root_code,
             e.target.country if e.target else None, e.factuality.value) for e in events}


def toy_quads(events: list[Event]) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, full CAMEO code, target country, factuality) of each event (:func:`toy_triples` cuts the
    code to its root class)."""
    return {(e.source.country if e.source else None, str(e.event_code),
             e.target.country if e.target else None, e.factuality.value) for e in events}
