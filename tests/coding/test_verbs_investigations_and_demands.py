"""Lexicon families of CAMEO roots 09-10 (investigations, demands), each on sentences of our own."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    by_country,
    coded_triples,
    country_triples,
)

_coded = partial(coded_triples, day=date(2024, 3, 1))
_countries = partial(country_triples, day=date(2024, 3, 1))


@pytest.mark.parametrize(("text", "expected"), [
    # a leader stepping down, as the content of appeals, demands, orders and refusals
    ("France told Assad to step down.", [("FRA", "1041", "SYRGOV")]),
    # a body of inquiry stands for the inquiry it holds, and takes the inquiry's "into"
    ("Chile ordered a court of inquiry into the crash.", [("CHL", "090", None)]),
    ("Kenya set up a commission of inquiry into the killings.", [("KEN", "090", None)]),
])
def test_investigations_and_demands_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # evidence collected on what happened: an investigation (09)
    ("The ICC prosecutor is collecting evidence of war crimes in Darfur.", [("IGOUNOICC", "090", "SDN")]),
    # people and the dead handed over, asked for in a demand (1053) or done (0841)
    ("Israel demanded that Hamas hand over the remains of the dead hostages.", [("ISR", "1053", "PSEREBHMS")]),
])
def test_investigations_and_demands_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a suspect questioned or interrogated by prosecutors or investigators (091)
    ("Romanian prosecutors questioned Calin Georgescu.", [("ROU", "091", "ROU")]),
    ("Pakistani investigators interrogated Imran Khan.", [("PAK", "091", "PAK")]),
    # investigators sent to a country (090)
    ("The UN sent investigators to Syria.", [("IGO", "090", "SYR")]),
])
def test_investigations_and_demands_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected


def test_a_court_of_appeal_is_no_inquiry(pipeline: Any) -> None:
    assert _coded(pipeline, "Chile ordered a court of appeal into session.") == []


def test_insisting_on_a_coded_act_is_a_demand_and_an_assertion_is_not(pipeline: Any) -> None:
    assert [code for _, code, _ in _coded(pipeline, "Russia insisted that Ukraine withdraw its troops.")] == ["1056"]
    assert _coded(pipeline, "Iran insisted that its nuclear programme is peaceful.") == []
