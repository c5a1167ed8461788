"""Blockades at home (docs/coding.md, "Round twenty-seven"): roads, bridges and border posts blocked by anyone outside
the state, in a sentence that names no other country, press their own state (CAMEO 144 against its government), as a
union's strike does; a blockade of another country's crossing or embassy is aimed at that country. None of these
sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _blockades(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, c, t, f in country_facts(pipeline, text, _DAY) if c.startswith("144")}


@pytest.mark.parametrize(("text", "country"), [
    ("Supporters of Imran Khan blocked roads across Pakistan on Tuesday.", "PAK"),
    ("Supporters of Evo Morales set up roadblocks on highways across Bolivia.", "BOL"),
    ("Students blockaded a motorway junction outside Belgrade on Monday.", "SRB"),
    ("Taxi drivers blocked the main roads into Nairobi on Thursday.", "KEN"),
    ("Farmers blocked motorways around Paris with tractors on Monday.", "FRA"),
    ("Opposition supporters blocked highways in Kenya to protest against the finance bill.", "KEN"),
])
def test_a_blockade_at_home_presses_the_own_state(pipeline: Any, text: str, country: str) -> None:
    assert _blockades(pipeline, text) == {(country, country)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Polish farmers blocked border crossings with Ukraine.", ("POL", "UKR")),
    ("Protesters blocked the entrance to the Chinese embassy in Manila.", ("PHL", "CHN")),
])
def test_a_blockade_aimed_abroad_keeps_its_target(pipeline: Any, text: str, expected: tuple[str, str]) -> None:
    assert _blockades(pipeline, text) == {expected}
