"""Decisions to act: an agreement to do something hostile is the act (coding/decisions.py)."""

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


def test_an_agreement_to_act_is_the_act_not_a_threat(pipeline: Any) -> None:
    assert {c for _, c, _ in _countries(pipeline, "EU ministers agreed to suspend visa-free travel for Georgian "
                                                    "officials.")} == {"172"}
    # a vow to act against someone stays a threat
    assert {c for _, c, _ in _countries(pipeline, "Russia vowed to suspend gas deliveries to Moldova.")} == {"1311"}
