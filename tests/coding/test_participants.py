"""Which actor a slot token stands for (coding/participants.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    coded_triples,
    country_set,
    toy_coded,
    toy_triples,
)

from detente.coding import EventCoder
from detente.coding.participants import plain_country_repeats
from detente.records import ActorCode, ResolvedActor

pytestmark = pytest.mark.slow

_DAY = date(2024, 3, 1)
_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_countries = partial(country_set, day=date(2024, 3, 1))
_countries_on_2025_06_01 = partial(country_set, day=date(2025, 6, 1))


def test_armed_group_leaving_its_own_country_leaves_the_state(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hezbollah pulled all its fighters out of Lebanon.")
    assert _triples(events) == {("LBN", "08", "LBN", "asserted")}


def test_own_country_beside_a_foreign_target_is_no_second_target(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Erdogan refused to commit Turkey to NATO's new spending goal.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("TUR", "12", None)}
    assert {str(e.target.actor_code) for e in events if e.target} == {"IGOWSTNAT"}


def test_a_country_owning_an_envoy_is_no_second_target_beside_its_government(nlp: Any) -> None:
    doc = nlp("Pakistan expelled India's envoy and Tehran's.")

    def actor(i: int, code: str, kind: str) -> ResolvedActor:
        return ResolvedActor(actor_code=ActorCode(code), mention=doc[i].text, start=doc[i].idx,
                             end=doc[i].idx + len(doc[i].text), token_start=i, token_end=i + 1, head=i,
                             country=code[:3], sector=code[3:] or None, kind=kind, reason="test")
    source, india, government = actor(0, "PAK", "country"), actor(2, "IND", "country"), actor(6, "INDGOV", "country")
    assert doc[2].dep_ == "poss"
    assert plain_country_repeats([source], [india, government], doc) == [government]
    # a country named in its own right stays beside another part of it
    assert plain_country_repeats([source], [actor(0, "IND", "country"), government], doc) != [government]


def test_own_country_in_what_is_denied_is_no_target(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Putin denied any Russian role in the attack.")
    assert _triples(events) == {("RUS", "01", None, "asserted")}


def test_a_name_after_a_possessor_is_the_things_own(pipeline: Any) -> None:
    # "Gaza" names the plan, whose owner is Washington: one rejection, aimed at Washington
    assert _countries(pipeline, "Israel rejected Washington's Gaza plan.") == {("ISR", "127", "USA")}
    assert len(coded_triples(pipeline, "Muhammad Yunus's interim government banned Sheikh Hasina's Awami League.",
                             _DAY)) == 1


def test_a_weapon_is_reached_through_where_it_was_launched(pipeline: Any) -> None:
    assert ("ISR", "190", "YEM") in _countries_on_2025_06_01(pipeline, "Israel shot down a drone launched from Yemen.")
