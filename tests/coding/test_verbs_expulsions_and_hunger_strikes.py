"""A stateless people driven out of a land (201) and food refused in protest (142) (docs/coding.md, "Lexicon,
seventeenth round"). State demonyms stay out of the expulsion patterns: "drove the Russians out of Kherson" is a
battle. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Myanmar's army drove some 700,000 Rohingya across the border into Bangladesh.", ("MMR", "201", "MMR")),
    ("Islamic State fighters drove the Yazidis from Sinjar.", ("IMG", "201", "IRQ")),
])
def test_stateless_peoples_driven_out_are_expelled(pipeline: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


def test_food_refused_in_protest_is_a_hunger_strike(pipeline: Any) -> None:
    text = "Palestinian prisoners in Israeli jails refused food to protest against their detention."
    assert any(s == "PSE" and c == "142" for s, c, _ in country_set(pipeline, text, _DAY))


@pytest.mark.parametrize(("text", "code"), [
    ("Ukrainian troops drove the Russians out of Kherson.", "201"),
    ("The junta refused food shipments to the north.", "142"),
    ("Eritrea refused food aid from the UN.", "142"),
])
def test_battles_and_refused_aid_are_neither(pipeline: Any, text: str, code: str) -> None:
    assert not any(c == code for _, c, _ in country_set(pipeline, text, _DAY))
