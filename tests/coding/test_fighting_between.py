"""Fighting between two sides, coded both ways (coding/fighting_between.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
)

pytestmark = pytest.mark.slow

_countries = partial(country_set, day=date(2024, 3, 1))


def test_fighting_between_two_sides_goes_both_ways(pipeline: Any) -> None:
    assert _countries(pipeline, "Heavy fighting between Israel and Hezbollah continued on Sunday.") == {
        ("ISR", "190", "LBN"), ("LBN", "190", "ISR")}
    assert _countries(pipeline, "Fighting between Armenian and Azerbaijani forces erupted on Tuesday.") == {
        ("ARM", "190", "AZE"), ("AZE", "190", "ARM")}
    # the fighting of one place names no sides
    assert _countries(pipeline, "The fighting in Gaza continued on Sunday.") == set()
