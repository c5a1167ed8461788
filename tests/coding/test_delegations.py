"""People sent by several countries act for each (coding/delegations.py)."""

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


def test_envoys_of_several_senders_act_for_each(pipeline: Any) -> None:
    assert _countries(pipeline, "Officials from Armenia and Turkey held talks in Vienna.") >= {
        ("ARM", "046", "TUR"), ("TUR", "046", "ARM")}
    assert _countries(pipeline, "Negotiators from Pakistan and India will hold talks next week.") >= {
        ("PAK", "046", "IND"), ("IND", "046", "PAK")}
