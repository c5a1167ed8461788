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


@pytest.mark.parametrize(("text", "code"), [
    ("Gunmen shot dead Haiti's president Jovenel Moise at his home.", "186"),
    ("Gunmen shot dead the governor of Kandahar.", "186"),
    ("Gunmen shot dead a Mexican mayor.", "186"),
    ("Gunmen shot the governor of Kandahar.", "185"),
])
def test_a_shooting_of_one_office_holder_is_an_assassination_or_an_attempt(pipeline: Any, text: str,
                                                                           code: str) -> None:
    """ "dead" hung before the object as an unlabelled dependent is fatal; a title resolved to the state the
    victim serves names one person as a resolved person does (sixteenth round)."""
    assert {c for _, c, _ in _countries(pipeline, text)} == {code}


def test_a_shooting_at_a_convoy_stays_a_shooting(pipeline: Any) -> None:
    assert {c for _, c, _ in _countries(pipeline, "Gunmen shot at the convoy of the Afghan governor.")} == {"193"}
