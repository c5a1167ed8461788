"""The steps that find a source when a candidate's own slots name none (coding/source_steps.py)."""

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


def test_country_named_before_an_attack_with_a_target_after_it_is_the_attacker(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "A Russia strike on Ukraine would be a mistake.")
    assert ("RUS", "19", "UKR", "hypothetical") in _triples(events)
