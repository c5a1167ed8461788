"""Helpers of the actor tests: resolve a text with the real model, and read what was found.

Every helper takes the article's date as an ISO string (None: an undated article), because tenures decide
whom a name or a title stands for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from detente.actors import ActorResolver
from detente.records import Article, ArticleId, ResolvedActor


def resolve_mentions(resolver: ActorResolver, nlp: Any, text: str, day: str | None) -> list[ResolvedActor]:
    """Every actor mention ``resolver`` finds in ``text`` published on ``day`` (ISO date; None: undated)."""
    return list(resolver.resolve(nlp(text), date.fromisoformat(day) if day else None))


def find_mention(mentions: list[ResolvedActor], text: str) -> ResolvedActor:
    """The first mention whose text is ``text`` (fails, listing what was found, when there is none)."""
    found = [m for m in mentions if m.mention == text]
    assert found, f"no mention {text!r} in {[(m.mention, m.actor_code) for m in mentions]}"
    return found[0]


def codes_of(mentions: list[ResolvedActor]) -> dict[str, str]:
    """{mention text: actor code} of ``mentions``."""
    return {m.mention: m.actor_code for m in mentions}


def mention_codes(resolver: ActorResolver, nlp: Any, text: str, day: str | None) -> dict[str, str]:
    """{mention text: actor code} of ``text`` published on ``day``."""
    return codes_of(resolve_mentions(resolver, nlp, text, day))


def codes_dated(default_day: str) -> Callable[..., dict[str, str]]:
    """:func:`mention_codes` with ``default_day`` as the date of a text a test gives none for."""
    def codes(resolver: ActorResolver, nlp: Any, text: str, day: str = default_day) -> dict[str, str]:
        return mention_codes(resolver, nlp, text, day)
    return codes


def mentions_dated(default_day: str) -> Callable[..., list[ResolvedActor]]:
    """:func:`resolve_mentions` with ``default_day`` as the date of a text a test gives none for."""
    def mentions(resolver: ActorResolver, nlp: Any, text: str, day: str = default_day) -> list[ResolvedActor]:
        return resolve_mentions(resolver, nlp, text, day)
    return mentions


def mentions_by_text(resolver: ActorResolver, nlp: Any, text: str, day: str) -> dict[str, ResolvedActor]:
    """{mention text: mention} of ``text`` published on ``day``."""
    return {m.mention: m for m in resolve_mentions(resolver, nlp, text, day)}


def code_and_name(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str) -> tuple[str, str | None]:
    """The actor code and the person's name that the mention with this text resolves to (the mention must be found)."""
    found = mentions_by_text(resolver, nlp, text, day)
    assert mention in found, f"no mention {mention!r} in {sorted(found)}"
    return found[mention].actor_code, found[mention].name


def coded_actor_triples(pipeline: Any, text: str, day: str) -> list[tuple[str | None, str | None, str]]:
    """(source actor code, target actor code, event code) of each event the full pipeline codes in ``text``."""
    article = Article(article_id=ArticleId("t"), text=text, published_on=date.fromisoformat(day))
    return [(e.source.actor_code if e.source else None, e.target.actor_code if e.target else None, e.event_code)
            for result in pipeline.code_articles([article]) for e in result.events]
