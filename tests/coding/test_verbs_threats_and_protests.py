"""Lexicon families of CAMEO roots 13-14 (threats, protests), each on sentences of our own."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    coded_triples,
    country_triples,
)

_coded = partial(coded_triples, day=date(2024, 3, 1))
_countries = partial(country_triples, day=date(2024, 3, 1))


@pytest.mark.parametrize(("text", "expected"), [
    # frames code finer complements with the codebook's own subcodes
    ("Turkey threatened to halt talks with Sweden.", [("TUR", "134", "SWE")]),
])
def test_threats_and_protests_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # protesters breaking or forcing their way into a building (145)
    ("Protesters broke into the president's residence in Colombo.", [("LKA", "145", "LKA")]),
    ("Demonstrators forced their way into the parliament in Nairobi.", [("KEN", "145", "KEN")]),
    # shoot-on-sight orders (137)
    ("Officials in Manipur issued shoot-on-sight orders against rioters.", [("IND", "137", "IND")]),
    # hours given to people to leave: an expulsion (174); forces given a month to leave: an ultimatum (139)
    ("Burkina Faso has given French special forces a month to leave the country.", [("BFA", "139", "FRA")]),
    # violent protest: pelting, hurling stones, besieging an embassy; a port blockaded by farmers (14)
    ("Chinese protesters pelted the American embassy with stones.", [("CHN", "145", "USA")]),
    ("Demonstrators hurled stones at the Israeli embassy in Amman.", [("JOR", "145", "ISR")]),
    ("Protesters besieged the American embassy in Baghdad.", [("IRQ", "145", "USA")]),
    ("Farmers blockaded the port of Calais.", [("FRA", "144", "FRA")]),
    # more of the same families in other words
    ("Israel vowed to destroy Hamas.", [("ISR", "138", "PSE")]),
    ("Serbian students blockaded universities in protest against the government.", [("SRB", "144", "SRB")]),
    # students and strikers who pelt or storm a building protest violently (145)
    ("Pakistani students pelted the French consulate with stones.", [("PAK", "145", "FRA")]),
    # force in single verbs: mortared (194), rocketed (195), butchered (202), cautioned against (130)
    ("Beijing cautioned Washington against meddling in Hong Kong.", [("CHN", "130", "USA")]),
])
def test_threats_and_protests_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected
