"""Unnamed groups and institutions of the one country a sentence is about (coding/home_groups.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    toy_coded,
    toy_triples,
)

from detente.coding import EventCoder

pytestmark = pytest.mark.slow

_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")


def test_protest_demanding_something_of_no_one_is_aimed_at_home(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Thousands of Israelis took to the streets on Sunday to demand a deal.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("ISR", "14", "ISR")}


def test_veto_of_a_law_is_aimed_at_the_own_state(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Fico vetoed the media law on Saturday.")
    assert _triples(events) == {("SVK", "12", "SVK", "asserted")}
    assert {str(e.target.actor_code) for e in events if e.target} == {"SVKLEG"}


def test_demand_by_people_outside_the_state_naming_no_one_is_made_of_their_government(nlp: Any,
                                                                                     coder: EventCoder) -> None:
    events = _code(nlp, coder, "Kenyan students demanded snap elections on Saturday.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("KEN", "10", "KEN")}
    # a state's demand naming no one stays aimed at no one
    assert not any(e.target for e in _code(nlp, coder, "Kenya demanded compensation on Saturday."))
