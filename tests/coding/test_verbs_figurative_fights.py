"""Fighting words used of no fight: goods "invading" a market, locusts or floodwaters "invading" a region, fans
"storming" a pitch, a government's "war on inflation", a plot "thwarted" by the police. Each is no 19x act, while the
same verbs of troops, militants and states still code 190 (docs/coding.md, "Lexicon, seventeenth round"). None of
these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


def _fights(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    """The 19x events ``text`` codes, by country."""
    return {t for t in country_set(pipeline, text, _DAY) if t[1].startswith("19")}


@pytest.mark.parametrize("text", [
    "Chinese electric cars are invading Brazil's market.",
    "Cheap Turkish imports have invaded the Armenian market.",
    "Locusts invaded farms in eastern Kenya.",
    "Floodwaters invaded the streets of Porto Alegre.",
    "Cholera invaded the camps of Sudan.",
    "Mexican fans invaded the field.",
    "Nigerian fans stormed the pitch after the match.",
    "Tourists stormed the beaches of Bali.",
    "The Venezuelan delegation stormed out of the talks.",
    "Milei's war on inflation has cut real wages.",
    "Kenya's war on poverty is failing.",
    "Duterte's war on drugs killed thousands.",
    "The Philippines declared war on drugs in 2016.",
    "Ukraine's army has waged war on corruption.",
    "Indonesian police thwarted an attack on the pope's mass.",
    "French intelligence thwarted an attack on the Olympics.",
    "Ecuadorian police thwarted a bomb attack on a prison.",
])
def test_figurative_or_foiled_fights_are_no_fight(pipeline: Any, text: str) -> None:
    assert _fights(pipeline, text) == set()


@pytest.mark.parametrize(("text", "triple"), [
    ("Russia invaded Ukraine in February.", ("RUS", "190", "UKR")),
    ("Rwandan troops invaded eastern Congo.", ("RWA", "190", "COD")),
    ("Russia's invasion of Ukraine began in 2022.", ("RUS", "190", "UKR")),
    ("Israeli troops stormed the Jenin camp.", ("ISR", "190", "PSE")),
    ("Hamas militants stormed Israeli towns on October 7.", ("PSE", "190", "ISR")),
    ("Taliban fighters stormed a police post in Kunduz.", ("AFG", "190", "AFG")),
    ("Israel waged war on Hamas.", ("ISR", "190", "PSE")),
    ("Israel declared war on Hamas after the attack.", ("ISR", "190", "PSE")),
    ("Sri Lanka's war on the Tamil Tigers ended in 2009.", ("LKA", "190", "LKA")),
    ("The Philippine army thwarted an attack by Abu Sayyaf rebels.", ("PHL", "190", "PHL")),
    ("Ukrainian air defences thwarted a Russian drone attack on Kyiv.", ("UKR", "190", "RUS")),
    ("Pakistani soldiers thwarted an attack by Taliban militants on a checkpoint.", ("PAK", "190", "AFG")),
])
def test_armed_invasions_storms_wars_and_thwarted_attacks_still_fight(pipeline: Any, text: str,
                                                                      triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


def test_protesters_invading_a_building_stay_a_violent_protest(pipeline: Any) -> None:
    assert ("BRA", "145", "BRA") in country_set(pipeline, "Protesters invaded the Brazilian Congress in Brasilia.", _DAY)
