"""Codes refined by the actors found (coding/recoding.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
    toy_coded,
)

from detente.coding import EventCoder

pytestmark = pytest.mark.slow

_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_countries = partial(country_set, day=date(2025, 6, 1))


def test_killing_one_named_leader_is_an_assassination_and_the_strike_its_means(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "An Israeli strike killed Hezbollah's chief of staff in Beirut.")
    assert [(e.event_code, e.target.country if e.target else None) for e in events] == [("186", "LBN")]
    events = _code(nlp, coder, "Israeli troops killed two Hezbollah commanders.")
    assert {e.event_code for e in events} == {"1823"}


def test_a_person_recaptured_is_arrested_a_place_is_occupied(pipeline: Any) -> None:
    assert _countries(pipeline, "Mexican marines recaptured the fugitive in Sinaloa.") == {("MEX", "173", "MEX")}
    assert {c for _, c, _ in _countries(pipeline, "Colombian police recaptured the escaped drug lord in Medellin.")} \
        == {"173"}
    # a place taken back stays an occupation
    assert _countries(pipeline, "Ukrainian forces recaptured Kherson.") == {("UKR", "192", "UKR")}
