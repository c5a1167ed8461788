"""Visits without a travel verb (coding/visits.py): awaited, present, and made by proxy."""

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


def test_someone_expected_in_a_place_is_a_visit_to_come(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Putin is expected in Beijing on Wednesday for talks.")
    assert ("RUS", "04", "CHN", "future") in _triples(events)
    assert not any(e.event_code == "042" for e in _code(nlp, coder, "Putin is expected to sign a deal."))


def test_a_person_in_another_country_is_visiting_it(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Putin, who is in Beijing this week, has never been to Kyiv.")
    assert _triples(events) == {("RUS", "04", "CHN", "asserted"), ("RUS", "04", "UKR", "negated")}
    assert _code(nlp, coder, "Putin is in Moscow.") == []
    assert _code(nlp, coder, "Russia is in Syria.") == []


def test_a_visit_not_made_is_made_by_the_proxy_sent_in_ones_place(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Putin did not travel to the summit in Japan and sent Erdogan in his place.")
    assert _triples(events) == {("RUS", "04", "JPN", "negated"), ("RUS", "04", "JPN", "asserted")}
    # without a stand-in, sending is no visit; nor is the sent person's name a destination
    events = _code(nlp, coder, "Putin did not travel to Japan and sent Erdogan a letter.")
    assert _triples(events) == {("RUS", "04", "JPN", "negated")}


def test_an_envoy_abroad_is_visiting_and_troops_there_are_not(nlp: Any, coder: EventCoder) -> None:
    assert _triples(_code(nlp, coder, "The French envoy was in Kyiv for talks.")) == {("FRA", "04", "UKR", "asserted")}
    assert _code(nlp, coder, "Russian troops are in Syria.") == []
