"""Gatherings abroad skipped, missed, shunned or stayed away from (docs/coding.md, "Round twenty-nine: gatherings
skipped").

A leader who skips, misses or stays away from a summit, conference or funeral abroad does not make the visit that
attending would be (042): the lexicon finds the visit and the factuality step reads the verb of absence as its
negation (coding/factuality_absence.py), as the gold set codes a skipped summit. Attending stays an asserted visit;
a game missed by a player and work stayed away from are no visit. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 6, 20)


@pytest.mark.parametrize(("text", "event"), [
    ("China skipped the peace summit in Switzerland.", ("CHN", "042", "CHE", "negated")),
    ("Putin stayed away from the G20 summit in Rio de Janeiro.", ("RUS", "042", "BRA", "negated")),
    ("Modi missed the funeral in Tokyo.", ("IND", "042", "JPN", "negated")),
    ("Erdogan shunned the conference in Paris.", ("TUR", "042", "FRA", "negated")),
    ("The Hungarian prime minister kept away from the ceremony in Kyiv.", ("HUN", "042", "UKR", "negated")),
])
def test_a_gathering_abroad_skipped_is_a_visit_not_made(pipeline: Any, text: str,
                                                         event: tuple[str, str, str, str]) -> None:
    assert event in set(country_facts(pipeline, text, _DAY))


@pytest.mark.parametrize("text", [
    "The striker missed the game in Madrid through injury.",
    "Thousands of workers stayed away from work in Buenos Aires.",
])
def test_absences_that_are_no_visit_code_nothing(pipeline: Any, text: str) -> None:
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[1].startswith("04")]


def test_attending_stays_an_asserted_visit(pipeline: Any) -> None:
    assert ("USA", "042", "NLD", "asserted") in set(
        country_facts(pipeline, "Trump attended the NATO summit in The Hague.", _DAY))
