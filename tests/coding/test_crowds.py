"""Unnamed crowds, police and people of a country as actors (coding/crowds.py)."""

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


def test_unnamed_police_named_by_a_countrys_ministry_are_its_police(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Two people were shot dead by gendarmes in a southern town on Wednesday, Turkey's "
                               "interior ministry said.")
    assert {(s, t) for s, _, t, _ in _triples(events)} == {("TUR", "TUR")}
