"""Domestic acts whose wording the lexicon missed until the fourteenth round, checked on sentences of our own.

A parliament dissolved or suspended (172), bills voted down (120), strikes called, led, joined or walked off to (143),
tractors driven into a capital and marches to a place (141), the army ordered or called out onto the streets (154),
tear gas lobbed or water cannon used on people (175), rallies banned (1721), buildings occupied by protesters (144),
charges brought by prosecutors and courts (173, where anyone else's "charged X with" stays an accusation), "put
behind bars" (173), office holders removed from office and NGOs shut down (172). Which country a domestic group belongs to is the structure's and the actor data's business, so
these tests check the source country and the code, and the target only where the sentence names it. None of these
sentences is a gold sentence (docs/coding.md, "Lexicon, fourteenth round").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples

_DAY = date(2024, 3, 1)


def _source_and_codes(pipeline: Any, text: str) -> set[tuple[str | None, str]]:
    return {(s[:3] if s else None, c) for s, c, _ in coded_triples(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "source", "code"), [
    ("Tunisia's president dissolved the parliament.", "TUN", "172"),
    ("Peru's president Martin Vizcarra dissolved Congress.", "PER", "172"),
    ("Boris Johnson suspended parliament.", "GBR", "172"),
    ("Israel's parliament voted down the bill.", "ISR", "120"),
    ("Argentina's main union federation called a general strike against Milei.", "ARG", "143"),
    ("Nigerian unions will lead a nationwide strike against the fuel price rise.", "NGA", "143"),
    ("French rail workers joined the strike against the pension reform.", "FRA", "143"),
    ("Kenyan police officers walked off the job.", "KEN", "143"),
    ("Thousands of French farmers drove their tractors into Paris.", "FRA", "141"),
    ("Polish farmers marched to the parliament in Warsaw.", "POL", "141"),
    ("The Ecuadorean president ordered the army onto the streets of Guayaquil.", "ECU", "154"),
    ("Sri Lanka's president called out the army.", "LKA", "154"),
    ("Chile's president sent the army into the streets of Santiago.", "CHL", "154"),
    ("Kenyan police lobbed tear gas at protesters in Nairobi.", "KEN", "175"),
    ("Serbian police used water cannon against students in Novi Sad.", "SRB", "175"),
    ("The Belarusian authorities banned the opposition rally in Minsk.", "BLR", "1721"),
    ("Sri Lankan protesters occupied the presidential palace in Colombo.", "LKA", "144"),
    ("Serbian students occupied the faculty of law in Belgrade.", "SRB", "144"),
    ("A Turkish court charged the Istanbul mayor with corruption.", "TUR", "173"),
    ("Venezuelan prosecutors charged the opposition leader with treason.", "VEN", "173"),
    ("Egypt put the activist Alaa Abd El-Fattah behind bars.", "EGY", "173"),
    ("A Turkish court removed the mayor of Istanbul from office.", "TUR", "172"),
    ("Nicaragua shut down 1,500 NGOs.", "NIC", "172"),
])
def test_domestic_acts(pipeline: Any, text: str, source: str, code: str) -> None:
    assert (source, code) in _source_and_codes(pipeline, text)


@pytest.mark.parametrize("text", [
    # marching troops, fans and soldiers; tractors in fields; a band walking off; a museum occupying a palace
    "Thousands of troops marched into the city.",
    "The soldiers marched to the barracks.",
    "The fans marched through the town centre after the match.",
    "The farmers drove their tractors into the fields.",
    "The band walked off the stage.",
    "The museum occupies a former palace.",
    "The students occupied themselves with games.",
    "The festival banned glass bottles.",
    "Sugar dissolved in the water.",
    "The company put its plans behind schedule.",
    "The coach removed the captain from the team.",
    "The company shut down its charity.",
    # letting people do things at home or in play
    "The coach let his players rest.",
    "Parents let their children play outside.",
    "The rules allow players to leave early.",
])
def test_domestic_acts_limits(pipeline: Any, text: str) -> None:
    assert coded_triples(pipeline, text, _DAY) == []


def test_an_accusation_by_a_leader_stays_an_accusation(pipeline: Any) -> None:
    # only prosecutors, courts and police bring charges (173); a president "charging" another state accuses it (112)
    codes = {code for _, code, _ in coded_triples(pipeline, "Trump charged China with stealing American jobs.", _DAY)}
    assert "173" not in codes
