"""People sent to act act for their sender (coding/sending.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
)

pytestmark = pytest.mark.slow

_countries = partial(country_set, day=date(2025, 6, 1))


def test_people_sent_act_for_their_sender(pipeline: Any) -> None:
    assert ("RWA", "190", "COD") in _countries(pipeline, "Troops sent by Rwanda attacked Congolese army positions.")
