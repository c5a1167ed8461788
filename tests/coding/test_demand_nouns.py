"""Owned demand and accusation nouns with a 'that' clause (coding/demand_nouns.py)."""

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


def test_accusation_that_a_denial_answers_is_its_owners_act(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Iran denied France's accusations that it armed the rebels.")
    assert _triples(events) == {("FRA", "11", "IRN", "asserted"), ("IRN", "01", "FRA", "asserted")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Somalia's accusation that Ethiopia had annexed its territory alarmed the African Union.", ("SOM", "112", "ETH")),
    ("Hungary's accusation that Ukraine had mistreated its minority angered Kyiv.", ("HUN", "112", "UKR")),
])
def test_an_accusation_with_its_clause_codes_no_alleged_act(pipeline: Any, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert _countries(pipeline, text) == {expected}
