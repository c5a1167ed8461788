"""Lexicon patterns read through three parser slips (docs/coding.md, "Lexicon, seventeenth round"): a lone object read
as an object predicate ("called a general strike"), a preposition hung on the sum of money the object was looked
through ("approve €10 million in military assistance for Armenia"), and a preposition after "N of M" hung on M
("patrolled the streets of Port-au-Prince alongside Haitian police"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Argentina's CGT called a general strike against Milei's reforms.", ("ARG", "143", "ARG")),
    ("Bolivia's COB called a general strike against the government.", ("BOL", "143", "BOL")),
    ("EU ministers approved €10 million in military assistance for Armenia's armed forces.", ("IGO", "072", "ARM")),
    ("The US Congress approved $61 billion in military aid for Ukraine.", ("USA", "072", "UKR")),
    ("Kenyan officers have begun patrolling the streets of Port-au-Prince alongside Haitian police.",
     ("KEN", "062", "HTI")),
    ("Turkish soldiers patrolled the streets of Manbij alongside Russian military police.", ("TUR", "062", "RUS")),
])
def test_patterns_read_through_parse_slips(pipeline: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


def test_a_general_strike_called_needs_no_listed_subject(pipeline: Any) -> None:
    assert any(code == "143" for _, code, _ in country_set(
        pipeline, "The Kenyan opposition called a nationwide strike over the finance bill.", _DAY))


@pytest.mark.parametrize(("text", "code"), [
    ("Nigerian police patrolled the streets of Lagos on Monday.", "062"),
    ("Mali called the decision a betrayal.", "041"),
    ("Mali called the decision a betrayal.", "143"),
])
def test_same_words_without_the_act_code_nothing(pipeline: Any, text: str, code: str) -> None:
    assert not any(c == code for _, c, _ in country_set(pipeline, text, _DAY))
