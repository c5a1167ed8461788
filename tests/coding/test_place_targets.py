"""Places that name a target (coding/place_targets.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
    toy_coded,
    toy_triples,
)

from detente.coding import EventCoder

pytestmark = pytest.mark.slow

_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_countries = partial(country_set, day=date(2025, 6, 1))


def test_a_countrys_ground_after_on_is_the_country(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia said it had not planned to strike any targets on Ukrainian territory.")
    assert _triples(events) == {("RUS", "19", "UKR", "negated")}


def test_relative_clause_on_an_attack_says_where_it_hit(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia launched a drone attack that damaged a power plant in Odesa.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("RUS", "19", "UKR")}


def test_trip_to_a_summit_in_a_named_place_is_to_the_host(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Erdogan travelled to the NATO summit in Japan.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("TUR", "04", "JPN")}


def test_expelled_from_a_country_is_expelled_by_it(pipeline: Any) -> None:
    assert _countries(pipeline, "Four Iranian diplomats were expelled from Azerbaijan.") == {("AZE", "174", "IRN")}
    assert ("LVA", "174", "RUS") in _countries(pipeline, "Two Russian diplomats were deported from Latvia.")
    # with the expeller named, "from" still names nothing else
    assert _countries(pipeline, "Azerbaijan expelled four Iranian diplomats.") == {("AZE", "174", "IRN")}
