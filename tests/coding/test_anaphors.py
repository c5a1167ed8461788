"""Slots that refer back to actors named earlier in the sentence (coding/anaphors.py)."""

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


def test_the_enclave_and_the_territory_refer_back_to_the_one_place_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Egypt sent aid to Syria and said it would send more food to the territory.")
    assert ("EGY", "07", "SYR", "future") in _triples(events)


def test_its_in_a_relative_clause_is_the_host_clauses_subjects(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "India may take Washington to the WTO over the tariffs the United States imposed on "
                               "its exports.")
    assert ("USA", "16", "IND", "asserted") in _triples(events)


def test_the_speakers_own_people(pipeline: Any) -> None:
    assert ("JPN", "040", "CHN") in _countries(
        pipeline, "Japan's foreign ministry said its minister had met his Chinese counterpart in Tokyo.")
