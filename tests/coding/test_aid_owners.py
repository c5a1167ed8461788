"""Owners of rescue money: a bailout is named after its receiver (coding/aid_owners.py)."""

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


def test_rescue_money_is_named_after_its_receiver(pipeline: Any) -> None:
    assert ("IGO", "071", "LKA") in _countries(pipeline, "The IMF approved Sri Lanka's bailout on Monday.")
    assert ("IGO", "071", "EGY") in _countries(pipeline, "The World Bank approved Egypt's loan programme.")
