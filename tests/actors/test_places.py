"""Tests for detente.actors.places: gazetteer cities, regions and sites as names of their country."""

from __future__ import annotations

from detente.actors import KnowledgeBase
from detente.actors.builder import KBBuilder
from detente.actors.places import NOT_ACTOR_PLACES, add_places
from detente.actors.sources import load_bundled
from detente.coding import Gazetteer


def test_places_city_looks_up_as_its_country(kb: KnowledgeBase) -> None:
    found = kb.lookup("Lviv")
    assert [(e.actor_code, e.kind, e.country) for e in found] == [("UKR", "place", "UKR")]
    assert found[0].confidence < 0.9 and "Lviv" in found[0].reason


def test_places_alias_spelling_is_indexed(kb: KnowledgeBase) -> None:
    assert [e.actor_code for e in kb.lookup("Odessa")] == ["UKR"]


def test_places_capital_keeps_its_government_code_first(kb: KnowledgeBase) -> None:
    assert kb.lookup("Tehran")[0].actor_code == "IRNGOV"


def test_places_held_by_another_party_are_not_actors(kb: KnowledgeBase) -> None:
    for name in ("Sevastopol", "Golan Heights", "Guantanamo Bay"):
        assert name in NOT_ACTOR_PLACES
        assert [(e.actor_code, e.kind) for e in kb.lookup(name)] == [("", "place")]
        assert "not coded as an actor" in kb.lookup(name)[0].reason


def test_places_outside_the_known_countries_are_left_out() -> None:
    builder = KBBuilder()
    load_bundled(builder, officeholders=False)
    digest = add_places(builder, Gazetteer.load())
    assert len(digest) == 12
    assert [(e.kind, e.code) for e in builder.names[("hong", "kong")]] == [("place", "")]
    assert [(e.kind, e.code) for e in builder.names[("kharkiv",)]] == [("place", "UKR")]
