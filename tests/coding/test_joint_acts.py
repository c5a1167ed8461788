"""Reciprocal and joint acts, coded both ways (coding/joint_acts.py)."""

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


def test_exercise_held_by_two_countries_forces_is_shared(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "French and Turkish naval drills began on Monday in the Mediterranean.")
    assert {(s, e, t) for s, e, t, _ in _triples(events)} == {("FRA", "06", "TUR"), ("TUR", "06", "FRA")}
    # one country's drills stay a show of force
    events = _code(nlp, coder, "French naval drills began on Monday in the Mediterranean.")
    assert {r for _, r, _, _ in _triples(events)} == {"15"}


def test_a_ceasefire_broken_is_broken_against_the_other_country(pipeline: Any) -> None:
    assert ("AZE", "196", "ARM") in _countries(pipeline, "Azerbaijan violated the ceasefire, Armenia's defence "
                                                         "ministry said.")
    # both parties named: each against the other, as before
    assert {("ISR", "196", "IRN"), ("IRN", "196", "ISR")} <= _countries(
        pipeline, "Israel and Iran violated the ceasefire.")
