"""Homes, schools and markets set on fire, and people burned alive: property destroyed (1712) and a killing (18),
unless protesters set the fire (their violent protest, 145, is more specific). An adjective right after the verb
("burned alive 30 villagers") is read as the verb's predicate, as one right after the object is (docs/coding.md,
"Lexicon, seventeenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set, root_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Boko Haram fighters set fire to dozens of homes in Borno.", ("NGA", "17", "NGA")),
    ("Separatists set fire to a school in Cameroon's Northwest region.", ("CMR", "17", "CMR")),
    ("Protesters set fire to the ruling party's offices in Dhaka.", ("BGD", "14", "BGD")),
    ("Militants burned alive 30 villagers in Borno.", ("NGA", "20", "NGA")),
])
def test_fires_set_and_people_burned(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in root_set(pipeline, text, _DAY)


def test_houses_set_ablaze(pipeline: Any) -> None:
    coded = country_set(pipeline, "Haitian gangs set dozens of houses ablaze in Port-au-Prince.", _DAY)
    assert any(s == "HTI" and c == "1712" for s, c, _ in coded)


@pytest.mark.parametrize("text", [
    "The candle set fire to the curtains.",
    "The speech set fire to the debate in Nairobi.",
    "A fire burned alive the cattle in the barn.",
])
def test_same_words_stating_no_event(pipeline: Any, text: str) -> None:
    assert not root_set(pipeline, text, _DAY)

