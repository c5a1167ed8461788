"""Helpers of the resolver tests: resolve a text with the real model, and pick one mention out."""

from __future__ import annotations

from datetime import date
from typing import Any

from detente.actors import ActorResolver
from detente.records import ResolvedActor


def resolve_mentions(resolver: ActorResolver, nlp: Any, text: str, day: str) -> list[ResolvedActor]:
    """Every actor mention ``resolver`` finds in ``text`` published on ``day`` (ISO date)."""
    return list(resolver.resolve(nlp(text), date.fromisoformat(day)))


def find_mention(mentions: list[ResolvedActor], text: str) -> ResolvedActor:
    """The first mention whose text is ``text`` (fails, listing what was found, when there is none)."""
    found = [m for m in mentions if m.mention == text]
    assert found, f"no mention {text!r} in {[(m.mention, m.actor_code) for m in mentions]}"
    return found[0]
