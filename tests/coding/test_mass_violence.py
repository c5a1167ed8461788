"""Mass violence by numbers and by its victims (coding/mass_violence.py)."""

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


@pytest.mark.parametrize(("text", "expected"), [
    ("Boko Haram fighters killed at least 60 villagers in Borno state.", "202"),
    ("Militants killed scores of villagers in central Mali.", "202"),
    ("Boko Haram fighters killed 43 worshippers at a church in Borno state.", "202"),
    # a count of people keeps the higher threshold; a few civilians, or fighters, are a killing
    ("Militants killed 43 people in an attack in Mali.", "1823"),
    ("Russian troops killed 12 civilians in Bucha.", "1823"),
])
def test_mass_killing_named_by_its_victims(pipeline: Any, text: str, expected: str) -> None:
    codes = {c for _, c, _ in _countries(pipeline, text)}
    assert expected in codes and not (codes - {expected})


def test_a_whole_people_deported_is_a_mass_expulsion(pipeline: Any) -> None:
    assert ("PAK", "201", "AFG") in _countries(pipeline, "Pakistan will start deporting Afghans next month.")
    assert ("IRN", "201", "AFG") in _countries(pipeline, "Iran deported Afghans by the thousands.")
    # a counted or definite few are people expelled
    assert ("DEU", "174", "AFG") in _countries(pipeline, "Germany deported two Afghans convicted of crimes.")
    assert ("GBR", "174", "ALB") in _countries(pipeline, "Britain deported the Albanians.")
